"""Look-alike: a deep ensemble averages each member's softmax, made by a helper called in a comprehension over the members, and scores the log of the average with F.nll_loss, must stay silent."""
import torch
import torch.nn.functional as F


def member_probabilities(member, images):
    member.eval()
    with torch.no_grad():
        return F.softmax(member(images), dim=1)


def ensemble_nll(members, images, labels):
    stacked = torch.stack([member_probabilities(m, images) for m in members])
    averaged = stacked.mean(dim=0)
    return F.nll_loss(torch.log(averaged + 1e-12), labels)
