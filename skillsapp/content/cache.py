"""The parsed kit kept on disk between runs, so the app's first page does not parse the lessons.

Parsing and checking every lesson file costs tens of milliseconds plus the YAML reader's import,
and the Today page needs the kit before it can show anything. The kit is pickled into the
user's cache folder under a key made of the app's and Python's versions and every lesson file's
path, size and modification time, and the same for the code that parses them; any change to
those (an author edits a lesson, the app is upgraded, a developer changes a check) makes the key
differ and the files are parsed again. A cache file that is missing,
damaged or from elsewhere is ignored and rewritten: it can cost a parse, never a wrong kit.
The file is written only by this app into the user's own folder (the same trust as the config).
"""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from skillsapp import __version__

if TYPE_CHECKING:  # the plan index is read without loading the lesson model
    from skillsapp.content.model import Kit

FORMAT = 1


def cache_dir() -> Path:
    """The per-user cache folder; inside SKILLSAPP_HOME when that is set, so tests stay apart."""
    override = os.environ.get("SKILLSAPP_HOME")
    if override:
        return Path(override) / "cache"
    from platformdirs import user_cache_path

    from skillsapp.paths import APP_NAME

    return user_cache_path(APP_NAME, appauthor=False)


def _code_signature() -> tuple[tuple[str, int, int], ...]:
    """The parsing code as it is now: a checkout's version number does not change with each
    edit of a check, and a kit kept by older checks would hide what the new ones find."""
    package = Path(__file__).resolve().parent
    files = [*sorted(package.glob("*.py")), package.parent / "domain" / "scoring.py"]
    entries = []
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        entries.append((path.name, stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


def cache_key(root: Path, signature: object) -> tuple[object, ...]:
    """What a kept kit must match: this app and its parsing code, this Python, these files as
    they are now."""
    return (FORMAT, __version__, _code_signature(), sys.version, str(root), signature)


def cache_file(root: Path, kind: str = "kit", suffix: str = "pickle") -> Path:
    """One file of each kind per lessons folder (a test's folder does not evict the app's).

    The name only keeps folders apart (the key inside says whose it is), so zlib's checksums
    do: hashlib would load OpenSSL, ~3.5 MB of a start's memory, for a file name."""
    name = str(root).encode("utf-8")
    digest = f"{zlib.crc32(name):08x}{zlib.adler32(name):08x}"
    return cache_dir() / f"{kind}-{digest}.{suffix}"


def read_kit(root: Path, signature: object) -> Kit | None:
    """The kept kit for these files, or None when there is none, it is stale or damaged."""
    import pickle

    from skillsapp.content.model import Kit

    try:
        data = cache_file(root).read_bytes()
        key, kit = pickle.loads(data)
    except Exception:  # missing, unreadable, truncated, from another version: parse instead
        return None
    if key != cache_key(root, signature) or not isinstance(kit, Kit):
        return None
    return kit


def write_kit(root: Path, signature: object, kit: Kit) -> None:
    """Keep `kit` for the next start; a folder that cannot be written only costs that."""
    import pickle

    try:
        data = pickle.dumps((cache_key(root, signature), kit), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    _write(cache_file(root), data)


def read_plain(root: Path, kind: str, signature: object) -> object | None:
    """Plain data (numbers, strings, tuples, lists, dicts) kept with `write_plain` for these
    files, or None when there is none, it is stale or damaged. marshal, not pickle: it reads
    in a millisecond and imports nothing, which is the point of keeping small plain data."""
    try:
        key, value = marshal.loads(cache_file(root, kind, "marshal").read_bytes())
    except Exception:  # missing, unreadable, truncated, from another Python: rebuild it
        return None
    return value if key == cache_key(root, signature) else None


def write_plain(root: Path, kind: str, signature: object, value: object) -> None:
    """Keep plain data beside the kit; a folder that cannot be written only costs a rebuild."""
    try:
        data = marshal.dumps((cache_key(root, signature), value))
    except ValueError:  # not plain data: a bug, but a start must not fail on a cache
        return
    _write(cache_file(root, kind, "marshal"), data)


def _write(target: Path, data: bytes) -> None:
    """`data` into `target` whole or not at all, even with two apps starting."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError:
        return
