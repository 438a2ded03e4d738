"""The quiz step's "Scan cards" panel, driven with a fake camera that plays frames made from the
printed card PDF through the real pipeline (QImage -> worker thread -> reader -> grid -> save).

Expected answers come from how the frame generator turned each card (quarter turns clockwise,
0 = A) and an independent copy of the letter rule, never from the reader.
"""

from __future__ import annotations

import threading
from functools import cache

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support.card_frames import make_frame, render_cards
from support.fake_camera import FakeCamera

from skillsapp.cards import reading
from skillsapp.cards.commands import class_cards
from skillsapp.services import school as school_service
from skillsapp.services.sessions import get_session
from skillsapp.ui.pages.session import QUIZ, REVIEW

FOREIGN_CARD = 60  # a printed card no pupil of the class holds


def expected(key_type: str, letter: str) -> str | None:
    """The stored answer a card letter means (independent of the code under test)."""
    if key_type == "true_false":
        return {"A": "true", "B": "false"}.get(letter)
    return str("ABCD".index(letter))


def letters_for(key_type: str, choices: int) -> str:
    return "AB" if key_type == "true_false" else "ABCD"[:choices]


@pytest.fixture(autouse=True)
def _dialogs(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)


@pytest.fixture
def detections(monkeypatch):
    """The thread of every detection run."""
    threads: list[int] = []
    real = reading.read_frame

    def spy(image):
        threads.append(threading.get_ident())
        return real(image)

    monkeypatch.setattr(reading, "read_frame", spy)
    return threads


CLASS_SIZE = 20
NAMES = ("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Khánh", "Lan", "Long",
         "Mai", "Minh", "Nam", "Ngọc", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Vy")  # fmt: skip


@pytest.fixture
def session(request, ctx):
    """A lesson session of a new class of 20 pupils, at the quiz step, one pupil absent."""
    from skillsapp.domain.records import Pupil

    existing = school_service.classes(ctx.store)[0]
    cls = school_service.create_class(
        ctx.store, school_id=existing.school_id, school_year=existing.school_year,
        grade=existing.grade, name="Lớp thẻ",
    )  # fmt: skip
    school_service.add_pupils(
        ctx.store, [Pupil(id="", class_id=cls.id, full_name=f"Lê Thị {n}") for n in NAMES]
    )
    _cls, roster, numbers = class_cards(ctx.store, cls.name)  # as printing the cards does
    assert len(roster) == CLASS_SIZE and len(numbers) == CLASS_SIZE
    window = request.getfixturevalue("window")
    page = window.show_page("session")
    page.start_lesson(cls.id, None)
    assert page.draft.class_id == cls.id and len(page.quiz.model.pupil(0).id) > 0
    absent = page.attendance.model.pupil(1).id
    page._mark(absent, "absent")
    page.go_to(QUIZ)
    page.quiz.shuffle_box.setChecked(False)  # the lesson's order; test_quiz_order_gui shuffles
    scannable = [
        c for c in range(page.quiz.model.columnCount())
        if page.quiz.model.key(c).type in ("single", "scenario", "true_false")
    ]  # fmt: skip
    assert len(scannable) >= 2, "the lesson needs two questions answered with one card turn"
    return page, roster, numbers, absent, scannable


@cache
def _cards(numbers: tuple[int, ...]):
    return render_cards(list(numbers))


def frames_for(numbers: list[int], answers: dict[int, str], seed: int, count: int = 2):
    cards = _cards(tuple(sorted(numbers)))
    rng = np.random.default_rng(seed)
    return [
        make_frame(
            cards, rng, count=len(numbers), marker_range=(55, 85), max_persp=20.0,
            max_tilt=10.0, answers=answers,
        ).image
        for _ in range(count)
    ]  # fmt: skip


def open_with_fake_camera(qtbot, page, camera):
    page.quiz.scan_panel.make_camera = lambda: camera
    qtbot.mouseClick(page.quiz.scan_button, Qt.MouseButton.LeftButton)
    panel = page.quiz.scan_panel
    assert panel.isVisible() and panel.source is camera and camera.running
    return panel


def test_a_sweep_fills_each_pupils_answers_and_corrections_stand(ctx, qtbot, session, detections):
    page, roster, numbers, absent, scannable = session
    model = page.quiz.model
    first, second = (model.key(c) for c in scannable[:2])
    rng = np.random.default_rng(3)
    here = [p.id for p in roster if p.id != absent and p.id in numbers]
    want1 = {
        numbers[p]: str(rng.choice(list(letters_for(first.type, first.choices)))) for p in here
    }
    shown = {**want1, numbers[absent]: "A", FOREIGN_CARD: "B"}
    # The second frame: one pupil turned the card: the most recent answer wins.
    turned = numbers[here[0]]
    later = {**shown, turned: "B" if want1[turned] == "A" else "A"}
    frames = frames_for(list(shown), shown, seed=1) + frames_for(list(later), later, seed=2)

    page.quiz.grid.selectionModel().setCurrentIndex(
        model.index(0, scannable[0]), page.quiz.grid.selectionModel().SelectionFlag.ClearAndSelect
    )
    camera = FakeCamera(frames)
    panel = open_with_fake_camera(qtbot, page, camera)
    assert "camera is on" in panel.camera_state.text()
    qtbot.waitUntil(lambda: panel.frames_read == len(frames), timeout=60000)

    want1[turned] = later[turned]
    got = {p: page.draft.answers.get((p, first.item_id)) for p in here}
    assert got == {p: expected(first.type, want1[numbers[p]]) for p in here}
    assert (absent, first.item_id) not in page.draft.answers  # an absent pupil's card: ignored
    assert panel.question.absent == {numbers[absent]}
    assert len(panel.question.unknown) == 1  # the foreign card, counted once over four frames
    assert panel.count_text() == f"{len(here)}/{len(here)} answered"
    qtbot.waitUntil(lambda: panel.ticked() == set(here))  # redrawn once the loop is free
    assert panel.waiting() == []
    assert set(panel.overlay.outlined) >= set(want1)

    # The GUI thread never ran a detection.
    assert detections and threading.main_thread().ident not in detections
    assert threading.get_ident() == threading.main_thread().ident

    # The teacher corrects one cell; the same card seen again does not undo the correction.
    corrected = here[2]
    row = next(r for r in range(model.rowCount()) if model.pupil(r).id == corrected)
    fix = "A" if want1[numbers[corrected]] != "A" else "B"
    page.quiz.grid.selectionModel().setCurrentIndex(
        model.index(row, scannable[0]), page.quiz.grid.selectionModel().SelectionFlag.ClearAndSelect
    )
    typed = {"A": "t", "B": "f"}[fix] if first.type == "true_false" else fix.lower()
    qtbot.keyClicks(page.quiz.grid, typed)
    assert page.draft.answers[(corrected, first.item_id)] == expected(first.type, fix)
    again = frames_for(list(later), later, seed=4, count=1)
    read_before = panel.frames_read
    camera.play(again)
    qtbot.waitUntil(lambda: panel.frames_read == read_before + 1, timeout=30000)
    assert page.draft.answers[(corrected, first.item_id)] == expected(first.type, fix)

    # Next question: the camera stays on and the cards now answer the next item.
    while panel.column < scannable[1]:
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert camera.running and camera.starts == 1 and panel.source is camera
    assert page.quiz.grid.currentIndex().column() == scannable[1]
    want2 = {numbers[p]: "A" if i % 2 else "B" for i, p in enumerate(here)}
    read_before = panel.frames_read
    camera.play(frames_for(list(want2), want2, seed=5))
    qtbot.waitUntil(lambda: panel.frames_read == read_before + 2, timeout=60000)
    assert {p: page.draft.answers.get((p, second.item_id)) for p in here} == {
        p: expected(second.type, want2[numbers[p]]) for p in here
    }

    # The class sees the question and the count, never a name or an answer.
    qtbot.mouseClick(panel.project_button, Qt.MouseButton.LeftButton)
    projected = panel._projection.projected_text()
    assert f"{len(here)}/{len(here)}" in projected
    assert not any(p.full_name in projected for p in roster)

    # Leaving the quiz step turns the camera off; saving keeps what was read and corrected.
    page.go_to(REVIEW)
    assert not camera.running and not panel.scanning
    assert page.save()
    saved = {
        (a.pupil_id, a.item_id): a.answer
        for a in get_session(ctx.store, page.draft.session_id).answers
    }
    assert saved[(corrected, first.item_id)] == expected(first.type, fix)
    assert saved[(here[0], first.item_id)] == expected(first.type, later[turned])
    assert all(saved[(p, second.item_id)] == expected(second.type, want2[numbers[p]]) for p in here)
    assert not any(pupil == absent for pupil, _item in saved)


def test_no_camera_says_so_and_photos_still_work(ctx, qtbot, session, monkeypatch, tmp_path):
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.defaultVideoInput().isNull():
        pytest.skip("this machine has a camera")
    page, roster, numbers, absent, scannable = session
    model = page.quiz.model
    page.quiz.grid.selectionModel().setCurrentIndex(
        model.index(0, scannable[0]), page.quiz.grid.selectionModel().SelectionFlag.ClearAndSelect
    )
    qtbot.mouseClick(page.quiz.scan_button, Qt.MouseButton.LeftButton)
    panel = page.quiz.scan_panel
    assert panel.message.isVisible() and "No camera was found" in panel.message.text()
    assert not panel.scanning and "camera is off" in panel.camera_state.text()

    # A phone photo instead: read the same way, then nothing is left on disk but the photo.
    import cv2

    here = [p.id for p in roster if p.id != absent and p.id in numbers][:6]
    answers = {numbers[p]: "A" for p in here}
    photo = tmp_path / "lop.jpg"
    cv2.imwrite(str(photo), frames_for(list(answers), answers, seed=9, count=1)[0])
    broken = tmp_path / "hong.jpg"
    broken.write_bytes(b"not a photo")
    before = {p for p in tmp_path.rglob("*")}
    monkeypatch.setattr(
        "skillsapp.ui.file_dialogs.get_open_file_names",
        lambda *a, **k: ([str(photo), str(broken)], ""),
    )
    qtbot.mouseClick(panel.photos_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.scanning, timeout=30000)
    key = page.quiz.model.key(panel.column)
    if key.type in ("single", "scenario", "true_false"):
        assert all(
            page.draft.answers.get((p, key.item_id)) == expected(key.type, "A") for p in here
        )
    came = [p.id for p in roster if p.id != absent]
    assert panel.count_text() == f"{len(here)}/{len(came)} answered"
    qtbot.waitUntil(lambda: panel.ticked() == set(here))
    assert panel.waiting() == [p for p in came if p not in here]  # listed first, in class order
    assert "hong.jpg" in panel.message.text()
    assert "2 photos read" in panel.camera_state.text()
    page.write_draft()
    written = {p for p in tmp_path.rglob("*")} - before
    assert all(p.name.endswith(".session-draft.json") or "-wal" in p.name or "-shm" in p.name
               for p in written), written  # fmt: skip


def test_a_class_without_printed_cards_is_told_to_print_them(window, ctx, qtbot):
    page = window.show_page("session")
    cls = school_service.classes(ctx.store)[0]  # the demo never printed cards
    page.start_lesson(cls.id, None)
    page.go_to(QUIZ)
    camera = FakeCamera()
    panel = open_with_fake_camera(qtbot, page, camera)
    assert "print the class's cards" in panel.message.text()
    qtbot.keyClick(panel, Qt.Key.Key_Escape)  # Esc closes the panel and the camera
    assert not panel.isVisible() and not camera.running


def test_the_camera_source_converts_only_the_frame_asked_for(qtbot):
    """The webcam path without a webcam: QVideoFrames as the sink gives them."""
    from PySide6.QtGui import QImage
    from PySide6.QtMultimedia import QVideoFrame

    from skillsapp.ui.session.card_reader import qimage_to_grey
    from skillsapp.ui.session.card_sources import CameraSource

    camera = CameraSource()
    got = []
    camera.frame_ready.connect(got.append)
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(0x404040)
    camera._frame(QVideoFrame(image))
    assert got == []  # nobody asked: nothing converted
    camera.request()
    camera._frame(QVideoFrame(image))
    camera._frame(QVideoFrame(image))
    assert len(got) == 1 and got[0].size() == image.size()
    grey = qimage_to_grey(got[0])
    assert grey.shape == (48, 64) and int(grey[10, 10]) == 0x40
