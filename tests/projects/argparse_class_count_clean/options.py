"""Command-line options."""
import argparse


def parse_options():
    parser = argparse.ArgumentParser(description="Train a CIFAR classifier")
    parser.add_argument("--num-classes", type=int, default=10)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--cuda", action="store_true")
    return parser.parse_args()
