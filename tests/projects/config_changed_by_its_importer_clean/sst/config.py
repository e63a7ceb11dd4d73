"""Defaults of the sentiment model; the training script overrides some from its options."""
NUM_CLASSES = 3
CFG = {
    "model": {"vocab_size": 20000, "embed_dim": 64, "final_activation": "softmax"},
    "loss": {"from_logits": False},
}
