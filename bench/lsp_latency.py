"""Diagnostic latency of ``xentlint lsp`` after an edit of a 1,000-line training script.

The protocol of ``shared/spec/bench.md``: every figure against a baseline measured in the same
run (here, in the same process: ``xentlint.check_source`` on the same text, and the libcst parse
of it), min / median / max over repeated runs. ``measure()`` returns the rows for
``bench/run.py``; run on its own, it prints them as a markdown table (``--json PATH`` writes
them too)::

    python bench/lsp_latency.py [--edits 30] [--quick] [--json bench/lsp_latency.json]

One edit is what typing does: a one-line incremental ``textDocument/didChange`` (alternately
removing and restoring the head's softmax, so the diagnostics really change); its latency runs
from sending the change to receiving the ``publishDiagnostics`` of that version, through the
real server over stdio (the server's debounce included).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_LINES = 1000

_HEAD = '''"""Train an image classifier on a folder of labelled images (generated for the benchmark)."""

import argparse
import json
import math
import os
import random
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset

NUM_CLASSES = 10
LEARNING_RATE = 1e-3
BATCH_SIZE = 64


class Classifier(nn.Module):
    def __init__(self, num_classes: int = NUM_CLASSES):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(64 * 8 * 8, 256), nn.ReLU(), nn.Dropout(0.3),
        )
        self.head = nn.Linear(256, num_classes)

    def forward(self, x):
        return F.softmax(self.head(self.features(x)), dim=1)
'''

SOFTMAX_LINE = "        return F.softmax(self.head(self.features(x)), dim=1)"
LOGITS_LINE = "        return self.head(self.features(x))"

_HELPERS = [
    '''

def evaluate_{i}(model, loader, device="cpu"):
    """Accuracy and mean confidence of `model` over `loader` (split {i})."""
    model.eval()
    correct, total, confidence = 0, 0, 0.0
    with torch.no_grad():
        for images, labels in loader:
            images, labels = images.to(device), labels.to(device)
            outputs = model(images)
            predicted = outputs.argmax(dim=1)
            correct += (predicted == labels).sum().item()
            total += labels.size(0)
            confidence += float(outputs.max(dim=1).values.sum())
    return correct / max(total, 1), confidence / max(total, 1)
''',
    '''

def augment_{i}(batch, flip=0.5, noise=0.01, seed={i}):
    """Random horizontal flips and a little Gaussian noise (policy {i})."""
    generator = torch.Generator().manual_seed(seed)
    mask = torch.rand(batch.size(0), generator=generator) < flip
    batch = batch.clone()
    batch[mask] = batch[mask].flip(-1)
    return batch + noise * torch.randn(batch.shape, generator=generator)
''',
    '''

class Logger{i}:
    """Writes one JSON line per logged step (sink {i})."""

    def __init__(self, path):
        self.path = path
        self.rows = []

    def log(self, step, **values):
        row = {{"step": step, **{{k: float(v) for k, v in values.items()}}}}
        self.rows.append(row)
        with open(self.path, "a") as handle:
            handle.write(json.dumps(row) + "\\n")
''',
    '''

def cosine_lr_{i}(step, total, base=LEARNING_RATE, warmup={i} + 10):
    """Learning rate at `step`: linear warm-up, then cosine decay."""
    if step < warmup:
        return base * (step + 1) / warmup
    progress = (step - warmup) / max(total - warmup, 1)
    return 0.5 * base * (1 + math.cos(math.pi * progress))
''',
]

_TAIL = '''

def train(data_dir, epochs=5, device="cpu"):
    model = Classifier().to(device)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    labels = torch.randint(0, NUM_CLASSES, (512,))
    images = torch.randn(512, 3, 32, 32)
    loader = DataLoader(list(zip(images, labels)), batch_size=BATCH_SIZE, shuffle=True)
    for epoch in range(epochs):
        model.train()
        for step, (batch, targets) in enumerate(loader):
            optimizer.zero_grad()
            loss = criterion(model(batch.to(device)), targets.to(device))
            loss.backward()
            optimizer.step()
    return model


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    train(parser.parse_args().data_dir)
'''


def training_script(lines: int = TARGET_LINES) -> str:
    """A deterministic training script of about ``lines`` lines with one XL101."""
    parts, i = [_HEAD], 0
    while sum(p.count("\n") for p in parts) + _TAIL.count("\n") < lines:
        parts.append(_HELPERS[i % len(_HELPERS)].format(i=i))
        i += 1
    return "".join(parts) + _TAIL


def _spread(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def _timed(function: Callable[[], object], runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return _spread(times)


async def _server_latencies(text: str, edits: int) -> tuple[float, list[float]]:
    from lsprotocol import types
    from pygls.lsp.client import LanguageClient
    from pygls.uris import from_fs_path

    row = text.splitlines().index(SOFTMAX_LINE)
    client = LanguageClient("xentlint-bench", "1")
    arrived: dict[int, float] = {}
    event = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            arrived.setdefault(params.version, time.perf_counter())
            event.set()

    async def until(version: int) -> float:
        while version not in arrived:
            event.clear()
            await asyncio.wait_for(event.wait(), 120)
        return arrived[version]

    with tempfile.TemporaryDirectory() as root:
        Path(root, "pyproject.toml").write_text("[tool.xentlint]\n")
        Path(root, "train.py").write_text(text)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]))
        await client.start_io(sys.executable, "-m", "xentlint", "lsp", cwd=root, env=env)
        await client.initialize_async(types.InitializeParams(
            capabilities=types.ClientCapabilities(), root_uri=from_fs_path(root)))
        client.initialized(types.InitializedParams())
        uri = from_fs_path(str(Path(root, "train.py")))
        start = time.perf_counter()
        client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1,
                                                 text=text)))
        first = await until(1) - start
        latencies = []
        for version in range(2, edits + 2):
            old, new = ((SOFTMAX_LINE, LOGITS_LINE) if version % 2 == 0
                        else (LOGITS_LINE, SOFTMAX_LINE))
            sent = time.perf_counter()
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=row, character=0),
                                      end=types.Position(line=row, character=len(old))),
                    text=new)]))
            latencies.append(await until(version) - sent)
            await asyncio.sleep(0.05)  # a pause between keystrokes: no coalescing
        await client.shutdown_async(None)
        client.exit(None)
        await client.stop()
    return first, latencies


def measure(quick: bool = False, edits: int | None = None) -> list[dict[str, object]]:
    """The rows of the measure: LSP latency, and its in-process baselines.

    Edits alternate: one removes the softmax (the file becomes clean), the next restores it (the
    finding is back). They are reported apart: a finding costs its positions (libcst's position
    metadata, computed only for a module that has findings), a clean file does not.
    """
    import libcst

    import xentlint

    buggy = training_script()
    clean = buggy.replace(SOFTMAX_LINE, LOGITS_LINE)
    runs = 3 if quick else 10
    edits = edits or (6 if quick else 30)
    xentlint.check_source(buggy, "train.py")  # imports and caches: not part of a latency
    check_buggy = _timed(lambda: xentlint.check_source(buggy, "train.py"), runs)
    check_clean = _timed(lambda: xentlint.check_source(clean, "train.py"), runs)
    parse = _timed(lambda: libcst.parse_module(buggy), runs)
    first, latencies = asyncio.run(_server_latencies(buggy, edits))
    cleared = _spread(latencies[0::2])  # versions 2, 4, ...: the softmax removed
    found = _spread(latencies[1::2])  # versions 3, 5, ...: the softmax back, XL101
    lines = buggy.count("\n")

    def row(measure: str, seconds: dict[str, float], baseline: str | None,
            against: dict[str, float] | None) -> dict[str, object]:
        ratio = seconds["median"] / against["median"] if against else None
        return {"measure": measure, "seconds": seconds, "baseline": baseline, "ratio": ratio}

    return [
        row(f"LSP: edit -> diagnostics, {lines}-line script, edit leaves XL101 "
            f"({len(latencies[1::2])} edits)", found, "check_source (with finding)",
            check_buggy),
        row(f"LSP: edit -> diagnostics, {lines}-line script, edit clears it "
            f"({len(latencies[0::2])} edits)", cleared, "check_source (clean)", check_clean),
        row("LSP: didOpen -> first diagnostics", {"median": first},
            "check_source (with finding)", check_buggy),
        row(f"check_source in-process, with finding ({runs} runs)", check_buggy,
            "libcst parse", parse),
        row(f"check_source in-process, clean ({runs} runs)", check_clean, "libcst parse",
            parse),
        row(f"libcst.parse_module ({runs} runs)", parse, None, None),
    ]


def markdown(rows: list[dict[str, object]]) -> str:
    def ms(value: float) -> str:
        return f"{value * 1000:.0f} ms"

    out = ["| measure | median | min | max | ratio |", "|---|---|---|---|---|"]
    for row in rows:
        seconds = row["seconds"]
        assert isinstance(seconds, dict)
        ratio = row["ratio"]
        against = f"{ratio:.2f}x {row['baseline']}" if isinstance(ratio, float) else ""
        low = ms(seconds["min"]) if "min" in seconds else ""
        high = ms(seconds["max"]) if "max" in seconds else ""
        out.append(f"| {row['measure']} | {ms(seconds['median'])} | {low} | {high} | "
                   f"{against} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and edits")
    parser.add_argument("--edits", type=int, help="edits to time (default 30, quick 6)")
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON")
    args = parser.parse_args(argv)
    rows = measure(args.quick, args.edits)
    print(markdown(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
