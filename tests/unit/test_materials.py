"""A lesson's printable materials: each kind parses and is checked, `print materials` writes a
PDF that carries the materials' own text in embedded fonts, and the checker warns about scripts
that hand out cards no lesson carries."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from pypdf import PdfReader

from skillsapp.cli import main
from skillsapp.content import load_kit
from skillsapp.content.validate import missing_materials
from skillsapp.reports.materials import CARDS_PER_PAGE, render_materials
from tests.unit.test_reports_fonts_periods import unembedded_fonts

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
EXAMPLE = "g3-5/03-mat-khau-manh"


def t(vi: str, en: str | None = None) -> dict[str, str]:
    return {"vi": vi, "en": en or f"{vi} (en)"}


MATERIALS: list[dict[str, Any]] = [
    {"vi": "Bảng, phấn", "en": "Board and chalk"},
    {
        "id": "the",
        "kind": "cards",
        "title": t("Bộ thẻ mật khẩu"),
        "cards": [
            {"text": t(f"Thẻ số {n} về mật khẩu"), "answer": t(f"Đáp án {n}")} for n in range(10)
        ],
    },
    {
        "id": "phieu",
        "kind": "worksheet",
        "title": t("Phiếu luyện tập"),
        "instructions": t("Trả lời từng câu"),
        "items": [{"text": t("Mật khẩu của em dài bao nhiêu ký tự?"), "lines": 3}],
    },
    {
        "id": "bai-dang",
        "kind": "post",
        "title": t("Bài đăng lạ"),
        "post": {
            "author": t("Quà Tặng Miễn Phí"),
            "text": t("Nhập mật khẩu để nhận quà ngay!"),
            "likes": 12300,
            "comments": [{"author": t("Lan"), "text": t("Mình nhận được rồi nè")}],
            "clues": [t("Không ai tặng quà để đổi lấy mật khẩu")],
        },
    },
    {
        "id": "anh",
        "kind": "photo_set",
        "title": t("Bộ ảnh"),
        "photos": [
            {"caption": t("Ảnh cổng trường"), "description": t("Cổng trường có biển tên")},
        ],
    },
    {
        "id": "mau",
        "kind": "form",
        "title": t("Mẫu ghi chép"),
        "fields": [
            {"label": t("Ngày ghi")},
            {"label": t("Người chứng kiến"), "options": [t("Có"), t("Không")]},
        ],
    },
]


@pytest.fixture
def kit_root(tmp_path: Path) -> Path:
    """A lessons folder with the reference files and the example lesson carrying MATERIALS."""
    root = tmp_path / "lessons"
    (root / "g3-5").mkdir(parents=True)
    for name in ("kit.yaml", "contacts.yaml", "protocols.yaml", "competences.yaml"):
        shutil.copy(LESSONS / name, root / name)
    write(root, MATERIALS)
    return root


def write(root: Path, materials: list[Any]) -> None:
    data = yaml.safe_load((LESSONS / f"{EXAMPLE}.yaml").read_text(encoding="utf-8"))
    data["materials"] = materials
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    (root / f"{EXAMPLE}.yaml").write_text(text, encoding="utf-8")


def problems(root: Path) -> list[str]:
    """The example lesson's problems (the folder holds one lesson, so the band plans are short)."""
    return [str(p) for p in load_kit(root).problems if p.path.endswith(f"{EXAMPLE}.yaml")]


def test_each_kind_parses(kit_root: Path) -> None:
    kit = load_kit(kit_root)
    assert problems(kit_root) == []
    lesson = kit.lesson(EXAMPLE)
    by_id = {m.id: m for m in lesson.printables}
    assert [m.kind for m in lesson.printables] == [
        "cards",
        "worksheet",
        "post",
        "photo_set",
        "form",
    ]
    assert by_id["the"].cards[3].text.vi == "Thẻ số 3 về mật khẩu"
    assert by_id["the"].cards[3].answer.en == "Đáp án 3 (en)"
    assert by_id["phieu"].items[0].lines == 3
    post = by_id["bai-dang"].post
    assert post is not None and post.likes == 12300 and post.comments[0].author.vi == "Lan"
    assert by_id["anh"].photos[0].description.vi == "Cổng trường có biển tên"
    assert by_id["mau"].fields[0].lines == 1  # a field with no options gets one line to write
    assert by_id["mau"].fields[1].lines == 0 and len(by_id["mau"].fields[1].options) == 2
    # the plain entries stay, and every material is listed by its title
    assert [m.vi for m in lesson.materials][:2] == ["Bảng, phấn", "Bộ thẻ mật khẩu"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda m: m[1].update(kind="poster"), "'poster' is not one of"),
        (lambda m: m[1]["title"].pop("en"), "materials[1].title.en: missing"),
        (lambda m: m[2].pop("instructions"), "a worksheet says what to do"),
        (lambda m: m[3]["post"].pop("likes"), "materials[3].post.likes: missing"),
        (lambda m: m[4]["photos"][0].update(colour=t("đỏ")), "unknown field 'colour'"),
        (lambda m: m[5]["fields"][0].update(lines=40), "40 is out of range"),
        (lambda m: m[5].update(id="the"), "duplicate material id 'the'"),
        (lambda m: m[1].update(cards=[]), "needs 2 to 48 cards"),
        (lambda m: m[1].update(items=[]), "unknown field 'items'"),
    ],
)
def test_faults_are_named(kit_root: Path, change: Any, expected: str) -> None:
    import copy

    materials = copy.deepcopy(MATERIALS)
    change(materials)
    write(kit_root, materials)
    found = problems(kit_root)
    assert any(expected in p and "materials" in p for p in found), found


def test_decomposed_vietnamese_is_refused(kit_root: Path) -> None:
    import copy
    import unicodedata

    materials = copy.deepcopy(MATERIALS)
    materials[1]["cards"][0]["text"]["vi"] = unicodedata.normalize("NFD", "Thẻ mật khẩu")
    write(kit_root, materials)
    assert any("NFC" in p for p in problems(kit_root)), problems(kit_root)


def test_a_script_that_hands_out_cards_needs_a_material() -> None:
    kit = load_kit()
    with_cards = kit.lesson("g3-5/04-tin-that-hay-gia")
    assert with_cards.printables and missing_materials(with_cards) == []
    bare = type(with_cards)(**{**with_cards.__dict__, "printables": ()})
    (warning,) = missing_materials(bare)
    assert "thẻ" in warning and bare.id in warning


def test_a_lesson_with_no_handout_words_has_no_warning() -> None:
    kit = load_kit()
    lesson = kit.lesson(EXAMPLE)
    quiet = []
    for step in lesson.steps:
        script = type(step.script)(
            "Cả lớp giơ thẻ A–D; phát phiếu gửi gia đình.", "Hold up A-D cards."
        )
        quiet.append(type(step)(**{**step.__dict__, "script": script}))
    bare = type(lesson)(**{**lesson.__dict__, "steps": tuple(quiet), "printables": ()})
    assert missing_materials(bare) == []


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_every_kind_renders_in_both_languages(kit_root: Path) -> None:
    kit = load_kit(kit_root)
    lesson = kit.lesson(EXAMPLE)
    for lang in ("vi", "en"):
        data, pages = render_materials(kit, lesson, lang, "Trường Tiểu học Hòa Bình")
        assert unembedded_fonts(data) == set()
        text = pdf_text(data)
        cards = lesson.printables[0].cards
        # 10 cards on two pages and their answers; the worksheet; the post and its clues;
        # the photos (no answers); the form
        assert pages == -(-len(cards) // CARDS_PER_PAGE) + 1 + 1 + 2 + 1 + 1
        for card in cards:
            assert card.text.get(lang) in text and card.answer.get(lang) in text
        post = lesson.printables[2].post
        assert post.text.get(lang) in text and post.clues[0].get(lang) in text
        assert ("12.300" if lang == "vi" else "12,300") in text
        assert "Cổng trường có biển tên" in text and "Người chứng kiến" in text


def test_only_one_material(kit_root: Path) -> None:
    kit = load_kit(kit_root)
    data, pages = render_materials(kit, kit.lesson(EXAMPLE), "vi", only="mau")
    text = pdf_text(data)
    assert pages == 1 and "Người chứng kiến" in text and "Thẻ số 1" not in text
    with pytest.raises(ValueError):
        render_materials(kit, kit.lesson(EXAMPLE), "vi", only="nope")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_prints_a_lessons_cards(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kit = load_kit()
    lesson = kit.lesson("g1-2/05-loi-noi-tu-te")
    out = tmp_path / "the.pdf"
    code, said, err = run(
        capsys, "print", "materials", "--lesson", "g1-2/05", "--out", str(out), "--lang", "vi"
    )
    assert (code, err) == (0, "") and str(out) in said
    data = out.read_bytes()
    assert unembedded_fonts(data) == set()
    text = pdf_text(data)
    for card in lesson.printables[0].cards:
        assert " ".join(card.text.vi.split()) in text


def test_cli_refuses_a_lesson_without_materials(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kit = load_kit()
    bare = next(lesson for lesson in kit.lessons if not lesson.printables)
    out = tmp_path / "m.pdf"
    code, _, err = run(capsys, "print", "materials", "--lesson", bare.id, "--out", str(out))
    assert code == 1 and bare.id in err and not out.exists()


def test_the_kit_carries_materials_in_every_band() -> None:
    kit = load_kit()
    for band in kit.bands:
        with_materials = [lesson for lesson in kit.band_plan(band.id) if lesson.printables]
        assert len(with_materials) >= 2, band.id


def test_a_scenario_read_aloud_is_on_the_slide() -> None:
    """The script says "Đọc tình huống … (phần tình huống)": the scenario is projected on that
    step's slide, and on no other."""
    from skillsapp.content.render import render_slides

    kit = load_kit()
    lesson = kit.lesson("g3-5/04-tin-that-hay-gia")
    assert lesson.scenario is not None
    slides = render_slides(lesson, kit, "vi")
    reading = [n for n, step in enumerate(lesson.steps, 1) if step.reads_scenario]
    assert reading
    opening = lesson.scenario.text.vi.split(",")[0]
    for number, slide in enumerate(slides):
        assert (opening in slide) == (number in reading), number
    read_steps = sum(step.reads_scenario for lesson in kit.lessons for step in lesson.steps)
    assert read_steps >= 40  # the scripts that read a scenario aloud, across the kit
