"""The app's log: a small rotating file in the data folder that support staff can ask for.

What goes in: start-up facts (versions, platform), warnings and tracebacks of unexpected errors.
What never goes in: pupils' or teachers' names, pupil codes, school names, file contents. Code
logs ids and counts only; as a second line of defence every record passes a filter that hides
the user's home folder (on Windows it carries the account name, often a person's name).

The file is capped (LOG_BYTES x (BACKUP_COUNT + 1)) so an old PC's disk never fills with logs.
The cap is kept by a small handler here rather than logging.handlers.RotatingFileHandler: that
module imports socket, queue and selectors for handlers the app never uses, a cost paid on every
start before the first page (issue 10).
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
from pathlib import Path

from skillsapp import __version__
from skillsapp.paths import data_dir

LOG_NAME = "kynangso.log"
LOG_BYTES = 512 * 1024
BACKUP_COUNT = 4
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

FAULTS_NAME = "faults.log"

_handler: logging.Handler | None = None
_faults = None  # the open file faulthandler writes to


class CappedFileHandler(logging.FileHandler):
    """A log file that moves to `.1` (`.1` to `.2`, ...) before a record would take it past
    `max_bytes`, keeping `backups` old files: RotatingFileHandler's behaviour, without its
    module's imports."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def _full(self, record: logging.LogRecord) -> bool:
        size = len(f"{self.format(record)}{self.terminator}".encode("utf-8", "replace"))
        return self.stream.tell() + size >= self.max_bytes

    def _rotate(self) -> None:
        self.stream.close()  # before renaming: Windows cannot rename an open file
        base = Path(self.baseFilename)
        for n in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{n}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{n + 1}"))
        if self.backups > 0 and base.exists():
            base.replace(base.with_name(f"{base.name}.1"))
        self.stream = self._open()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.max_bytes > 0 and not self._closed and self._full(record):
                self._rotate()
        except Exception:  # as logging does: a log that cannot rotate never stops the app
            self.handleError(record)
            return
        super().emit(record)


def log_dir() -> Path:
    return data_dir() / "logs"


def log_file() -> Path:
    """Where the current log is written (shown in the crash dialog)."""
    return log_dir() / LOG_NAME


class HideHome(logging.Filter):
    """Replace the user's home folder in every message with `~` (it may hold their name)."""

    def __init__(self, home: str | None = None) -> None:
        super().__init__()
        home = home if home is not None else os.path.expanduser("~")
        # Both spellings: Windows paths reach the log with either separator.
        variants = {home, home.replace("\\", "/"), home.replace("/", "\\")}
        self._homes = sorted((h for h in variants if len(h) > 3), key=len, reverse=True)

    def _hide(self, text: str) -> str:
        for home in self._homes:
            text = text.replace(home, "~")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self._hide(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._hide(record.exc_text)
        return True


def setup_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Send the root logger to a rotating file in `folder` (default: the data folder's logs/).

    Returns the log file, or None when the folder cannot be written (a read-only profile must
    not stop the app from starting; records then go to stderr only). Calling it again replaces
    the previous file handler rather than adding a second one.
    """
    global _handler
    target = (folder or log_dir()) / LOG_NAME
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = CappedFileHandler(target, LOG_BYTES, BACKUP_COUNT)
    except OSError:
        # pythonw.exe (the Windows shortcut) has no stderr at all
        handler = logging.StreamHandler(sys.stderr) if sys.stderr else logging.NullHandler()
        target = None
    if target is not None:
        _catch_hard_crashes(target.parent / FAULTS_NAME)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(HideHome())
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    logging.getLogger("skillsapp").info(
        "start: skillsapp %s, Python %s, %s",
        __version__,
        sys.version.split()[0],
        _system(),
    )
    return target


def _system() -> str:
    """The operating system and its release, as the start line names them ("Windows 10.0.19045",
    "Linux 6.1.0"): from sys and os, not the platform module, whose import compiles nine regular
    expressions on every start."""
    if sys.platform == "win32":
        version = sys.getwindowsversion()
        return f"Windows {version.major}.{version.minor}.{version.build}"
    uname = os.uname()
    return f"{uname.sysname} {uname.release}"


def _catch_hard_crashes(path: Path) -> None:
    """A crash inside Qt or SQLite's C code kills the process before Python can log anything;
    faulthandler then writes the Python stack of every thread to faults.log (no data, only
    code locations). Started app, pythonw: this is the only trace such a crash leaves."""
    global _faults
    if _faults is not None:
        return
    try:
        _faults = path.open("a", encoding="utf-8")
    except OSError:
        return
    faulthandler.enable(_faults, all_threads=True)


def shutdown_logging() -> None:
    """Detach and close the log files (tests; the end of the app); crash traces go back to
    stderr when there is one."""
    global _handler, _faults
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _faults is not None:
        faulthandler.disable()
        _faults.close()
        _faults = None
        if sys.stderr is not None:
            with contextlib.suppress(ValueError, OSError):  # no real file descriptor
                faulthandler.enable(sys.stderr, all_threads=True)
