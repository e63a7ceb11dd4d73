"""The progress line: on a terminal only, after a moment, throttled, erased at the end."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
import tempfile
from pathlib import Path

from xentlint.progress import ProgressLine

REPO = Path(__file__).resolve().parent.parent


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_shown_after_the_delay_throttled_and_erased():
    out, clock = io.StringIO(), Clock()
    line = ProgressLine(out, delay=0.25, interval=0.1, clock=clock)
    line(1, 10)
    assert out.getvalue() == ""  # a quick run never shows it
    clock.now = 0.3
    line(2, 10)
    clock.now = 0.35
    line(3, 10)  # too soon after the last
    clock.now = 0.5
    line(4, 10)
    line(10, 10)  # done: nothing more to say
    assert out.getvalue() == "\r\x1b[2KChecking files: 2/10\r\x1b[2KChecking files: 4/10"
    line.close()
    assert out.getvalue().endswith("\r\x1b[2K")


def test_wanted_on_a_terminal_only():
    leader, follower = pty.openpty()
    try:
        with os.fdopen(os.dup(follower), "w") as terminal:
            assert ProgressLine.wanted(terminal)
        read, write = os.pipe()
        with os.fdopen(read) as pipe_end, os.fdopen(write, "w") as writer:
            assert not ProgressLine.wanted(writer) and not ProgressLine.wanted(pipe_end)
        assert not ProgressLine.wanted(io.StringIO())
    finally:
        os.close(leader)
        os.close(follower)


def _check(stderr_is_terminal: bool) -> tuple[str, str]:
    """(stdout, stderr) of a check of the test cases, stderr on a terminal or a pipe."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]))
    command = [sys.executable, "-m", "xentlint", "check", "tests/cases", "--isolated",
               "--no-cache", "--jobs", "1", "--exit-zero", "--color", "never"]
    if not stderr_is_terminal:
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                              timeout=600)
        return done.stdout, done.stderr
    leader, follower = pty.openpty()
    # stdout goes to a file: a pipe nobody reads while the terminal is read would fill up
    # (64 KB) and block the check before it ends.
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=follower)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=600)
        os.close(leader)
        out.seek(0)
        stdout = out.read().decode()
    return stdout, b"".join(chunks).decode()


def test_a_check_shows_progress_on_a_terminal_and_nowhere_else():
    stdout, terminal = _check(stderr_is_terminal=True)
    assert "Checking files: " in terminal and "/" in terminal
    assert terminal.endswith("\r\x1b[2K")  # erased before the run ended
    assert "Checking files" not in stdout
    piped_out, piped_err = _check(stderr_is_terminal=False)
    assert "Checking files" not in piped_err and "\x1b" not in piped_err
    assert piped_out == stdout
