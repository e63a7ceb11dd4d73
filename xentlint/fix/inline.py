"""The numbers behind an edit of one expression, where no pairing is what changes: the fused
log-op in place of ``log(softmax(x))`` / ``log(sigmoid(x))`` (XL104), computed on the expression
itself, and a number passed by the keyword it meant (XL502, ``label_smoothing``), computed on the
loss the call builds. Each through the reference, or the framework's own ops given its backend.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

import libcst as cst
import numpy as np

from ..findings import Finding, Span

Op = Callable[[np.ndarray, int], np.ndarray]
_LOG_OPS = ("log", "softmax", "log_softmax", "sigmoid", "log_sigmoid", "logsigmoid")


def prove_inline(text: str, new_text: str, finding: Finding, loss, seed: int,
                 samples: int):  # noqa: ANN001, ANN201 - a LossFn; a Proof or None
    """The proof of ``finding``'s edit when it is one of these, else None (the pairing's)."""
    facts = dict(finding.facts)
    edits = finding.fix.edits if finding.fix is not None else ()
    if finding.code == "XL104" and facts.get("suggestion") and len(edits) == 1:
        old = _slice(text, edits[0].span)
        return _fused(finding, old, edits[0].content, facts, loss, seed, samples)
    if finding.code == "XL502" and facts.get("meant") == "label_smoothing":
        return _keyword(finding, text, new_text, loss, seed, samples)
    return None


def _slice(text: str, span: Span) -> str:
    lines = text.splitlines(keepends=True)
    start, end = span.start, span.end
    if start.row == end.row:
        return lines[start.row - 1][start.column - 1:end.column - 1]
    return "".join([lines[start.row - 1][start.column - 1:], *lines[start.row:end.row - 1],
                    lines[end.row - 1][:end.column - 1]])


def _framework(loss) -> str | None:  # noqa: ANN001
    """The framework whose runtime ``loss`` is (None: the reference)."""
    parts = type(loss).__module__.split(".")
    return parts[2] if loss is not None and parts[:2] == ["xentlint", "frameworks"] else None


# --- XL104: the expression itself ----------------------------------------------------------

def _ops(framework: str | None) -> tuple[dict[str, Op], str]:
    """log, softmax, log_softmax, sigmoid, log_sigmoid as the reference or a framework has them
    (float32 in, numpy out), and the name to report them by."""
    from ..reference import activations as A

    if framework == "torch":
        import torch
        import torch.nn.functional as F

        def t(f: Callable) -> Op:
            return lambda x, axis: f(torch.from_numpy(np.asarray(x)), axis).numpy()

        return {"log": t(lambda x, _: torch.log(x)), "softmax": t(torch.softmax),
                "log_softmax": t(torch.log_softmax), "sigmoid": t(lambda x, _: torch.sigmoid(x)),
                "log_sigmoid": t(lambda x, _: F.logsigmoid(x))}, f"torch {torch.__version__}"
    if framework == "keras":
        import keras

        o = keras.ops

        def k(f: Callable) -> Op:
            return lambda x, axis: o.convert_to_numpy(f(o.convert_to_tensor(x), axis))

        return {"log": k(lambda x, _: o.log(x)), "softmax": k(o.softmax),
                "log_softmax": k(o.log_softmax), "sigmoid": k(lambda x, _: o.sigmoid(x)),
                "log_sigmoid": k(lambda x, _: o.log_sigmoid(x))}, \
            f"Keras {keras.__version__} ({keras.backend.backend()} backend)"
    if framework == "jax":
        import jax

        def j(f: Callable) -> Op:
            return lambda x, axis: np.asarray(f(jax.numpy.asarray(x), axis))

        return {"log": j(lambda x, _: jax.numpy.log(x)),
                "softmax": j(lambda x, a: jax.nn.softmax(x, axis=a)),
                "log_softmax": j(lambda x, a: jax.nn.log_softmax(x, axis=a)),
                "sigmoid": j(lambda x, _: jax.nn.sigmoid(x)),
                "log_sigmoid": j(lambda x, _: jax.nn.log_sigmoid(x))}, \
            f"jax {jax.__version__} (jax.nn)"

    def log(x: np.ndarray, _: int) -> np.ndarray:
        with np.errstate(divide="ignore"):
            return np.log(x)

    return {"log": log, "softmax": lambda x, a: A.softmax(x, a),
            "log_softmax": lambda x, a: A.log_softmax(x, a), "sigmoid": lambda x, _: A.sigmoid(x),
            "log_sigmoid": lambda x, _: A.log_sigmoid(x)}, "the reference"


def _calls(node: cst.BaseExpression, leaves: list[str], axes: list[int]):  # noqa: ANN202
    """The expression as ``(op, axis, inner)`` calls down to its input (its code in
    ``leaves``): anything that is not one of the log-ops is the logits it is applied to."""
    if isinstance(node, cst.Call):
        func = node.func
        name = func.attr.value if isinstance(func, cst.Attribute) else \
            func.value if isinstance(func, cst.Name) else None
        positional = [a.value for a in node.args if a.keyword is None and not a.star]
        if name in _LOG_OPS and positional:
            axis = next((_literal(a.value) for a in node.args
                         if a.keyword is not None and a.keyword.value in ("axis", "dim")),
                        _literal(positional[1]) if len(positional) > 1 else -1)
            if not isinstance(axis, int):
                return None
            axes.append(axis)
            inner = _calls(positional[0], leaves, axes)
            return None if inner is None else ("logsigmoid" if name == "log_sigmoid"
                                               else name, axis, inner)
    leaves.append(cst.Module([]).code_for_node(node))
    return "input"


def _literal(node: cst.BaseExpression) -> object:
    try:
        return ast.literal_eval(cst.Module([]).code_for_node(node))
    except (ValueError, SyntaxError):
        return None


def _run(tree, ops: dict[str, Op], z: np.ndarray) -> np.ndarray:  # noqa: ANN001
    if tree == "input":
        return z
    name, axis, inner = tree
    return ops["log_sigmoid" if name == "logsigmoid" else name](_run(inner, ops, z), axis)


def _fused(finding: Finding, old: str, new: str, facts: dict[str, object], loss, seed: int,
           samples: int):  # noqa: ANN001, ANN202
    """On extreme logits (a mix of ±1e4, float32) the written expression loses the
    log-probabilities (-inf) where the fused op keeps them; on standard-normal logits both give
    the same numbers: the edit changes the precision, not the computation."""
    from ..reference import activations as A
    from ..reference import samples as S
    from .proof import Proof, _close

    leaves: list[str] = []
    new_leaves: list[str] = []
    axes: list[int] = []
    try:
        before = _calls(cst.parse_expression(old), leaves, axes)
        after = _calls(cst.parse_expression(new), new_leaves, [])
    except cst.ParserSyntaxError:
        before = after = None
    applicability = finding.fix.applicability if finding.fix is not None else "display"
    if before is None or after is None or leaves != new_leaves or len(leaves) != 1:
        return Proof(finding.code, applicability, None, None, None, None,
                     f"`{new}` is not a log-op of what `{old}` takes, which is not modelled here")
    ops, name = _ops(_framework(loss))
    sigmoid = facts.get("suggestion") == "log_sigmoid"
    units = facts.get("units")
    width = units if isinstance(units, int) else 1 if sigmoid else 10
    axis = axes[-1] if axes else -1

    def values(z: np.ndarray) -> tuple[float, float, float]:
        z64 = z.astype(np.float64)
        exact = A.log_sigmoid(z64) if sigmoid else A.log_softmax(z64, axis)
        with np.errstate(invalid="ignore"):
            return (-float(np.mean(np.asarray(_run(before, ops, z), np.float64))),
                    -float(np.mean(np.asarray(_run(after, ops, z), np.float64))),
                    -float(np.mean(exact)))

    shape = (samples, width)
    written, fixed, intended = values(S.logits(shape, np.float32, "extreme", seed=seed))
    w_mod, f_mod, i_mod = values(S.logits(shape, np.float32, seed=seed))
    ok = _close(fixed, intended) and _close(f_mod, i_mod) and _close(w_mod, i_mod)
    detail = (f"`{old}` -> `{new}`, {samples:,} x {width} logits, seed {seed}, through {name}: "
              f"on extreme logits (±1e4, float32) the written form gives {written:.6g} where the "
              f"fix gives {fixed:.6g} (intended {intended:.6g}); on standard-normal logits "
              f"{w_mod:.6g} and {f_mod:.6g} (intended {i_mod:.6g})")
    return Proof(finding.code, applicability, written, fixed, intended, ok, detail)


# --- XL502: the loss the call builds -------------------------------------------------------

# class -> framework, family, its positional parameters (those the checker reads)
_LOSSES = {
    "CategoricalCrossentropy": ("keras", "categorical", ("from_logits", "label_smoothing")),
    "BinaryCrossentropy": ("keras", "binary", ("from_logits", "label_smoothing")),
    "CrossEntropyLoss": ("torch", "sparse", ("weight", "size_average", "ignore_index", "reduce",
                                             "reduction", "label_smoothing")),
}


def _call_at(text: str, span: Span) -> tuple[str, list[object], dict[str, object]] | None:
    """The innermost call around ``span``: its class name, literal positional and keyword
    arguments (None: another call, or an argument that is not a literal)."""
    from ..checks.places import Places

    module = cst.parse_module(text)
    places = Places(module, "example.py")
    found: list[tuple[int, cst.Call]] = []

    class Calls(cst.CSTVisitor):
        def visit_Call(self, node: cst.Call) -> None:
            where = places.locate(node)
            if where is not None and where[1].start <= span.start and span.start < where[1].end:
                found.append((len(found), node))

    module.visit(Calls())
    if not found:
        return None
    call = found[-1][1]
    func = call.func
    name = func.attr.value if isinstance(func, cst.Attribute) else \
        func.value if isinstance(func, cst.Name) else ""
    args = [(a.keyword.value if a.keyword else None, _literal(a.value)) for a in call.args]
    if name not in _LOSSES or any(v is None for _, v in args):
        return None
    return (name, [v for k, v in args if k is None], {k: v for k, v in args if k is not None})


def _keyword(finding: Finding, text: str, new_text: str, loss, seed: int,
             samples: int):  # noqa: ANN001, ANN202
    """The loss as written and as fixed, on one model's outputs (probabilities where the fixed
    loss takes them), against the textbook label-smoothed cross-entropy of its logits."""
    from ..reference import activations as A
    from ..reference import samples as S
    from .proof import Proof, _close

    applicability = finding.fix.applicability if finding.fix is not None else "display"
    written_call = _call_at(text, finding.span)
    fixed_call = _call_at(new_text, finding.span)
    if written_call is None or fixed_call is None or fixed_call[1]:
        return Proof(finding.code, applicability, None, None, None, None,
                     "the loss call has arguments that are not modelled here")
    name, _, options = fixed_call
    framework, family, parameters = _LOSSES[name]
    eps = float(options.get("label_smoothing", 0.0))  # type: ignore[arg-type]
    width = 1 if family == "binary" else 10
    z = S.logits((samples, width), np.float32, seed=seed)
    if family == "binary":
        y = S.binary_labels(z.shape, np.float32, seed=seed + 1)
        t = y * (1 - eps) + eps / 2
        intended = float(np.mean(-(t * A.log_sigmoid(z.astype(np.float64))
                                   + (1 - t) * A.log_sigmoid(-z.astype(np.float64)))))
    else:
        y = S.indices((samples,), width, seed=seed + 1)
        t = S.one_hot(y, width, np.float64) * (1 - eps) + eps / width
        intended = float(np.mean(-np.sum(t * A.log_softmax(z.astype(np.float64)), axis=-1)))
    logits = framework == "torch" or bool(options.get("from_logits"))
    pred = z if logits else np.asarray(
        A.sigmoid(z) if family == "binary" else A.softmax(z, -1), np.float32)
    through = _framework(loss)
    compute = _through_framework if through == framework else _through_reference
    bound = dict(zip(parameters, written_call[1]))
    bound.update(written_call[2])
    written = compute(name, bound, pred, y, width)
    fixed = compute(name, options, pred, y, width)
    label = getattr(loss, "name", "the reference") if through == framework else "the reference"
    ok = isinstance(fixed, float) and _close(fixed, intended)
    detail = (f"{name} on {samples:,} samples of {width} {'logit' if logits else 'output'}(s), "
              f"seed {seed}, through {label}: as written ("
              + ", ".join(f"{k}={v!r}" for k, v in bound.items()) + ") it "
              + (f"gives {written:.6g}" if isinstance(written, float) else written)
              + f"; fixed it gives {fixed if isinstance(fixed, str) else f'{fixed:.6g}'}, "
              f"the label-smoothed cross-entropy (smoothing {eps}) is {intended:.6g}")
    return Proof(finding.code, applicability, written if isinstance(written, float) else None,
                 fixed if isinstance(fixed, float) else None, intended, ok, detail)


def _through_reference(name: str, options: dict[str, object], pred: np.ndarray,
                       y: np.ndarray, width: int) -> float | str:
    from ..reference import binary as B
    from ..reference import categorical as C
    from ..reference import samples as S

    eps = float(options.get("label_smoothing", 0.0))  # type: ignore[arg-type]
    if name == "CrossEntropyLoss":
        if not isinstance(options.get("weight", None), (type(None), list)):
            return "raises TypeError (a number where torch takes a class-weight tensor)"
        return float(np.mean(C.sparse_cross_entropy(pred, y, semantics="torch",
                                                    label_smoothing=eps).value))
    logits = bool(options.get("from_logits"))
    if name == "BinaryCrossentropy":
        f = B.binary_cross_entropy_with_logits if logits else B.binary_cross_entropy
        return float(np.mean(f(pred, y, semantics="keras", label_smoothing=eps).value))
    return float(np.mean(C.categorical_cross_entropy(
        pred, S.one_hot(y, width, np.float32), from_logits=logits, semantics="keras",
        label_smoothing=eps).value))


def _through_framework(name: str, options: dict[str, object], pred: np.ndarray,
                       y: np.ndarray, width: int) -> float | str:
    """The framework's own loss object, built with ``options`` as keywords."""
    from ..reference import samples as S

    try:
        if name == "CrossEntropyLoss":
            import torch

            criterion = torch.nn.CrossEntropyLoss(**options)  # type: ignore[arg-type]
            return float(criterion(torch.from_numpy(pred), torch.from_numpy(y)).item())
        import keras

        target = y if name == "BinaryCrossentropy" else S.one_hot(y, width, np.float32)
        value = getattr(keras.losses, name)(**options)(target, pred)
        return float(keras.ops.convert_to_numpy(value))
    except (TypeError, ValueError, RuntimeError) as error:
        return f"raises {type(error).__name__}"


__all__ = ["prove_inline"]
