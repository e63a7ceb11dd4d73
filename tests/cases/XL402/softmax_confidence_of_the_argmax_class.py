"""Look-alike: the probability of the argmax class of a softmax compared with 0.5 as a confidence check must stay silent."""
import numpy as np
from tensorflow import keras
class_names = ['cat', 'dog', 'horse', 'bird']
model = keras.Sequential([keras.layers.Flatten(input_shape=(64, 64, 3)), keras.layers.Dense(4, activation='softmax')])
model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])
img = np.zeros((1, 64, 64, 3))
pred = model.predict(img)[0]
idx = np.argmax(pred)
if pred[idx] > 0.5:
    print("Prediction:", class_names[idx])
else:
    print("Not sure")
