"""Look-alike: the logits read by `outputs.get("logits")` go to the logits form of the loss, must stay silent."""
import torch.nn.functional as F
from transformers import AutoModelForSequenceClassification, Trainer


class MultiLabelTrainer(Trainer):
    def compute_loss(self, model, inputs, return_outputs=False, **kwargs):
        labels = inputs.pop("labels")
        outputs = model(**inputs)
        logits = outputs.get("logits")
        loss = F.binary_cross_entropy_with_logits(logits, labels.float())
        return (loss, outputs) if return_outputs else loss


model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=12)
trainer = MultiLabelTrainer(model=model, train_dataset=None)
