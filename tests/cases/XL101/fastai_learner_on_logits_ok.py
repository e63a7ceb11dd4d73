"""Look-alike: fastai Learners with CrossEntropyLossFlat on logits and BCELossFlat on a sigmoid must stay silent."""
# Look-alike: fastai's Learner with CrossEntropyLossFlat on a model of raw logits, and BCELossFlat
# on a sigmoid model, must stay silent.
from fastai.tabular.all import *
from torch import nn

dls = TabularDataLoaders.from_csv("adult.csv", y_names="salary", cat_names=["workclass"],
                                  cont_names=["age"], procs=[Categorify, Normalize])
logits_model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 2))
learn = Learner(dls, logits_model, loss_func=CrossEntropyLossFlat())
scores_model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1), nn.Sigmoid())
binary = Learner(dls, scores_model, loss_func=BCELossFlat())
