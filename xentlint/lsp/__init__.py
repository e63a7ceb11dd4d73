"""``xentlint lsp``: the checker as a language server (the optional ``lsp`` extra: pygls 2).

Nothing here is imported by ``xentlint check`` or ``xentlint --version``: the CLI imports
:mod:`.server` only inside the ``lsp`` command.

- :mod:`.documents`: what is analysed (a text document or a synced notebook) and how, through
  the pipeline of ``xentlint check`` and the fixer of ``--fix``;
- :mod:`.scheduler`: when (debounced, off the event loop, superseded by newer edits);
- :mod:`.modules`: the modules documents import, read from their buffers while open, and
  which documents to check again when one changes;
- :mod:`.convert`: findings as diagnostics and hovers; :mod:`.actions`: code actions;
- :mod:`.server`: the server's state; :mod:`.features`: the LSP methods it answers.
"""
