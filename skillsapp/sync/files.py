"""Writing output files so that a pulled USB stick or a full disk never leaves half a file.

The bytes go to a hidden temporary file in the target folder, are flushed to the device, and
only then renamed over the final name: the final name holds either nothing or a whole file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import unicodedata
from pathlib import Path

from skillsapp.errors import UserError


def write_atomically(path: Path, data: bytes) -> Path:
    """Write `data` to `path` via a temporary file and a rename; UserError if it cannot."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise UserError("io.disk_full", path=path) from exc
        raise UserError("io.cannot_write", path=path, reason=exc.strerror or exc) from exc
    return path


def slug(text: str, fallback: str = "x") -> str:
    """An ASCII file-name part for a Vietnamese name ("Cô Hà 6A1" -> "Co-Ha-6A1")."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")
    return cleaned[:40] or fallback
