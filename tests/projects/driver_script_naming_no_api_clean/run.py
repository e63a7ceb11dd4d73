"""Runs the experiment with its defaults (this file names no framework API itself)."""
import numpy as np

from experiment import Experiment

batches = np.load("batches.npy", allow_pickle=True)
runner = Experiment()
for inputs, targets in batches:
    runner.step(inputs, targets)
