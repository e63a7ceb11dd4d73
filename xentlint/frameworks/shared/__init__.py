"""The mechanics every framework shares, driven by the frameworks' table rows: layers and
stacks (models.py), losses and their traps (losses.py), inline activations (activations.py),
labels (labels.py), array plumbing (arrays.py), decoders (decoders.py), hand-written losses
(decoding.py); NumPy, pandas and scikit-learn names (tables.py, extract.py)."""
