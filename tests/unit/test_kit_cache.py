"""The parsed kit kept on disk: reused while the files are unchanged, never trusted otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from skillsapp.content import cache, loader
from skillsapp.content.loader import load_kit

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
LESSON = Path("g3-5") / "03-mat-khau-manh.yaml"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    copy = tmp_path / "lessons"
    shutil.copytree(LESSONS, copy)
    return copy.resolve()


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget the in-memory kits, as a fresh start of the app would."""
    monkeypatch.setattr(loader, "_cache", {})


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object) -> None:
        raise AssertionError("the lesson files were parsed")

    monkeypatch.setattr(loader, "_build", fail)


def _touch_later(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_a_fresh_cache_gives_the_same_kit_without_parsing(root, monkeypatch):
    parsed = load_kit(root)
    assert cache.cache_file(root).is_file()
    _new_process(monkeypatch)
    _no_parsing(monkeypatch)
    kept = load_kit(root)
    assert kept is not parsed
    assert kept == parsed
    assert kept.lesson(parsed.lessons[0].id) == parsed.lessons[0]


def test_an_edited_lesson_is_parsed_again(root, monkeypatch):
    load_kit(root)
    _new_process(monkeypatch)
    path = root / LESSON
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Your password is your key", "Your key"), encoding="utf-8")
    _touch_later(path)
    assert load_kit(root).lesson("g3-5/03-mat-khau-manh").title.en == "Your key"
    _new_process(monkeypatch)
    _no_parsing(monkeypatch)  # and the new kit was kept in place of the stale one
    assert load_kit(root).lesson("g3-5/03-mat-khau-manh").title.en == "Your key"


def test_a_removed_lesson_is_not_served_from_the_cache(root, monkeypatch):
    before = len(load_kit(root).lessons)
    _new_process(monkeypatch)
    (root / LESSON).unlink()
    assert len(load_kit(root).lessons) == before - 1


def test_another_app_version_parses_again(root, monkeypatch):
    load_kit(root)
    _new_process(monkeypatch)
    monkeypatch.setattr(cache, "__version__", "99.0.0")
    assert cache.read_kit(root, loader.kit_signature(root)) is None


def test_changed_parsing_code_parses_again(root, monkeypatch):
    load_kit(root)
    signature = loader.kit_signature(root)
    assert cache.read_kit(root, signature) is not None
    code = cache._code_signature()
    monkeypatch.setattr(cache, "_code_signature", lambda: (*code, ("validate.py", 1, 2)))
    assert cache.read_kit(root, signature) is None


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05truncated"])
def test_a_damaged_cache_is_ignored_and_rewritten(root, monkeypatch, damage):
    parsed = load_kit(root)
    _new_process(monkeypatch)
    cache.cache_file(root).write_bytes(damage)
    assert load_kit(root) == parsed
    _new_process(monkeypatch)
    _no_parsing(monkeypatch)
    assert load_kit(root) == parsed


def test_a_cache_holding_something_else_is_ignored(root, monkeypatch):
    import pickle

    parsed = load_kit(root)
    signature = loader.kit_signature(root)
    cache.cache_file(root).write_bytes(pickle.dumps((cache.cache_key(root, signature), "kit")))
    _new_process(monkeypatch)
    assert load_kit(root) == parsed


def test_an_unwritable_cache_folder_only_costs_a_parse(root, monkeypatch, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("SKILLSAPP_HOME", str(blocker))
    assert len(load_kit(root).lessons) == len(list(root.glob("*/*.yaml")))


def test_a_new_process_with_a_fresh_cache_does_not_import_the_yaml_reader(root):
    code = (
        "import sys; from pathlib import Path; from skillsapp.content import load_kit\n"
        f"kit = load_kit(Path({str(root)!r}))\n"
        "print(len(kit.lessons), 'yaml' in sys.modules, 'skillsapp.content.parse' in sys.modules)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    first, second = (run.stdout.split() for run in runs)
    assert first[1:] == ["True", "True"]  # parsed the first time
    assert second == [first[0], "False", "False"]
