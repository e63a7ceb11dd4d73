"""Look-alike: a Trainer subclass whose compute_loss uses BCEWithLogitsLoss on the one logit of its model must stay silent."""
from torch import nn
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

model = AutoModelForSequenceClassification.from_pretrained("distilroberta-base", num_labels=1)


class BinaryTrainer(Trainer):
    def __init__(self, *args, pos_weight=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_fct = nn.BCEWithLogitsLoss(pos_weight=pos_weight)

    def compute_loss(self, model, inputs, return_outputs=False, **kwargs):
        labels = inputs.pop("labels")
        outputs = model(**inputs)
        loss = self.loss_fct(outputs.logits.squeeze(-1), labels.float())
        return (loss, outputs) if return_outputs else loss


trainer = BinaryTrainer(model=model, args=TrainingArguments("out"), pos_weight=None)
