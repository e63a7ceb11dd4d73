"""Losses: configured from a table row (specs.LossSpec), and called on a prediction and labels.

The row says everything: where the options are (and which numbers passed positionally land in
the wrong one, XL502), which flag chooses logits or probabilities, and the order of the two
arguments, so a call is paired by its slots and swapped arguments (XL501) are judged from the
dataflow, never from names.
"""

from __future__ import annotations

import libcst as cst

from ...facts import (
    INDEX_FAMILIES, Head, Labels, Loss, LossCall, Pairing, PositionalOption,
)
from ...interp.api import Call, ConstructionHandler, ExtractContext, FunctionHandler
from ...interp.classes import super_call
from ...interp.values import (
    UNKNOWN, ClassDef, Const, Instance, LabelArray, LossValue, Tensor, Value, Weights, literal,
)
from ..specs import LossSpec
from .decoding import trained_on
from .labels import range_labels
from .readback import as_made, names_in
from .values import (
    const_flag, const_float, const_int, is_output, labels_of, parameter_names, passed_through,
)


def configure(ctx: ExtractContext, call: Call, spec: LossSpec) -> Loss:
    """A loss from its constructor or function call; records options that landed positionally
    in the wrong parameter."""
    misplaced = _record_traps(ctx, call, spec)
    expects = spec.expects
    flag_node = None
    if spec.logits_flag is not None:
        position = spec.option_position(spec.logits_flag)
        if position is not None and call.has(position, spec.logits_flag):
            value = call.arg(position, spec.logits_flag)
            flag_node = call.arg_node(position, spec.logits_flag)
            flag = const_flag(value)
            if flag is None and const_float(value) is not None:
                flag = bool(const_float(value))
            expects = spec.expects_with(flag)
        if call.has_star_args or spec.logits_flag in misplaced:
            expects = None  # XL502 reports the misplaced value; what was meant is unknown
    axis: int | None = -1
    position = spec.option_position("axis")
    if position is not None:
        axis = const_int(call.arg(position, "axis", Const(-1)))
    reduction: str | None = None
    position = spec.option_position("reduction")
    if position is not None:
        value = call.arg(position, "reduction")
        reduction = value.value if isinstance(value, Const) else None
        if reduction is None:
            reduction = _legacy_reduction(call)
    position = spec.option_position("log_target")
    log_targets = spec.labels.name.startswith("log_") or position is not None and const_flag(
        call.arg(position, "log_target", Const(False))) is True
    return Loss(spec, expects, ctx.evidence(call.node), logits_flag=flag_node, axis=axis,
                reconciles_rank=spec.reconciles_rank, reduction=reduction,
                log_targets=log_targets)


def _legacy_reduction(call: Call) -> str | None:
    """PyTorch's flags before ``reduction=`` (0.4): ``reduce=False`` keeps every element,
    ``size_average=False`` sums them."""
    if const_flag(call.kwargs.get("reduce", UNKNOWN)) is False:
        return "none"
    averaged = const_flag(call.kwargs.get("size_average", UNKNOWN))
    return None if averaged is None else "mean" if averaged else "sum"


def _record_traps(ctx: ExtractContext, call: Call, spec: LossSpec) -> set[str]:
    """Numbers passed positionally where a trap parameter is (``BinaryCrossentropy(0.1)``)."""
    misplaced: set[str] = set()
    for trap in spec.traps:
        position = spec.option_position(trap.parameter)
        if position is None or trap.parameter in call.kwargs or call.has_star_args:
            continue
        value = call.arg(position, trap.parameter)
        node = call.arg_node(position, trap.parameter)
        if node is None:
            continue
        number = const_float(value)
        if number is not None and number == trap.harmless:
            continue
        whole = isinstance(value, Const) and type(value.value) is int
        meant = trap.integer_meant if whole and trap.integer_meant else trap.meant
        if number is not None:  # a number, not a bool or a tensor
            effect = trap.effect
        elif meant is not None and _named(node, meant):
            # BCEWithLogitsLoss(pos_weight): the user's own name says which option was meant
            effect = f"`{meant}` stays unset"
        else:
            continue
        misplaced.add(trap.parameter)
        ctx.record(PositionalOption(callee=spec.api, parameter=trap.parameter, meant=meant,
                                    value=ctx.evidence(node), effect=effect,
                                    alongside=trap.alongside))
    return misplaced


def _named(node: cst.BaseExpression, option: str) -> bool:
    """``pos_weight``, ``self.pos_weight``, ``args.label_smoothing``: named as the option."""
    name = node.attr.value if isinstance(node, cst.Attribute) else (
        node.value if isinstance(node, cst.Name) else None)
    return name == option


def _data_of_unknown_origin(ctx: ExtractContext, value: Value,
                            node: cst.BaseExpression) -> bool:
    """Data a function is given, not otherwise known: a parameter of the function running
    (``def loss_fn(params, x, y)``), an item of one (``batch["label"]``, reshaped or cast), or
    what a loop of it (or of the module's top level) iterates (``for inputs, labels in
    loader``). Not a value the code computed (``pi = policy(x)`` of a model not known here,
    in distillation or RL)."""
    running = ctx.running()
    if value is not UNKNOWN or running and not isinstance(running[-1], cst.FunctionDef):
        return False
    node = _data_root(node)  # (labels.view(-1), batch["label"].long(): labels, batch)
    if not isinstance(node, cst.Name):
        return False
    if not running:
        return node.value in _data_names(ctx.running_module(), set())
    # (and data of the functions it is nested in: ``def train_step(state, batch): def
    # loss_fn(params): ... batch["label"]``, the flax idiom)
    functions = [f for f in running if isinstance(f, cst.FunctionDef)]
    inner = functions[-1]
    for function in reversed(functions):
        if function is not inner and not _defines(function, inner):
            break
        names = parameter_names(function)
        if node.value in names or node.value in _data_names(function, names - {"self"}):
            return True
        inner = function
    return False


def _defines(outer: cst.FunctionDef, inner: cst.FunctionDef) -> bool:
    """``inner`` is defined in ``outer``'s body (not in a function nested deeper)."""
    pending: list[cst.CSTNode] = list(outer.body.children)
    while pending:
        node = pending.pop()
        if node is inner:
            return True
        if not isinstance(node, (cst.BaseExpression, cst.FunctionDef)):
            pending.extend(node.children)
    return False


def _written_as(ctx: ExtractContext, node: cst.BaseExpression | None, head: Head) -> bool:
    """The argument ``node`` is the activation that made ``head``, or a name assigned it here
    (``t = F.log_softmax(...)``): a tensor reached otherwise may have been overwritten in place
    (``true_dist = x.data.clone(); true_dist.fill_(...)``)."""
    made = head.evidence.node
    if node is made:
        return True
    if not isinstance(node, cst.Name):
        return False
    name = node.value
    running = ctx.running()
    code = running[-1] if running else ctx.running_module()
    found = False

    class Assignments(cst.CSTVisitor):
        def visit_Assign(self, assign: cst.Assign) -> None:
            nonlocal found
            found = found or assign.value is made and any(
                isinstance(t.target, cst.Name) and t.target.value == name
                for t in assign.targets)

    if isinstance(code, (cst.FunctionDef, cst.Module)):
        code.visit(Assignments())
    return found


# Methods that give (part of) the data they are called on: `labels = batch.pop("labels")`.
_DATA_METHODS = frozenset({"pop", "get", "to", "cuda", "float", "long", "squeeze", "view",
                           "reshape", "numpy", "astype", "ravel", "flatten", "double", "cpu"})
# Functions that give their first argument as another array (`torch.tensor(np.load(...))`).
_CONVERTERS = frozenset({"array", "asarray", "tensor", "from_numpy", "as_tensor", "expand_dims",
                         "convert_to_tensor"})
# Functions that read data from a file (`y = np.load("y.npy")`, `pd.read_csv(path)["label"]`):
# what they give is data, whatever library's they are.
_READERS = frozenset({"load", "loadtxt", "genfromtxt", "fromfile", "read_csv", "read_parquet",
                      "read_pickle"})


def _data_names(code: cst.FunctionDef | cst.Module, given: set[str]) -> set[str]:
    """The names of ``code`` that hold data it was given (``given``, its parameters), read
    from a file (``y = np.load("y.npy")``) or that a ``for`` binds to the items it iterates
    (``for inputs, labels in loader``), and the names assigned a part of those (``labels =
    batch["label"]``, ``y = batch.pop("labels")``), in the order of the code."""
    found = set(given)

    class Targets(cst.CSTVisitor):
        def visit_For(self, node: cst.For) -> None:
            found.update(n.value for n in names_in(node.target))

        def visit_Assign(self, node: cst.Assign) -> None:
            root = _data_root(node.value)
            if isinstance(root, cst.Name) and root.value in found or (
                    isinstance(root, cst.Call) and isinstance(root.func, cst.Attribute)
                    and root.func.attr.value in _READERS):
                found.update(n.value for target in node.targets for n in names_in(target.target))

        def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
            return node is code  # (not the functions defined inside it)

        def visit_ClassDef(self, node: cst.ClassDef) -> bool:
            return False

    code.visit(Targets())
    return found


def _data_root(node: cst.BaseExpression) -> cst.BaseExpression:
    """What a part of some data is taken from: ``batch`` of ``batch["label"].to(device)``."""
    while True:
        if isinstance(node, (cst.Subscript, cst.Attribute)):
            node = node.value
        elif (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
              and node.func.attr.value in _DATA_METHODS):
            node = node.func.value
        elif (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
              and node.func.attr.value in _CONVERTERS and node.args):
            node = node.args[0].value
        else:
            return node


def _bare_model_output(value: Value) -> bool:
    """A model's own output as it comes (``y_hat = model(x)``, or one it returns beside it,
    ``out, aux = model(x)``): a loss's prediction, never its target; soft targets are an
    activation applied to one (``teacher(x).softmax(-1)``)."""
    return (isinstance(value, Tensor) and (value.model is not None or value.head is not None)
            and value.log_of is None and (value.head is None or not value.head.inline))


def _soft_targets(value: Value) -> bool:
    """Probabilities made here from raw scores (``softmax(teacher(x) / T)``): what a
    distillation loss takes as its targets."""
    return (isinstance(value, Tensor) and value.head is not None and value.head.inline
            and value.head.kind in ("exclusive", "independent") and value.log_of is None)


def _raw_scores(value: Value) -> bool:
    """A model's (or a layer's) scores as they come out of it: never a loss's target."""
    return (isinstance(value, Tensor) and value.head is not None and not value.head.inline
            and value.head.kind == "not-probs" and value.log_of is None)


def loss_class_handler(table: dict[str, LossSpec]) -> FunctionHandler:
    """The handler of a table of loss classes: the configured loss object."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        return LossValue(configure(ctx, call, table[call.qualname]), call.qualname)

    return handler


def subclassed_loss_hook(table: dict[str, LossSpec]) -> ConstructionHandler:
    """``class WeightedCE(nn.CrossEntropyLoss)`` that computes nothing of its own (no
    ``forward`` / ``__call__`` / ``call``): built, it is its base loss, configured with the
    literal options its ``__init__`` passes up (``super().__init__(from_logits=True)``)."""

    def hook(ctx: ExtractContext, cls: ClassDef, instance: Instance,
             call: Call | None) -> Value | None:
        bases = [name for name in cls.base_qualnames() if name in table]
        if call is None or not bases or any(
                cls.method(name) is not None for name in ("forward", "__call__", "call")):
            return None
        options = _passed_up(cls.method("__init__"))
        built = Call(call.node, (), options, (), qualname=bases[0])
        return LossValue(configure(ctx, built, table[bases[0]]), bases[0])

    return hook


def _passed_up(init: cst.FunctionDef | None) -> dict[str, Value]:
    """The keywords an ``__init__`` gives its base (``super().__init__(...)``,
    ``Base.__init__(self, ...)``), where they are literals (other values: not known)."""
    if init is None:
        return {}
    for line in init.body.body:
        for small in line.body if isinstance(line, cst.SimpleStatementLine) else ():
            called = small.value if isinstance(small, cst.Expr) else None
            if not (isinstance(called, cst.Call) and isinstance(called.func, cst.Attribute)
                    and called.func.attr.value == "__init__"):
                continue
            if super_call(called.func.value) is None and not isinstance(
                    called.func.value, (cst.Name, cst.Attribute)):
                continue
            return {arg.keyword.value: _literal(arg.value) for arg in called.args
                    if arg.keyword is not None}
    return {}


def _literal(node: cst.BaseExpression) -> Value:
    """A keyword's literal value (``True``, ``0.1``, ``"sum"``); other values are not known."""
    if isinstance(node, cst.Name) and node.value in ("True", "False", "None"):
        return Const({"True": True, "False": False, "None": None}[node.value], node)
    return literal(node)


def loss_function_handler(table: dict[str, LossSpec]) -> FunctionHandler:
    """The handler of a table of loss functions: called on a prediction and labels, a pairing."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        pair_loss_call(ctx, configure(ctx, call, table[call.qualname]), call)
        return Tensor(None)

    return handler


def pair_loss_call(ctx: ExtractContext, loss: Loss, call: Call) -> None:
    """A loss called on a prediction and labels: pair them, unless the arguments are swapped
    (judged from the dataflow: what reaches each slot), which XL501 reports instead."""
    labels_slot, output_slot = loss.spec.labels, loss.spec.prediction
    labels = call.arg(labels_slot.index, labels_slot.name)
    output = call.arg(output_slot.index, output_slot.name)
    labels_node = call.arg_node(labels_slot.index, labels_slot.name)
    output_node = call.arg_node(output_slot.index, output_slot.name)
    by_position = not (labels_slot.name in call.kwargs or output_slot.name in call.kwargs)
    # (`cross_entropy(softmax(teacher(x) / T), student(x) / T)`: raw scores are no target)
    soft_targets_first = by_position and _raw_scores(labels) and _soft_targets(output)
    if labels_node is not None and output_node is not None:
        ctx.record(LossCall(
            loss=loss, site=ctx.evidence(call.node),
            labels_slot=ctx.evidence(labels_node), output_slot=ctx.evidence(output_node),
            labels_slot_is_output=is_output(labels),
            output_slot_is_labels=isinstance(output, LabelArray) or soft_targets_first or (
                by_position and _bare_model_output(labels)
                and _data_of_unknown_origin(ctx, output, output_node)),
            by_position=by_position, labels_known=isinstance(output, LabelArray),
            through=passed_through(ctx, labels_node, output_node)))
    if is_output(labels) and not is_output(output) or soft_targets_first:
        return
    trained_on(ctx, output)
    head = output.head if isinstance(output, Tensor) else None
    if head is not None and isinstance(output, Tensor) and output.model is not None:
        head = head.named(output.model.name)
    rank = output.rank if isinstance(output, Tensor) else None
    fed_op_output = (loss.spec.reads_graph_logits and isinstance(output, Tensor)
                     and output.graph_op and head is not None and output_node is not None
                     and as_made(ctx, output_node, head.evidence.node))
    targets = (_column_targets(ctx, loss, labels, labels_node) or labels_of(labels)
               or _filled_targets(labels) or range_labels(ctx, labels, labels_node))
    target_kind = labels.head.kind if isinstance(labels, Tensor) and labels.head is not None \
        and labels.log_of is None and _written_as(ctx, labels_node, labels.head) else None
    ctx.record(Pairing(head, loss, ctx.evidence(call.node), targets, output_rank=rank,
                       fed_op_output=fed_op_output, target_kind=target_kind))


def _column_targets(ctx: ExtractContext, loss: Loss, value: Value,
                    node: cst.BaseExpression | None) -> Labels | None:
    """Targets of a shape not otherwise known (a loader's of a dataset of unknown arrays, or
    not known at all), made one column in the call (``y.view(-1, 1)``, ``y.unsqueeze(1)``,
    ``y[:, None]``), given to a loss of class indices: (N, 1), which CrossEntropyLoss and
    NLLLoss reject whatever the targets were."""
    unknown_shape = value is UNKNOWN or isinstance(value, LabelArray) and (
        value.labels.rank in (None, 2) and value.labels.encoding == "unknown")  # (view(-1, 1))
    if not unknown_shape or node is None or loss.family not in INDEX_FAMILIES:
        return None
    return Labels("index", ctx.evidence(node), rank=2) if _one_column(node) else None


def _one_column(node: cst.BaseExpression) -> bool:
    if isinstance(node, cst.Subscript):  # y[:, None]
        parts = node.slice
        return (len(parts) == 2 and isinstance(parts[0].slice, cst.Slice)
                and parts[0].slice.lower is None and parts[0].slice.upper is None
                and isinstance(parts[1].slice, cst.Index)
                and isinstance(parts[1].slice.value, cst.Name)
                and parts[1].slice.value.value == "None")
    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)):
        return False
    numbers = [_literal_int(arg.value) for arg in node.args]
    method = node.func.attr.value
    return (method in ("view", "reshape") and numbers == [-1, 1]
            or method == "unsqueeze" and numbers in ([1], [-1]))


def _literal_int(node: cst.BaseExpression) -> int | None:
    if isinstance(node, cst.Integer):
        return int(node.value)
    if (isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus)
            and isinstance(node.expression, cst.Integer)):
        return -int(node.expression.value)
    return None


def _filled_targets(value: Value) -> Labels | None:
    """Zeros or ones of a constant length taken as a loss's labels (``torch.ones(batch_size)``
    for a GAN's real images): 0/1 targets of that shape, (N,) or (N, 1) (a wider array may
    have had ones written into it: one-hot rows)."""
    if not (isinstance(value, Weights) and value.filled
            and (len(value.shape) == 1 or len(value.shape) == 2 and value.shape[1] == 1)):
        return None
    return Labels("binary", value.filled, 2, rank=len(value.shape), dtype=value.dtype or "float",
                  drawn=True)
