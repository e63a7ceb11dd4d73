"""Bug: a GAN's real-image targets made as torch.ones(batch_size), shape (N,), against a discriminator's (N, 1) sigmoid output in BCELoss; torch.ones(batch_size, 1), class weights made as torch.ones(num_classes), and a logistic regression x @ w on a zeros weight vector must stay silent."""
import torch
import torch.nn as nn

batch_size = 64
num_classes = 10
n_features = 20

D = nn.Sequential(nn.Linear(784, 256), nn.LeakyReLU(0.2), nn.Linear(256, 1), nn.Sigmoid())
criterion = nn.BCELoss()
real = torch.randn(batch_size, 784)
real_labels = torch.ones(batch_size)
loss = criterion(D(real), real_labels)  # expect: XL303
loss = criterion(D(real), torch.ones(batch_size, 1))

classifier = nn.Linear(784, num_classes)
weighted = nn.CrossEntropyLoss(weight=torch.ones(num_classes))
loss = weighted(classifier(real), torch.randint(0, num_classes, (batch_size,)))

w = torch.zeros(n_features, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
x = torch.randn(batch_size, n_features)
y = (x[:, 0] > 0).float()
loss = nn.functional.binary_cross_entropy_with_logits(x @ w + b, y)
