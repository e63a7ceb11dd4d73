"""Experiment settings."""
NUM_CLASSES = 10
BATCH_SIZE = 64
