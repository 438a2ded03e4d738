"""The developer set-up reuses what it built: translations compile only when changed, and
`build/dev.sh app` without a display says so instead of Qt's abort (issue 10 item 5)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations" / "vi"


def _load_i18n():
    spec = importlib.util.spec_from_file_location("build_i18n", ROOT / "build" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def i18n(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """build/i18n.py working on a copy of two real .ts files."""
    module = _load_i18n()
    out = tmp_path / "translations"
    (out / "vi").mkdir(parents=True)
    for name in sorted(p.name for p in TRANSLATIONS.glob("*.ts"))[:2]:
        shutil.copy(TRANSLATIONS / name, out / "vi" / name)
    monkeypatch.setattr(module, "OUT", out)
    return module


def _edited_since_built(ts: Path, qm: Path) -> None:
    """As if the .ts had been saved after its .qm was compiled."""
    built = ts.stat().st_mtime_ns - 2_000_000_000
    os.utime(qm, ns=(built, built))


def test_release_compiles_only_what_changed(i18n):
    sources = sorted(i18n.OUT.glob("vi/*.ts"))
    assert i18n.release() == sources  # nothing built yet: all
    assert all(i18n.qm_path(ts).stat().st_size > 0 for ts in sources)
    assert i18n.release() == []  # up to date: nothing
    _edited_since_built(sources[1], i18n.qm_path(sources[1]))
    assert i18n.release() == [sources[1]]
    i18n.qm_path(sources[0]).unlink()
    assert i18n.release() == [sources[0]]
    assert i18n.release(everything=True) == sources


def test_app_without_a_display_says_so_in_one_line():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    done = subprocess.run(["bash", str(ROOT / "build" / "dev.sh"), "app"], env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    vietnamese, _, english = lines[0].partition(" / ")
    assert vietnamese.startswith("Không có màn hình")
    assert "No display" in english
    assert "xcb" not in done.stderr
