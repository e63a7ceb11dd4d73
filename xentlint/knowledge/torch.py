"""PyTorch knowledge as tables, keyed by canonical qualified name (see names.canonical).

``from torch import nn``, ``import torch.nn.functional as F`` and ``torch.nn.modules.loss.X``
all fold into ``torch.nn.X`` / ``torch.nn.functional.x`` before lookup. A PyTorch loss takes
``(input, target)``: the prediction first.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..facts import LOG_PROBS_INPUT, LOGITS, PROBS


@dataclass(frozen=True)
class TorchLossSpec:
    family: str
    expects: str | None
    params: tuple[str, ...]  # constructor parameters, or function parameters after (input, target)
    weight_meant: str | None = None  # what a number passed positionally as `weight` usually meant


_W = ("weight", "size_average", "reduce", "reduction")

LOSS_CLASSES: dict[str, TorchLossSpec] = {
    "torch.nn.CrossEntropyLoss": TorchLossSpec(
        "cross_entropy", LOGITS,
        ("weight", "size_average", "ignore_index", "reduce", "reduction", "label_smoothing"),
        weight_meant="label_smoothing"),
    "torch.nn.NLLLoss": TorchLossSpec(
        "nll", LOG_PROBS_INPUT, ("weight", "size_average", "ignore_index", "reduce", "reduction")),
    "torch.nn.BCELoss": TorchLossSpec("binary", PROBS, _W),
    "torch.nn.BCEWithLogitsLoss": TorchLossSpec("binary", LOGITS, (*_W, "pos_weight"),
                                                weight_meant="pos_weight"),
    "torch.nn.MultiLabelSoftMarginLoss": TorchLossSpec("binary", LOGITS, _W),
    "torch.nn.MultiLabelMarginLoss": TorchLossSpec(
        "multilabel_margin", None, ("size_average", "reduce", "reduction")),
    "torch.nn.KLDivLoss": TorchLossSpec(
        "kld", LOG_PROBS_INPUT, ("size_average", "reduce", "reduction", "log_target")),
    **{f"torch.nn.{name}": TorchLossSpec("regression", None, ()) for name in (
        "MSELoss", "L1Loss", "SmoothL1Loss", "HuberLoss", "PoissonNLLLoss", "GaussianNLLLoss",
        "CosineEmbeddingLoss", "MarginRankingLoss", "HingeEmbeddingLoss", "TripletMarginLoss",
        "SoftMarginLoss", "MultiMarginLoss", "CTCLoss",
    )},
}

_F = "torch.nn.functional."
LOSS_FUNCTIONS: dict[str, TorchLossSpec] = {
    _F + "cross_entropy": TorchLossSpec(
        "cross_entropy", LOGITS,
        ("weight", "size_average", "ignore_index", "reduce", "reduction", "label_smoothing")),
    _F + "nll_loss": TorchLossSpec(
        "nll", LOG_PROBS_INPUT, ("weight", "size_average", "ignore_index", "reduce", "reduction")),
    _F + "binary_cross_entropy": TorchLossSpec("binary", PROBS, _W),
    _F + "binary_cross_entropy_with_logits": TorchLossSpec("binary", LOGITS, (*_W, "pos_weight")),
    _F + "multilabel_soft_margin_loss": TorchLossSpec("binary", LOGITS, _W),
    _F + "multilabel_margin_loss": TorchLossSpec(
        "multilabel_margin", None, ("size_average", "reduce", "reduction")),
    _F + "kl_div": TorchLossSpec(
        "kld", LOG_PROBS_INPUT, ("size_average", "reduce", "reduction", "log_target")),
    "torchvision.ops.sigmoid_focal_loss": TorchLossSpec("binary", LOGITS, ("alpha", "gamma", "reduction")),
    **{_F + name: TorchLossSpec("regression", None, ()) for name in (
        "mse_loss", "l1_loss", "smooth_l1_loss", "huber_loss", "poisson_nll_loss",
    )},
}
# Argument names of (input, target) for each loss function that does not use those names.
FUNCTION_ARGS: dict[str, tuple[str, str]] = {
    "torchvision.ops.sigmoid_focal_loss": ("inputs", "targets"),
}

# Activations callable on tensors: name -> (activation, position of `dim`).
ACTIVATION_FUNCTIONS: dict[str, tuple[str, int | None]] = {
    "torch.softmax": ("softmax", 1),
    _F + "softmax": ("softmax", 1),
    "torch.special.softmax": ("softmax", 1),
    "torch.log_softmax": ("log_softmax", 1),
    _F + "log_softmax": ("log_softmax", 1),
    "torch.special.log_softmax": ("log_softmax", 1),
    "torch.sigmoid": ("sigmoid", None),
    _F + "sigmoid": ("sigmoid", None),
    "torch.special.expit": ("sigmoid", None),
    _F + "logsigmoid": ("log_sigmoid", None),
    _F + "hardsigmoid": ("hard_sigmoid", None),
    **{name: ("relu", None) for name in ("torch.relu", _F + "relu")},
    **{name: ("tanh", None) for name in ("torch.tanh", _F + "tanh")},
    _F + "gelu": ("gelu", None),
    _F + "silu": ("silu", None),
    _F + "elu": ("elu", None),
    _F + "leaky_relu": ("leaky_relu", None),
    _F + "softplus": ("softplus", None),
}
# The same as tensor methods: ``x.softmax(dim=1)``; `dim` is the first argument.
ACTIVATION_METHODS: dict[str, str] = {
    "softmax": "softmax", "log_softmax": "log_softmax", "sigmoid": "sigmoid", "relu": "relu",
    "tanh": "tanh",
}


@dataclass(frozen=True)
class TorchLayerSpec:
    role: str  # "dense" | "activation" | "neutral" | "reshape" | "normalization"
    activation: str | None = None
    units_param: tuple[int, str] | None = None


_NN = "torch.nn."
LAYERS: dict[str, TorchLayerSpec] = {
    _NN + "Linear": TorchLayerSpec("dense", units_param=(1, "out_features")),
    _NN + "LazyLinear": TorchLayerSpec("dense", units_param=(0, "out_features")),
    _NN + "Bilinear": TorchLayerSpec("dense", units_param=(2, "out_features")),
    # Convolutions end many GAN discriminators and segmentation heads: raw scores, with the
    # channels on axis 1 (so no unit count on the last axis).
    **{_NN + name: TorchLayerSpec("dense") for name in (
        "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d",
        "LazyConv1d", "LazyConv2d", "LazyConv3d",
    )},
    _NN + "Softmax": TorchLayerSpec("activation", "softmax"),
    _NN + "LogSoftmax": TorchLayerSpec("activation", "log_softmax"),
    _NN + "Sigmoid": TorchLayerSpec("activation", "sigmoid"),
    _NN + "LogSigmoid": TorchLayerSpec("activation", "log_sigmoid"),
    _NN + "Hardsigmoid": TorchLayerSpec("activation", "hard_sigmoid"),
    **{_NN + name: TorchLayerSpec("activation", activation) for name, activation in {
        "ReLU": "relu", "ReLU6": "relu6", "LeakyReLU": "leaky_relu", "ELU": "elu", "SELU": "selu",
        "CELU": "celu", "GELU": "gelu", "SiLU": "silu", "Mish": "mish", "Tanh": "tanh",
        "Softplus": "softplus", "Softsign": "softsign", "PReLU": "prelu", "Hardtanh": "hard_tanh",
        "Hardswish": "hard_swish", "Tanhshrink": "tanh_shrink", "Softshrink": "soft_shrink",
    }.items()},
    **{_NN + name: TorchLayerSpec("neutral") for name in (
        "Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout", "FeatureAlphaDropout",
        "Identity",
    )},
    **{_NN + name: TorchLayerSpec("reshape") for name in ("Flatten", "Unflatten")},
    **{_NN + name: TorchLayerSpec("normalization", "normalization") for name in (
        "BatchNorm1d", "LayerNorm", "GroupNorm", "RMSNorm",
    )},
}

SEQUENTIAL = frozenset({_NN + "Sequential"})
# Recurrent layers: calling one returns (output, state); the output is (N, L, H) (or (L, N, H)).
RECURRENT = frozenset({_NN + "LSTM", _NN + "GRU", _NN + "RNN"})
# Layers whose output has the rank of their input: sequence in, sequence out.
SEQUENCE_PRESERVING = frozenset({_NN + "TransformerEncoder", _NN + "TransformerEncoderLayer",
                                 _NN + "TransformerDecoder", _NN + "TransformerDecoderLayer"})
MODULE_BASES = frozenset({_NN + "Module", "lightning.LightningModule"})
# The LightningModule methods that Lightning calls with a dataloader batch `(x, y)`.
LIGHTNING_STEPS = ("training_step", "validation_step", "test_step")

# torchvision classifiers: the head is a Linear with `num_classes` units (1000 by default).
TORCHVISION_MODELS = "torchvision.models."
# Attributes that hold the classifier of a torchvision model (replaced for fine-tuning).
HEAD_ATTRIBUTES = frozenset({"fc", "classifier", "head", "heads"})

# Datasets with class-index targets: name -> number of classes (None: from the folders).
DATASETS: dict[str, int | None] = {
    "torchvision.datasets.MNIST": 10,
    "torchvision.datasets.FashionMNIST": 10,
    "torchvision.datasets.KMNIST": 10,
    "torchvision.datasets.CIFAR10": 10,
    "torchvision.datasets.CIFAR100": 100,
    "torchvision.datasets.SVHN": 10,
    "torchvision.datasets.STL10": 10,
    "torchvision.datasets.ImageFolder": None,
    "torchvision.datasets.DatasetFolder": None,
}

# dtypes: torch names and the tensor types that imply them.
DTYPES: dict[str, str] = {
    **{f"torch.{name}": "int64" for name in ("long", "int64", "LongTensor")},
    **{f"torch.{name}": "int32" for name in ("int", "int32", "IntTensor")},
    **{f"torch.{name}": "uint8" for name in ("uint8", "ByteTensor")},
    **{f"torch.{name}": "bool" for name in ("bool", "BoolTensor")},
    **{f"torch.{name}": "float" for name in (
        "float", "float32", "float64", "double", "half", "float16", "bfloat16", "FloatTensor",
        "DoubleTensor")},
}
# Tensor methods that convert the dtype.
DTYPE_METHODS: dict[str, str] = {
    "long": "int64", "int": "int32", "byte": "uint8", "bool": "bool", "float": "float",
    "double": "float", "half": "float", "bfloat16": "float",
}
# Constructors that make a tensor of a fixed dtype from their argument.
TYPED_CONSTRUCTORS: dict[str, str] = {
    "torch.LongTensor": "int64", "torch.FloatTensor": "float", "torch.IntTensor": "int32",
    "torch.DoubleTensor": "float", "torch.ByteTensor": "uint8", "torch.BoolTensor": "bool",
}
TENSOR_CONSTRUCTORS = frozenset({"torch.tensor", "torch.as_tensor", "torch.from_numpy",
                                 "torch.Tensor"})
