"""Decorators: a library's (``@tf.function``, ``@jax.vmap``) tell the frameworks' hooks a
fact of the function; one of the analysed code that files what it decorates in a registry
(``@register("resnet")`` whose inner function does ``MODELS[name] = fn``) is run, so that
``MODELS["resnet"]`` is that function. What such a decorator returns is not bound: a wrapper
(``functools.wraps``) would hide the function behind ``*args, **kwargs``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import libcst as cst

from .names import dotted_name
from .values import Env, Function, Value

if TYPE_CHECKING:
    from .interpreter import Interpreter


def decorator_names(node: cst.FunctionDef | cst.ClassDef) -> set[str]:
    """The last name of each decorator, called or not: ``dataclass`` of
    ``@dataclasses.dataclass(frozen=True)``, ``cached_property`` of
    ``@functools.cached_property``."""
    names: set[str] = set()
    for decorator in node.decorators:
        target = decorator.decorator
        if isinstance(target, cst.Call):
            target = target.func
        if isinstance(target, cst.Name):
            names.add(target.value)
        elif isinstance(target, cst.Attribute):
            names.add(target.attr.value)
    return names


def is_dataclass(node: cst.ClassDef) -> bool:
    """``@dataclass`` / ``@dataclasses.dataclass(frozen=True)`` on the class."""
    return "dataclass" in decorator_names(node)


def generates_init(node: cst.ClassDef) -> bool:
    """A dataclass writes its own ``__init__`` unless told not to (``init=False``)."""
    for decorator in node.decorators:
        if isinstance(decorator.decorator, cst.Call):
            for arg in decorator.decorator.args:
                if (arg.keyword is not None and arg.keyword.value == "init"
                        and isinstance(arg.value, cst.Name) and arg.value.value == "False"):
                    return False
    return True


def decorate(interp: Interpreter, stmt: cst.FunctionDef | cst.ClassDef, value: Value,
             env: Env) -> Value:
    """Apply ``stmt``'s decorators to ``value`` (the function or class it defines): what the
    name it defines binds (the function itself, unless a library decorator replaces it:
    ``@hk.transform``)."""
    if interp.hooks.decorators and isinstance(value, Function):
        for name in _library_decorators(interp, stmt, env):
            for hook in interp.hooks.decorators:
                hook(interp.context, name, value)
    for decorator in stmt.decorators:
        registrar = _registrar(interp, decorator.decorator, env)
        if registrar is not None:
            interp.context.run_function(registrar, (value,))
    bound = value
    if not (interp.hooks.wrapping_decorators and isinstance(value, Function)):
        return bound
    for decorator in reversed(stmt.decorators):  # (the innermost applies first)
        wrapper = library_name(interp, decorator.decorator, env)
        wrapping = interp.hooks.wrapping_decorators.get(wrapper) if wrapper else None
        if wrapping is not None:
            bound = wrapping(interp.context, bound)
    return bound


def _registrar(interp: Interpreter, node: cst.BaseExpression, env: Env) -> Function | None:
    """The decorator ``node`` names when it is a function of the analysed code that files its
    argument somewhere (``@register``), or one a factory of it returns (``@register("name")``)."""
    if isinstance(node, cst.Call):
        factory = interp.eval(node.func, env) if isinstance(
            node.func, (cst.Name, cst.Attribute)) else None
        if not (isinstance(factory, Function) and isinstance(factory.node, cst.FunctionDef)
                and any(_files_its_argument(inner) for inner in _inner_functions(factory.node))):
            return None
        decorator = interp.eval(node, env)
    elif isinstance(node, (cst.Name, cst.Attribute)):
        decorator = interp.eval(node, env)
    else:
        return None
    if (isinstance(decorator, Function) and isinstance(decorator.node, cst.FunctionDef)
            and _files_its_argument(decorator.node)):
        return decorator
    return None


def _inner_functions(node: cst.FunctionDef) -> Iterator[cst.FunctionDef]:
    return (stmt for stmt in node.body.body if isinstance(stmt, cst.FunctionDef))


def _files_its_argument(node: cst.FunctionDef) -> bool:
    """The function's body stores its first parameter in a container: ``REGISTRY[name] =
    fn``, ``MODELS.append(cls)``, ``registry.setdefault(key, fn)``."""
    params = node.params.params
    if not params or not isinstance(node.body, cst.IndentedBlock):
        return False
    name = params[0].name.value
    for line in node.body.body:
        if not isinstance(line, cst.SimpleStatementLine):
            continue
        for small in line.body:
            if (isinstance(small, cst.Assign) and _names(small.value, name)
                    and any(isinstance(t.target, cst.Subscript) for t in small.targets)):
                return True
            if (isinstance(small, cst.Expr) and isinstance(small.value, cst.Call)
                    and isinstance(small.value.func, cst.Attribute)
                    and small.value.func.attr.value in _FILING_METHODS
                    and any(_names(arg.value, name) for arg in small.value.args)):
                return True
    return False


_FILING_METHODS = frozenset({"append", "add", "setdefault", "__setitem__"})


def _names(node: cst.BaseExpression, name: str) -> bool:
    return isinstance(node, cst.Name) and node.value == name


def _library_decorators(interp: Interpreter, stmt: cst.FunctionDef | cst.ClassDef,
                        env: Env) -> Iterator[str]:
    """The canonical names of the library functions decorating ``stmt``, read from the
    imports without running anything (``@partial(jax.vmap, in_axes=0)`` names ``jax.vmap``,
    the decorator factory ``@tf.function(jit_compile=True)`` ``tf.function``)."""
    for decorator in stmt.decorators:
        target = decorator.decorator
        if isinstance(target, cst.Call):
            partial = library_name(interp, target.func, env) == "functools.partial"
            if partial and not target.args:
                continue
            target = target.args[0].value if partial else target.func
        name = library_name(interp, target, env)
        if name is not None:
            yield name


def library_name(interp: Interpreter, node: cst.BaseExpression, env: Env) -> str | None:
    dotted = dotted_name(node)
    if dotted is None:
        return None
    root, _, rest = dotted.partition(".")
    if root in env or root in interp.globals:
        return None  # a name of the analysed code
    full = interp.imports.resolve(root)
    if full is None or full.startswith("."):
        return None
    return interp.spellings.canonical(f"{full}.{rest}") if rest else full
