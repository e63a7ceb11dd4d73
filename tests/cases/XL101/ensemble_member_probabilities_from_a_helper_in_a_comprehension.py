"""Bug: a deep ensemble averages each member's softmax, made by a helper called in a comprehension over the loaded members, and scores the average with F.cross_entropy."""
import torch
import torch.nn.functional as F


def member_probabilities(member, images):
    member.eval()
    with torch.no_grad():
        return F.softmax(member(images), dim=1)


def ensemble_nll(members, images, labels):
    stacked = torch.stack([member_probabilities(m, images) for m in members])
    averaged = stacked.mean(dim=0)
    return F.cross_entropy(averaged, labels)  # expect: XL101
