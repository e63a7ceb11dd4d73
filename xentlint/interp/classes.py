"""Methods reached through a class rather than an instance: ``super().__init__(model,
criterion)`` in a subclass runs the base's ``__init__`` on the same object (a trainer that
keeps its model and loss in its base class), and ``Base.__init__(self, ...)`` names the
base's function, to which the call gives ``self``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from .values import BoundMethod, ClassDef, Function, Instance, Model, Value

if TYPE_CHECKING:
    from .interpreter import Interpreter

Env = dict[str, Value]


def super_call(node: cst.BaseExpression) -> cst.Call | None:
    """``super()`` or ``super(Cls, self)``."""
    if (isinstance(node, cst.Call) and isinstance(node.func, cst.Name)
            and node.func.value == "super" and len(node.args) in (0, 2)):
        return node
    return None


def super_attribute(interp: Interpreter, call: cst.Call, attr: str, env: Env) -> Value | None:
    """``super().attr`` in a method: the first base after the method's own class (or after
    ``Cls`` in ``super(Cls, self)``) that defines ``attr``, bound to the same object; None when
    no class of the analysed code defines it (a framework's base: ``nn.Module.__init__``)."""
    running = interp.stack[-1] if interp.stack else None
    if not isinstance(running, cst.FunctionDef) or not running.params.params:
        return None
    after: Value | None = None
    owner: Value | None
    if call.args:
        after, owner = (interp.eval(arg.value, env) for arg in call.args)
    else:
        owner = env.get(running.params.params[0].name.value)
    instance = owner.instance if isinstance(owner, Model) else owner
    if not isinstance(instance, Instance) or owner is None:
        return None
    cls = after if isinstance(after, ClassDef) else _defining(instance.cls, running)
    if cls is None:
        return None
    from .calls import bound_method

    for base in cls.bases:
        if isinstance(base, ClassDef):
            method = base.method(attr)
            if method is not None:
                return bound_method(method, owner, base)
    if isinstance(owner, Model) and not attr.startswith("__") or attr == "__init__":
        # the framework's own (``super().compile(loss=...)`` in a Keras model's compile; its
        # constructor, given what the frameworks read: ``super().__init__(inputs, outputs)``)
        return BoundMethod(owner, attr, cst.Name(running.params.params[0].name.value))
    return None


def class_method(owner: ClassDef, attr: str) -> Function | None:
    """``Base.method`` read from the class: the function itself (its caller passes ``self``),
    or bound to the class for a ``@classmethod``."""
    method = owner.method(attr)
    if method is None:
        return None
    from .calls import bound_method

    return bound_method(method, None, owner)


def _defining(cls: ClassDef, method: cst.FunctionDef) -> ClassDef | None:
    """The class among ``cls`` and its bases whose body holds ``method``."""
    if any(stmt is method for stmt in cls.node.body.body):
        return cls
    for base in cls.bases:
        if isinstance(base, ClassDef):
            found = _defining(base, method)
            if found is not None:
                return found
    return None
