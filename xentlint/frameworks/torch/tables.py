"""PyTorch knowledge as tables, keyed by canonical qualified name.

``from torch import nn``, ``import torch.nn.functional as F`` and ``torch.nn.modules.loss.X``
all fold into ``torch.nn.X`` / ``torch.nn.functional.x`` before lookup (the registry's
spellings). A PyTorch loss takes ``(input, target)``: the prediction first. It applies no
implicit conversion: a target of the wrong dtype raises.
"""

from __future__ import annotations

from dataclasses import replace

from ...facts import Dtype, Encoding
from ..specs import (
    ActivationFunction, ArrayApi, LayerSpec, LossSpec, ModelClass, OneHot, RandomIntegers, Slot,
    Trainer,
)
# (the losses: their own module, read here with the rest of the tables)
from .loss_tables import LOSS_CLASSES as LOSS_CLASSES
from .loss_tables import LOSS_FUNCTIONS as LOSS_FUNCTIONS

_F = "torch.nn.functional."

# --- activations and layers -------------------------------------------------------------------

_IMPLICIT_DIM = "PyTorch's implicit dim"
_DIM = Slot(1, "dim")


def _activation(name: str, axis: Slot | None = None) -> ActivationFunction:
    return ActivationFunction(name, ("input",), axis, default_axis=None,
                              implicit_axis=_IMPLICIT_DIM)


# Activations callable on tensors.
_ACTIVATION_FUNCTIONS: dict[str, ActivationFunction] = {
    **{name: _activation("softmax", _DIM) for name in (
        "torch.softmax", _F + "softmax", "torch.special.softmax")},
    **{name: _activation("log_softmax", _DIM) for name in (
        "torch.log_softmax", _F + "log_softmax", "torch.special.log_softmax")},
    **{name: _activation("sigmoid") for name in (
        "torch.sigmoid", _F + "sigmoid", "torch.special.expit")},
    _F + "logsigmoid": _activation("log_sigmoid"),
    _F + "hardsigmoid": _activation("hard_sigmoid"),
    **{name: _activation("relu") for name in ("torch.relu", _F + "relu")},
    **{name: _activation("tanh") for name in ("torch.tanh", _F + "tanh")},
    _F + "gelu": _activation("gelu"),
    _F + "silu": _activation("silu"),
    _F + "elu": _activation("elu"),
    _F + "leaky_relu": _activation("leaky_relu"),
    _F + "softplus": _activation("softplus"),
}
# The same as tensor methods: ``x.softmax(dim=1)``; `dim` is the first argument.
ACTIVATION_METHODS: dict[str, ActivationFunction] = {
    "softmax": _activation("softmax", Slot(0, "dim")),
    "log_softmax": _activation("log_softmax", Slot(0, "dim")),
    "sigmoid": _activation("sigmoid"),
    "relu": _activation("relu"),
    "tanh": _activation("tanh"),
}
# In place: the tensor itself becomes the activation's output (scores.sigmoid_()).
IN_PLACE_ACTIVATION_METHODS: dict[str, ActivationFunction] = {
    f"{name}_": ACTIVATION_METHODS[name] for name in ("sigmoid", "relu", "tanh")}

_NN = "torch.nn."
_SOFTMAX_DIM = Slot(0, "dim")
LAYERS: dict[str, LayerSpec] = {
    _NN + "Linear": LayerSpec("dense", units=Slot(1, "out_features")),
    _NN + "LazyLinear": LayerSpec("dense", units=Slot(0, "out_features")),
    _NN + "Bilinear": LayerSpec("dense", units=Slot(2, "out_features")),
    # Convolutions end many GAN discriminators and segmentation heads: raw scores, one channel
    # per class (on axis 1: what a softmax over dim=1 and CrossEntropyLoss read as classes).
    **{_NN + name: LayerSpec("dense", units=Slot(1, "out_channels")) for name in (
        "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d",
    )},
    **{_NN + name: LayerSpec("dense", units=Slot(0, "out_channels")) for name in (
        "LazyConv1d", "LazyConv2d", "LazyConv3d",
    )},
    # Graph convolutions (PyTorch Geometric, DGL) end node classifiers: raw scores, one
    # feature per class; attention convolutions as wide as out_channels times their heads.
    **{f"torch_geometric.nn.{name}": LayerSpec("dense", units=Slot(1, "out_channels"))
       for name in ("GCNConv", "SAGEConv", "GraphConv", "ChebConv", "SGConv", "Linear",
                    "LEConv", "ClusterGCNConv")},
    **{f"torch_geometric.nn.{name}": LayerSpec("dense")
       for name in ("GATConv", "GATv2Conv", "TransformerConv")},
    "torch_geometric.nn.APPNP": LayerSpec("neutral"),  # (it propagates what it is given)
    # (DGL's take their activation, None by default; its GATConv gives (N, heads, out))
    **{f"dgl.nn.{name}": LayerSpec("dense", units=Slot(1, "out_feats"),
                                   activation_arg=Slot(index, "activation"))
       for name, index in (("GraphConv", 5), ("SAGEConv", 6))},
    **{_NN + name: LayerSpec("activation", activation, axis=_SOFTMAX_DIM, default_axis=None,
                             implicit_axis=_IMPLICIT_DIM)
       for name, activation in (("Softmax", "softmax"), ("LogSoftmax", "log_softmax"))},
    # (over the channels of an (N, C, H, W) map: a segmentation head's classes)
    _NN + "Softmax2d": LayerSpec("activation", "softmax", default_axis=-3),
    _NN + "Sigmoid": LayerSpec("activation", "sigmoid"),
    _NN + "LogSigmoid": LayerSpec("activation", "log_sigmoid"),
    _NN + "Hardsigmoid": LayerSpec("activation", "hard_sigmoid"),
    **{_NN + name: LayerSpec("activation", activation) for name, activation in {
        "ReLU": "relu", "ReLU6": "relu6", "LeakyReLU": "leaky_relu", "ELU": "elu", "SELU": "selu",
        "CELU": "celu", "GELU": "gelu", "SiLU": "silu", "Mish": "mish", "Tanh": "tanh",
        "Softplus": "softplus", "Softsign": "softsign", "PReLU": "prelu", "Hardtanh": "hard_tanh",
        "Hardswish": "hard_swish", "Tanhshrink": "tanh_shrink", "Softshrink": "soft_shrink",
    }.items()},
    **{_NN + name: LayerSpec("neutral") for name in (
        "Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout", "FeatureAlphaDropout",
        "Identity",
    )},
    **{_NN + name: LayerSpec("reshape") for name in ("Flatten", "Unflatten")},
    **{_NN + name: LayerSpec("normalization", "normalization") for name in (
        "BatchNorm1d", "LayerNorm", "GroupNorm", "RMSNorm",
    )},
}

SEQUENTIAL = frozenset({_NN + "Sequential"})
# Containers of modules: indexed, they are what they hold (self.heads["cls"], self.blocks[-1]).
MODULE_DICT = _NN + "ModuleDict"
MODULE_CONTAINERS = frozenset({MODULE_DICT, _NN + "ModuleList"})
# Recurrent layers: calling one returns (output, state); the output is (N, L, H) (or (L, N, H)).
RECURRENT = frozenset({_NN + "LSTM", _NN + "GRU", _NN + "RNN"})
# Lookups of token ids: one more axis than the ids ((N, L) ids give an (N, L, D) sequence).
EMBEDDINGS = frozenset({_NN + "Embedding"})
# Layers whose output has the rank of their input: sequence in, sequence out.
SEQUENCE_PRESERVING = frozenset({_NN + "TransformerEncoder", _NN + "TransformerEncoderLayer",
                                 _NN + "TransformerDecoder", _NN + "TransformerDecoderLayer",
                                 _NN + "Transformer"})
# Packed sequences (variable lengths): packing keeps the sequence what it is; unpacking gives
# (padded sequence, lengths).
_RNN = "torch.nn.utils.rnn."
PACKING = frozenset({_RNN + "pack_padded_sequence", _RNN + "pack_sequence"})
UNPACKING = frozenset({_RNN + "pad_packed_sequence"})
# A LightningModule's steps are called by the trainer with a dataloader batch `(x, y)`.
MODEL_CLASSES = (
    ModelClass(bases=frozenset({"lightning.LightningModule"}), forward="forward",
               steps=("training_step", "validation_step", "test_step"),
               before_steps=("setup", "configure_model")),
    ModelClass(bases=frozenset({_NN + "Module"}), forward="forward"),
)
# Lightning's Trainer: fit(model, train_dataloaders, val_dataloaders) / fit(model,
# datamodule=dm) calls the model's steps on those loaders' batches (the datamodule's methods
# give them).
TRAINER = "lightning.Trainer"
# trainer.predict(model, loader): a list of the model's predict_step's results, batch by batch.
TRAINER_PREDICT, PREDICT_STEP = "predict", "predict_step"
# torchmetrics' classification metrics, by the task they decode for (None: `task=` says):
# "multiclass" takes the argmax, "binary" and "multilabel" threshold each score.
_TM_TASKS = {"Binary": "binary", "Multiclass": "multiclass", "Multilabel": "multilabel"}
TORCHMETRICS: dict[str, str | None] = {
    f"torchmetrics.{path}{prefix}{name}": _TM_TASKS.get(prefix)
    for path in ("", "classification.")
    for prefix in ("", *_TM_TASKS)
    for name in ("Accuracy", "F1Score", "Precision", "Recall", "FBetaScore", "Specificity",
                 "JaccardIndex", "HammingDistance", "StatScores", "ExactMatch")}
TORCHMETRICS_TASK = Slot(0, "task")
TORCHMETRICS_READING = frozenset({"update", "forward"})
# A LightningModule's method that keeps its __init__'s arguments (those named, else all but
# what `ignore=` names) as `self.hparams`.
SAVE_HYPERPARAMETERS, HYPERPARAMETERS = "save_hyperparameters", "hparams"
# What the trainer has a data module do before it asks for its loaders (with these arguments).
DATAMODULE_PREPARATION: dict[str, tuple[str, ...]] = {"prepare_data": (), "setup": ("fit",)}
TRAINER_LOADERS: dict[str, tuple[Slot, str]] = {  # step: its loader in fit(), the dm's method
    "training_step": (Slot(1, "train_dataloaders"), "train_dataloader"),
    "validation_step": (Slot(2, "val_dataloaders"), "val_dataloader"),
}
# Libraries that run the training loop on a model and a loss handed to them. skorch's
# classifier gives NLLLoss (its default) the log of the module's output: the module is then to
# emit probabilities, and the pair is a cross-entropy on them (LOGGED_LOSSES).
LOGGED_NLL = "skorch.NeuralNetClassifier NLLLoss"
LOGGED_LOSSES: dict[str, LossSpec] = {
    LOGGED_NLL: replace(LOSS_CLASSES["torch.nn.NLLLoss"], api="NLLLoss of log(output)",
                        family="sparse", expects="probs",
                        logits_form="`criterion=nn.CrossEntropyLoss`"),
}


def _skorch(default_loss: str | None = None, logged: dict[str, str] | None = None) -> Trainer:
    """skorch's nets: ``NeuralNet(module, criterion, ...)``, the module a class or an instance."""
    return Trainer(Slot(0, "module"), Slot(1, "criterion"), default_loss, logged or {},
                   model_keywords="module__", labels_passed=True)


SUPERVISED_TRAINERS: dict[str, Trainer] = {
    "ignite.engine.create_supervised_trainer": Trainer(Slot(0, "model"), Slot(2, "loss_fn")),
    "ignite.engine.supervised_training_step": Trainer(Slot(0, "model"), Slot(2, "loss_fn")),
    "fastai.Learner": Trainer(Slot(1, "model"), Slot(2, "loss_func")),
    "poutyne.Model": Trainer(Slot(0, "network"), Slot(2, "loss_function")),
    "torchbearer.Trial": Trainer(Slot(0, "model"), Slot(2, "criterion")),
    "skorch.NeuralNet": _skorch(),
    "skorch.NeuralNetClassifier": _skorch("torch.nn.NLLLoss", {"torch.nn.NLLLoss": LOGGED_NLL}),
    "skorch.NeuralNetBinaryClassifier": _skorch("torch.nn.BCEWithLogitsLoss"),
}
# ignite's evaluator: each batch's output, (y_pred, y) unless its output_transform(x, y,
# y_pred) says otherwise, goes through each metric's output_transform(output).
IGNITE_EVALUATOR = "ignite.engine.create_supervised_evaluator"
IGNITE_METRICS, IGNITE_TRANSFORM = "ignite.metrics.", "output_transform"
TRAINING_METHODS = frozenset({"fit", "partial_fit"})  # (of a net built by one of them)
FIT_LABELS = Slot(1, "y")  # net.fit(X, y), search.fit(X, y)
RECONFIGURING_METHODS = frozenset({"set_params"})  # (its loss, then, no longer known)
# scikit-learn's model selection: functions that fit the estimator given first, and searches
# that fit it with each setting of a grid (where the loss is no key: criterion, module).
_MS = "sklearn.model_selection."
CROSS_VALIDATION = frozenset({_MS + name for name in (
    "cross_val_score", "cross_validate", "cross_val_predict", "learning_curve",
    "validation_curve")})
CROSS_VALIDATION_LABELS = Slot(2, "y")  # cross_val_score(net, X, y)
PIPELINE, MAKE_PIPELINE = "sklearn.pipeline.Pipeline", "sklearn.pipeline.make_pipeline"
SEARCHES = {_MS + name: (Slot(0, "estimator"), Slot(1, grid)) for name, grid in (
    ("GridSearchCV", "param_grid"), ("RandomizedSearchCV", "param_distributions"))}
# Grid keys that may change what the loss is paired with: the criterion (or its options), the
# module itself (its module__ keywords are only its sizes).
SEARCH_CHANGING_LOSS = frozenset({"criterion", "module"})
# Hugging Face's Trainer calls a subclass's compute_loss(model, inputs) with the model it was
# given, and compute_metrics((logits, labels)) on the predictions of an evaluation.
HF_TRAINERS = frozenset({"transformers.Trainer", "transformers.Seq2SeqTrainer"})
HF_TRAINER_MODEL = Slot(0, "model")
HF_TRAINER_DATA = Slot(3, "train_dataset")  # (model, args, data_collator, train_dataset)
HF_LOSS_METHOD = "compute_loss"
HF_METRICS = "compute_metrics"  # (a keyword: its position changed across versions)
# What compute_metrics is given: EvalPrediction, a named tuple (logits, labels).
EVAL_PREDICTION_FIELDS = ("predictions", "label_ids")
# Module methods that return the module itself: `model = model.to(device)` keeps the model.
SELF_RETURNING = frozenset({"to", "cuda", "cpu", "train", "eval", "float", "double", "half",
                            "requires_grad_", "share_memory", "to_empty"})
# Sequential methods that change the stack in place: these put a layer on top
# (`net.append(nn.Softmax(dim=1))`, `net.add_module("act", nn.Sigmoid())`); after the others its
# head is not followed.
STACK_APPENDING = {"append": Slot(0, "module"), "add_module": Slot(1, "module"),
                   "register_module": Slot(1, "module")}
STACK_CHANGING = frozenset({"insert", "extend", "pop"})
RESET_CLASSIFIER = ("reset_classifier", Slot(0, "num_classes"))  # timm: a new Linear head

# torchvision classifiers: the head is a Linear with `num_classes` units (1000 by default, as
# ImageNet; by subpackage, another data set's: the segmentation models' maps of 21 VOC classes,
# read as `model(x)["out"]`, and Kinetics' 400 videos; None: not a classifier, a detector's
# boxes or optical flow).
TORCHVISION_MODELS = "torchvision.models."
TORCHVISION_CLASSES: dict[str, int | None] = {
    "": 1000, "segmentation": 21, "video": 400, "detection": None, "optical_flow": None}
# torch.hub.load("pytorch/vision[:tag]", "resnet18", ...): torchvision's model of that name.
HUB_LOAD = "torch.hub.load"
HUB_TORCHVISION = "pytorch/vision"
# Other model factories whose classifier is a Linear of raw logits: where its width is given
# and its default (timm: `num_classes=0` is a model without a classifier).
MODEL_FACTORIES: dict[str, tuple[Slot, int | None]] = {
    "timm.create_model": (Slot(-1, "num_classes"), 1000),
}
# segmentation_models_pytorch: (N, classes, H, W) maps of ``classes`` channels (1 by default) after
# the ``activation`` its keyword names (None: raw scores; softmax over the class axis, 1).
SEGMENTATION_MODELS = frozenset({f"segmentation_models_pytorch.{name}" for name in (
    "Unet", "UnetPlusPlus", "MAnet", "Linknet", "FPN", "PSPNet", "PAN", "DeepLabV3",
    "DeepLabV3Plus", "UPerNet", "Segformer", "DPT", "create_model")})
SEGMENTATION_ACTIVATIONS: dict[str | None, str] = {
    None: "linear", "identity": "linear", "sigmoid": "sigmoid", "softmax": "softmax",
    "softmax2d": "softmax", "logsoftmax": "log_softmax", "tanh": "tanh"}
# Hugging Face's classification models (`AutoModelForSequenceClassification.from_pretrained`):
# raw logits of `num_labels` units (a checkpoint's own count when not given), read as
# `outputs.logits`; the rank of those logits ((N, L, C) for a token classifier, (N, L, V) over
# the vocabulary for a language model).
PRETRAINED_CLASSIFIERS = "transformers."
PRETRAINED_CLASSIFIER_SUFFIXES: dict[str, int] = {
    "ForSequenceClassification.from_pretrained": 2,
    "ForImageClassification.from_pretrained": 2,
    "ForTokenClassification.from_pretrained": 3,
    # language models: raw logits over the vocabulary for each token (N, L, V)
    "ForCausalLM.from_pretrained": 3,
    "ForMaskedLM.from_pretrained": 3,
    "LMHeadModel.from_pretrained": 3,
}
OUTPUT_LOGITS_ATTRIBUTE = "logits"
OUTPUT_FIELD_METHOD = "get"  # outputs.get("logits"): the field, as outputs["logits"]
# Hugging Face's models without a head (`AutoModel.from_pretrained`, `BertModel...`): called,
# outputs whose features have a known rank, by attribute ((N, L, H) per token, (N, H) pooled).
PRETRAINED_ENCODER_SUFFIX = "Model.from_pretrained"
# A tokenizer (`AutoTokenizer.from_pretrained`, `BertTokenizerFast...`): called, a dict of
# encodings (a BatchEncoding), to which code adds its labels (`enc["labels"] = ...`).
TOKENIZER_SUFFIXES = ("Tokenizer.from_pretrained", "TokenizerFast.from_pretrained")
TOKENIZER = "transformers.PreTrainedTokenizerBase"
PRETRAINED_ENCODER = "transformers.PreTrainedModel"
ENCODER_OUTPUTS = "transformers.ModelOutput"
ENCODER_FEATURES: dict[str, int] = {"last_hidden_state": 3, "pooler_output": 2}
# The loss such a model computes itself when given labels, as its `problem_type=` says (not
# given: chosen at run time from the labels' dtype and num_labels).
MODEL_LABELS_KEYWORD = "labels"  # model(**batch, labels=y): that loss on y
# The columns a Trainer's collator passes as `labels` (it renames "label" and "label_ids").
TRAINER_LABEL_COLUMNS = ("labels", "label", "label_ids")
PROBLEM_TYPE_LOSSES: dict[str, str] = {
    "multi_label_classification": "torch.nn.BCEWithLogitsLoss",
    "single_label_classification": "torch.nn.CrossEntropyLoss",
}
# What the labels of such a model are, declared so (several labels a sample, however many).
PROBLEM_TYPE_LABELS: dict[str, Encoding] = {"multi_label_classification": "multihot"}
# Attributes that hold the classifier of a torchvision model (replaced for fine-tuning).
HEAD_ATTRIBUTES = frozenset({"fc", "classifier", "head", "heads"})
# Where a family's classifier is a Sequential: the index of its last layer (replaced in place,
# `model.classifier[6] = nn.Linear(4096, 5)`; [-1] is the last one of any family).
LAST_HEAD_INDEX: dict[str, int] = {
    "vgg": 6, "alexnet": 6, "mobilenet_v2": 1, "mobilenet_v3": 3, "efficientnet": 1,
    "convnext": 2,
}

# --- labels -----------------------------------------------------------------------------------

# Views of a dataset that yield what it yields: where they take it. random_split returns one
# view per length.
DATASET_VIEWS: dict[str, Slot] = {
    "torch.utils.data.Subset": Slot(0, "dataset"),
    "torch.utils.data.random_split": Slot(0, "dataset"),
}
SPLITS = frozenset({"torch.utils.data.random_split"})
# A torchvision data set's attributes that hold its labels (``train_set.targets``); assigning
# one of them or its list of (path, class) samples relabels the data set.
DATASET_TARGETS = frozenset({"targets", "labels", "train_labels", "test_labels"})
DATASET_RELABELLING = DATASET_TARGETS | {"samples", "imgs"}
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
# torchtext's text classification data sets: (label, text) items, the labels numbered from 1
# (the tutorial's `label_pipeline = lambda x: int(x) - 1`), of this many classes.
TEXT_DATASETS: dict[str, int] = {f"torchtext.datasets.{name}": n for name, n in (
    ("AG_NEWS", 4), ("DBpedia", 14), ("YelpReviewPolarity", 2), ("YelpReviewFull", 5),
    ("YahooAnswers", 10), ("AmazonReviewPolarity", 2), ("AmazonReviewFull", 5))}
# The same data set's items, another way to read them (torchtext's iterable made indexable).
DATASET_WRAPPERS = frozenset({"torchtext.data.functional.to_map_style_dataset"})

# dtypes: torch names and the tensor types that imply them.
DTYPES: dict[str, Dtype] = {
    **{f"torch.{name}": "int64" for name in ("long", "int64", "LongTensor")},
    **{f"torch.{name}": "int32" for name in ("int", "int32", "IntTensor")},
    **{f"torch.{name}": "uint8" for name in ("uint8", "ByteTensor")},
    **{f"torch.{name}": "bool" for name in ("bool", "BoolTensor")},
    **{f"torch.{name}": "float" for name in (
        "float", "float32", "float64", "double", "half", "float16", "bfloat16", "FloatTensor",
        "DoubleTensor")},
}
# Tensor methods that convert the dtype.
DTYPE_METHODS: dict[str, Dtype] = {
    "long": "int64", "int": "int32", "byte": "uint8", "bool": "bool", "float": "float",
    "double": "float", "half": "float", "bfloat16": "float",
}
# Constructors that make a tensor of a fixed dtype from their argument.
# (torch.Tensor(y) is a float tensor, whatever y holds)
TYPED_CONSTRUCTORS: dict[str, Dtype] = {
    "torch.LongTensor": "int64", "torch.FloatTensor": "float", "torch.IntTensor": "int32",
    "torch.DoubleTensor": "float", "torch.ByteTensor": "uint8", "torch.BoolTensor": "bool",
    "torch.Tensor": "float",
}
TENSOR_CONSTRUCTORS = frozenset({"torch.tensor", "torch.as_tensor", "torch.from_numpy"})
# Arrays of one number: (where the shape is, where the number is); of a Python int's dtype,
# int64, unless dtype= says (a GAN's real labels, torch.full((b,), 1)).
FULL = {"torch.full": (Slot(0, "size"), Slot(1, "fill_value"))}
# The collate a DataLoader uses when given none, spelled out (``collate_fn=default_collate``,
# or called by the user's own collate on the list of items).
DEFAULT_COLLATE = frozenset({"torch.utils.data.default_collate",
                             "torch.utils.data.dataloader.default_collate",
                             "torch.utils.data._utils.collate.default_collate"})
# A model saved whole (torch.save(model, path)) and loaded back: unpickled, it is an instance
# of the classes of the code that saved it (keras.models.load_model is not here: a file of
# any architecture, a pretrained model swapped in under `if pretrained:`).
CHECKPOINT_LOADERS = {"torch.load": "a model saved whole by torch.save"}

# --- array helpers ----------------------------------------------------------------------------

ARRAYS = ArrayApi(
    filled_like=frozenset({"torch.zeros_like", "torch.ones_like"}),
    activations=_ACTIVATION_FUNCTIONS,
    log=frozenset({"torch.log"}),
    exp=frozenset({"torch.exp"}),
    argmax=frozenset({"torch.argmax"}),
    round=frozenset({"torch.round"}),
    greater=frozenset({"torch.gt", "torch.ge", "torch.greater", "torch.greater_equal"}),
    reduction=frozenset({"torch.sum", "torch.mean"}),
    clip=frozenset({"torch.clamp", "torch.clip"}),
    picks={"torch.gather": (Slot(0, "input"), Slot(2, "index"))},
    operators={"torch.add": "+", "torch.sub": "-", "torch.subtract": "-", "torch.mul": "*",
               "torch.multiply": "*", "torch.div": "/", "torch.divide": "/"},
    matmul=frozenset({"torch.matmul", "torch.mm"}),
    mapped=frozenset({"torch.vmap", "torch.func.vmap"}),
    # (only by keyword: the first argument of a distribution is its probabilities)
    samplers={f"torch.distributions.{name}": Slot(-1, "logits")
              for name in ("Categorical", "OneHotCategorical")},
    # (a target_transform wrapped in transforms.Lambda is the function it wraps; a model wrapped
    # to compile it or spread it over devices is that model; a Variable is its tensor)
    transforms=frozenset({
        "torchvision.transforms.Lambda", "torchvision.transforms.v2.Lambda", "torch.compile",
        "torch.nn.DataParallel", "torch.nn.parallel.DistributedDataParallel",
        "torch.jit.script", "torch.jit.trace", "torch.jit.freeze", "torch.jit.optimize_for_inference",
        "torch.autograd.Variable", "torch.optim.swa_utils.AveragedModel",
    }),
    logsumexp=frozenset({"torch.logsumexp"}),
    # F.one_hot gives int64 rows (not float!); num_classes=-1 means "from the data"
    one_hot={_F + "one_hot": OneHot(Slot(0, "tensor"), Slot(1, "num_classes"), dtype="int64")},
    # torch.randint(low, high, size) or torch.randint(high, size)
    eye=frozenset({"torch.eye"}),
    aranges=frozenset({"torch.arange"}),
    stacks={"torch.hstack": "vectors", "torch.vstack": "matrices",
            "torch.row_stack": "matrices"},
    stacked={"torch.stack": (Slot(0, "tensors"), Slot(1, "dim"), 0)},
    where=frozenset({"torch.where"}),
    concatenate={f"torch.{name}": (Slot(0, "tensors"), Slot(1, "dim"), 0)
                 for name in ("cat", "concat", "concatenate")},
    random_integers={"torch.randint": RandomIntegers(
        (Slot(2, "size"), Slot(1, "size")), dtype_keyword=True, low=Slot(0, "low"),
        high=Slot(1, "high"))},
    # Arrays of a known shape, given as the dimensions: torch.rand(n, k) > 0.5 is multi-hot.
    weights={f"torch.{name}": None for name in ("rand", "randn", "zeros", "ones", "empty")},
    filled=frozenset({"torch.zeros", "torch.ones"}),
)
# Tensor methods that may change class numbers (merge classes): in place when they end in _.
RENUMBERING_METHODS = frozenset({"masked_fill", "masked_fill_", "clamp", "clamp_", "clip",
                                 "clip_", "index_fill_", "masked_scatter_"})
# Tensor methods that keep a tensor (or labels) as they are; attributes likewise (``out.data``).
KEEPING_METHODS = frozenset({"to", "cpu", "cuda", "detach", "clone", "contiguous"})
KEEPING_ATTRIBUTES = frozenset({"data"})
# What code names a device it moves tensors to (``y.to(device)``: the dtype stays).
DEVICE_NAMES = frozenset({"device", "dev", "gpu", "cuda_device", "local_rank", "rank"})
# In-place tensor methods that change the shape of the tensor they are called on
# (``out.squeeze_(0)``): the method of the same change that returns a new tensor, if any.
IN_PLACE_SHAPE_METHODS: dict[str, str | None] = {
    "squeeze_": "squeeze", "unsqueeze_": "unsqueeze", "resize_": None, "transpose_": None,
    "t_": None, "swapaxes_": None, "swapdims_": None, "as_strided_": None,
}
# Objects whose method hands back what it is given, prepared (``model, opt, loader =
# accelerator.prepare(model, opt, loader)``): the class, the method.
PREPARING: dict[str, frozenset[str]] = {
    "accelerate.Accelerator": frozenset({"prepare", "prepare_model", "unwrap_model"}),
    "lightning.fabric.Fabric": frozenset({"setup", "setup_module"}),
}
FUNCTIONAL_LINEAR = _F + "linear"  # x @ weight.T + bias
FUNCTIONAL_NORMALIZE = _F + "normalize"  # rows of unit norm: of a weight, the same shape
PARAMETER = "torch.nn.Parameter"  # nn.Parameter(torch.randn(c, d)): that array
# A module run with other parameters (MAML, per-sample gradients): the module on those inputs.
FUNCTIONAL_CALLS = frozenset({"torch.func.functional_call",
                              "torch.nn.utils.stateless.functional_call"})
# What a wrapped model keeps the model in (DataParallel's, torch.compile's).
WRAPPED_MODEL_ATTRIBUTES = frozenset({"module", "_orig_mod"})
# Tensor methods that move the class axis: CrossEntropyLoss's (N, C, L) layout.
SIZE_METHOD = "size"  # y.size(1): y.shape[1]
MATMUL_METHODS = frozenset({"mm", "matmul"})  # x.mm(w): x @ w
AXIS_MOVING_METHODS = frozenset({"permute", "transpose", "movedim", "swapaxes"})

# --- what a fix rewrites an API into: (canonical name, intent) -> replacement ------------------
# (the intents: frameworks.fix_names)
FIX_NAMES: dict[tuple[str, str], str] = {
    ("torch.softmax", "log"): "torch.log_softmax",
    (_F + "softmax", "log"): _F + "log_softmax",
    ("torch.special.softmax", "log"): "torch.special.log_softmax",
    ("torch.sigmoid", "log"): _F + "logsigmoid",
    (_F + "sigmoid", "log"): _F + "logsigmoid",
    ("torch.special.expit", "log"): _F + "logsigmoid",
    (".softmax", "log"): ".log_softmax",
    ("torch.softmax", "sigmoid"): "torch.sigmoid",
    (_F + "softmax", "sigmoid"): "torch.sigmoid",
    (".softmax", "sigmoid"): ".sigmoid",
    ("torch.nn.Softmax", "sigmoid"): "torch.nn.Sigmoid",
    ("torch.sigmoid", "softmax"): "torch.softmax",
    ("torch.nn.Sigmoid", "softmax"): "torch.nn.Softmax",
    ("torch.nn.BCELoss", "logits"): "torch.nn.BCEWithLogitsLoss",
    (_F + "binary_cross_entropy", "logits"): _F + "binary_cross_entropy_with_logits",
    ("torch.nn.BCEWithLogitsLoss", "probs"): "torch.nn.BCELoss",
    (_F + "binary_cross_entropy_with_logits", "probs"): _F + "binary_cross_entropy",
    ("torch.nn.NLLLoss", "logits"): "torch.nn.CrossEntropyLoss",
    (_F + "nll_loss", "logits"): _F + "cross_entropy",
    # the binary loss on the same logits (one unit: XL204; multi-hot targets: XL306)
    ("torch.nn.CrossEntropyLoss", "binary"): "torch.nn.BCEWithLogitsLoss",
    (_F + "cross_entropy", "binary"): _F + "binary_cross_entropy_with_logits",
    # the decoder of exclusive classes, keyed by the framework: a tensor method (``x.argmax(1)``)
    ("torch", "argmax"): ".argmax",
}
