"""A department that writes lesson packs, for the pack tests and the pack fuzz test."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from support.sync_world import new_db, private_keys

from skillsapp.content.library import kit_for
from skillsapp.domain.records import Answer, SessionInput
from skillsapp.packs import format as fmt
from skillsapp.packs.build import build_pack
from skillsapp.services import school as school_service
from skillsapp.services.sessions import record_session
from skillsapp.store import open_store

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
UPDATED = "g3-5/03-mat-khau-manh"  # bundled at version 1
ADDED = "g3-5/90-mat-khau-moi"
NEW_TITLE_VI = "Mật khẩu là chìa khóa của em (bản 2026)"


def lesson_text(lesson_id: str = UPDATED, *, version: int = 2, title_vi: str = NEW_TITLE_VI) -> str:
    """The bundled password lesson rewritten as `lesson_id` at `version` with a new title."""
    text = (LESSONS / f"{UPDATED}.yaml").read_text("utf-8")
    stem = lesson_id.split("/")[1]
    text = text.replace(f"id: {UPDATED}\n", f"id: {lesson_id}\n", 1)
    text = re.sub(r"(?m)^version: \d+$", f"version: {version}", text, count=1)
    text = re.sub(r"(?m)^order: \d+$", f"order: {int(stem.split('-')[0])}", text, count=1)
    return text.replace('vi: "Mật khẩu là chìa khóa của em"', f'vi: "{title_vi}"', 1)


def write_source(folder: Path, lessons: dict[str, str]) -> Path:
    """A folder laid out like lessons/: `<band>/<file>.yaml` for each lesson id."""
    for lesson_id, text in lessons.items():
        path = folder / f"{lesson_id}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return folder


def department(path: Path) -> Path:
    """A department's database with its keys (and its key card beside it)."""
    return new_db(path, name="Phòng GD&ĐT Hoa Phượng", role="department")


def empty_school(tmp_path: Path) -> Path:
    """A school's database with nothing in it yet, in its own folder (its packs go beside it)."""
    path = tmp_path / "school" / "school.db"
    path.parent.mkdir()
    open_store(path).close()
    return path


def make_pack(
    db: Path, src: Path, out: Path, *, pack_id: str = "pgd-2026", version: int = 1
) -> Path:
    store = open_store(db)
    try:
        path, _ = build_pack(store, src, out, pack_id=pack_id, version=version)
    finally:
        store.close()
    return path


def signed_pack(
    db: Path, out: Path, manifest: dict[str, object], members: dict[str, bytes]
) -> Path:
    """A pack signed by the department with whatever manifest and members a test needs (the
    builder would refuse a broken lesson; a forger would not)."""
    out.write_bytes(fmt.pack_bytes(manifest, members, private_keys(db)))
    return out


def teach_6a1(db: Path, lesson_id: str, day: date) -> None:
    """A lesson of `lesson_id` (as the database's kit has it) in 6A1, every pupil present and
    answering right: the pack and own-lesson tests teach what they installed or wrote."""
    lesson = kit_for(db).lesson(lesson_id)
    keys = lesson.quiz_keys()
    store = open_store(db)
    try:
        cls = next(c for c in school_service.classes(store) if c.name == "6A1")
        pupils = school_service.pupils(store, cls.id, include_inactive=False)
        data = SessionInput(
            kind="lesson",
            held_on=day,
            class_id=cls.id,
            lesson_id=lesson.id,
            lesson_version=lesson.version,
            minutes=lesson.minutes,
            quiz_mode="pupil",
            attendance={p.id: "present" for p in pupils},
            answers=tuple(Answer(p.id, k, keys[k].answer) for p in pupils for k in keys),
        )
        record_session(store, data, keys=keys)
    finally:
        store.close()


def rewritten(
    lesson_id: str,
    *,
    version: int,
    title: tuple[str, str] | None = None,
    edits: tuple[tuple[str, str], ...] = (),
) -> str:
    """A bundled lesson's YAML at another version: its title (vi, en) and any other texts
    replaced (each `edits` pair once, and it must be there, so a test cannot edit nothing)."""
    text = (LESSONS / f"{lesson_id}.yaml").read_text("utf-8")
    text = re.sub(r"(?m)^version: \d+$", f"version: {version}", text, count=1)
    if title is not None:
        text, count = re.subn(
            r'(?m)^title:\n  vi: ".*"\n  en: ".*"$',
            f'title:\n  vi: "{title[0]}"\n  en: "{title[1]}"',
            text,
            count=1,
        )
        assert count == 1, lesson_id
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


# A department's update of three grade 6-7 lessons of the demo school (tests of past figures):
SCAM = "g6-9/03-tin-nhan-gia-mao"  # 6A1 had it on 2026-10-05, each pupil answering
FOOTPRINT = "g6-9/02-dau-chan-so"  # 6A1 had it on 2026-09-23, by show of hands
LIVESTREAM = "g6-9/13-livestream-va-check-in"  # in grade 7's plan, 7A1 has not had it
SCAM_TITLE_EN = "Strange links from familiar accounts: account-theft traps on Zalo and Facebook"
SCAM_Q1_EN = "Which of these messages show signs of a scam?"
LIVESTREAM_NEW_EN = "Livestreams and check-ins: the 2026 update"


def _without_q6(text: str) -> str:
    start, end = text.index("  - id: q6\n"), text.index("family_note:")
    return text[:start] + text[end:]


def past_update(version: int = 2) -> dict[str, str]:
    """The update: the scam lesson gets a new title, a new first question and loses its sixth;
    the footprint lesson a new title and the other answer to its second question (a show of
    hands judged by the new key would change); the livestream lesson a new title."""
    return {
        SCAM: _without_q6(
            rewritten(
                SCAM,
                version=version,
                title=("Link lạ từ nick quen (bản 2026)", "Strange links: the 2026 update"),
                edits=((SCAM_Q1_EN, "Which messages below are scams? (2026)"),),
            )
        ),
        FOOTPRINT: rewritten(
            FOOTPRINT,
            version=version,
            title=("Dấu chân số (bản 2026)", "Digital footprints: the 2026 update"),
            edits=(
                (
                    '    answer: false\n    feedback:\n      vi: "Sai. Trước',
                    '    answer: true\n    feedback:\n      vi: "Sai. Trước',
                ),
            ),
        ),
        LIVESTREAM: rewritten(
            LIVESTREAM,
            version=version,
            title=("Livestream và check-in (bản 2026)", LIVESTREAM_NEW_EN),
        ),
    }


PICTURE = Path(__file__).resolve().parents[2] / "resources" / "pictures" / "1f511.png"
WORKSHEET_PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def with_files(text: str, image: str = "files/chia-khoa.png", pdf: str = "files/phieu.pdf") -> str:
    """The password lesson's text with a picture on its first slide and two attached files
    (the picture again and a PDF worksheet), references written as given."""
    text = text.replace('    picture: "🔑"\n', f'    picture: "🔑"\n    image: "{image}"\n', 1)
    attached = (
        "files:\n"
        f'  - file: "{image}"\n'
        '    title: {vi: "Tranh chiếc chìa khóa", en: "The key picture"}\n'
        f'  - file: "{pdf}"\n'
        '    title: {vi: "Phiếu bài tập mật khẩu", en: "Password worksheet"}\n'
    )
    return text.replace("steps:\n", attached + "steps:\n", 1)


def write_files(src: Path) -> Path:
    """The pack source's files/ folder: the key picture and a PDF worksheet."""
    folder = src / "files"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "chia-khoa.png").write_bytes(PICTURE.read_bytes())
    (folder / "phieu.pdf").write_bytes(WORKSHEET_PDF)
    return src
