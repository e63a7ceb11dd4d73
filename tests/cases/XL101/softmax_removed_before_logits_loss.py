"""Look-alike: a final softmax removed (pop, del, a part replaced by Identity) before a logits loss must stay silent."""
import keras
import torch.nn as nn

model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(5),
                          keras.layers.Activation("softmax")])
model.pop()
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(from_logits=True))

net = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 4), nn.Softmax(dim=1))
del net[-1]
loss = nn.CrossEntropyLoss()(net(x), y)

popped = nn.Sequential(nn.Linear(20, 4), nn.Softmax(dim=1))
popped.pop(-1)
loss = nn.CrossEntropyLoss()(popped(x), y)

layers = [nn.Linear(20, 4), nn.Softmax(dim=1)]
layers.pop()
trimmed = nn.Sequential(*layers)
loss = nn.CrossEntropyLoss()(trimmed(x), y)

parts = [nn.Linear(20, 4), nn.Softmax(dim=1)]
parts[-1] = nn.Identity()
replaced = nn.Sequential(*parts)
loss = nn.CrossEntropyLoss()(replaced(x), y)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(20, 4)
        self.act = nn.Softmax(dim=1)

    def forward(self, x):
        return self.act(self.fc(x))


classifier = Net()
classifier.act = nn.Identity()
loss = nn.CrossEntropyLoss()(classifier(x), y)
