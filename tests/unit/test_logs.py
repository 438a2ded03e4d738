"""The log file: written in the data folder, rotated at its cap, home folder hidden."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from skillsapp import logs


@pytest.fixture(autouse=True)
def _detach():
    yield
    logs.shutdown_logging()


def test_log_goes_to_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("SKILLSAPP_HOME", str(tmp_path))
    path = logs.setup_logging()
    assert path == tmp_path / "logs" / "kynangso.log"
    logging.getLogger("skillsapp.test").warning("disk check %d", 7)
    text = path.read_text(encoding="utf-8")
    assert "start: skillsapp" in text
    assert "WARNING skillsapp.test" in text and "disk check 7" in text


def test_log_rotates_and_stays_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "LOG_BYTES", 2000)
    path = logs.setup_logging(tmp_path)
    assert path is not None
    for i in range(400):
        logging.getLogger("skillsapp.test").info("line %04d %s", i, "x" * 40)
    files = sorted(tmp_path.glob("kynangso.log*"))
    assert len(files) == logs.BACKUP_COUNT + 1
    assert all(f.stat().st_size <= 2000 + 200 for f in files)
    assert "line 0399" in path.read_text(encoding="utf-8")


def test_rotation_keeps_the_newest_lines_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "LOG_BYTES", 1500)
    path = logs.setup_logging(tmp_path)
    for i in range(300):
        logging.getLogger("skillsapp.test").info("line %04d", i)

    def numbers(file: Path) -> list[int]:
        text = file.read_text(encoding="utf-8")
        return [int(w) for w in text.split() if w.isdigit() and len(w) == 4]

    newest_first = [path, *(path.with_name(f"{path.name}.{n}") for n in range(1, 5))]
    seen = [numbers(f) for f in reversed(newest_first)]
    flat = [n for chunk in seen for n in chunk]
    assert flat == sorted(flat) and flat[-1] == 299  # .4 oldest ... current newest
    assert not path.with_name(f"{path.name}.5").exists()


def test_setting_up_twice_does_not_double_every_line(tmp_path):
    logs.setup_logging(tmp_path)
    path = logs.setup_logging(tmp_path)
    logging.getLogger("skillsapp.test").warning("once")
    assert path.read_text(encoding="utf-8").count("once") == 1


def test_home_folder_is_hidden_in_messages_and_tracebacks(tmp_path):
    home = os.path.expanduser("~")
    path = logs.setup_logging(tmp_path)
    log = logging.getLogger("skillsapp.test")
    log.warning("could not open %s", Path(home) / "Documents" / "lop6a1.xlsx")
    try:
        raise OSError(f"denied: {home}/secret")
    except OSError:
        log.exception("copy failed")
    text = path.read_text(encoding="utf-8")
    assert home not in text
    assert "~/Documents/lop6a1.xlsx" in text and "denied: ~/secret" in text


def test_windows_style_home_is_hidden():
    hide = logs.HideHome(r"C:\Users\NguyenVanAn")
    record = logging.LogRecord("x", logging.INFO, "f", 1, r"at C:\Users\NguyenVanAn\x.db", (), None)
    hide.filter(record)
    assert record.getMessage() == r"at ~\x.db"
    record = logging.LogRecord("x", logging.INFO, "f", 1, "at C:/Users/NguyenVanAn/x.db", (), None)
    hide.filter(record)
    assert record.getMessage() == "at ~/x.db"


def test_unwritable_folder_falls_back_to_stderr(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert logs.setup_logging(blocker / "logs") is None
    logging.getLogger("skillsapp.test").warning("still works")


def test_a_hard_crash_leaves_a_trace_in_faults_log(tmp_path):
    """A segfault in C code kills the process; faulthandler still writes where it happened."""
    import subprocess
    import sys

    code = (
        f"import ctypes, os; os.environ['SKILLSAPP_HOME'] = {str(tmp_path)!r};"
        "from skillsapp import logs; logs.setup_logging();"
        "ctypes.string_at(0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert result.returncode != 0
    text = (tmp_path / "logs" / logs.FAULTS_NAME).read_text(encoding="utf-8")
    assert "Segmentation fault" in text or "access violation" in text
