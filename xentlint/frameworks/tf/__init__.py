"""Raw TensorFlow outside Keras (``tf.nn``, ``tf.data``, TF1 spellings): tables.py, extract.py."""
