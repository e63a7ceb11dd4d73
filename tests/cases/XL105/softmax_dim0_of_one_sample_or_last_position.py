"""Look-alike: softmax over axis 0 of a policy's output for one unbatched state, and of a language model's scores at the last position of its one sequence (logits[0, -1]), must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F

policy = nn.Sequential(nn.Linear(4, 64), nn.Tanh(), nn.Linear(64, 2))
state = torch.randn(4)
action_probs = F.softmax(policy(state), dim=0)
action = torch.multinomial(action_probs, 1).item()

vocab_size = 100
language_model = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, vocab_size))
context = torch.randn(1, 5, 16)
logits = language_model(context)
next_token_probs = F.softmax(logits[0, -1], dim=0)
next_token = torch.multinomial(next_token_probs, 1).item()
