"""Look-alike: both sides of a KL divergence as log_softmax, with log_target=True, must stay silent."""
import jax.numpy as jnp
import optax
import torch
import torch.nn as nn
import torch.nn.functional as F

student, teacher = torch.randn(16, 10), torch.randn(16, 10)
criterion = nn.KLDivLoss(reduction="batchmean", log_target=True)
kd = criterion(F.log_softmax(student, dim=1), F.log_softmax(teacher, dim=1))
kd_fn = F.kl_div(F.log_softmax(student, dim=1), F.log_softmax(teacher, dim=1), reduction="batchmean",
                 log_target=True)


def jax_kd(s, t):
    import jax
    return optax.kl_divergence_with_log_targets(jax.nn.log_softmax(s), jax.nn.log_softmax(t)).mean()
