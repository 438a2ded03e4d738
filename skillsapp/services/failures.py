"""Which kind of failure an exception is, so the user reads advice that fits it.

A USB stick pulled out, a read-only folder, a full disk and a damaged file each get their own
message (school PCs meet all four); a UserError keeps its own words; anything else is
"unexpected". Qt-free: the GUI words the kinds (skillsapp.ui.crash), start-up recovery uses
them to decide whether a file is damaged (skillsapp.services.database).
"""

from __future__ import annotations

import errno
import sqlite3

from skillsapp.errors import UserError

UNEXPECTED, UNREACHABLE, READ_ONLY, DISK_FULL, DAMAGED, USER = (
    "unexpected", "unreachable", "read_only", "disk_full", "damaged", "user",
)  # fmt: skip

# SQLite result codes (primary code = low byte of the extended code).
_SQLITE_KINDS = {8: READ_ONLY, 10: UNREACHABLE, 11: DAMAGED, 13: DISK_FULL, 14: UNREACHABLE,
                 26: DAMAGED}  # fmt: skip
_SQLITE_READONLY_DBMOVED = 1032  # the file was deleted or moved under the open connection
_SQLITE_WORDS = (
    ("disk i/o error", UNREACHABLE),
    ("unable to open database file", UNREACHABLE),
    ("readonly database", READ_ONLY),
    ("disk is full", DISK_FULL),
    ("malformed", DAMAGED),
    ("not a database", DAMAGED),
)
_OS_KINDS = {errno.ENOSPC: DISK_FULL, errno.EROFS: READ_ONLY, errno.EACCES: READ_ONLY,
             errno.EPERM: READ_ONLY, errno.EIO: UNREACHABLE, errno.ENODEV: UNREACHABLE,
             errno.ENXIO: UNREACHABLE, errno.ESTALE: UNREACHABLE}  # fmt: skip
# Windows: ERROR_NOT_READY (21), ERROR_DEV_NOT_EXIST (55), ERROR_NETNAME_DELETED (64),
# ERROR_DEVICE_NOT_CONNECTED (1167), ERROR_DISK_FULL (112), ERROR_WRITE_PROTECT (19).
_WINERROR_KINDS = {21: UNREACHABLE, 55: UNREACHABLE, 64: UNREACHABLE, 1167: UNREACHABLE,
                   112: DISK_FULL, 19: READ_ONLY}  # fmt: skip
# "db.not_sqlite" and "db.not_ours" are not DAMAGED: a file that is not ours is refused with
# the CLI's message and never renamed, moved or written (only our own damaged file is set aside).
_USER_ERROR_KINDS = {"io.disk_full": DISK_FULL, "db.corrupt": DAMAGED}


def _chain(exc: BaseException | None) -> list[BaseException]:
    seen: list[BaseException] = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


def _sqlite_kind(exc: sqlite3.Error) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code == _SQLITE_READONLY_DBMOVED:
        return UNREACHABLE
    if code is not None and code & 0xFF in _SQLITE_KINDS:
        return _SQLITE_KINDS[code & 0xFF]
    text = str(exc).lower()
    return next((kind for words, kind in _SQLITE_WORDS if words in text), None)


def classify(exc: BaseException) -> str:
    """Which message an error deserves: one of UNREACHABLE, READ_ONLY, DISK_FULL, DAMAGED,
    USER (a UserError: its own message) or UNEXPECTED. Causes are looked through, so a
    UserError wrapping a disk-full OSError still reads as a full disk."""
    for link in _chain(exc):
        kind = None
        if isinstance(link, UserError):
            kind = _USER_ERROR_KINDS.get(link.key)
        elif isinstance(link, sqlite3.Error):
            kind = _sqlite_kind(link)
        elif isinstance(link, OSError):
            kind = _WINERROR_KINDS.get(getattr(link, "winerror", None) or 0) or _OS_KINDS.get(
                link.errno or 0
            )
        if kind:
            return kind
    return USER if isinstance(exc, UserError) else UNEXPECTED
