"""The pinned PySide6 must not leak references to None/True/False: 6.12.0 on
Python 3.11 dropped one per Qt call returning void or bool, and a station died
with "Fatal Python error: none_dealloc" after a few thousand scans. Run in a
child process, since the failure is an interpreter abort."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
field = QLineEdit()
kept = (None, True, False)
before = sum(sys.getrefcount(o) for o in kept)
for _ in range(20_000):
    field.setText("YT1000000000001")
    field.setFocus()
    field.hasFocus()
    app.processEvents()
print(before - sum(sys.getrefcount(o) for o in kept))
"""


def test_qt_calls_keep_their_references() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert abs(int(done.stdout.strip().splitlines()[-1])) < 100
