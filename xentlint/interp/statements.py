"""Statements, executed in order over an environment of abstract values.

Compound statements run their branches from the same state and keep what the branches agree
on (branches.py); a loop body runs once or not at all. Binding a model to a name gives the
model that name: findings speak of ``model`` and ``self.encoder``, in the user's words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

import libcst as cst

from .branches import join_all
from .containers import delete_item, set_item
from .decorators import decorate, library_name
from .expressions import subscript_indices
from .values import (
    UNKNOWN, ApiObject, ApiRef, ClassDef, Const, Dict, Env, Function, Instance, Layer, LossValue,
    Model, ProjectModule, Scalar, Seq, Tail, Value,
)

if TYPE_CHECKING:
    from .interpreter import Interpreter


class Return(Exception):
    """A ``return`` statement ends the function (or the branch) being run."""


def exec_block(interp: Interpreter, body: Iterable[cst.CSTNode], env: Env) -> None:
    for stmt in body:
        exec_stmt(interp, stmt, env)


def exec_stmt(interp: Interpreter, stmt: cst.CSTNode, env: Env) -> None:
    if isinstance(stmt, cst.SimpleStatementLine):
        for small in stmt.body:
            exec_small(interp, small, env)
    elif isinstance(stmt, cst.BaseSmallStatement):  # the body of `if x: y = 1`
        exec_small(interp, stmt, env)
    elif isinstance(stmt, cst.FunctionDef):
        function = Function(stmt, closure=None if env is interp.globals else env,
                            scope=interp.scope)
        env[stmt.name.value] = decorate(interp, stmt, function, env) if stmt.decorators \
            else function
    elif isinstance(stmt, cst.ClassDef):
        bases = tuple(interp.eval(arg.value, env) for arg in stmt.bases)
        cls = ClassDef(stmt, bases, _class_attributes(interp, stmt, env), scope=interp.scope)
        if stmt.decorators:
            decorate(interp, stmt, cls, env)
        env[stmt.name.value] = cls
    elif isinstance(stmt, cst.If):
        exec_if(interp, stmt, env)
    elif isinstance(stmt, (cst.For, cst.While)):
        exec_loop(interp, stmt, env)
    elif isinstance(stmt, cst.With):
        for item in stmt.items:
            value = interp.eval(item.item, env)
            if item.asname is not None:
                bind(interp, item.asname.name, value, env)
        exec_block(interp, stmt.body.body, env)
    elif isinstance(stmt, (cst.Try, cst.TryStar)):
        exec_try(interp, stmt, env)
    elif isinstance(stmt, cst.Match):
        interp.eval(stmt.subject, env)
        cases = [_block(interp, case.body.body) for case in stmt.cases]
        run_branches(interp, env, [*cases, _nothing])
    elif isinstance(stmt, cst.IndentedBlock):
        exec_block(interp, stmt.body, env)


def _class_attributes(interp: Interpreter, node: cst.ClassDef,
                      env: Env) -> tuple[tuple[str, Value], ...]:
    """The names a class body binds to a value (``num_classes: int = 10``, ``hidden = 128``),
    and the classes of its own without bases (a config's sections: ``cfg.model.num_classes``)."""
    attrs: list[tuple[str, Value]] = []
    for stmt in node.body.body:
        if isinstance(stmt, cst.ClassDef) and not stmt.bases and not stmt.decorators:
            attrs.append((stmt.name.value, ClassDef(stmt, (), _class_attributes(interp, stmt, env),
                                                    scope=interp.scope)))
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if isinstance(small, cst.Assign) and len(small.targets) == 1:
                target, value = small.targets[0].target, small.value
            elif isinstance(small, cst.AnnAssign) and small.value is not None:
                target, value = small.target, small.value
            else:
                continue
            if isinstance(target, cst.Name):
                attrs.append((target.value, interp.eval(value, env)))
    return tuple(attrs)


def exec_small(interp: Interpreter, small: cst.BaseSmallStatement, env: Env) -> None:
    if isinstance(small, cst.Assign):
        assigned = interp.eval(small.value, env)
        if assigned is UNKNOWN:
            assigned = _reloaded(interp, small, env)
        for target in small.targets:
            bind(interp, target.target, assigned, env)
    elif isinstance(small, cst.AnnAssign):
        if small.value is not None:
            bind(interp, small.target, interp.eval(small.value, env), env)
    elif isinstance(small, cst.AugAssign):
        value: Value = interp.eval(small.value, env)
        if isinstance(small.target, (cst.Name, cst.Attribute)):
            value = interp.binary(small, _aug_to_binary(small.operator),
                                  interp.eval(small.target, env), value)
        else:
            value = UNKNOWN
        bind(interp, small.target, value, env)
    elif isinstance(small, cst.Expr):
        interp.eval(small.value, env)
    elif isinstance(small, cst.Return):
        returned = interp.eval(small.value, env) if small.value is not None else Const(None)
        if interp.returns:
            interp.returns[-1].append(returned)
        raise Return
    elif isinstance(small, cst.Del):
        for deleted in _deleted(small.target):
            if isinstance(deleted, cst.Name):
                env.pop(deleted.value, None)
            elif isinstance(deleted, cst.Subscript):
                _delete_item(interp, deleted, env)
            elif isinstance(deleted, cst.Attribute):
                _forget_replaced_part(interp, deleted, env)


def _reloaded(interp: Interpreter, small: cst.Assign, env: Env) -> Value:
    """``model = torch.load(path)`` where ``model`` holds a model: that model, saved earlier
    (a checkpoint resumed, ``if os.path.exists(path):``); what a loader gives otherwise is
    not known."""
    target = small.targets[0].target if len(small.targets) == 1 else None
    if not (isinstance(target, cst.Name) and isinstance(small.value, cst.Call)):
        return UNKNOWN
    loader = library_name(interp, small.value.func, env)
    held = env.get(target.value)
    if loader is None or loader not in interp.hooks.checkpoints or not isinstance(held, Model):
        return UNKNOWN
    return held


def exec_if(interp: Interpreter, stmt: cst.If, env: Env) -> None:
    """An ``if``/``elif``/``else`` chain: one branch per body that can run, joined (a chain of
    any length is one level of branches, never a recursion per ``elif``)."""
    if _is_main_guard(stmt.test):
        exec_block(interp, stmt.body.body, env)
        return
    branches: list[Callable[[Env], None]] = []
    clause: cst.If | cst.Else | None = stmt
    while isinstance(clause, cst.If):
        condition = interp.eval(clause.test, env)
        if isinstance(condition, Const) and isinstance(condition.value, (bool, int)):
            if condition.value:  # always taken when reached: nothing after it runs
                branches.append(_block(interp, clause.body.body))
                break
        else:
            branches.append(_block(interp, clause.body.body))
        clause = clause.orelse
    else:
        branches.append(_block(interp, clause.body.body) if clause is not None else _nothing)
    if len(branches) == 1:
        branches[0](env)
    else:
        run_branches(interp, env, branches)


def exec_loop(interp: Interpreter, stmt: cst.For | cst.While, env: Env) -> None:
    """The body runs once (or not at all), and what it changes is joined with what was there
    before; over a stack of layers or a few literal settings, once for each in turn."""
    branches: list[Callable[[Env], None]]
    if isinstance(stmt, cst.For):
        iterable = interp.eval(stmt.iter, env)
        target, loop = stmt.target, stmt

        def body_with(item: Value) -> Callable[[Env], None]:
            def body(branch_env: Env) -> None:
                bind(interp, target, item, branch_env)
                interp.loops.append(loop)
                try:
                    exec_block(interp, loop.body.body, branch_env)
                finally:
                    interp.loops.pop()
            return body

        # for layer in self.layers: x = layer(x); for name, n in TASKS.items(): outputs[name]
        # = Dense(n)(h): each in its turn (a loop that may stop early: each as a branch)
        settings = _settings(iterable)
        stack = _stack_of_parts(iterable) or (
            settings if settings and not _stops_early(loop.body) else ())
        if stack:  # (it runs to its end: what it leaves is what the last turn left)
            for part in stack:
                body_with(part)(env)
            if stmt.orelse is not None:
                exec_block(interp, stmt.orelse.body.body, env)
            return
        branches = ([body_with(item) for item in settings] if settings
                    else [body_with(iterate(interp, iterable))])
        branches.append(_nothing)
    else:
        interp.eval(stmt.test, env)
        branches = [_block(interp, stmt.body.body), _nothing]
    if stmt.orelse is not None:
        branches.append(_block(interp, stmt.orelse.body.body))
    run_branches(interp, env, branches)


MAX_SETTINGS = 4  # a loop over more literal settings runs once, on what they share
MAX_STACK = 64  # layers of a list a loop applies in turn


def _stack_of_parts(iterable: Value) -> tuple[Value, ...]:
    """The parts of a list of layers written out (``[Linear(784, 64), relu, Linear(64, 10),
    softmax]``), which a loop over it applies one after the other: every item a layer, a
    model, a function (or a part not known here, ``eqx.nn.MaxPool2d(2)``), one at least a
    layer or model."""
    from .comprehensions import known_items

    items = known_items(iterable) if isinstance(iterable, Seq) else None
    if items is None or not 2 <= len(items) <= MAX_STACK:
        return ()
    parts = all(isinstance(item, (Layer, Model, Function, Instance, ApiRef)) or item is UNKNOWN
                for item in items)
    layers = any(isinstance(item, (Layer, Model, Instance)) for item in items)
    return tuple(items) if parts and layers else ()


def _stops_early(body: cst.BaseSuite) -> bool:
    """A ``return`` in a loop's body, or a ``break`` not in a loop inside it (in a function
    or class defined there, neither)."""
    pending: list[tuple[cst.CSTNode, bool]] = [(body, False)]
    while pending:
        node, nested = pending.pop()
        if isinstance(node, cst.Return) or isinstance(node, cst.Break) and not nested:
            return True
        if not isinstance(node, (cst.FunctionDef, cst.Lambda, cst.ClassDef, cst.BaseExpression)):
            inner = nested or isinstance(node, (cst.For, cst.While))
            pending.extend((child, inner) for child in node.children)
    return False


def _settings(iterable: Value) -> tuple[Value, ...]:
    """The items of a loop over a few literal settings (``for act in ["softmax", "linear"]``):
    the body runs once for each (each setting is a program that may be wrong)."""
    from .comprehensions import known_items

    items = known_items(iterable)  # (also enumerate(CLASSES): (0, "cat"), (1, "dog"))
    if items is None or not 2 <= len(items) <= MAX_SETTINGS:
        return ()
    # (a number or a name; a tuple of them, or of layers and losses, ("ce", nn.Softmax(1));
    # a config dict of them, {"head": "softmax", "from_logits": True})
    literal = all(isinstance(item, Const) or isinstance(item, Seq) and all(
        isinstance(part, (Const, Layer, LossValue)) for part in item.items)
        or isinstance(item, Dict) and all(isinstance(part, Const) for _, part in item.items)
        for item in items)
    return tuple(items) if literal else ()


def exec_try(interp: Interpreter, stmt: cst.Try | cst.TryStar, env: Env) -> None:
    def body(branch_env: Env) -> None:
        exec_block(interp, stmt.body.body, branch_env)
        if stmt.orelse is not None:
            exec_block(interp, stmt.orelse.body.body, branch_env)

    handlers = [_block(interp, handler.body.body) for handler in stmt.handlers]
    run_branches(interp, env, [body, *handlers])
    if stmt.finalbody is not None:
        exec_block(interp, stmt.finalbody.body.body, env)


def run_branches(interp: Interpreter, env: Env, branches: list[Callable[[Env], None]]) -> None:
    interp.branches.run(env, branches, Return)


def _block(interp: Interpreter, body: Iterable[cst.CSTNode]) -> Callable[[Env], None]:
    """A branch that runs ``body``."""
    return lambda env: exec_block(interp, body, env)


def _nothing(env: Env) -> None:
    """The branch that runs nothing (a loop that does not run, no case that matches)."""


def iterate(interp: Interpreter, iterable: Value) -> Value:
    """What one item of ``iterable`` is (the join of a literal sequence's items; a number and
    an item of what ``enumerate`` goes through; an item of each of ``zip``'s)."""
    if isinstance(iterable, ApiObject) and iterable.qualname == "builtins.enumerate":
        return Seq((Scalar(), iterate(interp, iterable.kwarg("0"))))
    if isinstance(iterable, ApiObject) and iterable.qualname == "builtins.zip":
        return Seq(tuple(iterate(interp, value) for _, value in iterable.kwargs))
    for hook in interp.hooks.iteration:
        item = hook(interp.context, iterable)
        if item is not None:
            return item
    if isinstance(iterable, Seq) and iterable.items:
        return join_all(list(iterable.items))
    if isinstance(iterable, Tail) and iterable.each:  # a list known in part: any of its items
        return join_all([*iterable.items, *iterable.each])
    return UNKNOWN


def bind(interp: Interpreter, target: cst.BaseExpression, value: Value, env: Env) -> None:
    if isinstance(target, cst.Name):
        if isinstance(value, Model) and value.name != target.value:
            value = value.renamed(target.value)
        env[target.value] = value
    elif isinstance(target, (cst.Tuple, cst.List)):
        elements = target.elements
        starred = any(isinstance(e, cst.StarredElement) for e in elements)
        if isinstance(value, Seq) and len(value.items) == len(elements) and not starred:
            for element, item in zip(elements, value.items):
                bind(interp, element.value, item, env)
        else:
            for element in elements:
                bind(interp, element.value, UNKNOWN, env)
    elif isinstance(target, cst.Attribute):
        owner = interp.eval(target.value, env)
        instance = owner.instance if isinstance(owner, Model) else owner
        if isinstance(instance, Instance):
            if isinstance(value, Model):
                value = value.renamed(interp.label(target))
            interp.branches.touch(instance)
            instance.attrs[target.attr.value] = value
            if (isinstance(owner, Model) and owner.head is not None
                    and isinstance(value, (Layer, Model))
                    and not _running_method_of(interp, instance.cls)):
                # net.act = nn.Identity(): its forward method now runs another part
                rebind(interp, target.value, replace(owner, head=None), env)
            return
        if isinstance(owner, ProjectModule):  # config.NUM_CLASSES = 6: read so by its code too
            interp.set_override(owner.path, target.attr.value, value)
            return
        for hook in interp.hooks.attribute_assignments:
            new_owner = hook(interp.context, owner, target.attr.value, value)
            if new_owner is not None:
                rebind(interp, target.value, new_owner, env)
                return
    elif isinstance(target, cst.StarredElement):
        bind(interp, target.value, UNKNOWN, env)
    elif isinstance(target, cst.Subscript) and _assign_item(interp, target, value, env):
        return
    if isinstance(target, (cst.Subscript, cst.Attribute)) and (
            not isinstance(value, Const) or isinstance(target, cst.Attribute)
            and target.attr.value in interp.hooks.output_attributes):
        # (a flag set on a part, model.backbone.trainable = False, is no part; .activation is)
        _forget_replaced_part(interp, target, env)


def _assign_item(interp: Interpreter, target: cst.Subscript, value: Value, env: Env) -> bool:
    """``owner[...] = value`` on a list (``layers[-1] = nn.Identity()``), or on a library
    value: its new value, as a hook says."""
    owner_node = target.value
    owner = interp.eval(owner_node, env)
    indices = tuple(subscript_indices(interp, target, env))
    if isinstance(owner, (Seq, Tail, Dict)):
        rebind_container(interp, owner_node, owner, set_item(owner, indices, value), env)
        return True
    if _assign_by_hook(interp, target, owner_node, owner, indices, value, env):
        return True
    if isinstance(owner_node, cst.Subscript) and _plain_path(owner_node):
        array = interp.eval(owner_node.value, env)
        if not isinstance(array, (Seq, Tail, Dict)):  # Y[i][label] = 1: Y[i, label] = 1
            indices = (*subscript_indices(interp, owner_node, env), *indices)
            return _assign_by_hook(interp, target, owner_node.value, array, indices, value, env)
    return False


def _assign_by_hook(interp: Interpreter, target: cst.Subscript, owner_node: cst.BaseExpression,
                    owner: Value, indices: tuple[Value, ...], value: Value, env: Env) -> bool:
    for hook in interp.hooks.item_assignments:
        new_owner = hook(interp.context, owner, target, indices, value)
        if new_owner is not None:
            rebind(interp, owner_node, new_owner, env)
            return True
    return False


def _running_method_of(interp: Interpreter, cls: ClassDef) -> bool:
    """A method of ``cls`` (or of a base) is running: it builds or uses its own parts."""
    return any(isinstance(node, cst.FunctionDef) and cls.defines(node) for node in interp.stack)


def _deleted(target: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The targets of ``del a, b[0], c.d``."""
    if isinstance(target, (cst.Tuple, cst.List)):
        return [t for element in target.elements for t in _deleted(element.value)]
    return [target]


def _delete_item(interp: Interpreter, target: cst.Subscript, env: Env) -> None:
    """``del layers[-1]`` on a list; ``del model[-1]`` on a stack of layers (its head is no
    longer known)."""
    owner = interp.eval(target.value, env)
    if isinstance(owner, (Seq, Tail, Dict)):
        indices = tuple(subscript_indices(interp, target, env))
        rebind_container(interp, target.value, owner, delete_item(owner, indices), env)
    else:
        _forget_replaced_part(interp, target, env)


def _forget_replaced_part(interp: Interpreter, target: cst.Subscript | cst.Attribute,
                          env: Env) -> None:
    """``model.classifier[6] = ...`` replaces a part of a library model we cannot follow:
    its head is no longer known (``model.fc = ...`` is handled by the framework hooks)."""
    base = target.value
    if isinstance(target, cst.Attribute) and isinstance(base, cst.Name):
        return
    while isinstance(base, (cst.Subscript, cst.Attribute)):
        base = base.value
    if isinstance(base, cst.Name):
        owner = interp.lookup(base.value, env)
        if isinstance(owner, Model) and owner.instance is None and owner.head is not None:
            rebind(interp, base, replace(owner, head=None), env)


def rebind(interp: Interpreter, node: cst.BaseExpression, value: Value, env: Env) -> None:
    """Give the expression a method was called on its new value (``model.compile``)."""
    if isinstance(node, cst.Name):
        if node.value not in env and node.value in interp.globals:
            # A function changing a module-level model: journal it like an attribute, so a
            # branch of the function does not leak into its sibling branch.
            interp.branches.touch(interp.module_namespace)
            interp.globals[node.value] = value
            interp.override(node.value, value)  # (an imported name: its module's too)
        else:
            local = node.value in env and env is not interp.globals
            env[node.value] = value
            if not local:  # (a module's name, or one it imports and a function changes)
                interp.override(node.value, value)
    elif isinstance(node, cst.Attribute):
        bind(interp, node, value, env)
    elif isinstance(node, cst.Subscript) and _plain_path(node.value):
        # blocks["head"].append(...), CONFIG["compile"]["loss"] = ...: the container it is in
        # gets the new value at that key
        owner = interp.eval(node.value, env)
        if isinstance(owner, (Seq, Tail, Dict)):
            indices = tuple(subscript_indices(interp, node, env))
            rebind_container(interp, node.value, owner, set_item(owner, indices, value), env)


def rebind_container(interp: Interpreter, node: cst.BaseExpression, old: Value, new: Value,
                     env: Env) -> None:
    """A list or dict changed in place: the expression it was reached by, and every other name
    here bound to the same one (``stack = layers``: two names, one list) or to a list or dict
    that holds it (``for run in runs: run["loss"] = ...``), see its new value."""
    rebind(interp, node, new, env)
    if not isinstance(old, (Seq, Tail, Dict)):
        return
    for name, value in list(env.items()):
        replaced = _holding(value, old, new)
        if replaced is not None:
            env[name] = replaced
    if env is not interp.globals:
        aliases = {name: replaced for name, value in interp.globals.items()
                   if (replaced := _holding(value, old, new)) is not None}
        if aliases:
            interp.branches.touch(interp.module_namespace)
            interp.globals.update(aliases)


def _holding(value: Value, old: Value, new: Value) -> Value | None:
    """``value`` with ``old`` in it replaced by ``new``: ``old`` itself, or an item of it; None
    when it does not hold ``old``."""
    if value is old:
        return new
    if isinstance(value, (Seq, Tail)) and any(item is old for item in value.items):
        items = tuple(new if item is old else item for item in value.items)
        return Seq(items) if isinstance(value, Seq) else Tail(items)
    if isinstance(value, Dict) and any(item is old for _, item in value.items):
        return Dict(tuple((key, new if item is old else item) for key, item in value.items))
    return None


def _plain_path(node: cst.BaseExpression) -> bool:
    """``a``, ``a.b``, ``a["k"][0]``: evaluated again, it runs no code."""
    while isinstance(node, (cst.Attribute, cst.Subscript)):
        if isinstance(node, cst.Subscript) and not all(
                isinstance(e.slice, cst.Index) and isinstance(
                    e.slice.value, (cst.SimpleString, cst.Integer, cst.Name, cst.UnaryOperation))
                for e in node.slice):
            return False
        node = node.value
    return isinstance(node, cst.Name)


def _aug_to_binary(op: cst.BaseAugOp) -> cst.BaseBinaryOp:
    mapping: dict[type, type[cst.BaseBinaryOp]] = {
        cst.AddAssign: cst.Add, cst.SubtractAssign: cst.Subtract,
        cst.MultiplyAssign: cst.Multiply, cst.DivideAssign: cst.Divide,
        cst.FloorDivideAssign: cst.FloorDivide, cst.PowerAssign: cst.Power}
    return mapping.get(type(op), cst.BitOr)()


def _is_main_guard(test: cst.BaseExpression) -> bool:
    return (isinstance(test, cst.Comparison) and isinstance(test.left, cst.Name)
            and test.left.value == "__name__")
