from .small import ProbNet, LogitNet
