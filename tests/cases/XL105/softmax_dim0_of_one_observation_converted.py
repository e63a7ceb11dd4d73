"""Look-alike: one Gymnasium observation converted with torch.FloatTensor or jnp.asarray is still one sample, so a softmax over axis 0 of the policy's scores is over the actions, must stay silent."""
import gymnasium as gym
import jax
import jax.numpy as jnp
import torch
import torch.nn as nn
import torch.nn.functional as F

env = gym.make("CartPole-v1")
policy = nn.Linear(4, 2)
state, _ = env.reset()
probs = F.softmax(policy(torch.FloatTensor(state)), dim=0)

W = jax.random.normal(jax.random.PRNGKey(0), (4, 2))
observation, _ = env.reset()
action_probs = jax.nn.softmax(jnp.asarray(observation) @ W, axis=0)
