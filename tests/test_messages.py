"""What a finding carries: the user's names and lines in its message, its span, related spans
and fix, and how often it is reported."""

from __future__ import annotations


def test_message_uses_the_users_names_and_lines(findings):
    (finding,) = findings("""
        import keras
        from keras import layers

        net = keras.Sequential([
            layers.Dense(64, activation="relu"),
            layers.Dense(10, activation="softmax"),
        ])
        net.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
    """)
    assert finding.code == "XL101"
    assert finding.message.startswith(
        "`net` ends in `layers.Dense(10, activation=\"softmax\")` (line 7) but "
        "`keras.losses.CategoricalCrossentropy(from_logits=True)` (line 9) applies softmax again")
    assert (finding.span.start.row, finding.span.start.column) == (9, 18)
    assert finding.span.end.row == 9
    related_rows = sorted(r.span.start.row for r in finding.related)
    assert related_rows == [7, 9]  # the layer, and the compile() call that pairs them
    assert finding.fix is not None and finding.fix.applicability == "safe"
    (edit,) = finding.fix.edits
    assert edit.content == "False"
    assert (edit.span.start.row, edit.span.start.column) == (9, 67)


def test_duplicate_pairings_report_once(codes):
    # compile() pairs head and loss, fit() pairs them again with labels: still one finding.
    assert codes("""
        import keras
        model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
        model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
        model.fit(x, y)
        model.fit(x2, y2)
    """) == ["XL101"]


def test_positional_number_with_nothing_to_suggest(findings):
    (finding,) = findings("""
        import keras
        loss = keras.losses.SparseCategoricalCrossentropy(0.1)
    """)
    assert finding.code == "XL502"
    assert "alpha" not in finding.message and "label_smoothing" not in finding.message
    assert finding.fix is not None and finding.fix.edits == ()


def test_raw_scores_with_a_bias_are_quoted_whole(findings):
    """``tf.matmul(h, W) + b`` is what the user reads as the logits, not the product alone."""
    (finding,) = findings("""
        import tensorflow as tf
        x = tf.placeholder(tf.float32, [None, 784])
        y = tf.placeholder(tf.float32, [None, 10])
        W = tf.Variable(tf.zeros([784, 10]))
        b = tf.Variable(tf.zeros([10]))
        scores = tf.matmul(x, W) + b
        loss = tf.reduce_mean(-tf.reduce_sum(y * tf.log(scores), axis=1))
    """)
    assert finding.code == "XL102"
    assert "`tf.matmul(x, W) + b` (line 7)" in finding.message


def test_the_fix_text_says_what_the_edit_does(findings):
    """A sigmoid in the model with BCEWithLogitsLoss: the edit is the loss's probability form,
    and the advice says so (not "remove the sigmoid", which the edit does not do)."""
    (finding,) = findings("""
        import torch
        import torch.nn as nn
        model = nn.Sequential(nn.Linear(20, 5), nn.Sigmoid())
        criterion = nn.BCEWithLogitsLoss()
        loss = criterion(model(torch.randn(8, 20)), torch.rand(8, 5).round())
    """)
    assert finding.code == "XL101"
    (edit,) = finding.fix.edits
    assert edit.content == "nn.BCELoss"
    assert finding.fix.message.startswith("Use `nn.BCELoss`, which takes the sigmoid output")


def test_quoted_code_leaves_out_comments_and_edits_keep_the_code_as_written(findings):
    """A call written over lines with a comment inside is quoted without it; the swap of its
    arguments moves them exactly as written (spaces inside a string kept)."""
    (finding,) = findings("""
        import tensorflow as tf
        model = tf.keras.Sequential([tf.keras.layers.Dense(1, activation="sigmoid")])

        def step(x, table):
            y_hat = model(x)
            return tf.keras.losses.binary_crossentropy(  # the loss
                y_hat, table["a  b"])
    """)
    assert finding.code == "XL501"
    assert "# the loss" not in finding.message
    assert sorted(edit.content for edit in finding.fix.edits) == ['table["a  b"]', "y_hat"]


def test_a_loss_written_as_a_lookup_is_named_by_what_it_is(findings):
    """``getattr(nn, name)()``, ``LOSSES[key]()``: the message says which loss that is."""
    (finding,) = findings("""
        import torch
        import torch.nn as nn
        name = "NLLLoss"
        criterion = getattr(nn, name)()
        model = nn.Sequential(nn.Linear(8, 3))
        loss = criterion(model(torch.randn(4, 8)), torch.tensor([0, 1, 2, 1]))
    """)
    assert finding.code == "XL103"
    assert finding.message.startswith("`getattr(nn, name)()` (line 5, `NLLLoss`) expects")


def test_a_dtype_finding_cites_where_the_dtype_was_set(findings):
    # the labels come from a mapping (line 5); line 7 makes them float: XL304 cites line 7
    (finding,) = findings("""
        import pandas as pd
        import torch
        df = pd.read_csv("iris.csv")
        y = df["species"].map({"setosa": 0, "versicolor": 1, "virginica": 2}).values
        model = torch.nn.Linear(4, 3)
        y_train = torch.FloatTensor(y)
        loss = torch.nn.CrossEntropyLoss()(model(torch.randn(150, 4)), y_train)
    """)
    assert finding.code == "XL304"
    assert finding.message.startswith(
        "the labels from `torch.FloatTensor(y)` (line 7) are class indices stored as float")
    assert 7 in [r.span.start.row for r in finding.related]


def test_a_long_call_is_quoted_with_its_telling_arguments(findings):
    # Keras 1 style: the activation comes after an initializer; the quote keeps it
    (finding,) = findings("""
        from keras.models import Sequential
        from keras.layers import Dense
        model = Sequential()
        model.add(Dense(units=6, kernel_initializer='uniform', activation='relu', input_dim=11))
        model.add(Dense(units=1, kernel_initializer='uniform', activation='softmax'))
        model.compile(optimizer='adam', loss='binary_crossentropy')
    """)
    assert finding.code == "XL203"
    assert finding.message.startswith(
        "`Dense(units=1, activation='softmax', ...)` takes softmax over a single unit")


def test_a_kl_divergence_summed_by_a_legacy_flag_is_not_told_to_use_batchmean(findings):
    # size_average=False (PyTorch before 0.4) sums the divergence; the code divides by the
    # batch itself: only the input is wrong, and the fix leaves the reduction alone.
    (summed, averaged) = findings("""
        import torch.nn.functional as F

        def distill(student, teacher, T=4.0):
            return F.kl_div(F.softmax(student / T, dim=1), F.softmax(teacher / T, dim=1),
                            size_average=False) * T * T / student.size(0)

        def distill_mean(student, teacher, T=4.0):
            return F.kl_div(F.softmax(student / T, dim=1), F.softmax(teacher / T, dim=1))
    """)
    assert summed.code == averaged.code == "XL106"
    assert "batchmean" not in summed.message
    assert "reduction='mean' averages over every element" in averaged.message
    assert all("batchmean" not in edit.content for edit in summed.fix.edits)


def test_class_indices_for_a_binary_loss_over_several_units_get_no_cast(findings):
    # A float cast of (N,) class indices against (N, 4) logits is still a size mismatch: the
    # dtype is reported, but the fix is one-hot rows, which no edit here makes.
    (finding,) = findings("""
        import torch
        import torch.nn as nn

        teacher = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 4))
        student = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 4))
        pseudo = torch.max(teacher(unlabelled), 1)[1]
        loss = nn.BCEWithLogitsLoss()(student(unlabelled), pseudo)
    """)
    assert finding.code == "XL304"
    assert finding.fix is None or not finding.fix.edits
