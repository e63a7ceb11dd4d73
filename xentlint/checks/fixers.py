"""The rewrite behind each fix, one function per kind of edit, over the facts of a finding.

Each returns ``(edits, applicability)``: no edits when the rewrite cannot be made exactly
(the finding keeps its advice). ``safe`` only where the intended computation and every model
output stay the same (rules.md): a rewrite of the loss (its flag, its form, the target's dtype)
or of an activation applied inline at the loss call; a rewrite of the model is ``unsafe``.
A loss object is rewritten only where it is used once (``sole_use``): its other calls would
change too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import libcst as cst

from ..facts import INTEGER_DTYPES, Head, Pairing, UnstableComposition
from ..frameworks import fix_names
from . import Reporter
from . import rewrite as R

Fixed = tuple[R.EditList, str]
NONE: Fixed = ([], "display")
_WEIGHTS = frozenset({"weight", "target", "input"})  # what BCE's two forms both take


def as_args(fixed: Fixed) -> dict[str, Any]:
    """A fix's edits and applicability as the keyword arguments of ``Reporter.finding``."""
    return {"edits": fixed[0], "applicability": fixed[1]}


def fused_log(r: Reporter, c: UnstableComposition) -> Fixed:
    """``log(softmax(x))`` -> ``log_softmax(x)``, ``log(sigmoid(x))`` -> ``log_sigmoid(x)``,
    written inline (the same value, computed stably)."""
    outer, inner = c.outer.node, c.inner.evidence.node
    if not isinstance(outer, cst.Call) or not isinstance(inner, cst.Call):
        return NONE
    method = isinstance(outer.func, cst.Attribute) and outer.func.value is inner and not outer.args
    function = (len(outer.args) == 1 and outer.args[0].value is inner
                and outer.args[0].keyword is None and not outer.args[0].star)
    if not (method or function):
        return NONE
    func = R.target(r, inner.func, "log", inner)
    if func is None or not r.code(inner).startswith(r.code(inner.func)):
        return NONE  # (a parenthesised callee)
    # outer `log(` ... `)` goes: the inner call's arguments stay as written
    return [(outer, func + r.code(inner)[len(r.code(inner.func)):])], "safe"


def _prediction(t: Pairing) -> cst.Arg | None:
    """The argument in the loss call's prediction slot."""
    site = t.site.node
    return R.argument(site, t.loss.spec.prediction) if isinstance(site, cst.Call) else None


def _inline_at_call(t: Pairing) -> bool:
    arg = _prediction(t)
    return t.head is not None and arg is not None and arg.value is t.head.evidence.node


def logits_loss(r: Reporter, t: Pairing) -> Fixed:
    """A probability loss on an activation applied inline at its call -> the logits loss on
    what the activation was applied to (``BCELoss()(sigmoid(z), y)`` -> ``BCEWithLogitsLoss()(z,
    y)``, ``from_logits=True``)."""
    head, loss, site = t.head, t.loss, t.site.node
    if head is None or not _inline_at_call(t) or not isinstance(site, cst.Call):
        return NONE
    if head.activation != "sigmoid" and not (head.axis == -1 and loss.axis == -1):
        return NONE  # a softmax over another axis than the loss's
    logits = R.unwrapped(r, head.evidence.node)
    if logits is None:
        return NONE
    return _to_logits(r, t, [(head.evidence.node, logits)])


def flag_safety(flag: cst.CSTNode) -> str:
    """Setting a logits flag written as ``True`` or ``False`` is safe; one read from a config
    or an option (``from_logits=args.from_logits``) is not: the edit cuts the option loose."""
    return "safe" if isinstance(flag, cst.Name) and flag.value in ("True", "False") else "unsafe"


def _to_logits(r: Reporter, t: Pairing, head_edit: R.EditList) -> Fixed:
    """The loss of ``t`` switched to logits (its flag set, its string or class replaced by its
    logits form), with ``head_edit`` (the inline activation removed)."""
    loss, site = t.loss, t.site.node
    node, flag = loss.evidence.node, loss.spec.logits_flag
    if flag is not None:
        if loss.logits_flag is not None:  # (a loss object used elsewhere keeps its flag)
            if node is not site and not R.sole_use(r, node, site):
                return NONE
            return [(loss.logits_flag, "True"), *head_edit], flag_safety(loss.logits_flag)
        value = R.string_value(node)
        if value is not None:
            form = fix_names().get((value, "logits"))
            spelled = r.spell(form) if form else None
            return ([(node, f"{spelled}({flag}=True)"), *head_edit], "safe") if spelled else NONE
        if isinstance(node, cst.Call) and R.sole_use(r, node, site):
            return [*R.keyword(r, node, flag, "True"), *head_edit], "safe"
        return NONE
    if not isinstance(node, cst.Call):
        return NONE
    func = R.target(r, node.func, "logits")
    if func is None or not R.sole_use(r, node, site):
        return NONE
    return [(node.func, func), *head_edit], "safe"


def probabilities_to_logits(r: Reporter, t: Pairing) -> Fixed:
    """XL102: a raw output to a probability loss -> the loss on logits (flag or form)."""
    if t.head is None or t.head.activation != "linear":
        return NONE  # relu, tanh...: the model must change
    return _to_logits(r, t, [])


def rename_loss(r: Reporter, t: Pairing, intent: str) -> Fixed:
    """The loss replaced by its ``intent`` form with the same arguments (a categorical loss on
    class indices -> the sparse one; NLL on logits -> cross-entropy), where the form takes
    every argument given."""
    loss, site, node = t.loss, t.site.node, t.loss.evidence.node
    if loss.spec.handwritten:
        return NONE
    if isinstance(node, cst.SimpleString):
        new = R.target(r, node, intent)
        return ([(node, new)], "safe") if new else NONE
    if not isinstance(node, cst.Call):
        return NONE
    func = R.target(r, node.func, intent)
    slots = 2 if node is site else 0
    # (the forms FIX_NAMES pairs take the same two slots; a keyword the other form names
    # differently is renamed: TF1's onehot_labels= / labels=)
    shared = frozenset({loss.spec.labels.name, loss.spec.prediction.name})
    if func is None or not R.only_options(node, slots, shared) or not R.sole_use(r, node, site):
        return NONE
    return [(node.func, func), *_renamed_slots(r, node, t, intent)], "safe"


def _renamed_slots(r: Reporter, call: cst.Call, t: Pairing, intent: str) -> R.EditList:
    """The keywords of ``call``'s labels and prediction renamed to those of the loss's
    ``intent`` form, where it names them differently."""
    qualname = r.qualname(call.func)
    new = fix_names().get((qualname, intent)) if qualname is not None else None
    if new is None:
        return []
    spec = R.table("LOSS_FUNCTIONS").get(new) or R.table("LOSS_CLASSES").get(new)
    if spec is None:
        return []
    renames = {t.loss.spec.labels.name: spec.labels.name,
               t.loss.spec.prediction.name: spec.prediction.name}
    return [(arg.keyword, renames[arg.keyword.value]) for arg in call.args
            if arg.keyword is not None and renames.get(arg.keyword.value, arg.keyword.value)
            != arg.keyword.value]


def _targets(t: Pairing) -> cst.Arg | None:
    """The argument in the loss call's labels slot, where the pairing is that call (not a
    ``fit()``, whose arguments are not the loss's)."""
    site, loss = t.site.node, t.loss
    if not isinstance(site, cst.Call) or not (
            site is loss.evidence.node or loss.spec.labels_reported_at == "call"):
        return None
    return R.argument(site, loss.spec.labels)


def cast_targets(r: Reporter, t: Pairing, method: str, applicability: str) -> Fixed:
    """The targets cast at the loss call: ``criterion(out, y.float())``."""
    arg = _targets(t)
    if arg is None:
        return NONE
    return [(arg.value, R.cast(r, arg.value, method))], applicability


def reshape_targets(r: Reporter, t: Pairing, index: str) -> Fixed:
    """The targets reshaped at the loss call with a subscript every array library reads
    (``y[:, None]``: (N,) -> (N, 1); ``y[:, 0]``: (N, 1) -> (N,)); safe: the same values."""
    arg = _targets(t)
    if arg is None:
        return NONE
    value = arg.value
    atomic = isinstance(value, (cst.Name, cst.Attribute, cst.Call, cst.Subscript)) or value.lpar
    code = r.code(value) if atomic else f"({r.code(value)})"
    return [(value, f"{code}{index}")], "safe"


def log_inline(r: Reporter, t: Pairing) -> Fixed:
    """An NLL loss on a softmax applied inline at its call -> the log_softmax there."""
    head = t.head
    if head is None or not _inline_at_call(t) or not isinstance(head.evidence.node, cst.Call):
        return NONE
    node = head.evidence.node
    func = R.target(r, node.func, "log", node)
    return ([(node.func, func)], "safe") if func else NONE


def batchmean(r: Reporter, t: Pairing) -> R.EditList:
    """A KL divergence's ``reduction='mean'`` (the default: the divergence divided by the
    number of classes) -> ``'batchmean'``, the divergence itself; only on the call or a loss
    object used once, with the reduction absent or the literal ``"mean"``."""
    node, site = t.loss.evidence.node, t.site.node
    if not isinstance(node, cst.Call) or t.loss.reduction not in (None, "mean") or (
            node is not site and not R.sole_use(r, node, site)):
        return []
    slots = 2 if node is site else 0  # (input, target); the later positions are legacy options
    if len([a for a in node.args if a.keyword is None]) > slots or any(
            a.star or a.keyword is not None and a.keyword.value in ("size_average", "reduce")
            for a in node.args):
        return []
    for arg in node.args:
        if arg.keyword is not None and arg.keyword.value == "reduction":
            value = arg.value  # (a name: its value is set elsewhere)
            return [(value, R.restring(value, "batchmean"))] \
                if isinstance(value, cst.SimpleString) else []
    return R.keyword(r, node, "reduction", '"batchmean"')


def drop_activation(r: Reporter, t: Pairing) -> Fixed:
    """XL101 without a flag: the loss's probability form (``BCEWithLogitsLoss`` -> ``BCELoss``,
    unsafe: it computes the log of a rounded probability), else the final activation removed
    (safe when applied inline at the loss call, unsafe in the model: ``forward()`` changes). An
    activation applied in the user's code and kept in a variable (``p = sigmoid(z)``, used
    for more than the loss) has no edit: removing it changes the other uses, and the
    probability form on an activation applied in the user's code is what XL104 warns about."""
    head, loss, site = t.head, t.loss, t.site.node
    if head is None or (head.inline and _kept_for_other_uses(r, head.evidence.node, site)):
        return NONE
    node = loss.evidence.node
    if head.activation == "sigmoid" and not head.inline and isinstance(node, cst.Call):
        func = R.target(r, node.func, "probs")
        slots = 2 if node is site else 0  # (the probability form has no pos_weight)
        if func is not None and R.only_options(node, slots, _WEIGHTS) and (
                node is site or R.sole_use(r, node, site)):
            return [(node.func, func)], "unsafe"
    removed = _without_activation(r, head)
    if not removed:
        return NONE
    return removed, "safe" if _inline_at_call(t) else "unsafe"


def _kept_for_other_uses(r: Reporter, activation: cst.CSTNode, site: cst.CSTNode) -> bool:
    """``p = sigmoid(z)`` whose ``p`` is read elsewhere than at the loss call ``site``."""
    return isinstance(R.parents(r.module).get(activation), cst.Assign) and not R.sole_use(
        r, activation, site)


def _without_activation(r: Reporter, head: Head) -> R.EditList:
    """Edits removing the activation ``head`` ends in (and every alike head of another
    branch's model: all or none)."""
    return _each_alike(head, lambda each: (_activation_removed(r, each), "unsafe"))[0]


def _alike_heads(head: Head) -> list[Head]:
    """``head`` and the heads that end alike in the models other branches build."""
    return [head, *(replace(head, evidence=alt, alternatives=()) for alt in head.alternatives)]


def _activation_removed(r: Reporter, head: Head) -> R.EditList:
    """A function call replaced by its input, the last layer of a ``Sequential`` dropped."""
    node = head.evidence.node
    if not isinstance(node, cst.Call):
        return []
    names = fix_names()
    method = R.tensor_method(r, node)
    key = "." + node.func.attr.value if method and isinstance(node.func, cst.Attribute) \
        else r.qualname(node.func)
    if (key, "log") in names:  # an activation function: F.softmax(x, dim=1) -> x
        inner = R.unwrapped(r, node)
        return [(node, inner)] if inner is not None else []
    up = R.parents(r.module)
    arg, container = up.get(node), up.get(up.get(node) or node)
    if (isinstance(arg, cst.Arg) and isinstance(container, cst.Call) and len(container.args) > 1
            and container.args[-1] is arg and arg.keyword is None
            and r.qualname(container.func) is not None):  # a stack built by a library call
        # (not `net.add_module("softmax", nn.Softmax(dim=1))`, whose last argument is its own)
        before = container.args[-2].value
        return [((before, arg), "")]  # `, nn.Softmax(dim=1)` goes; a trailing comma stays
    return []


def swap_activation(r: Reporter, head: Head, to: str) -> Fixed:
    """The head's activation replaced by ``to`` (unsafe: every output changes), in every alike
    head of another branch's model too."""
    return _each_alike(head, lambda each: _swapped(r, each, to))


def _each_alike(head: Head, fix: Callable[[Head], Fixed]) -> Fixed:
    """``fix`` made to ``head`` and to each alike head of another branch: all, or none."""
    edits: R.EditList = []
    kinds: set[str] = set()
    for each in _alike_heads(head):
        made, applicability = fix(each)
        if not made:
            return NONE
        edits += made
        kinds.add(applicability)
    return edits, "unsafe" if "unsafe" in kinds else kinds.pop()


def _swapped(r: Reporter, head: Head, to: str) -> Fixed:
    """The string (``Dense(1, activation="softmax")``), the function (``F.softmax(x, dim=1)``
    -> ``sigmoid(x)``), the layer (``nn.Softmax(dim=1)`` -> ``nn.Sigmoid()``)."""
    node = head.evidence.node
    if not isinstance(node, cst.Call):
        return NONE
    strings = [a.value for a in node.args if R.string_value(a.value) == head.activation]
    if len(strings) == 1 and isinstance(strings[0], cst.SimpleString):
        return [(strings[0], R.restring(strings[0], to))], "unsafe"
    if strings:
        return NONE
    func = R.target(r, node.func, to, node)
    if func is None:
        return NONE
    qualname = r.qualname(node.func)
    if qualname is None or (qualname, "log") in fix_names():  # a method or a function
        inner = R.unwrapped(r, node)
        if inner is None:
            return NONE
        return [(node, func + "()" if qualname is None else f"{func}({inner})")], "unsafe"
    return [(node, f"{func}()")], "unsafe"  # a layer: its axis argument goes


def _binary_form(r: Reporter, t: Pairing) -> R.EditList:
    """The loss of ``t`` renamed to its binary form on the same outputs, with float targets
    where that form needs them (``BCEWithLogitsLoss``): integer ones cast at the call, unknown
    ones refused. Targets of another shape than the output are refused too (a binary loss
    that does not reconcile the shapes raises or broadcasts)."""
    labels = t.labels
    if labels is not None and labels.rank == 1 and not t.loss.reconciles_rank:
        return []
    edits, _ = rename_loss(r, t, "binary")
    if not edits or not t.loss.spec.strict_target_dtype:
        return edits
    if labels is None or labels.dtype not in (*INTEGER_DTYPES, "float"):
        return []
    if labels.dtype == "float":
        return edits
    cast, _ = cast_targets(r, t, "float", "unsafe")
    return [*edits, *cast] if cast else []


def binary_loss(r: Reporter, t: Pairing) -> Fixed:
    """XL204: the categorical loss on one unit -> the binary one (unsafe: the model may have
    been meant to have more units), where the labels may be yes/no answers."""
    labels = t.labels
    if labels is not None and (labels.encoding in ("onehot", "multihot") or (
            labels.n_classes is not None and labels.n_classes > 2)):
        return NONE  # one-hot rows, or more classes: the model needs more units (XL305)
    edits = _binary_form(r, t)
    return (edits, "unsafe") if edits else NONE


def multilabel_loss(r: Reporter, t: Pairing) -> Fixed:
    """XL306: multi-hot targets to a loss for exclusive classes -> its binary form, and a
    softmax head -> sigmoid (a logits loss keeps its raw head); unsafe: the model changes."""
    head = t.head
    if head is None or head.activation != ("linear" if t.loss.expects == "logits" else "softmax"):
        return NONE
    edits = _binary_form(r, t)
    if head.activation == "softmax" and edits:
        swapped, _ = swap_activation(r, head, "sigmoid")
        edits = [*edits, *swapped] if swapped else []
    return (edits, "unsafe") if edits else NONE


def sequence_classes(r: Reporter, t: Pairing) -> Fixed:
    """XL105: an (N, L, C) output to a cross-entropy that reads axis 1 as the classes -> the
    class axis moved there at the call (``out.permute(0, 2, 1)``), where the targets are (N, L)
    class indices; safe: the model's output is unchanged, the loss becomes the intended one."""
    arg, labels = _prediction(t), t.labels
    if arg is None or labels is None or labels.rank != 2 or labels.dtype not in INTEGER_DTYPES:
        return NONE
    value = arg.value
    atomic = isinstance(value, (cst.Name, cst.Attribute, cst.Call, cst.Subscript)) or value.lpar
    code = r.code(value) if atomic else f"({r.code(value)})"
    return [(value, f"{code}.permute(0, 2, 1)")], "safe"


def _is_zero(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.Integer) and node.evaluated_value == 0


def class_axis(r: Reporter, head: Head, parameter: str) -> Fixed:
    """XL105: a softmax over axis 0, or over a framework's implicit axis of a 3-D output, made to
    normalise over the last (class) axis: ``dim=0`` -> ``dim=-1``, ``dim=-1`` added (unsafe:
    every output changes), in every alike head of another branch's model too."""
    return _each_alike(head, lambda each: _last_axis(r, each, parameter))


def _last_axis(r: Reporter, head: Head, parameter: str) -> Fixed:
    node = head.evidence.node
    if not isinstance(node, cst.Call):
        return NONE
    if head.axis is None:  # left out
        return R.keyword(r, node, parameter, "-1"), "unsafe"
    for arg in node.args:
        if arg.keyword is not None and arg.keyword.value == parameter:
            return ([(arg.value, "-1")], "unsafe") if _is_zero(arg.value) else NONE
    method = R.tensor_method(r, node)
    if r.qualname(node.func) is None and not method:
        return NONE
    positional = [a for a in node.args if a.keyword is None and not a.star]
    index = 0 if method else 1  # a method has no tensor argument
    if len(positional) > index and _is_zero(positional[index].value):
        return [(positional[index].value, "-1")], "unsafe"
    return NONE


def loss_axis(r: Reporter, t: Pairing) -> Fixed:
    """XL105: a loss's ``axis=0`` -> ``axis=-1`` (safe: only the loss changes, to the intended
    one)."""
    node = t.loss.evidence.node
    for arg in node.args if isinstance(node, cst.Call) else ():
        if arg.keyword is not None and arg.keyword.value == "axis" and _is_zero(arg.value):
            return [(arg.value, "-1")], "safe"
    return NONE


def metric_on_logits(r: Reporter, node: cst.CSTNode, option: str, value: str) -> Fixed:
    """XL403: a metric told it gets logits (safe: only the reported value changes): the option
    set on a metric object (``AUC(from_logits=True)``, ``BinaryAccuracy(threshold=0.0)``), a
    metric string replaced by its class under the same name."""
    name = R.string_value(node)
    if name is not None:
        form = fix_names().get((name, "metric"))
        spelled = r.spell(form) if form else None
        if spelled is None:
            return NONE
        return [(node, f"{spelled}(name={r.code(node)}, {option}={value})")], "safe"
    if isinstance(node, cst.Call):
        return R.keyword(r, node, option, value), "safe"
    return NONE


def logit_threshold(r: Reporter, node: cst.CSTNode, threshold: float | None) -> Fixed:
    """XL403: ``logits > 0.5`` -> ``logits > 0`` (unsafe: the program's decisions change)."""
    if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
        return NONE
    value = node.comparisons[0].comparator
    if isinstance(value, cst.Float) and threshold is not None and value.evaluated_value == threshold:
        return [(value, "0")], "unsafe"
    return NONE


__all__ = [
    "Fixed",
    "as_args",
    "batchmean",
    "binary_loss",
    "cast_targets",
    "class_axis",
    "drop_activation",
    "fused_log",
    "log_inline",
    "logit_threshold",
    "logits_loss",
    "loss_axis",
    "metric_on_logits",
    "multilabel_loss",
    "probabilities_to_logits",
    "rename_loss",
    "reshape_targets",
    "sequence_classes",
    "swap_activation",
]
