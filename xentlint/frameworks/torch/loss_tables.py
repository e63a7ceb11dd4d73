"""PyTorch's losses as tables (tables.py re-exports them), keyed by canonical qualified name:
``torch.nn``'s and its functional forms, and those of libraries built on it (fastai,
segmentation_models_pytorch, torchvision.ops). A PyTorch loss takes ``(input, target)``: the
prediction first. It applies no implicit conversion: a target of the wrong dtype raises.
"""

from __future__ import annotations

from dataclasses import replace

from ...facts import Dtype, Expects, Family
from ..specs import LossSpec, Slot, Trap

# --- losses -----------------------------------------------------------------------------------

_WEIGHT_EFFECT = "`weight` must be a tensor of class weights, so it raises a TypeError"
_ONEHOT_FORMS: dict[Family, str] = {
    "nll": "`CrossEntropyLoss` on float one-hot rows (it reads them as probabilities)",
    "cross_entropy": "float one-hot rows (`.float()`), which `CrossEntropyLoss` reads as "
                     "probabilities",
}
_CE_LOGITS = "`CrossEntropyLoss` / `F.cross_entropy`"
_BCE_LOGITS = "`BCEWithLogitsLoss` / `binary_cross_entropy_with_logits`"


# PyTorch's names of the integer dtypes, as its errors spell them.
_TORCH_DTYPE_NAMES: dict[Dtype, str] = {"int64": "Long", "int32": "Int", "uint8": "Byte",
                                        "bool": "Bool"}
# What the binary cross-entropies raise on integer targets (torch 2.13), by what they expect.
_INTEGER_TARGET_ERRORS: dict[str, dict[Dtype, str]] = {
    "probs": {dtype: f"Found dtype {name} but expected Float"
              for dtype, name in _TORCH_DTYPE_NAMES.items()},
    "logits": {dtype: f"result type Float can't be cast to the desired output type {name}"
               for dtype, name in _TORCH_DTYPE_NAMES.items() if dtype != "bool"},
}


def _loss(api: str, family: Family, expects: Expects | None, options: tuple[str, ...],
          kind: str = "class", weight_meant: str | None = None,
          logits_form: str | None = None, slots: tuple[str, str] = ("input", "target"),
          integer_targets_raise: bool = True) -> LossSpec:
    """A PyTorch loss row: a number passed positionally where ``weight`` is raises."""
    # (CrossEntropyLoss(0.1) meant label_smoothing; CrossEntropyLoss(255), ignore_index)
    integer_meant = "ignore_index" if "ignore_index" in options else None
    traps = (Trap("weight", weight_meant, _WEIGHT_EFFECT, integer_meant=integer_meant),) \
        if "weight" in options else ()
    errors = _INTEGER_TARGET_ERRORS.get(expects or "", {}) if family == "binary" and \
        integer_targets_raise else {}
    return LossSpec(
        api=api, family=family, framework="torch", kind=kind,  # type: ignore[arg-type]
        expects=expects, prediction=Slot(0, slots[0]), labels=Slot(1, slots[1]),
        options=options, traps=traps, logits_form=logits_form,
        onehot_form=_ONEHOT_FORMS.get(family), strict_target_dtype=True,
        integer_target_errors=errors,
        labels_reported_at="call", multilabel_form="`BCEWithLogitsLoss` on the raw outputs")


_W = ("weight", "size_average", "reduce", "reduction")
_CE = ("weight", "size_average", "ignore_index", "reduce", "reduction", "label_smoothing")
_NLL = ("weight", "size_average", "ignore_index", "reduce", "reduction")
_MARGIN = ("size_average", "reduce", "reduction")
_KLD = ("size_average", "reduce", "reduction", "log_target")

LOSS_CLASSES: dict[str, LossSpec] = {
    "torch.nn.CrossEntropyLoss": _loss("CrossEntropyLoss", "cross_entropy", "logits", _CE,
                                       weight_meant="label_smoothing"),
    "torch.nn.NLLLoss": _loss("NLLLoss", "nll", "log-probs", _NLL, logits_form=_CE_LOGITS),
    # (its deprecated 2-D spelling, in 2017 segmentation code)
    "torch.nn.NLLLoss2d": _loss("NLLLoss2d", "nll", "log-probs", _NLL, logits_form=_CE_LOGITS),
    "torch.nn.BCELoss": _loss("BCELoss", "binary", "probs", _W, logits_form=_BCE_LOGITS),
    "torch.nn.BCEWithLogitsLoss": _loss("BCEWithLogitsLoss", "binary", "logits",
                                        (*_W, "pos_weight"), weight_meant="pos_weight"),
    "torch.nn.MultiLabelSoftMarginLoss": _loss("MultiLabelSoftMarginLoss", "binary", "logits", _W,
                                               integer_targets_raise=False),
    "torch.nn.MultiLabelMarginLoss": _loss("MultiLabelMarginLoss", "multilabel_margin", None,
                                           _MARGIN),
    "torch.nn.KLDivLoss": _loss("KLDivLoss", "kld", "log-probs", _KLD),
    **{f"torch.nn.{name}": _loss(name, "regression", None, ()) for name in (
        "MSELoss", "L1Loss", "SmoothL1Loss", "HuberLoss", "PoissonNLLLoss", "GaussianNLLLoss",
        "CosineEmbeddingLoss", "MarginRankingLoss", "HingeEmbeddingLoss", "TripletMarginLoss",
        "SoftMarginLoss", "MultiMarginLoss", "CTCLoss",
    )},
}

# segmentation_models_pytorch's losses take logits (their mode, "binary", "multiclass" or
# "multilabel", chooses the activation they apply: a family is claimed only where it is fixed).
_SMP = "segmentation_models_pytorch.losses."
LOSS_CLASSES.update({
    _SMP + "SoftBCEWithLogitsLoss": _loss(
        "SoftBCEWithLogitsLoss", "binary", "logits",
        ("weight", "ignore_index", "reduction", "smooth_factor", "pos_weight"),
        weight_meant="pos_weight"),
    _SMP + "SoftCrossEntropyLoss": _loss(
        "SoftCrossEntropyLoss", "cross_entropy", "logits",
        ("reduction", "smooth_factor", "ignore_index", "dim")),
    _SMP + "FocalLoss": _loss("FocalLoss", "other", "logits", (
        "mode", "alpha", "gamma", "ignore_index", "reduction", "normalized", "reduced_threshold")),
    **{_SMP + name: replace(_loss(name, "other", "logits", options), logits_flag="from_logits")
       for name, options in (
           ("DiceLoss", ("mode", "classes", "log_loss", "from_logits", "smooth", "ignore_index",
                         "eps")),
           ("JaccardLoss", ("mode", "classes", "log_loss", "from_logits", "smooth", "eps")),
           ("TverskyLoss", ("mode", "classes", "log_loss", "from_logits", "smooth",
                            "ignore_index", "eps", "alpha", "beta", "gamma")),
           ("LovaszLoss", ("mode", "per_image", "ignore_index", "from_logits")))},
})

# fastai's losses flatten the output to (-1, C) and the targets to (-1,) (an (N, 1) column
# of class indices is fine); its binary ones turn integer targets to float themselves.
_FLAT_CE = replace(LOSS_CLASSES["torch.nn.CrossEntropyLoss"], api="CrossEntropyLossFlat",
                   squeezes_index_column=True)
LOSS_CLASSES.update({
    "fastai.CrossEntropyLossFlat": _FLAT_CE,
    "fastai.LabelSmoothingCrossEntropy": replace(
        _FLAT_CE, api="LabelSmoothingCrossEntropy", options=("eps", "weight", "reduction"),
        traps=(), squeezes_index_column=False),
    "fastai.LabelSmoothingCrossEntropyFlat": replace(
        _FLAT_CE, api="LabelSmoothingCrossEntropyFlat", options=(), traps=()),
    "fastai.FocalLossFlat": replace(_FLAT_CE, api="FocalLossFlat", options=(), traps=()),
    "fastai.BCEWithLogitsLossFlat": replace(LOSS_CLASSES["torch.nn.BCEWithLogitsLoss"],
                                            api="BCEWithLogitsLossFlat", reconciles_rank=True,
                                            integer_target_errors={}),
    "fastai.BCELossFlat": replace(LOSS_CLASSES["torch.nn.BCELoss"], api="BCELossFlat",
                                  reconciles_rank=True, integer_target_errors={}),
})

# timm's losses all take logits: label smoothing over class indices, soft targets (Mixup's
# probability rows), and binary ones that turn class indices into one-hot rows themselves.
_TIMM = "timm.loss."
LOSS_CLASSES.update({
    _TIMM + "LabelSmoothingCrossEntropy": _loss("LabelSmoothingCrossEntropy", "sparse", "logits",
                                                ("smoothing",)),
    _TIMM + "SoftTargetCrossEntropy": replace(
        _loss("SoftTargetCrossEntropy", "categorical", "logits", ()),
        index_form="`CrossEntropyLoss`"),
    **{_TIMM + name: _loss(name, "other", "logits", options) for name, options in (
        ("BinaryCrossEntropy", ("smoothing", "target_threshold", "weight", "reduction",
                                "sum_classes", "pos_weight")),
        ("AsymmetricLossMultiLabel", ("gamma_neg", "gamma_pos", "clip", "eps")),
        ("AsymmetricLossSingleLabel", ("gamma_pos", "gamma_neg", "eps", "reduction")),
        ("JsdCrossEntropy", ("num_splits", "alpha", "smoothing")))},
})

_F = "torch.nn.functional."
LOSS_FUNCTIONS: dict[str, LossSpec] = {
    _F + "cross_entropy": _loss("cross_entropy", "cross_entropy", "logits", _CE, "function",
                                weight_meant="label_smoothing"),
    _F + "nll_loss": _loss("nll_loss", "nll", "log-probs", _NLL, "function",
                           logits_form=_CE_LOGITS),
    _F + "binary_cross_entropy": _loss("binary_cross_entropy", "binary", "probs", _W, "function",
                                       logits_form=_BCE_LOGITS),
    _F + "binary_cross_entropy_with_logits": _loss(
        "binary_cross_entropy_with_logits", "binary", "logits", (*_W, "pos_weight"), "function",
        weight_meant="pos_weight"),
    _F + "multilabel_soft_margin_loss": _loss("multilabel_soft_margin_loss", "binary", "logits",
                                              _W, "function", integer_targets_raise=False),
    _F + "multilabel_margin_loss": _loss("multilabel_margin_loss", "multilabel_margin", None,
                                         _MARGIN, "function"),
    _F + "kl_div": _loss("kl_div", "kld", "log-probs", _KLD, "function"),
    "torchvision.ops.sigmoid_focal_loss": _loss(
        "sigmoid_focal_loss", "binary", "logits", ("alpha", "gamma", "reduction"), "function",
        slots=("inputs", "targets")),
    **{_F + name: _loss(name, "regression", None, (), "function") for name in (
        "mse_loss", "l1_loss", "smooth_l1_loss", "huber_loss", "poisson_nll_loss",
    )},
}
