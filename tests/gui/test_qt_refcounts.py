"""Guard against a Qt binding that leaks references to None/True.

PySide6 6.12.0 on CPython 3.11 drops a reference to True on every Python-side `emit()` and to
None on void C++ calls; after a few thousand the interpreter aborts ("deallocating True"), which
in the app means a crash in the middle of a lesson. We pin a version without the bug; this test
fails if an upgrade brings it back. It runs in a child process because the bug aborts Python.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()


class Emitter(QObject):
    number = Signal(int)
    bare = Signal()


emitter = Emitter()
emitter.number.connect(lambda value: None)
emitter.bare.connect(lambda: None)
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(5000):
    label.setText("x")
    emitter.number.emit(1)
    emitter.bare.emit()
print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
"""


def test_qt_calls_and_signals_keep_none_and_true_alive():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-500:]
    none_delta, true_delta = map(int, result.stdout.split())
    assert abs(none_delta) < 50 and abs(true_delta) < 50
