"""Look-alike: the next-token logits at the label words go to cross_entropy, must stay silent."""
import torch.nn.functional as F
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("gpt2")
lm = AutoModelForCausalLM.from_pretrained("gpt2")
label_ids = [tokenizer.encode(" negative")[0], tokenizer.encode(" positive")[0]]


def loss_on(batch):
    encoded = tokenizer(batch["text"], return_tensors="pt", padding=True)
    scores = lm(**encoded).logits[:, -1, label_ids]
    return F.cross_entropy(scores, batch["label"])
