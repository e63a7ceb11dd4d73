"""The prefilter: which files are worth parsing at all (a cheap text scan).

A file that mentions none of the frameworks' prefilter words (case-insensitive) cannot hold a
head, a loss or a decoder that any rule looks at, so it is not parsed. Each word is a
substring of the API names it stands for: "loss" (every *Loss class, loss=, compute_loss),
"entropy" (crossentropy, cross_entropy), "softmax"/"sigmoid" (and log_softmax, logsigmoid),
"logits" (from_logits, *_with_logits), "compile"/"predict"/".fit(" (Keras training and
decoding), "> 0.5" (a decoder's threshold, in a script that gets its model from another
module), ...
(frameworks/__init__.py lists them per framework). Consequence: a syntax error in a file that
mentions none of them is not reported; xentlint is not a syntax checker.
"""

from __future__ import annotations

from ..frameworks import PREFILTER_WORDS


def mentions_api(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in PREFILTER_WORDS)
