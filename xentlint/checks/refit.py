"""The edits of the fixes that change what surrounds the loss: the head's width, the labels'
base and layout, a metric, the decoder of the predictions.

Each returns ``(edits, applicability)`` like :mod:`.fixers`, or no edits when the rewrite
cannot be made exactly. Changing the model, the labels or the decisions is ``unsafe``; a
rewrite that only moves the labels to the layout the loss already expects, at the loss call,
is ``safe``.
"""

from __future__ import annotations

import libcst as cst

from ..facts import Head, Labels, Pairing
from ..frameworks import fix_names
from . import Reporter
from . import rewrite as R
from .fixers import NONE, Fixed

_ATOMIC = (cst.Name, cst.Attribute, cst.Call, cst.Subscript)
# where a decoded value stands whole, and the methods that only convert it
_WHOLE = (cst.Assign, cst.AnnAssign, cst.Return)
_CONVERSIONS = frozenset({"astype", "int", "long", "float", "numpy", "cpu", "tolist", "detach"})


def head_units(r: Reporter, head: Head, units: int) -> Fixed:
    """XL305: the output layer given ``units`` units where its width is a literal
    (``Dense(10, ...)`` -> ``Dense(100, ...)``, ``nn.Linear(84, 10)`` -> ``nn.Linear(84, 100)``);
    unsafe: the model changes (its saved weights no longer load)."""
    node = head.evidence.node
    if not isinstance(node, cst.Call):
        return NONE
    qualname = r.qualname(node.func)
    spec = R.table("LAYERS").get(qualname) if qualname is not None else None
    if spec is None or spec.units is None:
        return NONE
    arg = R.argument(node, spec.units)
    if arg is None or not isinstance(arg.value, cst.Integer) or \
            arg.value.evaluated_value != head.units:
        return NONE  # a name, a parameter, a config field: its value is set elsewhere
    return [(arg.value, str(units))], "unsafe"


def zero_based(r: Reporter, labels: Labels) -> Fixed:
    """XL305: labels shifted to 1-based (``y + 1``) kept 0-based (``y``); unsafe: the data
    the model learns changes."""
    node = labels.evidence.node if labels.evidence is not None else None
    if not (isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add)
            and isinstance(node.right, cst.Integer) and node.right.evaluated_value == 1):
        return NONE
    return [(node, r.code(node.left))], "unsafe"


def untransposed(r: Reporter, t: Pairing) -> Fixed:
    """XL303: labels transposed to (classes, samples) -> the labels as they were
    (``to_categorical(y, 3).T`` -> ``to_categorical(y, 3)``): safe where the transposed array
    is only used by this pairing, else unsafe (its other uses change too)."""
    labels = t.labels
    if labels is None or labels.evidence is None:
        return NONE
    inner = labels.evidence.node
    up = R.parents(r.module)
    outer = up.get(inner)
    if isinstance(outer, cst.Attribute) and outer.value is inner and outer.attr.value == "T":
        node: cst.CSTNode = outer
    elif isinstance(outer, cst.Attribute) and outer.attr.value == "transpose" and \
            isinstance(up.get(outer), cst.Call) and not up[outer].args:  # type: ignore[attr-defined]
        node = up[outer]
    else:
        return NONE
    edits: R.EditList = [(node, r.code(inner))]
    return edits, "safe" if R.sole_use(r, node, t.site.node) else "unsafe"


def exclusive_accuracy(r: Reporter, node: cst.CSTNode, t: Pairing) -> Fixed:
    """XL205: binary accuracy on exclusive classes -> the accuracy of the loss's encoding
    (``"binary_accuracy"`` -> ``"accuracy"``, ``BinaryAccuracy()`` -> ``CategoricalAccuracy()``).
    Safe only where the metric keeps its name (``BinaryAccuracy(name="acc")``): otherwise the
    history's key changes, and callbacks that monitor it (``EarlyStopping``) lose it."""
    family, labels = t.loss.family, t.labels
    intent = {"categorical": "categorical", "sparse": "sparse"}.get(family)
    if intent is None or labels is not None and (
            labels.encoding == "onehot" and intent == "sparse"
            or labels.encoding == "index" and intent == "categorical"):
        return NONE
    if not isinstance(node, cst.Call):  # a string, or a function passed by name
        new = R.target(r, node, intent)  # type: ignore[arg-type]
        return ([(node, new)], "unsafe") if new is not None else NONE
    func = R.target(r, node.func, intent)
    positional = [a for a in node.args if a.keyword is None]
    keywords = {a.keyword.value for a in node.args if a.keyword is not None}
    # (BinaryAccuracy(name, dtype, threshold); the others take (name, dtype))
    if func is None or len(positional) > 2 or any(a.star for a in node.args) or \
            not keywords <= {"name", "dtype"}:
        return NONE
    named = "name" in keywords or bool(positional)
    return [(node.func, func)], "safe" if named else "unsafe"


def categorical_accuracy(r: Reporter, node: cst.CSTNode) -> Fixed:
    """XL205 in an old version (facts.LegacySpelling): ``"accuracy"`` (binary there under a
    binary loss) -> ``"categorical_accuracy"``. Unsafe: the history's key changes (``acc`` ->
    ``categorical_accuracy``), and callbacks that monitor it lose it."""
    if not isinstance(node, cst.SimpleString):
        return NONE
    return [(node, R.restring(node, "categorical_accuracy"))], "unsafe"


def _operand(r: Reporter, node: cst.BaseExpression) -> str:
    """``node`` as the operand of a method call or a comparison."""
    code = r.code(node)
    return code if isinstance(node, _ATOMIC) or node.lpar else f"({code})"


def _decoded(r: Reporter, node: cst.CSTNode) -> cst.BaseExpression | None:
    """What a decoder call reads: ``np.argmax(p, axis=1)``, ``p.argmax(1)``, ``x.max(p, 1)``,
    ``np.round(p)`` -> ``p``; ``model.predict_classes(x)`` -> ``model.predict(x)``."""
    if not isinstance(node, cst.Call):
        return None
    if isinstance(node.func, cst.Attribute):
        predict = fix_names().get(("." + node.func.attr.value, "predictions"))
        if predict is not None:  # model.predict_classes(x) decodes model.predict(x)
            return node.with_changes(func=node.func.with_changes(attr=cst.Name(predict[1:])))
    if R.tensor_method(r, node) and isinstance(node.func, cst.Attribute):
        return node.func.value
    positional = [a for a in node.args if a.keyword is None and not a.star]
    return positional[0].value if positional else None


def _replace(r: Reporter, node: cst.CSTNode, new: str, atomic: bool) -> R.EditList:
    """``node`` replaced by ``new`` where the decoded value stands whole: assigned or returned,
    itself or converted (``(p > 0.5).astype(int)``, ``.int()``, ``.numpy()``). Inside another
    expression (``argmax(p) == y``) the new decoder's shape and meaning would not fit, and
    nothing is replaced. A parenthesised node whose method is called loses its parentheses
    (``(p > 0.5).astype(int)`` -> ``np.argmax(p, axis=-1).astype(int)``); ``new`` is
    parenthesised as the operand of a method unless it is ``atomic``."""
    up = R.parents(r.module)
    parent = up.get(node)
    if isinstance(parent, _WHOLE):
        return [(node, new)]
    call = up.get(parent) if isinstance(parent, cst.Attribute) and parent.value is node else None
    if not (isinstance(call, cst.Call) and isinstance(parent, cst.Attribute)
            and parent.attr.value in _CONVERSIONS and isinstance(up.get(call), _WHOLE)):
        return []
    receiver = new if atomic else f"({new})"
    if isinstance(node, cst.BaseExpression) and node.lpar:
        return [(parent, f"{receiver}.{parent.attr.value}")]
    return [(node, receiver)]


def threshold_decoder(r: Reporter, node: cst.CSTNode, probabilities: bool) -> Fixed:
    """XL401: the argmax of multi-label predictions -> every label thresholded (``p > 0.5`` on
    probabilities, ``z > 0`` on logits); ``_, i = x.max(z, 1)`` (values, indices) ->
    ``i = z > 0``. Unsafe: the program's decisions (and their shape) change."""
    decoded = _decoded(r, node)
    if decoded is None:
        return NONE
    new = f"{_operand(r, decoded)} > {'0.5' if probabilities else '0'}"
    up = R.parents(r.module)
    assign = up.get(node)
    if isinstance(assign, cst.Assign) and assign.value is node and len(assign.targets) == 1:
        target = assign.targets[0].target
        if isinstance(target, cst.Tuple):  # (values, indices): only `_` may be dropped
            elements = target.elements
            if len(elements) != 2 or not isinstance(elements[0].value, cst.Name) or \
                    elements[0].value.value != "_":
                return NONE
            return [(target, r.code(elements[1].value)), (node, new)], "unsafe"
    edits = _replace(r, node, new, atomic=False)
    return (edits, "unsafe") if edits else NONE


def argmax_decoder(r: Reporter, node: cst.CSTNode, head: Head, framework: str | None) -> Fixed:
    """XL402: a threshold (or rounding) of softmax probabilities -> their argmax over the class
    axis, in the framework's spelling (``np.argmax(p, axis=-1)``, ``p.argmax(1)``). Unsafe:
    every row gets exactly one class, and the result is (N,) class indices."""
    form = fix_names().get((framework or "", "argmax"))
    if isinstance(node, cst.Comparison):
        if len(node.comparisons) != 1 or not isinstance(
                node.comparisons[0].operator, (cst.GreaterThan, cst.GreaterThanEqual)):
            return NONE
        decoded: cst.BaseExpression | None = node.left
    else:
        decoded = _decoded(r, node)
    if form is None or decoded is None:
        return NONE
    axis = head.axis if head.axis is not None else -1
    if form.startswith("."):
        new = f"{_operand(r, decoded)}{form}({axis})"
    else:
        spelled = r.spell(form)
        if spelled is None:
            return NONE
        new = f"{spelled}({r.code(decoded)}, axis={axis})"
    edits = _replace(r, node, new, atomic=True)
    return (edits, "unsafe") if edits else NONE


__all__ = ["argmax_decoder", "exclusive_accuracy", "head_units", "threshold_decoder",
           "untransposed", "zero_based"]
