"""Reinforcement-learning environments (Gym, Gymnasium): an observation is one sample, with no
batch axis. A policy run on it gives one row of action scores, so a softmax over axis 0 of that
row is over the actions (``F.softmax(policy(state), dim=0)``), not over a batch."""

from __future__ import annotations

from ...interp.api import Call, ExtractContext
from ...interp.values import UNKNOWN, ApiObject, BoundMethod, Seq, Value, Weights
from . import tables as T


def make(ctx: ExtractContext, call: Call) -> Value:
    """``gym.make("CartPole-v1")``: an environment."""
    return ApiObject(T.ENVIRONMENT)


def methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> Value | None:
    """``state, info = env.reset()``, ``state, reward, terminated, truncated, info =
    env.step(action)`` (the API of Gymnasium and Gym 0.26): one observation each."""
    receiver = method.receiver
    if not (isinstance(receiver, ApiObject) and receiver.qualname == T.ENVIRONMENT):
        return None
    returned = T.ENVIRONMENT_STEPS.get(method.name)
    if returned is None:
        return UNKNOWN
    observation = Weights((None,))  # (one sample: a vector, or an image of its own shape)
    return Seq((observation, *(UNKNOWN,) * (returned - 1)))


__all__ = ["make", "methods"]
