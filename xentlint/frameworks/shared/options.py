"""Command-line options (argparse): ``args.num_classes`` is the default its ``add_argument``
gives, as long as this code does not set it otherwise (``args.num_classes = 5``,
``parser.set_defaults(...)``): what the program does when run without that option. An option
whose destination or default is not a literal is unknown.
"""

from __future__ import annotations

from collections.abc import Iterable

import libcst as cst

from ...interp.api import Call, ExtractContext, MethodResult
from ...interp.values import UNKNOWN, ApiObject, BoundMethod, Const, Dict, Seq, Value
from . import tables as T

_NAMESPACE = "argparse.Namespace"
# Marks a parser (and what it parses) that has options not read here (added to a group, given
# by a parent parser not known): its namespace is not the whole of the options.
_OTHERS = ""


def parser(ctx: ExtractContext, call: Call) -> Value:
    """``argparse.ArgumentParser(...)``: a parser with no options yet but its parents'."""
    parents = call.kwargs.get("parents")
    if parents is None and not call.has_star_args:
        return ApiObject(T.ARGUMENT_PARSER)
    options: tuple[tuple[str, Value], ...] = ()
    for parent in parents.items if isinstance(parents, Seq) else (UNKNOWN,):
        if isinstance(parent, ApiObject) and parent.qualname == T.ARGUMENT_PARSER:
            options += parent.kwargs
        else:
            options += ((_OTHERS, UNKNOWN),)
    return ApiObject(T.ARGUMENT_PARSER, options)


def as_dict(ctx: ExtractContext, call: Call) -> Value:
    """``vars(args)``: the parsed options as a dict (``Model(**vars(args))``), when every
    option is known (an option that is not could give a parameter its value)."""
    given = call.args[0] if len(call.args) == 1 and not call.has_star_args else UNKNOWN
    if not isinstance(given, ApiObject) or given.qualname != _NAMESPACE or any(
            key == _OTHERS for key, _ in given.kwargs):
        return UNKNOWN
    return Dict(given.kwargs)


def namespace(ctx: ExtractContext, call: Call) -> Value:
    """``SimpleNamespace(num_classes=8, lr=1e-3)`` (a config object), ``argparse.Namespace(...)``,
    PyTorch Geometric's ``Data(x=features, y=labels)``: a namespace of those values, read as
    parsed options are."""
    if call.args or call.has_star_args:
        return UNKNOWN
    return ApiObject(_NAMESPACE, tuple(call.kwargs.items()))


def namespace_of(items: Iterable[tuple[str, Value]]) -> ApiObject:
    """A namespace of these values, read as options are (``self.hparams`` of a Lightning
    module, its ``__init__``'s arguments)."""
    return ApiObject(_NAMESPACE, tuple(items))


def config_dict(ctx: ExtractContext, call: Call) -> Value:
    """``ml_collections.ConfigDict()``, ``OmegaConf.create({"num_classes": 8})``: a namespace
    of the dict's values (a dict among them is a config too), and of what is set on it later."""
    slot = T.CONFIG_DICTS[call.qualname]
    if call.has_star_args or len(call.args) > 1:
        return UNKNOWN
    if not call.args and slot.name not in call.kwargs:
        return ApiObject(_NAMESPACE)
    return _config(call.arg(slot.index, slot.name))


def _config(given: Value) -> Value:
    if not isinstance(given, Dict) or not all(isinstance(k, str) for k, _ in given.items):
        return UNKNOWN
    return ApiObject(_NAMESPACE, tuple((k, _config(v) if isinstance(v, Dict) else v)
                                       for k, v in given.items))


def config_item(ctx: ExtractContext, owner: Value, node: cst.Subscript,
                indices: tuple[Value, ...]) -> Value | None:
    """``config["num_classes"]``: a config's field read as an item."""
    if (isinstance(owner, ApiObject) and owner.qualname == _NAMESPACE and len(indices) == 1
            and isinstance(indices[0], Const) and isinstance(indices[0].value, str)):
        return owner.kwarg(indices[0].value)
    return None


def methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> MethodResult | Value | None:
    receiver, name = method.receiver, method.name
    if isinstance(receiver, ApiObject) and receiver.qualname == _NAMESPACE and (
            name in T.NAMESPACE_MOVES):
        return receiver  # data = data.to(device): the same graph
    if not (isinstance(receiver, ApiObject) and receiver.qualname == T.ARGUMENT_PARSER):
        return None
    if name == "add_argument":
        dest = _destination(call)
        if dest is None:
            return MethodResult(UNKNOWN, _without_destinations(receiver))
        return MethodResult(UNKNOWN, receiver.with_kwarg(dest, _default(call)))
    if name == "set_defaults":
        for key, value in call.kwargs.items():
            receiver = receiver.with_kwarg(key, value)
        return MethodResult(Const(None), receiver)
    if name in T.PARSE_METHODS:
        namespace = ApiObject(_NAMESPACE, receiver.kwargs)
        return Seq((namespace, UNKNOWN)) if name in T.PARSE_KNOWN_METHODS else namespace
    # add_argument_group, add_subparsers, ...: their options are not followed
    return MethodResult(UNKNOWN, receiver.with_kwarg(_OTHERS, UNKNOWN))


def option(ctx: ExtractContext, owner: Value, attr: str,
           node: cst.BaseExpression) -> Value | None:
    """``args.num_classes``: its default (unknown when it has none); ``data.to``: a method."""
    if isinstance(owner, ApiObject) and owner.qualname == _NAMESPACE and (
            attr not in T.NAMESPACE_MOVES or attr in dict(owner.kwargs)):
        return owner.kwarg(attr)
    return None


def assigned_option(ctx: ExtractContext, owner: Value, attr: str, value: Value) -> Value | None:
    """``args.num_classes = 5``: the namespace with that value."""
    if isinstance(owner, ApiObject) and owner.qualname == _NAMESPACE:
        return owner.with_kwarg(attr, value)
    return None


def _destination(call: Call) -> str | None:
    """Where ``add_argument`` stores its value: ``dest=``, else the first long flag
    (``--num-classes`` is ``num_classes``), else the positional name."""
    if call.has_star_args:
        return None
    dest = call.kwargs.get("dest")
    if dest is not None:
        return dest.value if isinstance(dest, Const) and isinstance(dest.value, str) else None
    flags = [arg.value for arg in call.args if isinstance(arg, Const) and isinstance(arg.value, str)]
    if len(flags) != len(call.args) or not flags:
        return None
    long = [flag for flag in flags if flag.startswith("--")]
    chosen = long[0][2:] if long else flags[0].lstrip("-")
    return chosen.replace("-", "_") or None


def _default(call: Call) -> Value:
    """The value an option has when not given: ``default=``, False for ``store_true``, True for
    ``store_false``; unknown otherwise (None, or a type that converts it, is not followed)."""
    if "default" in call.kwargs:
        default = call.kwargs["default"]
        converter = call.kwargs.get("type")
        if converter is not None and isinstance(default, Const) and isinstance(default.value, str):
            return UNKNOWN  # type=int converts a string default
        return default
    action = call.kwargs.get("action")
    if isinstance(action, Const) and action.value in T.FLAG_ACTIONS:
        return Const(T.FLAG_ACTIONS[action.value])
    return UNKNOWN


def _without_destinations(receiver: ApiObject) -> ApiObject:
    """An option whose name is not known may overwrite any of them."""
    return ApiObject(receiver.qualname, (*((k, UNKNOWN) for k, _ in receiver.kwargs if k),
                                         (_OTHERS, UNKNOWN)))
