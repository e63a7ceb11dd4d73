"""Look-alike: a keras_hub RobertaClassifier with from_logits=True, and one with activation="softmax" and a string loss, must stay silent."""
import keras
import keras_hub

logits_classifier = keras_hub.models.RobertaClassifier.from_preset("roberta_base_en", num_classes=3)
logits_classifier.compile(
    optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
probs_classifier = keras_hub.models.DistilBertClassifier.from_preset(
    "distil_bert_base_en_uncased", num_classes=3, activation="softmax")
probs_classifier.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
