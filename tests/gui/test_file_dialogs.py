"""File dialogs open where a teacher looks for her files (a guide walk-through found the save
dialog opening in the program's own folder): Documents at first, then the folder chosen last."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from skillsapp.ui import file_dialogs


@pytest.fixture
def asked(monkeypatch, tmp_path):
    monkeypatch.setattr(file_dialogs, "_last_folder", [])
    seen: list[str] = []
    target = tmp_path / "nop" / "phieu.pdf"
    target.parent.mkdir()

    def save(_parent, _caption, directory, _filter, options=None):
        seen.append(directory)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", save)
    return seen, target


def test_a_file_name_alone_starts_in_documents_then_in_the_folder_chosen_last(qapp, asked):
    seen, target = asked
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    home = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    assert file_dialogs.get_save_file_name(None, "Lưu", "phieu-hoc-tap-bai7.pdf")[0] == str(target)
    assert seen[0] == str(home / "phieu-hoc-tap-bai7.pdf")
    file_dialogs.get_open_file_name(None, "Mở", "")
    assert seen[1] == str(target.parent)
    file_dialogs.get_save_file_name(None, "Lưu", "/somewhere/else.pdf")
    assert seen[2] == "/somewhere/else.pdf"  # a full path is kept
