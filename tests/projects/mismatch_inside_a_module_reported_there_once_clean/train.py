import lightning as L

from lit import SpamFilter

model = SpamFilter(lr=1e-4, hidden=128)
L.Trainer(max_epochs=5).fit(model, train_loader)
