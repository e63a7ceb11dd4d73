"""JAX (``jax.numpy``, ``jax.nn``; optax and flax to come): tables.py, extract.py."""
