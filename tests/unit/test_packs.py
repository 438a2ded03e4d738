"""Signed lesson packs (.knsl): build, verify, import, list, remove, versions, and every refusal
as one line with nothing installed (issue 19)."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from support.lesson_packs import (
    ADDED,
    LESSONS,
    NEW_TITLE_VI,
    UPDATED,
    department,
    empty_school,
    lesson_text,
    make_pack,
    signed_pack,
    write_source,
)
from support.sync_world import members, rezip

from skillsapp.cli import main
from skillsapp.content.library import kit_for
from skillsapp.content.loader import load_kit
from skillsapp.errors import UserError
from skillsapp.packs import format as fmt
from skillsapp.packs.format import read_pack
from skillsapp.packs.install import install_pack
from skillsapp.store import open_store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def dept(tmp_path: Path) -> Path:
    return department(tmp_path / "dept" / "dept.db")


@pytest.fixture
def school(tmp_path: Path) -> Path:
    return empty_school(tmp_path)


@pytest.fixture
def pack(dept: Path, tmp_path: Path) -> Path:
    """Updates the password lesson to version 2 and adds a lesson."""
    src = write_source(
        tmp_path / "src", {UPDATED: lesson_text(), ADDED: lesson_text(ADDED, version=1)}
    )
    return make_pack(dept, src, tmp_path / "update.knsl")


def _fingerprint(pack: Path) -> str:
    return read_pack(pack).publisher.fingerprint


def _install(school: Path, pack: Path, *, accept: bool = True) -> object:
    store = open_store(school)
    try:
        return install_pack(store, school, pack, accept=_fingerprint(pack) if accept else None)
    finally:
        store.close()


def _refusal(school: Path, pack: Path, *, accept: bool = True) -> UserError:
    with pytest.raises(UserError) as caught:
        _install(school, pack, accept=accept)
    return caught.value


def _library(school: Path) -> list[str]:
    root = school.parent / "lessons"
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) if root.exists() else []


# -- the round trip ---------------------------------------------------------------------------


def test_a_pack_is_built_imported_listed_and_removed_from_the_cli(pack, school, capsys):
    code, out, err = run(capsys, "lessons", "import", "--db", str(school), str(pack))
    assert code == 1 and out == ""
    assert "not accepted yet" in err and _fingerprint(pack) in err and err.count("\n") == 1
    assert _library(school) == []

    fingerprint = _fingerprint(pack)
    code, out, err = run(
        capsys, "lessons", "import", "--db", str(school), str(pack), "--accept", fingerprint
    )
    assert (code, err) == (0, "")
    assert out == (
        "Installed the pack pgd-2026 version 1 from Phòng GD&ĐT Hoa Phượng: "
        "1 new, 1 updated lessons.\n"
    )

    code, out, _ = run(capsys, "lessons", "list", "--db", str(school), "--json")
    listing = json.loads(out)
    by_id = {lesson["id"]: lesson for lesson in listing["lessons"]}
    assert by_id[UPDATED] == {
        "id": UPDATED,
        "version": 2,
        "origin": "pack",
        "pack": "pgd-2026",
        "title": {"vi": NEW_TITLE_VI, "en": "Your password is your key"},
    }
    assert (by_id[ADDED]["version"], by_id[ADDED]["origin"]) == (1, "pack")
    assert by_id["g1-2/01-internet-quanh-em"]["origin"] == "bundled"
    assert [(p["id"], p["version"], p["fingerprint"]) for p in listing["packs"]] == [
        ("pgd-2026", 1, fingerprint)
    ]

    # the publisher is now accepted: a second pack needs no confirmation
    code, out, _ = run(capsys, "lessons", "import", "--db", str(school), str(pack))
    assert (code, out) == (0, "The pack pgd-2026 version 1 is installed already.\n")

    code, out, _ = run(capsys, "lessons", "remove", "--db", str(school), "pgd-2026")
    assert code == 0 and "Removed the pack pgd-2026" in out
    kit = kit_for(school)
    assert kit.lesson(UPDATED).version == 1 and ADDED not in {x.id for x in kit.lessons}
    assert kit.lesson_at(UPDATED, 2).title.vi == NEW_TITLE_VI  # a past session still finds it

    code, _, err = run(capsys, "lessons", "remove", "--db", str(school), "pgd-2026")
    assert code == 1 and err == "There is no pack pgd-2026. Installed packs: -.\n"


def test_installed_into_the_data_folder_beside_the_database(pack, school):
    _install(school, pack)
    assert _library(school) == [
        "packs",
        "packs/pgd-2026",
        "packs/pgd-2026/lessons",
        "packs/pgd-2026/lessons/g3-5",
        "packs/pgd-2026/lessons/g3-5/03-mat-khau-manh.yaml",
        "packs/pgd-2026/lessons/g3-5/90-mat-khau-moi.yaml",
        "packs/pgd-2026/manifest.json",
        "packs/pgd-2026/manifest.sig",
    ]
    assert not (LESSONS / "packs").exists()  # never the program folder


def test_the_builder_refuses_a_lesson_the_curriculum_check_refuses(dept, tmp_path):
    broken = lesson_text(ADDED, version=1).replace("minutes: 35\n", "minutes: many\n", 1)
    src = write_source(tmp_path / "src", {ADDED: broken})
    with pytest.raises(UserError) as caught:
        make_pack(dept, src, tmp_path / "p.knsl")
    assert caught.value.message("en").startswith(
        "The lesson g3-5/90-mat-khau-moi.yaml has a problem"
    )
    assert "minutes" in caught.value.message("en")
    assert not (tmp_path / "p.knsl").exists()


# -- versions ---------------------------------------------------------------------------------


def test_a_newer_pack_of_the_same_id_replaces_the_older_and_keeps_its_versions(
    dept, school, tmp_path
):
    first = make_pack(
        dept, write_source(tmp_path / "a", {UPDATED: lesson_text()}), tmp_path / "a.knsl"
    )
    _install(school, first)
    src = write_source(tmp_path / "b", {UPDATED: lesson_text(version=3, title_vi="Bản ba")})
    second = make_pack(dept, src, tmp_path / "b.knsl", version=2)
    _install(school, second)
    kit = kit_for(school)
    assert (kit.lesson(UPDATED).version, kit.lesson(UPDATED).title.vi) == (3, "Bản ba")
    assert kit.lesson_at(UPDATED, 2).title.vi == NEW_TITLE_VI  # from retired/pgd-2026@1
    assert kit.lesson_at(UPDATED, 1).origin == "bundled"
    assert "retired/pgd-2026@1/manifest.json" in _library(school)
    error = _refusal(school, first)
    assert error.message("en") == (
        f"The pack pgd-2026 version 2 is installed; {first} is version 1: nothing installed."
    )


def test_a_pack_that_would_replace_a_lesson_with_an_older_version_is_refused(
    dept, school, tmp_path
):
    newer = write_source(tmp_path / "a", {UPDATED: lesson_text(version=3)})
    _install(school, make_pack(dept, newer, tmp_path / "a.knsl", pack_id="pgd-a"))
    older = write_source(
        tmp_path / "b", {UPDATED: lesson_text(version=2), ADDED: lesson_text(ADDED, version=1)}
    )
    pack = make_pack(dept, older, tmp_path / "b.knsl", pack_id="pgd-b")
    error = _refusal(school, pack)
    assert error.message("en") == (
        f"The lesson pack {pack} would replace the lesson {UPDATED} version 3 with the older "
        "version 2: nothing installed."
    )
    assert not (school.parent / "lessons" / "packs" / "pgd-b").exists()


def test_a_changed_lesson_with_the_bundled_version_number_is_refused(dept, school, tmp_path):
    src = write_source(tmp_path / "src", {UPDATED: lesson_text(version=1)})
    error = _refusal(school, make_pack(dept, src, tmp_path / "p.knsl"))
    assert "must raise the version" in error.message("en")


def test_an_update_may_not_move_a_lesson_to_another_strand(dept, school, tmp_path):
    moved = lesson_text(version=2).replace("strand: 3\n", "strand: 2\n", 1)
    pack = make_pack(dept, write_source(tmp_path / "src", {UPDATED: moved}), tmp_path / "p.knsl")
    assert _refusal(school, pack).key == "packs.moved"
    assert _library(school) == []


def test_a_new_installer_never_downgrades_a_newer_imported_lesson(
    pack, school, tmp_path, monkeypatch
):
    _install(school, pack)
    installer = tmp_path / "new-installer" / "lessons"
    shutil.copytree(LESSONS, installer)
    bundled = installer / f"{UPDATED}.yaml"
    bundled.write_text(lesson_text(version=1, title_vi="Bản của bộ cài mới"), "utf-8")
    monkeypatch.setenv("SKILLSAPP_LESSONS", str(installer))
    kit = kit_for(school)
    assert load_kit().lesson(UPDATED).title.vi == "Bản của bộ cài mới"
    assert (kit.lesson(UPDATED).origin, kit.lesson(UPDATED).title.vi) == ("pack", NEW_TITLE_VI)
    bundled.write_text(lesson_text(version=4, title_vi="Bản 4 của bộ cài"), "utf-8")
    assert kit_for(school).lesson(UPDATED).title.vi == "Bản 4 của bộ cài"  # newer wins


# -- refusals: one line each, nothing installed -----------------------------------------------


def _one_line(error: UserError) -> str:
    text = error.message("en")
    assert "\n" not in text and "nothing installed" in text
    return text


def test_a_tampered_pack_is_refused(pack, school):
    data = bytearray(pack.read_bytes())
    data[len(data) // 2] ^= 0x01
    pack.write_bytes(bytes(data))
    assert "damaged or was altered" in _one_line(_refusal(school, pack))
    assert _library(school) == []


def test_a_truncated_pack_is_refused(pack, school):
    pack.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
    assert "cut short" in _one_line(_refusal(school, pack))
    assert _library(school) == []


def test_an_unsigned_pack_is_refused(pack, school, tmp_path):
    found, _ = members(pack)
    entries = [(n, d) for n, d in found.items() if n != fmt.SIGNATURE]
    target = tmp_path / "unsigned.knsl"
    rezip(target, entries, b"knsl/1 " + b"0" * 64)
    body = target.read_bytes()[:-64]
    target.write_bytes(body + hashlib.sha256(body).hexdigest().encode())
    assert _refusal(school, target).message("en") == (
        f"The lesson pack {target} is not signed: nothing installed."
    )


def test_a_pack_signed_by_someone_else_is_refused(pack, school, tmp_path):
    other = department(tmp_path / "other" / "other.db")
    found, _ = members(pack)
    manifest = json.loads(found[fmt.MANIFEST])
    lessons = {n: d for n, d in found.items() if n.startswith(fmt.LESSONS_PREFIX)}
    forged = signed_pack(other, tmp_path / "forged.knsl", manifest, lessons)  # keeps the old key
    assert "signature" in _one_line(_refusal(school, forged))


def test_a_pack_valid_but_for_one_lesson_installs_nothing_and_names_it(dept, school, tmp_path):
    good = lesson_text(version=2).encode()
    broken = lesson_text(ADDED, version=1).replace("minutes: 35\n", "minutes: many\n").encode()
    store = open_store(dept)
    try:
        from skillsapp.sync.keys import load_keys

        keys = load_keys(store)
    finally:
        store.close()
    assert keys is not None
    manifest = {
        "pack_id": "pgd-2026",
        "pack_version": 1,
        "publisher": keys.identity.to_json(),
        "publisher_name": "Phòng GD&ĐT",
        "created_at": "2026-12-01T08:00:00",
        "lessons": [
            {"id": UPDATED, "version": 2, "member": f"lessons/{UPDATED}.yaml"},
            {"id": ADDED, "version": 1, "member": f"lessons/{ADDED}.yaml"},
        ],
    }
    pack = signed_pack(
        dept,
        tmp_path / "one-bad.knsl",
        manifest,
        {f"lessons/{UPDATED}.yaml": good, f"lessons/{ADDED}.yaml": broken},
    )
    message = _one_line(_refusal(school, pack))
    assert message.startswith(f"The lesson pack {pack}: the lesson g3-5/90-mat-khau-moi is broken")
    assert _library(school) == []
    assert kit_for(school).lesson(UPDATED).version == 1


def test_a_pack_larger_than_the_bound_is_refused_before_reading(pack, school, monkeypatch):
    monkeypatch.setattr(fmt, "MAX_FILE_BYTES", 1024)
    assert "too large" in _one_line(_refusal(school, pack))


def test_a_pack_with_a_path_out_of_its_folder_is_refused(pack, tmp_path):
    found, comment = members(pack)
    target = tmp_path / "evil.knsl"
    rezip(target, [*found.items(), ("lessons/../../evil.yaml", b"x")], comment)
    with pytest.raises(UserError) as caught:
        read_pack(target)
    assert caught.value.key in ("packs.member_name", "packs.damaged")


def test_a_wrong_fingerprint_is_refused(pack, school):
    store = open_store(school)
    try:
        with pytest.raises(UserError) as caught:
            install_pack(store, school, pack, accept="0000 0000 0000 0000 0000")
    finally:
        store.close()
    assert caught.value.key == "packs.wrong_fingerprint"


def test_a_pack_cut_short_during_install_leaves_no_pack(pack, school, monkeypatch):
    """A process killed between writing and renaming leaves only a hidden folder."""
    import os

    from skillsapp.packs import install

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(install.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        _install(school, pack)
    monkeypatch.setattr(install.os, "replace", os.replace)
    assert [p for p in _library(school) if p.count("/") == 1] == [
        p for p in _library(school) if p.startswith("packs/.tmp-") and p.count("/") == 1
    ]
    assert kit_for(school).lesson(UPDATED).version == 1


def test_the_zip_is_a_knsl_pack(pack):
    with zipfile.ZipFile(pack) as archive:
        assert archive.comment.startswith(b"knsl/1 ")
        assert sorted(archive.namelist()) == [
            "lessons/g3-5/03-mat-khau-manh.yaml",
            "lessons/g3-5/90-mat-khau-moi.yaml",
            "manifest.json",
            "manifest.sig",
        ]
