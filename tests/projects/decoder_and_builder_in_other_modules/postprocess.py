def decode_predictions(logits):
    return logits.argmax(dim=1)
