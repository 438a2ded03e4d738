"""Writing files so that a pulled USB stick, a full disk or a killed process never leaves half a
file under a real name: write a temporary file in the target folder, flush it to the device,
then rename it over the final name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from skillsapp.errors import UserError

_DISK_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT)
_DISK_FULL_WORDS = ("disk is full", "database or disk is full")


def io_error(path: Path, exc: BaseException) -> UserError:
    """The user's message for a failed write: a full disk, or the OS's reason."""
    full = (isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS) or (
        isinstance(exc, sqlite3.OperationalError) and any(w in str(exc) for w in _DISK_FULL_WORDS)
    )
    if full:
        return UserError("io.disk_full", path=path)
    reason = getattr(exc, "strerror", None) or str(exc)
    return UserError("io.cannot_write", path=path, reason=reason)


def remove_quietly(path: Path) -> None:
    """Remove a file and any SQLite side files of it; a missing or unremovable file is fine."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            p.unlink()


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries to the device, so a rename into it survives a power cut (on
    POSIX a rename is only durable once its folder is synced; tests/unit/test_power_cut.py shows
    the old file coming back without this). Windows cannot open a folder for syncing; NTFS
    journals the rename itself."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


@contextlib.contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it is renamed to `path`.

    On any failure the temporary file is removed, `path` is left as it was, and OS or SQLite
    write errors become a UserError naming `path`.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        os.close(handle)
    except OSError as exc:
        raise io_error(path, exc) from exc
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
        sync_folder(path.parent)
    except (OSError, sqlite3.Error) as exc:
        remove_quietly(tmp)
        raise io_error(path, exc) from exc
    except BaseException:
        remove_quietly(tmp)
        raise


def write_atomically(path: Path, data: bytes) -> Path:
    """Write `data` to `path` through a flushed temporary file and a rename."""
    with atomic_target(path) as tmp, tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return Path(path)
