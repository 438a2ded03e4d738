"""The .knsl reader on randomly damaged packs: every case is read or refused with our UserError,
never another exception (a crash, a traceback for the user, a half-checked pack).

Three kinds of damage: bytes (flips, runs, truncation at zip boundaries), zip structure
(members renamed, dropped, duplicated, stretched, recompressed) and, so the checks behind the
signature are reached too, manifests and lesson texts changed and then signed again by the
publisher. The signed cases go through the whole verification (read_pack, then every lesson).
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import fuzz
from support.lesson_packs import (
    ADDED,
    UPDATED,
    department,
    lesson_text,
    make_pack,
    with_files,
    write_files,
    write_source,
)
from support.sync_world import private_keys

from skillsapp.content.loader import load_kit
from skillsapp.errors import UserError
from skillsapp.packs import format as fmt
from skillsapp.packs.format import parse_pack
from skillsapp.packs.verify import check_lessons

CASES = 300
NAME = Path("damaged.knsl")


@pytest.fixture(scope="module")
def seed_pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """A genuine pack (an update and a new lesson) and its publisher's private signing key."""
    root = tmp_path_factory.mktemp("fuzz-packs")
    dept = department(root / "dept" / "dept.db")
    src = write_source(root / "src", {UPDATED: lesson_text(), ADDED: lesson_text(ADDED, version=1)})
    pack = make_pack(dept, src, root / "seed.knsl")
    return pack.read_bytes(), private_keys(dept)


def _verify(data: bytes) -> None:
    """Everything a school runs before installing: the file, then every lesson."""
    check_lessons(parse_pack(NAME, data), load_kit())


def _names(data: bytes) -> list[str]:
    found, _ = members_of(data)
    return list(found)


def members_of(data: bytes) -> tuple[dict[str, bytes], bytes]:
    """The members of a pack in memory, and its zip comment."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}, archive.comment


def _resigned(rng: random.Random, data: bytes, key: bytes) -> bytes:
    """The pack with its manifest or one lesson changed, signed again by the publisher."""
    found, _ = members_of(data)
    manifest = json.loads(found.pop(fmt.MANIFEST))
    found.pop(fmt.SIGNATURE)
    for name in ("format", "format_version", "members"):
        manifest.pop(name)
    if rng.random() < 0.5:
        manifest = fuzz.mutate_json_value(rng, manifest)
    else:
        name = rng.choice([n for n in found if n.startswith(fmt.LESSONS_PREFIX)])
        found[name] = fuzz.mutate_bytes(rng, found[name])
    if not isinstance(manifest, dict):
        manifest = {"manifest": manifest}
    return fmt.pack_bytes(manifest, found, key)


def test_damaged_packs_are_refused_with_our_message_and_never_crash(seed_pack):
    data, key = seed_pack
    _verify(data)  # the seed itself is a good pack
    names = _names(data)

    def make_case(rng: random.Random) -> bytes:
        roll = rng.random()
        if roll < 0.35:
            return fuzz.mutate_bytes(rng, data)
        if roll < 0.65:
            return fuzz.mutate_zip(rng, data, names)
        return _resigned(rng, data, key)

    run = fuzz.run_cases("knsl", make_case, _verify, cases=CASES, seed=19)
    assert run.cases == CASES
    assert run.findings == [], "\n".join(str(f) for f in run.distinct().values())
    assert run.refused > CASES // 2


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(min_value=0), flips=st.lists(st.integers(min_value=0), max_size=4))
def test_any_truncation_or_flip_is_refused_with_our_error(seed_pack, cut, flips):
    data, _ = seed_pack
    damaged = bytearray(data[: cut % (len(data) + 1)])
    for at in flips:
        if damaged:
            damaged[at % len(damaged)] ^= 0x20
    if bytes(damaged) == data:
        return
    with pytest.raises(UserError):
        _verify(bytes(damaged))


@pytest.fixture(scope="module")
def files_pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], bytes]:
    """A genuine pack whose lesson shows a picture of its files/ folder: its manifest (without
    the fields pack_bytes adds) and its publisher's private signing key."""
    root = tmp_path_factory.mktemp("fuzz-files")
    dept = department(root / "dept" / "dept.db")
    src = write_files(write_source(root / "src", {UPDATED: with_files(lesson_text())}))
    found, _ = members_of(make_pack(dept, src, root / "seed.knsl").read_bytes())
    manifest = json.loads(found[fmt.MANIFEST])
    for name in ("format", "format_version", "members"):
        manifest.pop(name)
    return manifest, private_keys(dept)


_PATHISH = st.text(alphabet=st.sampled_from("files/.\\:~C$ab-_é\x00"), max_size=40)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ref=st.one_of(_PATHISH, st.text(max_size=40)))
def test_any_file_reference_is_shown_from_the_pack_or_refused(files_pack, ref):
    """Whatever a signed lesson names as its picture, the verification passes only a file the
    pack carries in files/, and refuses the rest with our error."""
    manifest, key = files_pack
    quoted = json.dumps(ref)  # a YAML double-quoted scalar is JSON's string syntax
    text = with_files(lesson_text(), image="@REF@").replace('"@REF@"', quoted)
    members = {
        f"lessons/{UPDATED}.yaml": text.encode("utf-8"),
        "files/chia-khoa.png": b"\x89PNG",
        "files/phieu.pdf": b"%PDF",
    }
    data = fmt.pack_bytes(manifest, members, key)
    try:
        _verify(data)
    except UserError:
        return
    assert ref in members and ref.startswith("files/")


@settings(max_examples=300, deadline=None)
@given(data=st.one_of(st.binary(max_size=300), st.binary(max_size=200).map(b"\xff\xd8".__add__)))
def test_picture_size_reads_any_file_header_without_crashing(tmp_path_factory, data):
    """The header reader of a pack's pictures (content/files.py) on any bytes: a size or None."""
    from skillsapp.content.files import picture_size

    path = tmp_path_factory.mktemp("pictures") / "x.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + data if data[:1] == b"P" else data)
    size = picture_size(path)
    assert size is None or (size[0] > 0 and size[1] > 0)
