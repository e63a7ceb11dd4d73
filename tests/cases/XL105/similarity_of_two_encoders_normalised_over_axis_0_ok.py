"""Look-alike: a dual encoder returns image-text similarities (images x texts); log_softmax over axis 0 normalises each text's column over the images, the text-to-image half of a CLIP loss, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ImageTextModel(nn.Module):
    def __init__(self, image_dim=1024, text_dim=512, shared=128):
        super().__init__()
        self.image_head = nn.Linear(image_dim, shared)
        self.text_head = nn.Linear(text_dim, shared)
        self.log_scale = nn.Parameter(torch.tensor(2.66))

    def forward(self, image_features, text_features):
        image = F.normalize(self.image_head(image_features), dim=-1)
        text = F.normalize(self.text_head(text_features), dim=-1)
        return self.log_scale.exp() * image @ text.t()


model = ImageTextModel()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
for image_features, text_features in pairs:
    scores = model(image_features, text_features)
    image_to_text = -torch.diagonal(F.log_softmax(scores, dim=1)).mean()
    text_to_image = -torch.diagonal(F.log_softmax(scores, dim=0)).mean()
    loss = (image_to_text + text_to_image) / 2
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
