"""The presentation on one and on two screens, as Qt's offscreen platform reports them.

The offscreen platform takes a JSON screen layout (QT_QPA_PLATFORM=offscreen:configfile=...),
but only when the application starts; each layout runs screens_cases.py in a child pytest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).with_name("screens_cases.py")


def _screen(name: str, x: int, width: int, height: int) -> dict[str, object]:
    return {"name": name, "x": x, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip


LAYOUTS = {
    1: [_screen("laptop", 0, 1366, 768)],
    2: [_screen("laptop", 0, 1366, 768), _screen("projector", 1366, 1024, 768)],
}


@pytest.mark.parametrize("count", sorted(LAYOUTS))
def test_presentation_on_real_screens(count, tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": LAYOUTS[count]}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen:configfile=screens.json",  # relative: no drive colon
        "SKILLSAPP_TEST_SCREENS": str(count),
    }
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-o", "addopts=", "-q", "-p", "no:cacheprovider",
         "--rootdir", str(root),
         "-c", str(root / "pyproject.toml"), str(CASES)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    # The layout check and this layout's presentation case both ran (the other one skips).
    assert "2 passed, 1 skipped" in run.stdout, run.stdout[-2000:]
