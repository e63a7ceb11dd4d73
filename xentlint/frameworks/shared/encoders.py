"""scikit-learn's splitting and label encoders: ``train_test_split`` keeps what it splits;
``LabelEncoder``, ``OneHotEncoder``, ``LabelBinarizer`` and ``MultiLabelBinarizer`` give labels
of their encoding, of the classes they were fitted on (``encoder.classes_``)."""

from __future__ import annotations

from ...facts import Encoding, Labels
from ...interp.api import Call, ExtractContext, MethodResult
from ...interp.values import UNKNOWN, ApiObject, Const, LabelArray, Seq, Tail, Value
from . import tables as T
from .values import labels_of


def splitter(ctx: ExtractContext, call: Call) -> Value:
    """``train_test_split(X, y)`` -> ``X_train, X_test, y_train, y_test``: each keeps its kind."""
    if call.has_star_args or not call.args:
        return UNKNOWN
    return Seq(tuple(v for value in call.args for v in (value, value)))


def encoder(ctx: ExtractContext, call: Call) -> Value:
    """``MultiLabelBinarizer(classes=FINDINGS)``, ``OneHotEncoder(categories=[GRADES])``: an
    encoder of the classes given (whatever the data it is fitted on)."""
    keyword = T.ENCODER_CLASSES.get(call.qualname)
    given = call.kwargs.get(keyword, UNKNOWN) if keyword is not None else UNKNOWN
    if keyword == T.ONE_HOT_CATEGORIES:  # (a list per feature: of the one feature encoded)
        given = given.items[0] if isinstance(given, Seq) and len(given.items) == 1 else UNKNOWN
    if isinstance(given, Seq):
        return ApiObject(call.qualname, ((_FITTED, given), (_GIVEN, Const(True))))
    return ApiObject(call.qualname)


_FITTED = "classes_"  # what an encoder learnt in fit(): its classes (a Seq), when known
_GIVEN = "classes given"  # they were given to it: fit() keeps them


def encoded(ctx: ExtractContext, receiver: ApiObject, name: str,
            call: Call) -> MethodResult | Value | None:
    """``encoder.fit_transform(y)``: labels in the encoder's encoding, of the classes it was
    fitted on (``fit(y)`` then ``transform(part)``: the classes of ``y``, not of ``part``);
    ``encoder.classes_`` is them."""
    given = receiver.kwarg(_FITTED) if receiver.kwarg(_GIVEN) == Const(True) else None
    if name in ("fit", "fit_transform"):
        n_classes = len(given.items) if isinstance(given, Seq) else class_count(call.arg(0, "y"))
        fitted = receiver if given is not None else receiver.with_kwarg(
            _FITTED, Seq((UNKNOWN,) * n_classes) if n_classes is not None else UNKNOWN)
        if name == "fit":
            return MethodResult(fitted, fitted)
        return MethodResult(_encoded_labels(ctx, receiver, call, n_classes, fitted_here=True),
                            fitted)
    if name == "transform":
        classes = receiver.kwarg(_FITTED)
        n_classes = len(classes.items) if isinstance(classes, Seq) else None
        return _encoded_labels(ctx, receiver, call, n_classes, fitted_here=False)
    return None


def _one_label_each(value: Value, given: Labels | None) -> bool:
    """Sets of labels of one label each: ``[[c] for c in y]``, or class indices as a column
    (``y.reshape(-1, 1)``): binarized, one-hot rows."""
    if given is not None and given.encoding in ("index", "binary") and given.rank == 2:
        return True
    return (isinstance(value, Tail) and len(value.items) == 1 and isinstance(value.items[0], Seq)
            and len(value.items[0].items) == 1)


def fitted_classes(owner: ApiObject) -> Value:
    """``encoder.classes_``."""
    return owner.kwarg(_FITTED)


def _encoded_labels(ctx: ExtractContext, receiver: ApiObject, call: Call,
                    n_classes: int | None, fitted_here: bool) -> Value:
    """What ``call`` encodes (``fitted_here``: ``fit_transform``, whose classes are those of
    its argument, and so is where the class count comes from)."""
    spec = T.ENCODERS[receiver.qualname]
    encoding: Encoding = spec.encoding
    if spec.column_for_two:
        encoding = "binary" if n_classes == 2 else "unknown" if n_classes is None else encoding
    given = labels_of(call.arg(0, "y"))
    if encoding == "multihot" and _one_label_each(call.arg(0, "y"), given):
        encoding = "onehot"  # MultiLabelBinarizer().fit_transform([[c] for c in y])
    n_evidence = given.n_evidence if given is not None and fitted_here else None
    return LabelArray(Labels(encoding, ctx.evidence(call.node), n_classes,
                             n_evidence=n_evidence or ctx.evidence(call.node),
                             rank=1 if encoding == "index" else 2, dtype=spec.dtype,
                             drawn=given is not None and given.drawn))


def class_count(value: Value) -> int | None:
    """How many distinct values labels hold: as known of class indices, or the distinct values
    of a list literal (``["cat", "dog", "cat"]``: 2). (A one-hot or multi-hot array's class
    count is its width; its values are 0 and 1.)"""
    if isinstance(value, LabelArray):
        known = value.labels
        return known.n_classes if known.encoding in ("index", "binary") else None
    if isinstance(value, Seq) and value.items and all(isinstance(item, Const)
                                                      for item in value.items):
        return len({item.value for item in value.items if isinstance(item, Const)})
    return None
