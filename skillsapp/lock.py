"""One program at a time on one database: an OS-level lock on a file beside it.

Two copies of the app (or the app and a CLI import) writing the same file would each believe
their view is current; SQLite would keep the file valid but the user would lose track of what
was saved where. So the app holds an exclusive lock on `<database>.lock` while it runs, and the
CLI's write commands take the same lock for the length of the command.

The lock is the operating system's (flock on Linux/macOS, msvcrt byte-range locking on Windows),
never the mere existence of the file: when a process dies, even by a crash or a power cut, the
OS drops its lock, so a stale lock file can never keep a teacher out. Qt-free (the CLI uses it).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

from skillsapp.errors import UserError
from skillsapp.messages import register_messages

register_messages(
    {
        "lock.busy": {
            "vi": "Kỹ năng số đang mở dữ liệu {path} ở một cửa sổ khác. Hãy dùng cửa sổ đó, "
            "hoặc đóng nó rồi thử lại.",
            "en": "Kỹ năng số already has {path} open in another window. Use that window, or "
            "close it and try again.",
        },
        "lock.cannot_create": {
            "vi": "Không ghi được vào thư mục dữ liệu {folder}: {reason}. Hãy chọn một thư mục "
            "được phép ghi (không phải ổ chỉ đọc).",
            "en": "Cannot write in the data folder {folder}: {reason}. Choose a folder you can "
            "write to (not a read-only drive).",
        },
    }
)

#: CLI commands that change the user's data (by their words on the command line). Commands that
#: only read it or write bookkeeping (report, backup, sync export, keys export, curriculum) run
#: even while the app is open: SQLite keeps those consistent on its own.
WRITE_COMMANDS = frozenset(
    {
        ("demo",),
        ("restore",),
        ("sync", "import"),
        ("keys", "import"),
        ("roster", "import"),
        ("roster", "undo"),
        ("plan", "set"),
    }
)


def lock_path(db_path: Path) -> Path:
    """The lock file for a database: beside it, so moving the folder moves the lock too."""
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """An exclusive, non-blocking OS lock on `<db>.lock`, held until `release()`."""

    def __init__(self, db_path: Path | str) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._handle: int | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> InstanceLock:
        """Take the lock or raise UserError: `lock.busy` if another process (or another lock
        object in this one) holds it, `lock.cannot_create` if the folder is not writable."""
        if self._handle is not None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise UserError(
                "lock.cannot_create", folder=self.path.parent, reason=exc.strerror or exc
            ) from exc
        if not _try_lock(handle):
            os.close(handle)
            raise UserError("lock.busy", path=self.db_path)
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        _unlock(handle)
        os.close(handle)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: int) -> bool:
        # Lock the first byte (locking past the end of an empty file is allowed on Windows).
        os.lseek(handle, 0, os.SEEK_SET)
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):  # closing the handle unlocks it anyway
            msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: int) -> bool:
        # flock, not lockf: flock locks belong to the open file, so a second lock object in the
        # same process is refused too (lockf would silently share the process's lock).
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)


# -- the CLI's write commands ------------------------------------------------------------------

Handler = Callable[[argparse.Namespace], int]


def locked(handler: Handler) -> Handler:
    """Run a CLI command holding the database's lock (refused while the app has it open)."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        db = getattr(args, "db", None)
        if not db:
            return handler(args)
        with InstanceLock(Path(db)):
            return handler(args)

    run.__wrapped_by_lock__ = True  # type: ignore[attr-defined]
    return run


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def _walk(
    parsers: dict[str, argparse.ArgumentParser], prefix: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for name, parser in parsers.items():
        words = (*prefix, name)
        yield words, parser
        yield from _walk(_subcommands(parser), words)


def register(sub: argparse._SubParsersAction) -> None:
    """CLI registry hook (listed last in COMMAND_MODULES): wrap every write command registered
    before it in `locked`, so no area has to remember to take the lock itself."""
    for words, parser in _walk(dict(sub.choices)):
        handler = parser.get_default("func")
        if words in WRITE_COMMANDS and handler and not hasattr(handler, "__wrapped_by_lock__"):
            parser.set_defaults(func=locked(handler))
