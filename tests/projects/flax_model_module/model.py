"""The flax model."""
import flax.linen as nn


class MLP(nn.Module):
    features: int = 128
    num_classes: int = 10

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(self.features)(x))
        x = nn.Dense(self.num_classes)(x)
        return nn.softmax(x)
