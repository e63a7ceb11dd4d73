"""Files checked by several worker processes: the same findings, in the same order, as one
process; each worker checks many files (what it has read of the project is reused)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from xentlint.cli import main
from xentlint.command import Request, jobs_of
from xentlint.config import ConfigResolver
from xentlint.pipeline import contain, run
from xentlint.pipeline.discover import discover

REPO = Path(__file__).resolve().parent.parent
CORPORA = ["tests/cases", "tests/projects", "fixtures"]


def test_every_number_of_jobs_prints_what_one_does(capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    outputs = []
    for jobs in ("1", "2", "3"):
        main(["check", *CORPORA, "--isolated", "--no-cache", "--output-format", "json",
              "--jobs", jobs])
        outputs.append(capsys.readouterr().out)
    assert outputs[0].count('"code"') > 150  # (the corpora have many findings)
    assert outputs[1] == outputs[0] and outputs[2] == outputs[0]


def test_check_files_in_parallel_is_the_serial_result():
    sources = discover([REPO / c for c in CORPORA], ConfigResolver(isolated=True))
    serial = run.check_files(sources)
    assert run.check_files(sources, contained=True, jobs=2) == serial


def test_each_worker_checks_many_files():
    with contain.Workers(os.getpid, lambda job, failure: -1, size=2) as workers:
        pids = list(workers.map([()] * 40))
    assert len(pids) == 40 and len(set(pids)) <= 2 and os.getpid() not in pids


def test_the_default_is_one_job_per_core():
    assert jobs_of(Request((), False, None, False, "text", None)) == len(os.sched_getaffinity(0))
    assert jobs_of(Request((), False, None, False, "text", None, jobs=3)) == 3


@pytest.mark.parametrize("value", ["-1", "many"])
def test_a_bad_number_of_jobs_is_a_usage_error(value, capsys):
    assert main(["check", str(REPO / "fixtures"), "--jobs", value]) == 2
    assert "--jobs" in capsys.readouterr().err


def test_a_worker_past_its_memory_limit_is_replaced_and_nothing_changes(monkeypatch):
    with contain.Workers(os.getpid, lambda job, failure: -1, size=2, memory_limit=1) as workers:
        pids = list(workers.map([()] * 6))
    assert len(set(pids)) == 6  # each retired after its job
    sources = discover([REPO / "fixtures", REPO / "tests" / "projects"],
                       ConfigResolver(isolated=True))
    serial = run.check_files(sources)
    monkeypatch.setattr(contain, "WORKER_MEMORY_LIMIT", 1)
    assert run.check_files(sources, contained=True, jobs=2) == serial
