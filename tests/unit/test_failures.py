"""Which kind of failure an exception is: the advice the user reads depends on it (a pulled
USB stick, a read-only folder, a full disk, a damaged file, our own UserError, or unexpected)."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from skillsapp.errors import UserError
from skillsapp.services import failures


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code
    return exc


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (_sqlite_error("disk I/O error", 10), failures.UNREACHABLE),
        (_sqlite_error("disk I/O error", 4874), failures.UNREACHABLE),  # SQLITE_IOERR_SHMSIZE
        (_sqlite_error("unable to open database file", 14), failures.UNREACHABLE),
        (_sqlite_error("attempt to write a readonly database", 1032), failures.UNREACHABLE),
        (_sqlite_error("attempt to write a readonly database", 8), failures.READ_ONLY),
        (_sqlite_error("database or disk is full", 13), failures.DISK_FULL),
        (sqlite3.DatabaseError("database disk image is malformed"), failures.DAMAGED),
        (sqlite3.DatabaseError("file is not a database"), failures.DAMAGED),
        (OSError(errno.ENOSPC, "No space left on device"), failures.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), failures.READ_ONLY),
        (OSError(errno.EIO, "Input/output error"), failures.UNREACHABLE),
        (UserError("io.disk_full", path="x"), failures.DISK_FULL),
        (UserError("class.unknown", name="x"), failures.USER),
        (KeyError("x"), failures.UNEXPECTED),
    ],
)
def test_classify(exc, kind):
    assert failures.classify(exc) == kind


def test_classify_looks_through_causes():
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise UserError("io.cannot_write", path="x", reason="full") from inner
    except UserError as outer:
        assert failures.classify(outer) == failures.DISK_FULL


def test_windows_device_errors():
    exc = OSError(errno.EINVAL, "The device is not ready")
    exc.winerror = 21
    assert failures.classify(exc) == failures.UNREACHABLE
