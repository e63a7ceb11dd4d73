"""The interpreter's face to the framework extractors: calls, hooks and the extract context.

An extractor is a set of *hooks* (:class:`Hooks`): a handler per library function (by
canonical name), and handlers for methods, attributes, operators, subscripts, iteration...
The interpreter asks each hook kind's handlers in order; the first that returns a value wins
(``None``: not mine). Handlers receive an :class:`ExtractContext`, which is all they may do:
name evidence, record or retract facts, run a function of the user's code, read a dtype.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Protocol

import libcst as cst

from ..facts import Decoding, Dtype, Evidence, Fact
from .values import UNKNOWN, ApiRef, ClassDef, Const, Function, Instance, Value

if TYPE_CHECKING:
    from .values import BoundMethod


@dataclass(frozen=True)
class Call:
    """A call as the handlers see it: evaluated arguments plus their nodes."""

    node: cst.Call
    args: tuple[Value, ...]
    kwargs: dict[str, Value] = field(hash=False)
    arg_nodes: tuple[cst.Arg, ...]
    qualname: str = ""  # the library API being called, when it is one
    # Every ``**`` argument was a known dict, now in ``kwargs`` (``compile(**settings)``).
    keywords_unpacked: bool = False
    # What each ``*`` argument unpacked, in order (``zip(*batch)``: the list of rows).
    unpacked: tuple[Value, ...] = field(default=(), hash=False)
    # Every ``*`` argument was a tuple or list of known items, now in ``args``
    # (``train_step(model, *batch)``): the positions are known.
    positions_unpacked: bool = False

    def arg(self, index: int, name: str, default: Value = UNKNOWN) -> Value:
        """The argument for parameter ``name`` at position ``index``; its default only when
        no ``*args`` / ``**kwargs`` could be supplying it."""
        if name in self.kwargs:
            return self.kwargs[name]
        if 0 <= index < self.leading_positional:
            return self.args[index]
        if self.has_star_args:
            return UNKNOWN
        if 0 <= index < len(self.args):
            return self.args[index]
        return default

    def has(self, index: int, name: str) -> bool:
        return name in self.kwargs or 0 <= index < len(self.args) or self.has_star_args

    @property
    def leading_positional(self) -> int:
        """Positional arguments before the first ``*`` / ``**``: their positions are sure."""
        if self.positions_unpacked:
            return len(self.args)
        count = 0
        for arg in self.arg_nodes:
            if arg.star:
                return count
            if arg.keyword is None:
                count += 1
        return len(self.args)

    def arg_node(self, index: int, name: str) -> cst.BaseExpression | None:
        positional, starred = 0, False
        for arg in self.arg_nodes:
            if arg.keyword is not None:
                if arg.keyword.value == name:
                    return arg.value
            elif arg.star == "*":  # (the positions after it have no node of their own)
                starred = True
            elif arg.star == "" and not starred:
                if positional == index:
                    return arg.value
                positional += 1
        return None

    @property
    def has_star_args(self) -> bool:
        """Arguments not known one by one: ``*args``, or a ``**kwargs`` not unpacked."""
        return any(a.star == "*" or (a.star == "**" and not self.keywords_unpacked)
                   for a in self.arg_nodes)


@dataclass(frozen=True)
class MethodResult:
    """What a method handler returns: the call's value, and the receiver's new value if the
    method changed it (``model.compile`` returns None but configures ``model``)."""

    value: Value
    receiver: Value | None = None


class ExtractContext(Protocol):
    """What a handler may do while the interpreter runs."""

    def evidence(self, node: cst.CSTNode) -> Evidence: ...

    def record(self, fact: Fact) -> None: ...

    def retract(self, fact: Fact) -> None: ...

    def decodings_at(self, node: cst.CSTNode) -> tuple[Decoding, ...]:
        """The decoders recorded so far at ``node`` (what a later step may take back)."""
        ...

    def run_function(self, func: Function, args: tuple[Value, ...],
                     kwargs: dict[str, Value] | None = None, call: Call | None = None) -> Value:
        """Run a function of the analysed code on these arguments (its result, or UNKNOWN)."""
        ...

    def construct(self, cls: ClassDef, call: Call | None) -> Value:
        """An instance of a class of the analysed code, built with these arguments (unknown
        ones when ``call`` is None), as the code would build it."""
        ...

    def running(self) -> tuple[cst.FunctionDef | cst.Lambda, ...]:
        """The functions of the analysed code being run now, outermost first."""
        ...

    def caller(self) -> cst.Call | None:
        """The call of the analysed code that runs the innermost function running now (None:
        at the top level, or run with nobody calling it)."""
        ...

    def arguments(self) -> dict[str, Value]:
        """The parameters of the innermost function running now (a ``def``), by name, with
        what they were bound to (``self`` included); empty at the top level."""
        ...

    def running_module(self) -> cst.Module:
        """The module whose code is running (its top level, when no function is)."""
        ...

    def loops(self) -> tuple[cst.For, ...]:
        """The ``for`` loops whose bodies are running now, outermost first."""
        ...

    def dtype_of(self, value: Value) -> Dtype | None:
        """The dtype a value names (``"int64"``, ``np.float32``, ``torch.long``), else None."""
        ...

    def activation_of(self, value: Value) -> str | None:
        """The activation an ``activation=`` argument names (``"softmax"``, ``None``,
        ``tf.nn.softmax``), else None."""
        ...

    def binary(self, node: cst.CSTNode, operator: cst.BaseBinaryOp, left: Value,
               right: Value) -> Value:
        """``left <operator> right``, as the code's own operator would compute it (``tf.add(a,
        b)`` is ``a + b``)."""
        ...


FunctionHandler = Callable[[ExtractContext, Call], Value]
MethodHandler = Callable[[ExtractContext, "BoundMethod", Call], "MethodResult | Value | None"]
AttributeHandler = Callable[[ExtractContext, Value, str, cst.BaseExpression], "Value | None"]
ConstructionHandler = Callable[[ExtractContext, ClassDef, Instance, "Call | None"], "Value | None"]
CallableHandler = Callable[[ExtractContext, Value, Call], "Value | None"]
BinaryHandler = Callable[[ExtractContext, cst.CSTNode, cst.BaseBinaryOp, Value, Value], "Value | None"]
NegationHandler = Callable[[ExtractContext, cst.UnaryOperation, Value], "Value | None"]
ComparisonHandler = Callable[[ExtractContext, cst.Comparison, Value, str, Value], Value | None]
SubscriptHandler = Callable[[ExtractContext, Value, cst.Subscript, tuple[Value, ...]], "Value | None"]
IterationHandler = Callable[[ExtractContext, Value], "Value | None"]
AttributeAssignmentHandler = Callable[[ExtractContext, Value, str, Value], "Value | None"]
# A library decorator on a function of the analysed code, by its canonical name
# (``@partial(jax.vmap, in_axes=0)`` names ``jax.vmap``).
DecoratorHandler = Callable[[ExtractContext, str, Function], None]
WrappingDecorator = Callable[[ExtractContext, Value], Value]
ItemAssignmentHandler = Callable[[ExtractContext, Value, cst.Subscript, tuple[Value, ...], Value],
                                 "Value | None"]


@dataclass
class Hooks:
    """What the framework extractors contribute to the interpreter.

    ``functions``: a handler per canonical name (two extractors claiming one name is an error);
    ``prefixes``: a handler for every name under a prefix (``keras.datasets.``). Every other
    field is a list of handlers asked in order, the first non-None answer wins; the order is
    the registry's (frameworks/__init__.py): the shared mechanics, then each framework.
    The tables the mechanics read: ``dtypes`` and ``activations`` by canonical name
    (``torch.long``, ``tf.nn.softmax``), ``dtype_names`` and ``activation_names`` by the string
    that spells them (``astype("int64")``, ``activation="softmax"``), and library ``constants``
    (``numpy.newaxis`` is None).
    """

    functions: dict[str, FunctionHandler] = field(default_factory=dict)
    prefixes: list[tuple[str, FunctionHandler]] = field(default_factory=list)
    methods: list[MethodHandler] = field(default_factory=list)
    attributes: list[AttributeHandler] = field(default_factory=list)
    constructions: list[ConstructionHandler] = field(default_factory=list)  # a user class built
    callables: list[CallableHandler] = field(default_factory=list)  # a value called
    binary: list[BinaryHandler] = field(default_factory=list)
    negation: list[NegationHandler] = field(default_factory=list)
    comparisons: list[ComparisonHandler] = field(default_factory=list)  # all asked (they observe)
    subscripts: list[SubscriptHandler] = field(default_factory=list)
    iteration: list[IterationHandler] = field(default_factory=list)
    # ``owner.attr = value`` on a library object: the owner's new value (``model.fc = ...``).
    attribute_assignments: list[AttributeAssignmentHandler] = field(default_factory=list)
    # ``owner[i] = value`` likewise (``df["y"] = ...``, ``onehot[np.arange(n), y] = 1``).
    item_assignments: list[ItemAssignmentHandler] = field(default_factory=list)
    decorators: list[DecoratorHandler] = field(default_factory=list)  # all asked (they observe)
    # Library decorators that replace the function they decorate (``@hk.transform``): by
    # canonical name, what the decorated name then binds.
    wrapping_decorators: dict[str, WrappingDecorator] = field(default_factory=dict)
    dtypes: dict[str, Dtype] = field(default_factory=dict)
    dtype_names: dict[str, Dtype] = field(default_factory=dict)
    activations: dict[str, str] = field(default_factory=dict)
    activation_names: dict[str, str] = field(default_factory=dict)
    constants: dict[str, Value] = field(default_factory=dict)
    # Loaders of a model saved whole (``torch.load``), by canonical name: assigned to a name
    # that holds a model, they give that model back (statements.py).
    checkpoints: dict[str, str] = field(default_factory=dict)
    # Attributes of a model's part that change what the model outputs, even set to a constant
    # (Keras' ``model.layers[-1].activation = None``): its head is then not known.
    output_attributes: list[str] = field(default_factory=list)

    def on(self, names: Iterable[str], handler: FunctionHandler) -> None:
        """Call ``handler`` for every API named in ``names`` (a table's keys)."""
        for name in names:
            self.functions[name] = handler

    def extend(self, other: Hooks) -> None:
        """Add another extractor's hooks after these (every list field, so a new kind of hook
        cannot be forgotten here)."""
        for hooks in fields(self):
            mine, theirs = getattr(self, hooks.name), getattr(other, hooks.name)
            if isinstance(mine, list):
                mine.extend(theirs)
                continue
            clash = mine.keys() & theirs.keys()
            if clash:
                raise ValueError(f"{hooks.name} claimed twice: {sorted(clash)}")
            mine.update(theirs)

    def function(self, qualname: str) -> FunctionHandler | None:
        handler = self.functions.get(qualname)
        if handler is not None:
            return handler
        for prefix, prefix_handler in self.prefixes:
            if qualname.startswith(prefix):
                return prefix_handler
        return None

    def knows(self, qualname: str) -> bool:
        """A name some table or handler of its own reads (not only a prefix's)."""
        return any(qualname in table for table in (
            self.functions, self.dtypes, self.activations, self.constants, self.checkpoints))

    def dtype_of(self, value: Value) -> Dtype | None:
        if isinstance(value, Const) and isinstance(value.value, str):
            return self.dtype_names.get(value.value)
        if isinstance(value, ApiRef):
            return self.dtypes.get(value.qualname)
        return None

    def activation_of(self, value: Value) -> str | None:
        if isinstance(value, Const):
            if value.value is None:
                return "linear"
            if isinstance(value.value, str):
                return self.activation_names.get(value.value.strip().lower())
            return None
        if isinstance(value, ApiRef):
            return self.activations.get(value.qualname)
        return None


__all__ = ["Call", "ExtractContext", "FunctionHandler", "Hooks", "MethodResult"]
