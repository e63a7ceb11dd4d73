"""Rule documents, one per code, shipped as package data (``xentlint.ruledocs``)."""
