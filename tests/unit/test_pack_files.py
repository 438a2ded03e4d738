"""A pack's files (issue 19): a lesson from a pack shows the picture and the files it names in the
lesson view, the slides and the handout, and can name only files inside its own pack folder
(skillsapp.content.files); a reference out of it is refused at import with one line."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from support.lesson_packs import (
    LESSONS,
    PICTURE,
    UPDATED,
    WORKSHEET_PDF,
    department,
    empty_school,
    lesson_text,
    make_pack,
    signed_pack,
    with_files,
    write_files,
    write_source,
)

from skillsapp.content.files import lesson_file
from skillsapp.content.library import kit_for
from skillsapp.content.render import render_handout, render_lesson, render_slides
from skillsapp.errors import UserError
from skillsapp.packs.format import read_pack
from skillsapp.packs.install import install_pack
from skillsapp.store import open_store


@pytest.fixture
def dept(tmp_path: Path) -> Path:
    return department(tmp_path / "dept" / "dept.db")


@pytest.fixture
def school(tmp_path: Path) -> Path:
    return empty_school(tmp_path)


def _install(school: Path, pack: Path) -> None:
    store = open_store(school)
    try:
        install_pack(store, school, pack, accept=read_pack(pack).publisher.fingerprint)
    finally:
        store.close()


def _refusal(school: Path, pack: Path) -> str:
    with pytest.raises(UserError) as caught:
        _install(school, pack)
    text = caught.value.message("en")
    assert "\n" not in text and text.endswith("nothing installed.")
    assert not (school.parent / "lessons" / "packs").exists() or not any(
        (school.parent / "lessons" / "packs").iterdir()
    )
    return text


def test_a_packs_picture_and_files_are_shown_in_the_lesson_the_slides_and_the_handout(
    dept, school, tmp_path
):
    src = write_files(write_source(tmp_path / "src", {UPDATED: with_files(lesson_text())}))
    _install(school, make_pack(dept, src, tmp_path / "p.knsl"))
    kit = kit_for(school)
    lesson = kit.lesson(UPDATED)
    folder = school.parent / "lessons" / "packs" / "pgd-2026" / "files"
    picture = (folder / "chia-khoa.png").resolve()
    assert picture.read_bytes() == PICTURE.read_bytes()
    assert (folder / "phieu.pdf").read_bytes() == WORKSHEET_PDF
    img = f'<img src="{picture.as_uri()}" width='
    assert img in render_lesson(lesson, kit, "en")
    assert f'<a href="{(folder / "phieu.pdf").resolve().as_uri()}">phieu.pdf</a>' in (
        render_lesson(lesson, kit, "en")
    )
    slides = render_slides(lesson, kit, "vi")
    assert [img in slide for slide in slides] == [False, True, *[False] * (len(slides) - 2)]
    handout = render_handout(lesson, kit, "vi")
    assert img in handout and "Tranh chiếc chìa khóa" in handout
    assert "Phiếu bài tập mật khẩu" in handout and "phieu.pdf" in handout


def test_a_file_gone_from_the_folder_shows_its_name_not_a_broken_picture(dept, school, tmp_path):
    src = write_files(write_source(tmp_path / "src", {UPDATED: with_files(lesson_text())}))
    _install(school, make_pack(dept, src, tmp_path / "p.knsl"))
    gone = school.parent / "lessons" / "packs" / "pgd-2026" / "files" / "chia-khoa.png"
    gone.unlink()
    kit = kit_for(school)
    slide = render_slides(kit.lesson(UPDATED), kit, "en")[1]
    assert 'chia-khoa.png"' not in slide and "<i>chia-khoa.png</i>" in slide


@pytest.mark.parametrize(
    "ref",
    ["../chia-khoa.png", "/etc/chia-khoa.png", "files/../../chia-khoa.png", "C:\\\\x.png",
     "files/sub/chia-khoa.png", "chia-khoa.png"],
)  # fmt: skip
def test_a_reference_out_of_the_pack_folder_is_refused_in_one_line(dept, school, tmp_path, ref):
    """The builder refuses such a lesson; a forger signs it anyway: the school refuses it."""
    text = with_files(lesson_text(), image=ref)
    members = {f"lessons/{UPDATED}.yaml": text.encode("utf-8")}
    members["files/chia-khoa.png"] = PICTURE.read_bytes()
    members["files/phieu.pdf"] = WORKSHEET_PDF
    manifest = {
        "pack_id": "pgd-2026",
        "pack_version": 1,
        "publisher": json.loads(json.dumps(read_pack(_good(dept, tmp_path)).publisher.to_json())),
        "publisher_name": "Phòng GD&ĐT Hoa Phượng",
        "created_at": "2026-12-03T10:00:00",
        "lessons": [{"id": UPDATED, "version": 2, "member": f"lessons/{UPDATED}.yaml"}],
    }
    text = _refusal(school, signed_pack(dept, tmp_path / "forged.knsl", manifest, members))
    assert "must name a file of the pack's files/ folder" in text
    assert UPDATED in text


def _good(dept: Path, tmp_path: Path) -> Path:
    src = write_source(tmp_path / "good-src", {UPDATED: lesson_text()})
    return make_pack(dept, src, tmp_path / "good.knsl")


def test_the_builder_refuses_a_path_out_of_the_folder(dept, tmp_path):
    src = write_files(
        write_source(tmp_path / "src", {UPDATED: with_files(lesson_text(), image="../x.png")})
    )
    with pytest.raises(UserError) as caught:
        make_pack(dept, src, tmp_path / "p.knsl")
    assert "must name a file of the pack's files/ folder" in caught.value.message("en")


def test_a_file_the_pack_does_not_carry_is_refused(dept, school, tmp_path):
    src = write_source(tmp_path / "src", {UPDATED: with_files(lesson_text())})
    with pytest.raises(UserError) as caught:  # the builder: no files/ folder
        make_pack(dept, src, tmp_path / "p.knsl")
    assert caught.value.key == "packs.src_missing_file"
    members = {f"lessons/{UPDATED}.yaml": with_files(lesson_text()).encode("utf-8")}
    manifest = json.loads(read_pack(_good(dept, tmp_path)).manifest_bytes)
    for name in ("format", "format_version", "members"):
        manifest.pop(name)
    text = _refusal(school, signed_pack(dept, tmp_path / "forged.knsl", manifest, members))
    assert text == (
        f"The lesson pack {tmp_path / 'forged.knsl'}: the lesson {UPDATED} uses the file "
        "files/chia-khoa.png, which the pack does not carry: nothing installed."
    )


def test_lesson_file_never_leaves_the_lessons_folder(tmp_path):
    """Even a link planted inside the folder that points out of it is not followed."""
    pack = tmp_path / "pack"
    (pack / "files").mkdir(parents=True)
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"x")
    (pack / "files" / "link.png").symlink_to(outside)
    (pack / "files" / "ok.png").write_bytes(b"x")
    lesson = replace(kit_for(None).lesson(UPDATED), folder=str(pack))
    assert lesson_file(lesson, "files/ok.png") == (pack / "files" / "ok.png").resolve()
    assert lesson_file(lesson, "files/link.png") is None
    assert lesson_file(lesson, "files/../../secret.png") is None
    assert lesson_file(lesson, "files/none.png") is None
    assert lesson_file(replace(lesson, folder=""), "files/ok.png") is None  # bundled: no folder


def test_a_picture_is_fitted_into_its_box_with_its_shape_kept(tmp_path):
    from PIL import Image

    from skillsapp.content.files import picture_size, picture_tag

    pack = tmp_path / "pack"
    (pack / "files").mkdir(parents=True)
    Image.new("RGB", (300, 900)).save(pack / "files" / "doc.jpg", "JPEG")  # a tall photo
    Image.new("RGB", (800, 500)).save(pack / "files" / "wide.png")
    (pack / "files" / "bad.png").write_bytes(b"not a picture")
    assert picture_size(pack / "files" / "doc.jpg") == (300, 900)
    assert picture_size(pack / "files" / "wide.png") == (800, 500)
    assert picture_size(pack / "files" / "bad.png") is None
    lesson = replace(kit_for(None).lesson(UPDATED), folder=str(pack))
    assert 'width="100" height="300"' in picture_tag(lesson, "files/doc.jpg", 560, 300)
    assert 'width="480" height="300"' in picture_tag(lesson, "files/wide.png", 560, 300)
    assert 'width="560" height="300"' in picture_tag(lesson, "files/bad.png", 560, 300)


def test_a_bundled_lesson_naming_a_file_is_a_curriculum_problem(tmp_path):
    """Bundled lessons have no files/ folder: `curriculum check` says so instead of a slide
    silently showing a file name."""
    import shutil

    from skillsapp.content.loader import load_kit

    root = tmp_path / "lessons"
    shutil.copytree(LESSONS, root)
    (root / f"{UPDATED}.yaml").write_text(with_files(lesson_text(version=1)), "utf-8")
    found = [str(p) for p in load_kit(root).problems if p.field == "files"]
    assert found == [
        f"{root / UPDATED}.yaml: files: files/chia-khoa.png: only a lesson pack's lessons name "
        "files",
        f"{root / UPDATED}.yaml: files: files/phieu.pdf: only a lesson pack's lessons name files",
    ]


def test_the_printed_handout_draws_the_packs_picture_and_names_its_files(dept, school, tmp_path):
    """`skillsapp print handout` (PDF) and the Word copy: the attached picture is drawn, the
    PDF worksheet named."""
    import io
    import zipfile

    from skillsapp.reports.document import Para, Picture
    from skillsapp.reports.docx_out import render_docx
    from skillsapp.reports.pdf import render_pdf
    from skillsapp.reports.printables import handout

    src = write_files(write_source(tmp_path / "src", {UPDATED: with_files(lesson_text())}))
    _install(school, make_pack(dept, src, tmp_path / "p.knsl"))
    kit = kit_for(school)
    doc = handout(kit, kit.lesson(UPDATED), "vi")
    pictures = [b for b in doc.body if isinstance(b, Picture)]
    assert [(Path(p.path).name, p.width_mm, p.height_mm) for p in pictures] == [
        ("chia-khoa.png", 90.0, 90.0)  # the square key fitted into 120 x 90 mm
    ]
    assert Para("Phiếu bài tập mật khẩu · phieu.pdf", "plain") in doc.body
    pdf, _pages = render_pdf(doc)
    assert b"/Subtype /Image" in pdf
    with zipfile.ZipFile(io.BytesIO(render_docx(doc))) as word:
        assert any(name.startswith("word/media/") for name in word.namelist())
