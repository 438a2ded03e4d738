"""Random damage for readers of outside files, shared by the fuzz tests and tests/perf/fuzz.py.

A case is a seed file (a real one, made by the app or by Excel) with one or more mutations: bit
flips, runs of bytes overwritten, bytes inserted or removed, truncation at every kind of
boundary (zip headers, member data, the end record, JSON tokens, lines), and for zips, members
renamed, reordered, duplicated, dropped, stretched past their caps or recompressed. Readers
that check a signature also get structured cases (see the package and card helpers in the
tests): the content changed and then signed again, so the checks behind the signature are
reached too.

`run_cases` calls a reader on each case and returns the findings: every exception that is not
our UserError, with the mutation that caused it, so a crash is reproducible from its seed.
"""

from __future__ import annotations

import io
import random
import re
import time
import traceback
import warnings
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from skillsapp.errors import UserError

Mutation = Callable[[random.Random, bytes], bytes]

_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"PK\x07\x08")
_JSON_TOKENS = re.compile(rb'[{}\[\]:,"\n]')


# -- byte-level mutations ---------------------------------------------------------------------


def bit_flip(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 1, 2, 8))):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def byte_run(rng: random.Random, data: bytes) -> bytes:
    """Overwrite a run with one value (a sector of zeros, erased flash 0xff) or noise."""
    if not data:
        return data
    start = rng.randrange(len(data))
    length = min(len(data) - start, rng.choice((1, 2, 4, 16, 512, 4096)))
    fill = rng.choice((b"\x00", b"\xff", b"A", None))
    run = rng.randbytes(length) if fill is None else fill * length
    return data[:start] + run + data[start + length :]


def insert_bytes(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.choice((1, 3, 64))) + data[at:]


def delete_bytes(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.choice((1, 2, 17, 300)) :]


def duplicate_chunk(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    chunk = data[start : start + rng.choice((4, 30, 1000))]
    at = rng.randrange(len(data) + 1)
    return data[:at] + chunk + data[at:]


def boundaries(data: bytes) -> list[int]:
    """Places where a copy is likely to be cut: zip records and the offsets they name, the
    ends of JSON tokens and lines, 512-byte sectors and 4 KiB pages, and the file's ends."""
    points = {0, 1, len(data) - 1, len(data) // 2}
    for signature in _ZIP_SIGNATURES:
        for match in re.finditer(re.escape(signature), data):
            points.update((match.start(), match.start() + 4, match.start() + 30))
    for match in _JSON_TOKENS.finditer(data[:200_000]):
        points.add(match.end())
    points.update(range(512, len(data), 512))
    return sorted(p for p in points if 0 <= p < len(data))


def truncate(rng: random.Random, data: bytes) -> bytes:
    cuts = boundaries(data)
    at = rng.choice(cuts) if cuts else 0
    return data[: max(0, at + rng.choice((-1, 0, 0, 1)))]


BYTE_MUTATIONS: tuple[Mutation, ...] = (
    bit_flip,
    bit_flip,
    byte_run,
    insert_bytes,
    delete_bytes,
    duplicate_chunk,
    truncate,
    truncate,
)


# -- zip-level mutations ----------------------------------------------------------------------


def _entries(data: bytes) -> tuple[list[tuple[zipfile.ZipInfo, bytes]], bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(i, archive.read(i)) for i in archive.infolist()], archive.comment


def _zip(entries: Sequence[tuple[zipfile.ZipInfo, bytes]], comment: bytes) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.simplefilter("ignore")  # "Duplicate name": duplicates are the point here
        for info, content in entries:
            archive.writestr(info, content)
        archive.comment = comment
    return buffer.getvalue()


def _renamed(info: zipfile.ZipInfo, name: str) -> zipfile.ZipInfo:
    copy = zipfile.ZipInfo(name, date_time=info.date_time)
    copy.compress_type = info.compress_type
    copy.external_attr = info.external_attr
    copy.create_system = info.create_system
    return copy


_ODD_NAMES = ("../evil.json", "a/b.json", "C:\\x", "", "x" * 300, "Ảnh.json", "manifest.json/")


def zip_rename(rng: random.Random, entries: list, names: Sequence[str]) -> list:
    i = rng.randrange(len(entries))
    info, content = entries[i]
    name = rng.choice([*names, *_ODD_NAMES, info.filename.upper()])
    entries[i] = (_renamed(info, name), content)
    return entries


def zip_reorder(rng: random.Random, entries: list, names: Sequence[str]) -> list:
    rng.shuffle(entries)
    return entries


def zip_duplicate(rng: random.Random, entries: list, names: Sequence[str]) -> list:
    info, content = rng.choice(entries)
    other = bit_flip(rng, content) if rng.random() < 0.5 else content
    entries.insert(rng.randrange(len(entries) + 1), (_renamed(info, info.filename), other))
    return entries


def zip_drop(rng: random.Random, entries: list, names: Sequence[str]) -> list:
    entries.pop(rng.randrange(len(entries)))
    return entries


def zip_oversize(rng: random.Random, entries: list, names: Sequence[str]) -> list:
    """A member far bigger than it should be: stored padding, or a deflated run (a bomb)."""
    i = rng.randrange(len(entries))
    info, content = entries[i]
    size = rng.choice((70_000, 1_100_000, 3_000_000))
    copy = _renamed(info, info.filename)
    copy.compress_type = rng.choice((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))
    entries[i] = (copy, content + b"\x00" * size)
    return entries


def zip_recompress(rng: random.Random, entries: list, names: Sequence[str]) -> list:
    i = rng.randrange(len(entries))
    info, content = entries[i]
    copy = _renamed(info, info.filename)
    methods = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
    copy.compress_type = rng.choice(methods)
    entries[i] = (copy, content)
    return entries


def zip_member_bytes(rng: random.Random, entries: list, names: Sequence[str]) -> list:
    """One member's content damaged, the zip itself well-formed around it."""
    i = rng.randrange(len(entries))
    info, content = entries[i]
    entries[i] = (_renamed(info, info.filename), mutate_bytes(rng, content, rounds=1))
    return entries


def zip_add(rng: random.Random, entries: list, names: Sequence[str]) -> list:
    info = zipfile.ZipInfo(rng.choice([*names, *_ODD_NAMES]))
    entries.append((info, rng.randbytes(rng.choice((0, 10, 100)))))
    return entries


ZIP_MUTATIONS = (
    zip_rename,
    zip_reorder,
    zip_duplicate,
    zip_drop,
    zip_oversize,
    zip_recompress,
    zip_member_bytes,
    zip_add,
)


def mutate_zip(rng: random.Random, data: bytes, names: Sequence[str] = ()) -> bytes:
    """A structural change to a zip, keeping (or replacing) its comment; then maybe bytes."""
    entries, comment = _entries(data)
    if not entries:
        return data
    entries = rng.choice(ZIP_MUTATIONS)(rng, entries, names)
    out = _zip(entries, comment if rng.random() < 0.8 else rng.randbytes(rng.choice((0, 70))))
    return mutate_bytes(rng, out, rounds=1) if rng.random() < 0.2 else out


def mutate_bytes(rng: random.Random, data: bytes, *, rounds: int | None = None) -> bytes:
    for _ in range(rounds or rng.choice((1, 1, 1, 2, 3))):
        data = rng.choice(BYTE_MUTATIONS)(rng, data)
    return data


# -- JSON values of the wrong type or size ----------------------------------------------------

ODD_VALUES: tuple[object, ...] = (
    None,
    True,
    0,
    -1,
    2**63,
    1e308,
    "",
    "x" * 70_000,
    "0000000000000-000000",
    "9999999999999-999999",
    [],
    [None],
    {},
    {"a": 1},
    "Ảnh",
    "\x00",
    "../../x",
)


def odd_value(rng: random.Random, old: object) -> object:
    """A value of another type or an extreme size, sometimes the old one nested or repeated."""
    choice = rng.random()
    if choice < 0.1:
        return [old, old]
    if choice < 0.2 and isinstance(old, str):
        return old * 1000
    if choice < 0.25 and isinstance(old, str) and old:
        return old[: len(old) // 2]
    return rng.choice(ODD_VALUES)


def mutate_json_value(rng: random.Random, value: object, depth: int = 0) -> object:
    """Replace one value somewhere in a JSON tree (or drop or add a key)."""
    if isinstance(value, dict) and value and (depth == 0 or rng.random() < 0.7):
        key = rng.choice(list(value))
        out = dict(value)
        roll = rng.random()
        if roll < 0.1:
            del out[key]
        elif roll < 0.15:
            out[rng.choice(("extra", "", "__proto__"))] = odd_value(rng, None)
        else:
            out[key] = mutate_json_value(rng, out[key], depth + 1)
        return out
    if isinstance(value, list) and value and rng.random() < 0.7:
        out_list = list(value)
        i = rng.randrange(len(out_list))
        roll = rng.random()
        if roll < 0.1:
            out_list.pop(i)
        elif roll < 0.2:
            out_list.insert(i, out_list[i])
        else:
            out_list[i] = mutate_json_value(rng, out_list[i], depth + 1)
        return out_list
    return odd_value(rng, value)


# -- running ----------------------------------------------------------------------------------


@dataclass
class Finding:
    case: int
    error: str
    where: str

    def __str__(self) -> str:
        return f"case {self.case}: {self.error} at {self.where}"


@dataclass
class Run:
    """What a batch of cases found: crashes, and how many were refused or accepted."""

    reader: str
    cases: int = 0
    refused: int = 0
    accepted: int = 0
    seconds: float = 0.0
    findings: list[Finding] = field(default_factory=list)

    def distinct(self) -> dict[str, Finding]:
        """One finding per kind of crash (exception type and where it was raised)."""
        found: dict[str, Finding] = {}
        for f in self.findings:
            found.setdefault(f"{f.error.split(':')[0]} at {f.where}", f)
        return found

    def summary(self) -> str:
        rate = self.cases / self.seconds if self.seconds else 0.0
        return (
            f"{self.reader}: {self.cases} cases in {self.seconds:.1f} s ({rate:.0f}/s), "
            f"{self.refused} refused, {self.accepted} accepted, "
            f"{len(self.findings)} crashes ({len(self.distinct())} distinct)"
        )


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "skillsapp" in f.filename] or frames
    last = ours[-1] if ours else None
    return f"{Path(last.filename).name}:{last.lineno} {last.name}" if last else "?"


def run_cases(
    name: str,
    make_case: Callable[[random.Random], bytes],
    read: Callable[[bytes], object],
    *,
    cases: int,
    seed: int,
    after: Callable[[bool], None] | None = None,
) -> Run:
    """Call `read` on `cases` cases made by `make_case`; UserError is a refusal, anything else
    a finding. `after(accepted)` runs after each case (the tests check the database there)."""
    run = Run(name)
    started = time.perf_counter()
    for number in range(cases):
        rng = random.Random(seed * 1_000_003 + number)
        data = make_case(rng)
        accepted = False
        try:
            read(data)
            accepted = True
            run.accepted += 1
        except UserError:
            run.refused += 1
        except Exception as exc:  # the point of fuzzing: anything else is a finding
            run.findings.append(Finding(number, f"{type(exc).__name__}: {exc}"[:200], _where(exc)))
        if after is not None:
            try:
                after(accepted)
            except AssertionError as exc:
                run.findings.append(Finding(number, f"AssertionError: {exc}", "after the case"))
        run.cases += 1
    run.seconds = time.perf_counter() - started
    return run
