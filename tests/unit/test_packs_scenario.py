"""Issue 19's done-when, end to end through the CLI: a department's pack that updates one lesson
and adds one travels by file to a school, installs, is taught, and the school's reports for an
earlier period are byte-identical to before."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from support.lesson_packs import department, teach_6a1, write_source

from skillsapp.cli import main
from skillsapp.content.library import kit_for
from skillsapp.store import open_store

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
UPDATED = "g6-9/03-tin-nhan-gia-mao"  # taught by the demo school on 2026-10-06
ADDED = "g6-9/91-tin-nhan-gia-mao-moi"
EARLIER = "2026-10"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _lesson(lesson_id: str, version: int, competences: str, title_vi: str) -> str:
    """The bundled scam lesson rewritten: another id, version, competences and title."""
    text = (LESSONS / f"{UPDATED}.yaml").read_text("utf-8")
    order = int(lesson_id.split("/")[1].split("-")[0])
    text = text.replace(f"id: {UPDATED}\n", f"id: {lesson_id}\n", 1)
    text = re.sub(r"(?m)^version: \d+$", f"version: {version}", text, count=1)
    text = re.sub(r"(?m)^order: \d+$", f"order: {order}", text, count=1)
    text = re.sub(r"(?m)^competences: .*$", f"competences: {competences}", text, count=1)
    return re.sub(r'(?m)^(title:\n  vi: )".*"$', rf'\1"{title_vi}"', text, count=1)


_OFFICE_DATES = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)")


def _comparable(name: str, data: bytes) -> object:
    """A report's bytes as they must stay equal: a PDF byte for byte (ReportLab's invariant
    mode fixes its creation date and file id); an Office file member by member, with the
    creation and change times of docProps/core.xml left out, since they are the save time."""
    if name.endswith(".pdf") or name.endswith(".csv"):
        return data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            info.filename: _OFFICE_DATES.sub(rb"\1-\3", archive.read(info))
            for info in archive.infolist()
        }


def _reports(capsys, db: Path, out: Path) -> dict[str, object]:
    """The school's and a class's reports for the earlier period, in every format."""
    out.mkdir(exist_ok=True)
    made = {}
    for kind, extra in (("school", []), ("class", ["--class", "6A1"])):
        for fmt in ("pdf", "csv", "xlsx", "docx"):
            target = out / f"{kind}.{fmt}"
            code, _, err = run(
                capsys, "report", "--db", str(db), "--kind", kind, "--period", EARLIER,
                "--format", fmt, "--out", str(target), "--lang", "vi", *extra,
            )  # fmt: skip
            assert (code, err) == (0, "")
            made[target.name] = _comparable(target.name, target.read_bytes())
    return made


def test_a_department_pack_updates_a_school_and_earlier_reports_do_not_change(
    demo_db, tmp_path, capsys, monkeypatch
):
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)
    # the department writes the update on its own computer and packs it
    dept = department(tmp_path / "dept" / "dept.db")
    src = write_source(
        tmp_path / "cap-nhat-lua-dao",
        {
            UPDATED: _lesson(UPDATED, 2, '["2.1", "4.1"]', "Tin nhắn giả mạo (cập nhật 2026)"),
            ADDED: _lesson(ADDED, 1, '["1.2", "4.1", "4.2"]', "Chiêu lừa mới qua tin nhắn"),
        },
    )
    pack = tmp_path / "usb" / "cap-nhat.knsl"
    pack.parent.mkdir()
    code, out, err = run(
        capsys, "lessons", "pack", "--db", str(dept), "--src", str(src), "--out", str(pack)
    )
    assert (code, err) == (0, "")
    fingerprint = re.search(r"fingerprint ([\d ]+)\.", out)
    assert fingerprint is not None

    before = _reports(capsys, demo_db, tmp_path / "before")

    # the school receives the file, compares the fingerprint by phone and installs
    code, out, err = run(
        capsys, "lessons", "import", "--db", str(demo_db), str(pack),
        "--accept", fingerprint[1],
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "1 new, 1 updated lessons" in out
    kit = kit_for(demo_db)
    assert kit.lesson(UPDATED).version == 2 and kit.lesson(UPDATED).domains == (2, 4)
    assert kit.lesson_at(UPDATED, 1).domains == (1, 4)  # as taught on 2026-10-06

    # the new lesson and the updated one are taught in December
    teach_6a1(demo_db, ADDED, date(2026, 12, 1))
    teach_6a1(demo_db, UPDATED, date(2026, 12, 2))
    store = open_store(demo_db)
    try:
        taught = store.db.execute(
            "SELECT lesson_id, lesson_version FROM session WHERE held_on >= '2026-12-01'"
            " ORDER BY held_on"
        ).fetchall()
    finally:
        store.close()
    assert [tuple(row) for row in taught] == [(ADDED, 1), (UPDATED, 2)]

    after = _reports(capsys, demo_db, tmp_path / "after")
    assert sorted(after) == sorted(before)
    for name in before:
        assert after[name] == before[name], f"{name} changed"
