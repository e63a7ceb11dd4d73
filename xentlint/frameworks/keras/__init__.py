"""Keras (Keras 3, ``tf.keras``, ``tf_keras``, Keras 2): tables.py, extract.py, runtime.py."""
