"""A mark of the computer the app runs on, to tell a database copied to a second PC (with its
keys) from the one it was made on: two PCs with one identity would stamp rows with the same
origin, and their changes would overwrite each other in every merge.

The mark is a hash of the operating system's machine id (Windows' MachineGuid, Linux's
/etc/machine-id), never the id itself; it is not a secret and not a licence check.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sys
import uuid
from pathlib import Path

_LINUX_IDS = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


def _windows_guid() -> str:
    if sys.platform != "win32":
        raise OSError("no Windows registry here")
    import winreg

    key = winreg.OpenKey(
        winreg.HKEY_LOCAL_MACHINE,
        r"SOFTWARE\Microsoft\Cryptography",
        0,
        winreg.KEY_READ | winreg.KEY_WOW64_64KEY,
    )
    with key:
        value, _kind = winreg.QueryValueEx(key, "MachineGuid")
    return str(value)


def _machine_id() -> str:
    if os.name == "nt":
        try:
            return _windows_guid()
        except OSError:
            pass
    for path in _LINUX_IDS:
        try:
            text = path.read_text(encoding="ascii").strip()
        except OSError:
            continue
        if text:
            return text
    return f"{socket.gethostname()}-{uuid.getnode():012x}"


def machine_mark() -> str:
    """This computer's mark: 16 hex digits, the same on every start, different on another PC.
    SKILLSAPP_MACHINE_MARK overrides it (tests play two PCs on one machine)."""
    override = os.environ.get("SKILLSAPP_MACHINE_MARK")
    if override:
        return override
    return hashlib.sha256(f"skillsapp-machine:{_machine_id()}".encode()).hexdigest()[:16]
