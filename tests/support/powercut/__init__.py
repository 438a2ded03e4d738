"""A power cut, simulated: what is on the disk after the power went, not what a killed process
leaves (a killed process keeps the OS cache, so every write it made survives).

`powercut.c` (an LD_PRELOAD shim, built here with gcc) journals every write, sync, truncate,
rename and unlink a child process makes under one folder. `image_after_cut` replays that journal
onto a copy of the folder taken before the child started, the way a disk would hold it when the
power goes at the journal's end: a file's writes count only up to its last fsync (each later
write is kept or lost at random: the disk may have written any of them), and a rename or unlink
counts only once its folder was synced (until then it may or may not have happened).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

SOURCE = Path(__file__).with_name("powercut.c")


def build_shim(out_dir: Path) -> Path:
    """Compile the shim into `out_dir` (gcc is in the test command's Debian packages)."""
    shim = out_dir / "powercut.so"
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-O1", "-o", str(shim), str(SOURCE), "-ldl"],
        check=True,
        capture_output=True,
    )
    return shim


def shim_env(shim: Path, folder: Path, journal: Path, kill_at: int | None = None) -> dict[str, str]:
    """The environment a child runs under to have its writes under `folder` journalled; with
    `kill_at`, the child kills itself right after that many journalled writes."""
    env = {
        **os.environ,
        "LD_PRELOAD": str(shim),
        "POWERCUT_DIR": str(folder.resolve()),
        "POWERCUT_LOG": str(journal),
    }
    if kill_at is not None:
        env["POWERCUT_KILL_AT"] = str(kill_at)
    return env


@dataclass
class Op:
    kind: str  # W write, S sync, T truncate, R rename, U unlink
    path: str
    other: str = ""
    offset: int = 0
    data: bytes = b""


def read_journal(journal: Path) -> list[Op]:
    """The journal's records; a record cut short by the kill is dropped."""
    raw = journal.read_bytes() if journal.exists() else b""
    ops: list[Op] = []
    at = 0
    while at < len(raw):
        end = raw.find(b"\n", at)
        if end < 0:
            break
        kind, _, rest = raw[at:end].decode("utf-8", "surrogateescape").partition(" ")
        at = end + 1
        parts = rest.split("\t")
        if kind == "W":
            length = int(parts[2])
            if at + length > len(raw):
                break
            ops.append(Op("W", parts[0], offset=int(parts[1]), data=raw[at : at + length]))
            at += length
        elif kind == "T":
            ops.append(Op("T", parts[0], offset=int(parts[1])))
        elif kind == "R":
            ops.append(Op("R", parts[0], other=parts[1]))
        else:
            ops.append(Op(kind, parts[0]))
    return ops


class _Disk:
    """Files as the disk holds them, and what is still only in the OS cache.

    Names point to inodes, as on a real file system: a rename moves a name, not the data, so a
    renamed file whose data was never synced can land under its new name empty.
    """

    def __init__(self, files: dict[str, bytearray], rng: random.Random) -> None:
        self.rng = rng
        self.inodes: dict[int, bytearray] = {}
        self.disk_names: dict[str, int] = {}
        for number, (path, content) in enumerate(files.items()):
            self.inodes[number] = content
            self.disk_names[path] = number
        self.live_names = dict(self.disk_names)  # the process's view
        self.next_inode = len(files)
        self.pending_data: dict[int, list[Op]] = {}
        self.pending_names: dict[str, list[tuple[str, str, int]]] = {}

    def step(self, op: Op) -> None:
        if op.kind in ("W", "T"):
            inode = self.live_names.get(op.path)
            if inode is None:  # first write to a new file: its name waits for a folder sync
                inode = self.live_names[op.path] = self._new_inode()
                self._name_op(op.path, ("link", op.path, inode))
            self.pending_data.setdefault(inode, []).append(op)
        elif op.kind == "R" and op.path in self.live_names:
            inode = self.live_names.pop(op.path)
            self.live_names[op.other] = inode
            self._name_op(op.other, ("link", op.other, inode))
            self._name_op(op.path, ("unlink", op.path, inode))
        elif op.kind == "U" and op.path in self.live_names:
            inode = self.live_names.pop(op.path)
            self._name_op(op.path, ("unlink", op.path, inode))
        elif op.kind == "S":
            inode = self.live_names.get(op.path)
            for data_op in self.pending_data.pop(inode, []) if inode is not None else []:
                self._write(inode, data_op)
            for name_op in self.pending_names.pop(op.path, []):
                self._rename(name_op)

    def cut(self) -> None:
        """The power goes: each write or name change still in the cache lands, or not."""
        for inode, ops in self.pending_data.items():
            for op in ops:
                if self.rng.random() < 0.5:
                    self._write(inode, op)
        for name_ops in self.pending_names.values():
            for name_op in name_ops:
                if self.rng.random() < 0.5:
                    self._rename(name_op)

    def files(self) -> dict[str, bytes]:
        return {path: bytes(self.inodes[inode]) for path, inode in self.disk_names.items()}

    def _new_inode(self) -> int:
        self.next_inode += 1
        self.inodes[self.next_inode] = bytearray()
        return self.next_inode

    def _name_op(self, path: str, name_op: tuple[str, str, int]) -> None:
        self.pending_names.setdefault(str(Path(path).parent), []).append(name_op)

    def _rename(self, name_op: tuple[str, str, int]) -> None:
        action, path, inode = name_op
        if action == "link":
            self.disk_names[path] = inode
        elif self.disk_names.get(path) == inode:
            del self.disk_names[path]

    def _write(self, inode: int, op: Op) -> None:
        content = self.inodes[inode]
        if op.kind == "T":
            del content[op.offset :]
            content.extend(b"\0" * (op.offset - len(content)))
            return
        if len(content) < op.offset:
            content.extend(b"\0" * (op.offset - len(content)))
        content[op.offset : op.offset + len(op.data)] = op.data


def image_after_cut(before: Path, journal: Path, folder: Path, out: Path, seed: int) -> Path:
    """Write into `out` the files of `folder` as a power cut at the journal's end leaves them.

    `before` is a copy of `folder` taken before the child started. SQLite's shared-memory index
    (-shm, mapped into memory, never written through write()) is not on any disk after a power
    cut, so it is left out: SQLite rebuilds it from the WAL.
    """
    root = str(folder.resolve())
    files = {
        str(Path(root) / p.relative_to(before)): bytearray(p.read_bytes())
        for p in before.rglob("*")
        if p.is_file()
    }
    disk = _Disk(files, random.Random(seed))
    for op in read_journal(journal):
        disk.step(op)
    disk.cut()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for path, content in disk.files().items():
        if path.endswith("-shm"):
            continue
        target = out / Path(path).relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return out


def unsynced_writes(journal: Path, suffix: str) -> int:
    """How many writes to files ending in `suffix` came after that file's last sync: more than
    none means the process was stopped inside a write, not between two."""
    count: dict[str, int] = {}
    for op in read_journal(journal):
        if not op.path.endswith(suffix):
            continue
        if op.kind == "W":
            count[op.path] = count.get(op.path, 0) + 1
        elif op.kind == "S":
            count[op.path] = 0
    return sum(count.values())
