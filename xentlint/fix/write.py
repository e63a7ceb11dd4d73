"""Writing a fixed file back, atomically, keeping what the file was.

:func:`write_file` keeps its encoding and line endings (both are in the bytes it is given: the
documents re-encode with the file's codec and splice edits into the original text), its
permission bits (and owner, where permitted), and writes atomically (a temporary file in the
same directory, then :func:`os.replace`). A symbolic link is kept: the file it points to is
rewritten. A file with several hard links is rewritten in place (replacing it would silently
split the links). A file that changed on disk since it was read is not written.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from .refusal import FixRefused


def write_file(path: str | os.PathLike[str], data: bytes, expected: bytes) -> None:
    """Replace the contents of ``path`` (``expected`` when it was read) with ``data``.

    Raises :class:`FixRefused` if the file changed meanwhile, ``OSError`` if it cannot be
    written. See the module documentation for what is kept.
    """
    target = Path(os.path.realpath(path))  # a symbolic link is kept; its target is rewritten
    info = os.stat(target)
    with open(target, "rb") as handle:
        if handle.read() != expected:
            raise FixRefused("the file changed while it was being fixed")
    if info.st_nlink > 1:  # os.replace would split the hard links: rewrite in place
        with open(target, "r+b") as handle:
            handle.write(data)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
        return
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
