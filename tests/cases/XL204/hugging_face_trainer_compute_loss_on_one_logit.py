"""Bug: a Trainer subclass computes CrossEntropyLoss in compute_loss on the one logit of the model it was given."""
from torch import nn
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

model = AutoModelForSequenceClassification.from_pretrained("distilroberta-base", num_labels=1)


class WeightedTrainer(Trainer):
    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        labels = inputs.pop("labels")
        outputs = model(**inputs)
        loss = nn.CrossEntropyLoss()(outputs.logits, labels)  # expect: XL204
        return (loss, outputs) if return_outputs else loss


trainer = WeightedTrainer(model=model, args=TrainingArguments("out"), train_dataset=train_ds)
trainer.train()
