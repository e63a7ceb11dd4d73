"""The prefilter: which files are worth parsing at all (a cheap text scan).

A file that mentions none of the frameworks' prefilter words (case-insensitive) cannot hold a
head, a loss or a decoder that any rule looks at, so it is not parsed. Each word is a
substring of the API names it stands for: "loss" (every *Loss class, loss=, compute_loss),
"entropy" (crossentropy, cross_entropy), "softmax"/"sigmoid" (and log_softmax, logsigmoid),
"logits" (from_logits, *_with_logits), "compile"/"predict"/".fit(" (Keras training and
decoding), "> 0.5" (a decoder's threshold, in a script that gets its model from another
module), ...
(frameworks/__init__.py lists them per framework). A script that mentions none of them but
imports modules and runs code at its top level (``Trainer(cfg).fit()``, ``main()`` under
``if __name__ == "__main__":``) is parsed too: what it runs of the project's other modules may
pair a model and a loss there. Consequence: a syntax error in any other file that mentions none
of them is not reported; xentlint is not a syntax checker.
"""

from __future__ import annotations

import re

from ..frameworks import PREFILTER_WORDS

# A statement of the module's top level that runs something: a call, a loop, a with, the main
# guard (a library's modules mostly define things; 11 of transformers' 1,386 such files match).
_TOP_LEVEL_RUN = re.compile(r"^(?:if\s+__name__\s*==|(?:for|while|with|async\s+for)\s"
                            r"|[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?\()", re.M)
_IMPORT = re.compile(r"^\s*(?:from\s+\S+\s+import|import)\s", re.M)


def mentions_api(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in PREFILTER_WORDS)


def worth_parsing(text: str) -> bool:
    """The file mentions an API word, or is a script that runs what it imports."""
    return mentions_api(text) or bool(_IMPORT.search(text) and _TOP_LEVEL_RUN.search(text))
