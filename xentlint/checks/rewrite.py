"""The edits of the fixes, built from the user's own code: the callee respelled with the
module's own import aliases, the arguments kept as written.

What an API is rewritten into is a table of the frameworks (``frameworks.fix_names()``:
(canonical name, intent) -> the replacement); nothing here names a framework. Each helper
returns ``(node, new text)`` edits for :meth:`Reporter.finding`, or nothing when the rewrite
cannot be made exactly (an import it would need, a form it does not know): then the finding
keeps its advice and no edit.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from functools import cache
from typing import Any

import libcst as cst

from ..frameworks import REGISTRY, fix_names
from ..frameworks.specs import Slot
from . import Reporter

# An edit: a node and its new text, or (a, b) and the text that replaces what lies from the end
# of a to the end of b ((a, a): inserted after a).
EditList = list[tuple[cst.CSTNode | tuple[cst.CSTNode, cst.CSTNode], str]]
# Loss options every rewritten loss shares (a rename is refused when another one is given).
SHARED_OPTIONS = frozenset({"from_logits", "reduction", "name"})
CASTS = frozenset({"float", "long", "int", "double", "half"})  # a tensor's dtype methods


def tensor_method(r: Reporter, call: cst.CSTNode) -> bool:
    """``x.softmax(dim=1)``: a method of the tensor ``x``, not an attribute of the user's that is
    called with a tensor (``self.softmax(x)``): its arguments are axes and dtypes only."""
    if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Attribute) or \
            r.qualname(call.func) is not None:
        return False
    for arg in call.args:
        value = arg.value.expression if isinstance(arg.value, cst.UnaryOperation) else arg.value
        if arg.star or (arg.keyword is None and not isinstance(value, cst.Integer)) or (
                arg.keyword is not None and arg.keyword.value not in ("dim", "axis", "dtype")):
            return False
    return True


def target(r: Reporter, func: cst.BaseExpression, intent: str,
           call: cst.CSTNode | None = None) -> str | None:
    """The callee ``func`` (as written) rewritten as its ``intent`` form, in the module's own
    spelling: ``F.softmax`` -> ``F.log_softmax``, ``x.softmax`` -> ``x.log_softmax`` (``call``:
    the call of ``func``, for a tensor method), the loss string ``"categorical_crossentropy"``
    -> ``"sparse_categorical_crossentropy"``."""
    names = fix_names()
    if isinstance(func, cst.SimpleString):
        value = string_value(func)
        new = names.get((value, intent)) if value is not None else None
        return restring(func, new) if new is not None and "." not in new else None
    qualname = r.qualname(func)
    if qualname is None:  # a method of a tensor: x.softmax(dim=1)
        if not isinstance(func, cst.Attribute) or call is None or not tensor_method(r, call):
            return None
        new = names.get(("." + func.attr.value, intent))
        return r.code(func.value) + new if new is not None else None
    new = names.get((qualname, intent))
    if new is None:
        return None
    if isinstance(func, cst.Attribute):  # the user's own prefix, where it names the target
        module, _, name = new.rpartition(".")
        prefer = f"{r.code(func.value)}.{name}"
        if qualname.rpartition(".")[0] == module:  # a neighbour in the module the user names
            return prefer  # (a compat namespace stays: the folded one may hold other APIs)
        return r.spell(new, prefer=prefer)
    return r.spell(new)


@cache
def table(attribute: str) -> dict[str, Any]:
    """One table of every framework's ``tables`` module merged (``LAYERS``,
    ``LOSS_FUNCTIONS``...), by canonical name: what an edit's replacement is, as a row."""
    found: dict[str, Any] = {}
    for row in REGISTRY:
        module = importlib.import_module(row.extractor.rsplit(".", 1)[0] + ".tables")
        found.update(getattr(module, attribute, {}))
    return found


def string_value(node: cst.CSTNode) -> str | None:
    if isinstance(node, cst.SimpleString) and not node.prefix.strip("rRuU"):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    return None


def restring(node: cst.SimpleString, value: str) -> str:
    """The string literal ``node`` holding ``value`` instead, with its own prefix and quotes."""
    return node.value[:len(node.prefix) + len(node.quote)] + value + node.quote


def argument(call: cst.Call, slot: Slot) -> cst.Arg | None:
    """The argument of ``call`` in ``slot`` (by keyword, else by position)."""
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == slot.name:
            return arg
    positional = [a for a in call.args if a.keyword is None and not a.star]
    return positional[slot.index] if slot.index < len(positional) else None


def only_options(call: cst.Call, slots: int = 0, also: frozenset[str] = frozenset()) -> bool:
    """``call`` passes nothing but ``slots`` positional arguments and shared keyword options
    (``also``: more that both forms take), so the loss renamed into another keeps every
    argument it is given."""
    positional = [a for a in call.args if a.keyword is None]
    keywords = [a.keyword.value for a in call.args if a.keyword is not None]
    return (len(positional) <= slots and not any(a.star for a in call.args)
            and all(k in SHARED_OPTIONS | also for k in keywords))


def unwrapped(r: Reporter, node: cst.CSTNode) -> str | None:
    """The tensor an activation call is applied to: ``F.softmax(z, dim=1)`` -> ``z``,
    ``z.softmax(1)`` -> ``z``."""
    if not isinstance(node, cst.Call):
        return None
    if tensor_method(r, node):
        return r.code(node.func.value)  # type: ignore[attr-defined]
    positional = [a for a in node.args if a.keyword is None and not a.star]
    return r.code(positional[0].value) if positional else None


def keyword(r: Reporter, call: cst.Call, name: str, value: str) -> EditList:
    """Edits giving ``call`` the argument ``name=value``: its value replaced, or the keyword
    inserted after the last argument (so the call keeps its layout and trailing comma)."""
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == name:
            return [(arg.value, value)]
    if not call.args:
        return [(call, f"{r.code(call.func)}({name}={value})")]
    last = call.args[-1].value
    return [((last, last), f", {name}={value}")]


def parents(module: cst.Module) -> dict[cst.CSTNode, cst.CSTNode]:
    """Each node's parent (walked only for a finding that builds an edit)."""
    found: dict[cst.CSTNode, cst.CSTNode] = {}

    class Walk(cst.CSTVisitor):
        def on_visit(self, node: cst.CSTNode) -> bool:
            for child in node.children:
                found[child] = node
            return True

    module.visit(Walk())
    return found


def sole_use(r: Reporter, constructor: cst.CSTNode, site: cst.CSTNode) -> bool:
    """The loss object built by ``constructor`` is called at ``site`` and used nowhere else
    (``criterion = nn.NLLLoss()`` ... ``criterion(out, y)``): then rewriting it changes no other
    computation. A constructor called inline at the site is its own sole use."""
    up = parents(r.module)
    if _within(constructor, site, up) or isinstance(up.get(constructor), cst.Arg):
        return True  # built where it is used: compile(loss=Loss()), nowhere else to reach
    assign = up.get(constructor)
    if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
        return False
    name = assign.targets[0].target
    if not isinstance(name, cst.Name):
        return False
    uses = [n for n in _names(r.module, name.value) if n is not name]
    return len(uses) == 1 and _within(uses[0], site, up)


def _within(node: cst.CSTNode, outer: cst.CSTNode, up: dict[cst.CSTNode, cst.CSTNode]) -> bool:
    current: cst.CSTNode | None = node
    while current is not None:
        if current is outer:
            return True
        current = up.get(current)
    return False


def _names(module: cst.Module, value: str) -> Iterator[cst.Name]:
    found: list[cst.Name] = []

    class Walk(cst.CSTVisitor):
        def visit_Name(self, node: cst.Name) -> None:
            if node.value == value:
                found.append(node)

        def visit_Attribute(self, node: cst.Attribute) -> bool:
            node.value.visit(self)  # `self.x.name`'s attr is not the name
            return False

    module.visit(Walk())
    return iter(found)


def cast(r: Reporter, node: cst.BaseExpression, method: str) -> str:
    """``node`` with a tensor method applied: ``y.float()``, ``(y > 0).float()``."""
    if (isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute)
            and node.func.attr.value in CASTS):  # y.float() -> y.long(), not y.float().long()
        return f"{r.code(node.func.value)}.{method}()"
    atomic = isinstance(node, (cst.Name, cst.Attribute, cst.Call, cst.Subscript)) or node.lpar
    code = r.code(node)
    return f"{code}.{method}()" if atomic else f"({code}).{method}()"


__all__ = ["EditList", "argument", "cast", "keyword", "only_options", "parents", "restring",
           "sole_use", "string_value", "table", "target", "tensor_method", "unwrapped"]
