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


def test_each_worker_takes_a_contiguous_share_of_the_files():
    # Files next to each other read the same modules: a worker keeps to its share (the first
    # half, the second half) and helps with the other only at its end.
    with contain.Workers(os.getpid, lambda job, failure: -1, size=2) as workers:
        pids = list(workers.map([()] * 40))
    assert pids[0] != pids[20]  # (the first job of each share, sent before any ends)
    assert pids[1] == pids[0]  # (the next job of the first share: its worker's)
    shares = contain._shares(6, 2)
    order = [contain._take(shares, share) for share in (0, 1, 0, 0, 0, 1, 1)]
    assert order == [0, 3, 1, 2, 5, 4, None]  # (its share done, a worker helps from the end)


def test_progress_is_told_as_each_file_ends_not_in_order():
    told = []
    with contain.Workers(os.getpid, lambda job, failure: -1, size=2) as workers:
        results = workers.map([()] * 10, done=lambda: told.append(len(told)))
        first = next(results)
        assert len(told) >= 1  # (the first result is told before it is given)
        assert [first, *results] and len(told) == 10


def test_the_shares_cover_every_job_once():
    for count in (0, 1, 2, 7, 40):
        for size in (1, 2, 3, 8):
            shares = contain._shares(count, size)
            taken = []
            while (index := contain._take(shares, len(taken) % len(shares))) is not None:
                taken.append(index)
            assert sorted(taken) == list(range(count))


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


_KILLED_PARENT = """
import time
from xentlint.pipeline import contain
with contain.Workers(time.sleep, lambda job, failure: None, size=2) as workers:
    list(workers.map([(60,), (60,)]))
"""


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux's /proc")
def test_the_workers_end_with_a_parent_killed_outright():
    import signal
    import subprocess
    import sys
    import time

    parent = subprocess.Popen([sys.executable, "-c", _KILLED_PARENT])
    try:
        deadline = time.monotonic() + 30
        while len(workers := _children(parent.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(workers) == 2  # (both asleep in their 60-second job)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in workers)
    finally:
        parent.kill()


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command's name (state, parent, ...)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as stat:
            return stat.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None


def _children(parent: int) -> list[int]:
    return [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
            if (fields := _stat(int(p.name))) is not None and fields[1] == str(parent)]


def _alive(pid: int) -> bool:
    """Running or asleep: not gone, and not a zombie waiting for a parent to collect it."""
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")
