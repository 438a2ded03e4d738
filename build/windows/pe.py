"""The DLLs a Windows binary (.exe, .dll, .pyd) loads: its import and delay-import tables.

Used by stage.py to prove that stripping Qt left nothing a kept binary needs. Reading the PE
headers ourselves keeps the build free of binutils/pefile; only what the check needs is parsed.
"""

from __future__ import annotations

import struct
from pathlib import Path

_IMPORT_DIR, _DELAY_IMPORT_DIR = 1, 13


class NotPE(ValueError):
    """The file is not a Portable Executable."""


def _sections(data: bytes, pe: int) -> list[tuple[int, int, int]]:
    """(virtual address, virtual size, file offset) of every section."""
    count = struct.unpack_from("<H", data, pe + 6)[0]
    optional_size = struct.unpack_from("<H", data, pe + 20)[0]
    first = pe + 24 + optional_size
    found = []
    for i in range(count):
        base = first + 40 * i
        vsize, vaddr, raw_size, raw_ptr = struct.unpack_from("<IIII", data, base + 8)
        found.append((vaddr, max(vsize, raw_size), raw_ptr))
    return found


def _offset(sections: list[tuple[int, int, int]], rva: int) -> int:
    for vaddr, size, raw in sections:
        if vaddr <= rva < vaddr + size:
            return raw + rva - vaddr
    raise NotPE(f"address {rva:#x} is outside every section")


def _cstring(data: bytes, offset: int) -> str:
    end = data.index(b"\0", offset)
    return data[offset:end].decode("ascii")


def _names(data: bytes, sections, table_rva: int, entry_size: int, name_field: int) -> list[str]:
    names = []
    offset = _offset(sections, table_rva)
    while True:
        entry = data[offset : offset + entry_size]
        if len(entry) < entry_size or not any(entry):
            return names
        name_rva = struct.unpack_from("<I", entry, name_field)[0]
        names.append(_cstring(data, _offset(sections, name_rva)))
        offset += entry_size


def imported_dlls(path: Path) -> list[str]:
    """Names of the DLLs `path` imports (normal and delay-loaded), as written in the file."""
    data = path.read_bytes()
    if data[:2] != b"MZ":
        raise NotPE(path)
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe : pe + 4] != b"PE\0\0":
        raise NotPE(path)
    optional = pe + 24
    magic = struct.unpack_from("<H", data, optional)[0]
    directories = optional + (112 if magic == 0x20B else 96)  # PE32+ or PE32
    sections = _sections(data, pe)
    names: list[str] = []
    for index, entry_size, name_field in ((_IMPORT_DIR, 20, 12), (_DELAY_IMPORT_DIR, 32, 4)):
        rva, size = struct.unpack_from("<II", data, directories + 8 * index)
        if rva and size:
            names += _names(data, sections, rva, entry_size, name_field)
    return names
