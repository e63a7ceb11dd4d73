"""The PyTorch analyzer on realistic code: bugs that must be found, look-alikes that must not.

Real libcst parsing of whole files; the verified torch 2.13 facts of the PyTorch issue are
cases here (float one-hot targets are right, uint8 indices are accepted, int32/float indices
crash, CrossEntropyLoss on (N, 1) logits is constantly 0, kl_div of probabilities is wrong).
"""

from __future__ import annotations

import textwrap

import libcst as cst
import pytest

from xentlint.pipeline.analyze import analyze_module as analyze


def codes(source: str) -> list[str]:
    return [f.code for f in analyze(cst.parse_module(textwrap.dedent(source)), "train.py")]


MODULE = """
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from torch.utils.data import DataLoader, TensorDataset
"""

SILENT = {
    "logits head with CrossEntropyLoss, softmax only under no_grad": """
        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(128, 10)
            def forward(self, x):
                return self.fc(x)
        model = Net()
        criterion = nn.CrossEntropyLoss()
        for x, y in DataLoader(TensorDataset(xs, ys), batch_size=32):
            loss = criterion(model(x), y)
        model.eval()
        with torch.no_grad():
            probs = F.softmax(model(x_test), dim=1)
            _, predicted = torch.max(model(x_test), 1)
            top = probs.argmax(dim=1)
    """,
    "LogSoftmax head with NLLLoss": """
        model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5), nn.LogSoftmax(dim=1))
        loss = nn.NLLLoss()(model(x), y)
    """,
    "float one-hot targets are soft labels for CrossEntropyLoss": """
        model = nn.Sequential(nn.Linear(20, 5))
        target = F.one_hot(torch.tensor([0, 3, 1]), num_classes=5).float()
        loss = F.cross_entropy(model(x), target)
    """,
    "uint8 MNIST labels through torch.from_numpy": """
        import keras
        (x_train, y_train), _ = keras.datasets.mnist.load_data()
        model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
        loss = F.cross_entropy(model(torch.from_numpy(x_train).float()), torch.from_numpy(y_train))
    """,
    "sigmoid head with BCELoss and float targets": """
        model = nn.Sequential(nn.Linear(20, 1), nn.Sigmoid())
        loss = nn.BCELoss()(model(x), torch.tensor([[1.0], [0.0]]))
    """,
    "multi-label logits with BCEWithLogitsLoss, decoded by threshold": """
        class Tagger(nn.Module):
            def __init__(self):
                super().__init__()
                self.head = nn.Linear(64, 20)
            def forward(self, x):
                return self.head(x)
        tagger = Tagger()
        loss = nn.BCEWithLogitsLoss()(tagger(x), targets.float())
        tags = torch.sigmoid(tagger(x)) > 0.5
    """,
    "attention pooling: softmax over the time axis of (N, T, 1) scores": """
        class AttentionPool(nn.Module):
            def __init__(self, hidden):
                super().__init__()
                self.score = nn.Linear(hidden, 1)
            def forward(self, states):
                weights = F.softmax(self.score(states), dim=1)
                return (weights * states).sum(dim=1)
    """,
    "distillation with log_softmax input and batchmean": """
        student = nn.Sequential(nn.Linear(32, 10))
        teacher = nn.Sequential(nn.Linear(32, 10))
        T = 2.0
        loss = F.kl_div(F.log_softmax(student(x) / T, dim=1), F.softmax(teacher(x) / T, dim=1),
                        reduction="batchmean")
    """,
    "model moved to a device and switched to train mode": """
        model = nn.Sequential(nn.Linear(20, 10))
        model = model.to("cuda")
        model.train()
        loss = nn.CrossEntropyLoss(label_smoothing=0.1)(model(x), y)
    """,
    "torchvision classifier with a replaced fc": """
        import torchvision
        model = torchvision.models.resnet18(weights=None)
        model.fc = nn.Linear(model.fc.in_features, 2)
        loss = nn.CrossEntropyLoss()(model(images), labels)
    """,
    "Lightning module that applies softmax only in predict_step": """
        import lightning as L
        class Lit(L.LightningModule):
            def __init__(self):
                super().__init__()
                self.net = nn.Linear(28 * 28, 10)
            def forward(self, x):
                return self.net(x)
            def training_step(self, batch, batch_idx):
                x, y = batch
                return F.cross_entropy(self(x), y)
            def predict_step(self, batch, batch_idx):
                return torch.softmax(self(batch), dim=1)
    """,
    "sequence tagger: outputs flattened or the class axis moved, or the last step only": """
        class Tagger(nn.Module):
            def __init__(self):
                super().__init__()
                self.lstm = nn.LSTM(64, 128, batch_first=True)
                self.fc = nn.Linear(128, 9)
            def forward(self, x):
                out, _ = self.lstm(x)
                return self.fc(out)
        class LastStep(nn.Module):
            def __init__(self):
                super().__init__()
                self.lstm = nn.GRU(64, 128, batch_first=True)
                self.fc = nn.Linear(128, 5)
            def forward(self, x):
                out, _ = self.lstm(x)
                return self.fc(out[:, -1, :])
        model = Tagger()
        criterion = nn.CrossEntropyLoss()
        flat = criterion(model(x).view(-1, 9), y.view(-1))
        moved = criterion(model(x).permute(0, 2, 1), y)
        last = criterion(LastStep()(x), y)
    """,
    "sequence output reshaped or flattened before the loss": """
        lstm, fc = nn.LSTM(8, 16, batch_first=True), nn.Linear(16, 5)
        out, _ = lstm(x)
        logits = fc(out)
        l1 = F.cross_entropy(logits.reshape(-1, 5), y.reshape(-1))
        l2 = F.cross_entropy(logits.flatten(0, 1), y.flatten())
    """,
    "integer targets converted with .to(logits.dtype) / .type(...)": """
        y = torch.randint(0, 2, (32, 4))
        logits = nn.Linear(8, 4)(x)
        a = nn.BCEWithLogitsLoss()(logits, y.to(logits.dtype))
        b = nn.BCEWithLogitsLoss()(logits, y.to("cuda", torch.float32))
        c = nn.BCEWithLogitsLoss()(logits, y.type(logits.type()))
        yi = torch.tensor([0, 2, 1], dtype=torch.int32)
        d = nn.CrossEntropyLoss()(nn.Linear(8, 3)(x), yi.to(device, torch.long))
    """,
    "one column of a single-unit output against (N,) targets": """
        model = nn.Linear(8, 1)
        y = torch.tensor([0.0, 1.0, 1.0])
        loss = nn.BCEWithLogitsLoss()(model(x)[:, 0], y)
    """,
    "num_labels default of a module nobody instantiates here (transformers' pattern)": """
        class Head(nn.Module):
            def __init__(self, hidden=16, num_labels=1):
                super().__init__()
                self.num_labels = num_labels
                self.fc = nn.Linear(hidden, num_labels)
            def forward(self, x, labels):
                logits = self.fc(x)
                if self.num_labels == 1:
                    return F.mse_loss(logits.squeeze(-1), labels)
                return F.cross_entropy(logits, labels)
            def probs(self, x):
                logits = self.fc(x)
                return logits if self.num_labels == 1 else F.softmax(logits, dim=-1)
    """,
    "forward called with a flag that skips its softmax": """
        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(8, 4)
            def forward(self, x, return_probs=True):
                logits = self.fc(x)
                if return_probs:
                    return F.softmax(logits, dim=-1)
                return logits
        model = Net()
        loss = F.cross_entropy(model(x, return_probs=False), y)
    """,
    "hand-written NLL on log-probabilities, and cross-entropy on logits by hand": """
        model = nn.Sequential(nn.Linear(20, 5))
        log_probs = nn.Sequential(nn.Linear(20, 5), nn.LogSoftmax(dim=1))
        y = torch.tensor([0, 1, 2])
        out = model(x)
        nll = -log_probs(x)[torch.arange(3), y].mean()
        ce = (-out[range(3), y] + torch.logsumexp(out, dim=1)).mean()
        true_class_probability = (F.one_hot(y, 5).float() * F.softmax(out, dim=1)).sum(1)
    """,
    "softmax over the classes of one prediction (batch axis squeezed away)": """
        model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5))
        x = torch.randn(1, 20)
        a = torch.softmax(model(x).squeeze(0), dim=0)
        b = torch.softmax(model(x).view(-1), dim=0)
        c = torch.softmax(model(x)[0, :], dim=0)
        d = torch.softmax(model(x).detach().cpu().squeeze(), dim=0)
    """,
    "a regression head with MSE on (N, 1) targets": """
        model = nn.Sequential(nn.Linear(8, 1))
        y = torch.tensor([1.5, 2.0, 0.5]).unsqueeze(1)
        loss = nn.MSELoss()(model(x), y)
    """,
}


@pytest.mark.parametrize("body", SILENT.values(), ids=SILENT.keys())
def test_look_alike_stays_silent(body):
    assert codes(textwrap.dedent(MODULE) + textwrap.dedent(body)) == []


FOUND = {
    "softmax module fed to CrossEntropyLoss": ("""
        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(128, 10)
                self.softmax = nn.Softmax(dim=1)
            def forward(self, x):
                return self.softmax(self.fc(x))
        model = Net()
        criterion = nn.CrossEntropyLoss()
        for x, y in DataLoader(TensorDataset(xs, ys)):
            loss = criterion(model(x), y)
    """, ["XL101"]),
    "Lightning: F.cross_entropy on a softmax forward": ("""
        import pytorch_lightning as pl
        class Lit(pl.LightningModule):
            def __init__(self):
                super().__init__()
                self.layer = nn.Linear(784, 10)
            def forward(self, x):
                return self.layer(x).softmax(dim=-1)
            def training_step(self, batch, batch_idx):
                x, y = batch
                return F.cross_entropy(self(x), y)
    """, ["XL101"]),
    "raw logits into BCELoss": ("""
        model = nn.Sequential(nn.Linear(20, 1))
        loss = nn.BCELoss()(model(x), torch.tensor([[1.0], [0.0]]))
    """, ["XL102"]),
    "NLLLoss on raw logits": ("""
        model = nn.Sequential(nn.Linear(20, 5))
        loss = F.nll_loss(model(x), y)
    """, ["XL103"]),
    "NLLLoss on softmax probabilities": ("""
        model = nn.Sequential(nn.Linear(20, 5), nn.Softmax(dim=1))
        loss = nn.NLLLoss()(model(x), y)
    """, ["XL103"]),
    "hand-written NLL on raw logits": ("""
        model = nn.Sequential(nn.Linear(20, 5))
        y = torch.tensor([0, 1, 2])
        loss = -model(x)[range(3), y].mean()
    """, ["XL103"]),
    "hand-written NLL with one-hot targets on softmax probabilities": ("""
        model = nn.Sequential(nn.Linear(20, 5), nn.Softmax(dim=1))
        y = torch.tensor([0, 1, 2])
        loss = -(F.one_hot(y, 5).float() * model(x)).sum(dim=1).mean()
    """, ["XL103"]),
    "forward returning (output, hidden), called in a time-step loop": ("""
        class RNN(nn.Module):
            def __init__(self):
                super().__init__()
                self.i2o = nn.Linear(10, 5)
                self.softmax = nn.Softmax(dim=1)
            def forward(self, x, h):
                return self.softmax(self.i2o(x)), h
        rnn = RNN()
        criterion = nn.NLLLoss()
        for i in range(3):
            output, h = rnn(xs[i], h)
        loss = criterion(output, y)
    """, ["XL103"]),
    "a GAN discriminator ending in a convolution, trained with BCELoss": ("""
        netD = nn.Sequential(nn.Conv2d(3, 64, 4), nn.LeakyReLU(0.2), nn.Conv2d(64, 1, 4))
        loss = nn.BCELoss()(netD(x), torch.rand(8, 1, 1, 1))
    """, ["XL102"]),
    "sigmoid then argmax on a multi-label model": ("""
        model = nn.Sequential(nn.Linear(300, 128), nn.ReLU(), nn.Linear(128, 20))
        loss = nn.BCEWithLogitsLoss()(model(x), y)
        preds = torch.sigmoid(model(x)).argmax(dim=1)
    """, ["XL401"]),
    "(N, 1) NumPy class indices": ("""
        import numpy as np
        model = nn.Sequential(nn.Linear(4, 3))
        y = np.random.randint(0, 3, size=(100, 1))
        loss = nn.CrossEntropyLoss()(model(x), torch.from_numpy(y))
    """, ["XL303"]),
    "log of softmax": ("""
        model = nn.Sequential(nn.Linear(20, 5))
        log_probs = torch.log(F.softmax(model(x), dim=1))
    """, ["XL104"]),
    "log_softmax over the batch axis": ("""
        model = nn.Sequential(nn.Linear(20, 5), nn.LogSoftmax(dim=0))
        loss = nn.NLLLoss()(model(x), y)
    """, ["XL105"]),
    "cross-entropy on an (N, L, C) sequence output": ("""
        class Tagger(nn.Module):
            def __init__(self):
                super().__init__()
                self.lstm = nn.LSTM(64, 128, batch_first=True)
                self.fc = nn.Linear(128, 9)
            def forward(self, x):
                out, _ = self.lstm(x)
                return self.fc(out)
        model = Tagger()
        loss = nn.CrossEntropyLoss()(model(x), y)
    """, ["XL105"]),
    "softmax with the implicit dim on a 3-D sequence output": ("""
        class M(nn.Module):
            def __init__(self):
                super().__init__()
                self.rnn = nn.GRU(8, 16, batch_first=True)
                self.fc = nn.Linear(16, 4)
            def forward(self, x):
                out, _ = self.rnn(x)
                return F.softmax(self.fc(out))
    """, ["XL105"]),
    "kl_div of probabilities": ("""
        student = nn.Sequential(nn.Linear(32, 10))
        teacher = nn.Sequential(nn.Linear(32, 10))
        loss = F.kl_div(F.softmax(student(x), dim=1), F.softmax(teacher(x), dim=1))
    """, ["XL106"]),
    "single-unit softmax head": ("""
        model = nn.Sequential(nn.Linear(20, 1), nn.Softmax(dim=1))
        loss = nn.BCELoss()(model(x), torch.tensor([[1.0], [0.0]]))
    """, ["XL203"]),
    "CrossEntropyLoss on (N, 1) logits": ("""
        model = nn.Sequential(nn.Linear(20, 1))
        loss = nn.CrossEntropyLoss()(model(x), torch.tensor([[1.0], [0.0]]))
    """, ["XL204"]),
    "integer one-hot targets from F.one_hot": ("""
        model = nn.Sequential(nn.Linear(20, 5))
        loss = F.cross_entropy(model(x), F.one_hot(torch.tensor([0, 3, 1]), 5))
    """, ["XL302"]),
    "(N, 1) class indices": ("""
        model = nn.Sequential(nn.Linear(20, 5))
        y = torch.tensor([0, 3, 1]).unsqueeze(1)
        loss = nn.CrossEntropyLoss()(model(x), y)
    """, ["XL303"]),
    "integer targets to BCEWithLogitsLoss": ("""
        model = nn.Sequential(nn.Linear(20, 1))
        y = torch.tensor([1, 0, 1]).view(-1, 1)
        loss = nn.BCEWithLogitsLoss()(model(x), y)
    """, ["XL304"]),
    "float class indices to CrossEntropyLoss": ("""
        model = nn.Sequential(nn.Linear(20, 5))
        y = torch.tensor([0, 3, 1], dtype=torch.float32)
        loss = nn.CrossEntropyLoss()(model(x), y)
    """, ["XL304"]),
    "int32 class indices from numpy": ("""
        import numpy as np
        labels = np.array(raw, dtype=np.int32)
        model = nn.Sequential(nn.Linear(20, 5))
        loss = F.cross_entropy(model(x), torch.from_numpy(labels))
    """, ["XL304"]),
    "class count: one_hot(y, 10) against 5 outputs": ("""
        model = nn.Sequential(nn.Linear(20, 5))
        loss = F.cross_entropy(model(x), F.one_hot(y, 10).float())
    """, ["XL305"]),
    "multi-hot targets to CrossEntropyLoss": ("""
        from sklearn.preprocessing import MultiLabelBinarizer
        targets = torch.tensor(MultiLabelBinarizer().fit_transform(tags), dtype=torch.float32)
        model = nn.Sequential(nn.Linear(20, 8))
        loss = nn.CrossEntropyLoss()(model(x), targets)
    """, ["XL306"]),
    "argmax over multi-label logits": ("""
        model = nn.Sequential(nn.Linear(64, 20))
        loss = nn.BCEWithLogitsLoss()(model(x), targets.float())
        top = model(x).argmax(dim=1)
    """, ["XL401"]),
    "threshold on a softmax over 10 classes": ("""
        model = nn.Sequential(nn.Linear(64, 10), nn.Softmax(dim=1))
        loss = nn.NLLLoss()(torch.log(model(x) + 1e-9), y)
        picked = model(x) > 0.5
    """, ["XL402"]),
    "criterion(target, output)": ("""
        model = nn.Sequential(nn.Linear(20, 10))
        criterion = nn.CrossEntropyLoss()
        for inputs, targets in DataLoader(TensorDataset(xs, ys)):
            loss = criterion(targets, model(inputs))
    """, ["XL501"]),
    "CrossEntropyLoss(0.1)": ("""
        criterion = nn.CrossEntropyLoss(0.1)
    """, ["XL502"]),
}


@pytest.mark.parametrize("body, expected", FOUND.values(), ids=FOUND.keys())
def test_finding(body, expected):
    assert codes(textwrap.dedent(MODULE) + textwrap.dedent(body)) == expected
