"""Cross-entropy written by hand (``-sum(y * log(p))``, ``-(y * log(p) + (1 - y) * log(1 -
p))``, ``-out[range(N), y].mean()``, ``logsumexp(out) - out[.., y]``), and the logs it is made
of. It reads a model's output the same way in every framework; each framework registers its
own spellings (``torch.log``, ``tf.math.log``) with these handlers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import libcst as cst

from ...facts import ActivationSite, Head, Labels, Loss, LossCall, Pairing, UnstableComposition
from ...interp.api import Call, ExtractContext, FunctionHandler
from ...interp.values import UNKNOWN, Const, LabelArray, Scalar, Tensor, Value, Weights, is_number
from ..specs import LossSpec, Slot
from . import tables as T
from .activations import BOUNDED, apply_activation, make_head
from .decoders import is_prediction
from .values import const_float, const_int, guarded, passed_through

# Hand-written losses: what their shape expects. The fix hint of the NLL form names the loss
# that does the same on logits.
# Their fix words name each framework's loss on logits: the same shape is written in all of them.
HANDWRITTEN_CROSS_ENTROPY = LossSpec(
    api="-sum(y * log(p))", family="categorical", framework="any", expects="probs",
    handwritten=True,
    logits_form="a cross-entropy loss on logits (`from_logits=True`, `F.cross_entropy`, "
                "`tf.nn.softmax_cross_entropy_with_logits`, `optax.softmax_cross_entropy`)",
    index_form="a loss for class indices (`sparse_categorical_crossentropy`, "
               "`F.cross_entropy`, `optax.softmax_cross_entropy_with_integer_labels`)")
HANDWRITTEN_BINARY_CROSS_ENTROPY = LossSpec(
    api="-(y * log(p) + (1 - y) * log(1 - p))", family="binary", framework="any",
    expects="probs", handwritten=True,
    logits_form="a binary cross-entropy on logits (`binary_crossentropy(from_logits=True)`, "
                "`BCEWithLogitsLoss`, `tf.nn.sigmoid_cross_entropy_with_logits`, "
                "`optax.sigmoid_binary_cross_entropy`)")
HANDWRITTEN_NLL = LossSpec(
    api="-out[range(N), y]", family="nll", framework="any", expects="log-probs",
    handwritten=True,
    logits_form="`CrossEntropyLoss` / `F.cross_entropy` (or "
                "`optax.softmax_cross_entropy_with_integer_labels`)")


def log(ctx: ExtractContext, call: Call) -> Value:
    # (NumPy's log is evaluation code: no gradient flows through it)
    return log_of(ctx, call.args[0] if call.args else UNKNOWN, call.node,
                  differentiable=not call.qualname.startswith("numpy."))


def log_of(ctx: ExtractContext, value: Value, node: cst.CSTNode,
           differentiable: bool = True) -> Value:
    """``log(x)`` (function or tensor method): log(softmax(x)) is unstable (XL104), and
    ``y * log(p)`` is a hand-written cross-entropy on ``p`` (``log(softmax(z)[range(N), y])``
    too: unstable where the softmax is computed here). The log of a model's own softmax
    output (``torch.log(model(x))``) is unstable too, reported once it is trained on (an NLL
    loss, ``y * log(p)``): computed to evaluate a model (``np.log(model.predict(x))``) it is
    what the model gives."""
    if isinstance(value, Tensor) and value.complement_of is not None:
        return Tensor(None, value.model, column=value.column, log_of=value.complement_of,
                      complement=True)
    if isinstance(value, Tensor) and value.exponentiated is not None:
        return Tensor(None, normaliser=True)  # log(exp(out).sum(1)): logsumexp(out)
    if isinstance(value, Tensor) and value.picked is not None:
        # log(out[range(N), y]): each sample's log-probability of its class, a hand-written
        # cross-entropy on probabilities in ``out`` (of p or 1 - p by the label: a binary one)
        spec = HANDWRITTEN_BINARY_CROSS_ENTROPY if value.complement else HANDWRITTEN_CROSS_ENTROPY
        loss = Loss(spec, "probs", ctx.evidence(node))
        pairing = Pairing(head=value.picked, loss=loss, site=loss.evidence)
        ctx.record(pairing)
        composition = _composition(ctx, node, value.picked)
        if differentiable and not value.guarded and value.picked.inline and composition:
            ctx.record(composition)
        return Tensor(None, loss_term=pairing)
    if isinstance(value, LabelArray) and not value.logged:
        return replace(value, logged=True)  # (swapped_cross_entropy: where it is multiplied)
    if not isinstance(value, Tensor) or value.head is None:
        return UNKNOWN
    head = value.head
    unstable = if_trained = None
    composition = _composition(ctx, node, head)
    if not value.guarded and not value.mixture and composition is not None:
        if head.inline and differentiable:
            unstable = composition
            ctx.record(unstable)
        elif differentiable:
            if_trained = composition
    return Tensor(None, value.model, column=value.column, log_of=head, unstable=unstable,
                  if_trained=if_trained or value.if_trained)


def _composition(ctx: ExtractContext, node: cst.CSTNode, head: Head
                 ) -> UnstableComposition | None:
    """The log at ``node`` of a softmax or sigmoid, which underflows (XL104); None: another."""
    fused = T.FUSED_LOGS.get(head.activation)
    return UnstableComposition(ctx.evidence(node), head, fused) if fused else None


def trained_on(ctx: ExtractContext, value: Value) -> None:
    """``value`` is trained on (a loss's prediction, a hand-written loss term): the log of a
    model's softmax in it is an unstable composition (XL104), a softmax of its probabilities
    one applied twice (XL101)."""
    if isinstance(value, Tensor) and value.if_trained is not None:
        ctx.record(value.if_trained)


def sampler_handler(table: Mapping[str, Slot]) -> FunctionHandler:
    """``tf.random.categorical(tf.math.log(probs), 1)``: a sampler reads log-probabilities as
    logits, and a class whose probability underflowed to 0 is one it never draws, as it
    should: the log of that softmax is not unstable there (XL104 taken back)."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        slot = table[call.qualname]
        logits = call.arg(slot.index, slot.name)
        if isinstance(logits, Tensor) and logits.unstable is not None:
            ctx.retract(logits.unstable)
        return UNKNOWN

    return handler


def binary(ctx: ExtractContext, node: cst.CSTNode, operator: cst.BaseBinaryOp, left: Value,
           right: Value) -> Value | None:
    """Arithmetic on labels (``y + 1`` makes them 1-based) and the pieces of a hand-written
    cross-entropy (``y * log(p)``, ``(1 - y) * log(1 - p)``, ``onehot * out``,
    ``-pick + logsumexp``)."""
    if isinstance(operator, cst.Subtract):
        normalised = _log_softmax_by_hand(ctx, node, left, right)
        if normalised is not None:
            return normalised
    if isinstance(operator, cst.Add):
        binary_by_hand = (_binary_cross_entropy_of_data(ctx, node, left, right)
                          or _one_plus_exp(left, right) or _one_plus_exp(right, left))
        if binary_by_hand is not None:
            return binary_by_hand
    if isinstance(operator, (cst.Add, cst.Subtract)):
        return (_whole_loss(ctx, node, left, right) or _complement(operator, left, right)
                or _shifted_labels(ctx, node, operator, left, right)
                or _smoothed_rows(left, right) or _mixed_rows(left, right)
                or _biased(ctx, node, left, right))
    if isinstance(operator, cst.Multiply):
        swapped = _swapped_cross_entropy(ctx, node, left, right)
        if swapped is not None:
            return swapped
        for log_side, other in ((left, right), (right, left)):
            if (isinstance(log_side, Tensor) and log_side.log_of is not None
                    and isinstance(other, LabelArray)):
                term = _handwritten_cross_entropy(ctx, node, log_side, other.labels)
                trained_on(ctx, log_side)
                return Tensor(None, loss_term=term)
        for output, other in ((left, right), (right, left)):
            if (is_prediction(output) and isinstance(other, LabelArray)
                    and other.labels.encoding == "index" and isinstance(output, Tensor)
                    and output.head is not None and output.head.kind == "log-probs"):
                trained_on(ctx, output)
                # (log_softmax(x) * y: a cross-entropy by hand on the log-probabilities, which
                # it reads as they are; only the labels can be wrong)
                loss = Loss(HANDWRITTEN_CROSS_ENTROPY, None, ctx.evidence(node))
                pairing = Pairing(head=output.head, loss=loss, site=loss.evidence,
                                  labels=other.labels)
                ctx.record(pairing)
                return Tensor(None, loss_term=pairing)
            if (is_prediction(output) and isinstance(other, LabelArray)
                    and other.labels.encoding == "onehot"):
                assert isinstance(output, Tensor) and output.head is not None
                if output.head.kind == "log-probs":  # (onehot * log_softmax(x): as wide?)
                    ctx.record(Pairing(head=output.head, loss=Loss(
                        HANDWRITTEN_CROSS_ENTROPY, None, ctx.evidence(node)),
                        site=ctx.evidence(node), labels=other.labels))
                    trained_on(ctx, output)
                # (onehot * out): the true class's entry
                return Tensor(None, picked=output.head, if_trained=output.if_trained)
        if any(isinstance(side, LabelArray) and side.flipped for side in (left, right)):
            return Tensor(None, negative_term=True)  # (1 - y) * torch.log1p(-p)
        nodes = (node.left, node.right) if isinstance(node, cst.BinaryOperation) else (None, None)
        for picked, weight, weight_node in ((left, right, nodes[1]), (right, left, nodes[0])):
            if isinstance(picked, Tensor) and picked.picked is not None and _weight(weight):
                if weight_node is not None and _negated(weight_node):
                    return negation(ctx, node, picked)  # -(1 - pt) ** gamma * log_pt: focal
                return picked  # log_pi * advantages: each sample's entry, weighted
        for log_side, other in ((left, right), (right, left)):
            if isinstance(log_side, Tensor) and log_side.log_of is not None and other is UNKNOWN:
                return Tensor(None, term_of=log_side.log_of, complement=log_side.complement)
    if isinstance(operator, cst.Divide):
        by_hand = _softmax_by_hand(ctx, node, left, right) or _sigmoid_by_hand(
            ctx, node, left, right)
        if by_hand is not None:
            return by_hand
    if isinstance(operator, (cst.Divide, cst.Multiply)):
        smoothed = _smoothed_rows(left, right) or (
            _smoothed_rows(right, left, any_factor=True) or _smoothed_rows(left, right, True)
            if isinstance(operator, cst.Multiply) else None)
        if smoothed is not None:
            return smoothed
        scaled = _scaled_scores(left, right) or (
            _scaled_scores(right, left) if isinstance(operator, cst.Multiply) else None)
        if scaled is not None:
            return scaled
    return None


def _negated(node: cst.BaseExpression) -> bool:
    """An expression that starts with a minus: ``-alpha * (1 - pt) ** gamma``."""
    while isinstance(node, cst.BinaryOperation) and isinstance(node.operator, (
            cst.Multiply, cst.Power, cst.Divide)):
        node = node.left
    return isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus)


def _weight(value: Value) -> bool:
    """A factor that weights each sample's term (returns, importance weights, advantages of a
    critic's output): a number or an array of them, not labels nor a term of a loss."""
    return value is UNKNOWN or isinstance(value, (Scalar, Weights)) or is_number(value) or (
        isinstance(value, Tensor) and value.picked is None and value.log_of is None
        and value.loss_term is None)


def _swapped_cross_entropy(ctx: ExtractContext, node: cst.CSTNode, left: Value,
                           right: Value) -> Value | None:
    """``y_pred * log(y_true)``: a cross-entropy written by hand with the prediction where the
    labels go and the log of the labels where the prediction goes (a helper ``def
    cross_entropy(y_true, y_pred)`` called as ``cross_entropy(probs, y)``): XL501."""
    if not isinstance(node, cst.BinaryOperation):
        return None
    sides = ((left, right, node.left, node.right), (right, left, node.right, node.left))
    for output, logged, output_node, log_node in sides:
        if not (is_prediction(output) and isinstance(logged, LabelArray) and logged.logged
                and isinstance(log_node, cst.Call) and len(log_node.args) == 1):
            continue
        labels_node = log_node.args[0].value
        loss = Loss(HANDWRITTEN_CROSS_ENTROPY, "probs", ctx.evidence(node))
        ctx.record(LossCall(
            loss=loss, site=ctx.evidence(node), labels_slot=ctx.evidence(output_node),
            output_slot=ctx.evidence(labels_node), labels_slot_is_output=True,
            output_slot_is_labels=True, by_position=True,
            through=passed_through(ctx, output_node, labels_node)))
        return Tensor(None)
    return None


def _scaled_scores(output: Value, factor: Value) -> Value | None:
    """``logits / T`` (distillation's temperature), ``2 * logits``: raw scores scaled are still
    raw scores (probabilities or log-probabilities scaled are neither: not followed)."""
    if (is_prediction(output) and isinstance(output, Tensor) and output.head is not None
            and output.head.kind == "not-probs" and output.head.activation not in BOUNDED
            and not isinstance(factor, (Tensor, LabelArray))):
        return output
    return None


def _log_softmax_by_hand(ctx: ExtractContext, node: cst.CSTNode, scores: Value,
                         normaliser: Value) -> Tensor | None:
    """``logits - torch.log(torch.exp(logits).sum(1, keepdim=True))``, ``logits -
    logsumexp(logits)``: a log-softmax written by hand."""
    if not (is_prediction(scores) and isinstance(normaliser, Tensor) and normaliser.normaliser):
        return None
    assert isinstance(scores, Tensor) and scores.head is not None
    if scores.head.kind != "not-probs":
        return None
    head = make_head("log_softmax", scores.head.units, ctx.evidence(node), inline=True)
    return replace(scores, head=head) if head is not None else None


def _one_plus_exp(one: Value, exponentials: Value) -> Tensor | None:
    """``1 + torch.exp(-z)`` of raw scores ``z``: the denominator of a sigmoid by hand."""
    if (isinstance(one, Const) and one.value == 1 and isinstance(exponentials, Tensor)
            and exponentials.exponentiated is not None):
        return Tensor(None, one_plus_exp=exponentials.exponentiated)
    return None


def _sigmoid_by_hand(ctx: ExtractContext, node: cst.CSTNode, one: Value,
                     denominator: Value) -> Value | None:
    """``1 / (1 + np.exp(-z))``: a sigmoid written by hand, of the raw scores ``z`` (``exp(z)``
    instead gives ``sigmoid(-z)``, a probability all the same)."""
    if not (isinstance(one, Const) and one.value == 1 and isinstance(denominator, Tensor)
            and denominator.one_plus_exp is not None):
        return None
    return apply_activation(ctx, node, "sigmoid", Tensor(denominator.one_plus_exp), -1)


def _softmax_by_hand(ctx: ExtractContext, node: cst.CSTNode, exponentials: Value,
                     total: Value) -> Tensor | None:
    """``e = np.exp(z - z.max(1, keepdims=True)); e / e.sum(1, keepdims=True)``: a softmax
    written by hand, of the raw scores exponentiated."""
    if not (isinstance(exponentials, Tensor) and isinstance(total, Tensor)
            and exponentials.exponentiated is not None and total.exponentiated is not None
            and replace(total.exponentiated, axis=exponentials.exponentiated.axis)
            == exponentials.exponentiated):
        return None
    axis = total.exponentiated.axis if total.exponentiated.axis is not None else -1
    head = make_head("softmax", exponentials.exponentiated.units, ctx.evidence(node), axis,
                     inline=True)
    if head is None:
        return None
    ctx.record(ActivationSite(head, batch_axis_known=not (exponentials.row
                                                          or exponentials.layout_unknown),
                              within=ctx.running()))
    return Tensor(head)


def _binary_cross_entropy_of_data(ctx: ExtractContext, node: cst.CSTNode, left: Value,
                                  right: Value) -> Value | None:
    """``Y * log(p) + (1 - Y) * log(1 - p)`` with ``Y`` data of unknown kind (``np.load``): a
    binary cross-entropy written by hand on ``p``, whose two terms say what ``Y`` is."""
    if not (isinstance(left, Tensor) and isinstance(right, Tensor) and left.term_of is not None
            and right.term_of is not None and left.complement != right.complement
            and left.term_of.evidence.node is right.term_of.evidence.node):
        return None
    loss = Loss(HANDWRITTEN_BINARY_CROSS_ENTROPY, "probs", ctx.evidence(node))
    pairing = Pairing(head=left.term_of, loss=loss, site=loss.evidence)
    ctx.record(pairing)
    return Tensor(None, loss_term=pairing)


def _whole_loss(ctx: ExtractContext, node: cst.CSTNode, left: Value,
                right: Value) -> Value | None:
    """Two terms that make one loss: the first term alone was not the loss.

    ``-out[range(N), y] + logsumexp(out)`` is a cross-entropy on logits, not an NLL on them;
    ``y * log(p) + (1 - y) * log(1 - p)`` is a binary cross-entropy, not a categorical one
    (recorded again as the whole sum, which is what the user reads as the loss).
    """
    for side, other in ((left, right), (right, left)):
        if not isinstance(side, Tensor) or side.loss_term is None or not isinstance(other, Tensor):
            continue
        if side.loss_term.loss.spec is HANDWRITTEN_NLL and other.normaliser:
            ctx.retract(side.loss_term)
            return None
        if side.loss_term.loss.spec is HANDWRITTEN_CROSS_ENTROPY and other.negative_term:
            ctx.retract(side.loss_term)  # a binary cross-entropy whose second term is not read
            return None
        second = other.loss_term
        if (side.loss_term.loss.spec is HANDWRITTEN_CROSS_ENTROPY and second is not None
                and second.loss.spec is HANDWRITTEN_BINARY_CROSS_ENTROPY):
            ctx.retract(side.loss_term)
            ctx.retract(second)
            loss = replace(second.loss, evidence=ctx.evidence(node))
            whole = replace(second, loss=loss, site=loss.evidence)
            ctx.record(whole)
            return Tensor(None, loss_term=whole)
    return None


def _complement(operator: cst.BaseBinaryOp, left: Value, right: Value) -> Value | None:
    """``1 - p`` and ``1 - y``: the negative side of a binary probability and of its labels."""
    if not (isinstance(operator, cst.Subtract) and const_float(left) == 1.0):
        return None
    if is_prediction(right):
        assert isinstance(right, Tensor)
        return Tensor(None, right.model, column=right.column, complement_of=right.head)
    if isinstance(right, LabelArray):
        return replace(right, flipped=True)  # the same 0/1 labels, each flipped
    return None


def _biased(ctx: ExtractContext, node: cst.CSTNode, left: Value, right: Value) -> Value | None:
    """``tf.matmul(x, W) + b``: a bias keeps raw scores raw (the scores are then the whole
    sum, as the user reads them); a tiny epsilon keeps probabilities what they are. Added to
    one unit, anything but a number or a width-1 array may broadcast it to several
    (``fc(x) + class_bias`` of shape (C,))."""
    for side, other in ((left, right), (right, left)):
        if isinstance(other, Tensor) or isinstance(other, LabelArray) and not other.filled \
                or not isinstance(side, Tensor):
            continue
        epsilon = const_float(other)
        tiny = epsilon is not None and abs(epsilon) <= T.LARGEST_EPSILON
        if side.complement_of is not None and tiny:
            return side  # log(1 - p + 1e-7)
        if side.picked is not None and tiny:
            return replace(side, guarded=True)  # log(p[range(n), y] + 1e-9): cannot underflow
        if not is_prediction(side):
            continue
        assert side.head is not None
        if side.head.kind == "not-probs" and side.head.activation not in BOUNDED:
            head = side.head
            operands = ((node.left, node.right) if isinstance(node, cst.BinaryOperation)
                        else [arg.value for arg in node.args] if isinstance(node, cst.Call)
                        else ())  # (tf.add(tf.matmul(x, W), b))
            if any(head.evidence.node is operand for operand in operands):
                head = replace(head, evidence=ctx.evidence(node))  # x @ W, now x @ W + b
            if head.units == 1 and not _one_wide(other):
                head = replace(head, units=None)
            return replace(side, head=head) if head is not side.head else side
        if tiny:
            return guarded(side)
    return None


def _one_wide(value: Value) -> bool:
    """A number, or an array whose last dimension is 1: added to one unit, one unit."""
    if const_float(value) is not None:
        return True
    return isinstance(value, Weights) and (not value.shape or value.shape[-1] == 1)


def _smoothed_rows(rows: Value, number: Value, any_factor: bool = False) -> Value | None:
    """``onehot * 0.9 + 0.01``, ``Y / 2`` (label smoothing by hand): still one row per sample
    over the classes, as floats (``1 - onehot`` is not: the number must come second).
    ``any_factor``: a product with anything but labels or a prediction (mixup's ``lam *
    onehot``, ``lam`` drawn from a Beta distribution) scales the rows too."""
    scalar = const_float(number) is not None or any_factor and not isinstance(
        number, (LabelArray, Tensor, Weights))
    if isinstance(rows, LabelArray) and rows.labels.encoding in ("onehot", "multihot") and scalar:
        return LabelArray(replace(rows.labels, dtype="float"))
    return None


def _mixed_rows(left: Value, right: Value) -> Value | None:
    """``lam * onehot_a + (1 - lam) * onehot_b`` (mixup, cutmix): rows over the same classes,
    as floats (of two class counts, of neither known)."""
    if not all(isinstance(side, LabelArray) and side.labels.encoding in ("onehot", "multihot")
               for side in (left, right)):
        return None
    assert isinstance(left, LabelArray) and isinstance(right, LabelArray)
    first, second = left.labels, right.labels
    if first.n_classes == second.n_classes:
        return LabelArray(replace(first, dtype="float"))
    return LabelArray(replace(first, dtype="float", n_classes=None, n_evidence=None))


def _shifted_labels(ctx: ExtractContext, node: cst.CSTNode, operator: cst.BaseBinaryOp,
                    labels: Value, amount: Value) -> Value | None:
    """``y + 1`` / ``y - 1`` on class indices: 1-based, or back to 0-based."""
    if not (isinstance(labels, LabelArray) and labels.labels.encoding == "index"):
        return None
    step = const_int(amount)
    if step is None:
        return None
    shift = step if isinstance(operator, cst.Add) else -step
    current = labels.labels
    if shift == 1 and not current.one_based:
        return LabelArray(replace(current, one_based=True, evidence=ctx.evidence(node)))
    if shift == -1 and current.one_based:
        return LabelArray(replace(current, one_based=False, evidence=ctx.evidence(node)))
    if shift == -1 and current.n_classes is None:  # labels from 1 (we did not know) made 0-based
        return LabelArray(replace(current, evidence=ctx.evidence(node)))
    return LabelArray(Labels("unknown", ctx.evidence(node), rank=current.rank,
                             dtype=current.dtype))


def negation(ctx: ExtractContext, node: cst.CSTNode, value: Value) -> Value | None:
    """``-out[range(N), y].mean()`` / ``-(onehot * out).sum(1).mean()``: a hand-written NLL,
    which needs log-probabilities in ``out`` (XL103 judges them)."""
    if not isinstance(value, Tensor) or value.picked is None:
        return None
    trained_on(ctx, value)
    loss = Loss(HANDWRITTEN_NLL, "log-probs", ctx.evidence(node))
    pairing = Pairing(head=value.picked, loss=loss, site=loss.evidence)
    ctx.record(pairing)
    return Tensor(None, loss_term=pairing)


def _handwritten_cross_entropy(ctx: ExtractContext, node: cst.CSTNode, log: Tensor,
                               labels: Labels) -> Pairing:
    """``y * log(p)``: a hand-written cross-entropy on probabilities ``p``;
    ``(1 - y) * log(1 - p)``: the second term of a binary one."""
    assert log.log_of is not None
    spec = HANDWRITTEN_BINARY_CROSS_ENTROPY if log.complement else HANDWRITTEN_CROSS_ENTROPY
    loss = Loss(spec, "probs", ctx.evidence(node))
    pairing = Pairing(head=log.log_of, loss=loss, site=loss.evidence, labels=labels)
    ctx.record(pairing)
    return pairing


def logsumexp(ctx: ExtractContext, call: Call) -> Value:
    source = call.args[0] if call.args else UNKNOWN
    return Tensor(None, normaliser=True) if isinstance(source, Tensor) else UNKNOWN


def reduction(ctx: ExtractContext, call: Call) -> Value:
    """``np.sum(term)``: the sum of a hand-written loss term is still that term."""
    value = call.args[0] if call.args else UNKNOWN
    if not _is_loss_term(value):
        return UNKNOWN
    return _summed_over(value, call.kwargs.get("dim", call.arg(1, "axis")))


def reduction_method(receiver: Value, name: str, call: Call) -> Value | None:
    if name in T.REDUCTION_METHODS and _is_loss_term(receiver):
        return _summed_over(receiver, call.kwargs.get("dim", call.arg(0, "axis")))
    return None


def _summed_over(value: Value, axis: Value) -> Value:
    """``exp(z).sum(dim=1)``: a hand-written softmax's denominator, over that axis (its
    softmax normalises there)."""
    number = const_int(axis)
    if isinstance(value, Tensor) and value.exponentiated is not None and number is not None:
        return replace(value, exponentiated=replace(value.exponentiated, axis=number))
    return value


def _is_loss_term(value: Value) -> bool:
    """(also ``exp(out)``, whose sum is a hand-written softmax's denominator)"""
    return isinstance(value, Tensor) and (value.picked is not None or value.normaliser
                                          or value.loss_term is not None or value.negative_term
                                          or value.exponentiated is not None)
