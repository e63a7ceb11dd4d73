"""Bug: a keras_hub classifier built with activation="softmax" is compiled with a from_logits loss, and a keras_cv image classifier (softmax by default) likewise; the keras_hub default (logits) with from_logits=True, and an image classifier whose head is not said, must stay silent."""
import keras
import keras_cv
import keras_hub

classifier = keras_hub.models.ImageClassifier.from_preset(
    "resnet_50_imagenet", num_classes=2, activation="softmax")
classifier.backbone.trainable = False  # (a flag set on a part: the head stays)
classifier.compile(optimizer=keras.optimizers.Adam(1e-4),
                   loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))  # expect: XL101

backbone = keras_cv.models.ResNet50V2Backbone.from_preset("resnet50_v2_imagenet")
flowers = keras_cv.models.ImageClassifier(backbone=backbone, num_classes=5)
flowers.compile(optimizer="adam",
                loss=keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101

reviews = keras_hub.models.BertTextClassifier.from_preset("bert_base_en_uncased", num_classes=2)
reviews.compile(optimizer="adam",
                loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))

mobile = keras_hub.models.MobileNetImageClassifier.from_preset("mobilenet_v3_small", num_classes=3)
mobile.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
