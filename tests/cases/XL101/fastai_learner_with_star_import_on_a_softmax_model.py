"""Bug: a star-imported fastai Learner trains a softmax model with CrossEntropyLossFlat."""
# Bug: fastai's Learner, everything imported with a star, trains a softmax model with
# CrossEntropyLossFlat (which applies softmax itself).
from fastai.vision.all import *

path = untar_data(URLs.MNIST_SAMPLE)
dls = ImageDataLoaders.from_folder(path, train="train", valid="valid")
model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(3 * 28 * 28, 100),
    nn.ReLU(),
    nn.Linear(100, 2),
    nn.Softmax(dim=1),
)
learn = Learner(dls, model, loss_func=CrossEntropyLossFlat(), metrics=accuracy)  # expect: XL101
learn.fit_one_cycle(3, 1e-3)
