"""Bug: a keras_hub BertClassifier (raw logits by default) is compiled with a string loss, which expects probabilities."""
import keras_hub

features = ["The quick brown fox jumped.", "I forgot my homework."]
labels = [0, 1]
classifier = keras_hub.models.BertClassifier.from_preset("bert_tiny_en_uncased", num_classes=2)
classifier.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL102
classifier.fit(x=features, y=labels, batch_size=2)
