"""The Qt binding itself: a long session must not wear down Python's None.

PySide6 6.12.0 on Python 3.11 took one reference from None on every Qt call that returns nothing;
after enough calls Python aborts ("none_dealloc"). An officer's working day makes millions of them.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_consume_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        label.setText("Hội nghị")
        label.update()
    # Unrelated code may hold or drop a few references; the bug took 40,000 here.
    assert abs(sys.getrefcount(None) - before) < 1_000
