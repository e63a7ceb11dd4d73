"""Writing a fixed file back, atomically, keeping what the file was.

:func:`write_file` keeps its encoding and line endings (both are in the bytes it is given: the
documents re-encode with the file's codec and splice edits into the original text), its
permission bits (and owner, where permitted), and writes atomically (a temporary file in the
same directory, then :func:`os.replace`). A symbolic link is kept: the file it points to is
rewritten. A file with several hard links is rewritten in place (replacing it would silently
split the links). A read-only file is not written.

Two runs fixing the same file at once must not lose a fix: the check that the file still holds
what was read and the replace are one step under an exclusive lock of the file (``flock``,
POSIX), taken by every xentlint run; a file that changed meanwhile raises
:class:`FileChanged` (the caller reads it again and fixes what it holds now).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .refusal import FixRefused

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: compare-and-replace without the lock
    fcntl = None  # type: ignore[assignment]


class FileChanged(FixRefused):
    """The file no longer holds what was read and fixed."""


def write_file(path: str | os.PathLike[str], data: bytes, expected: bytes) -> None:
    """Replace the contents of ``path`` (``expected`` when it was read) with ``data``.

    Raises :class:`FileChanged` if the file changed meanwhile, :class:`FixRefused` if it is
    read-only, ``OSError`` if it cannot be written. See the module documentation for what is
    kept.
    """
    target = Path(os.path.realpath(path))  # a symbolic link is kept; its target is rewritten
    with _locked(target) as info:
        with open(target, "rb") as handle:
            if handle.read() != expected:
                raise FileChanged("the file changed while it was being fixed")
        if info.st_nlink > 1:  # os.replace would split the hard links: rewrite in place
            with open(target, "r+b") as handle:
                handle.write(data)
                handle.truncate()
                handle.flush()
                os.fsync(handle.fileno())
            return
        _replace(target, data, info)


@contextmanager
def _locked(target: Path) -> Iterator[os.stat_result]:
    """Hold the exclusive lock of the file ``target`` names now (its stat inside)."""
    for _ in range(100):
        info = os.stat(target)
        if (not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
                or not os.access(target, os.W_OK)):
            raise FixRefused(f"it is read-only (mode {stat.S_IMODE(info.st_mode):04o}); make it "
                             "writable to let --fix rewrite it")
        if fcntl is None:
            yield info
            return
        descriptor = os.open(target, os.O_RDONLY)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            held = os.fstat(descriptor)
            current = os.stat(target)
            if (held.st_dev, held.st_ino) == (current.st_dev, current.st_ino):
                yield current
                return
            # Another run replaced the file while this one waited: lock the new one.
        finally:
            os.close(descriptor)  # releases the lock
    raise FileChanged("the file kept changing while it was being fixed")


def _replace(target: Path, data: bytes, info: os.stat_result) -> None:
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                             suffix=".xentlint-tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        if hasattr(os, "chown"):
            try:
                os.chown(temporary, info.st_uid, info.st_gid)
            except OSError:  # not permitted for another user's file: keep ours
                pass
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
