"""Experiment settings shared by every script."""
NUM_CLASSES = 10
CLASS_NAMES = ["plane", "car", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]
IMAGE_SIZE = 32
