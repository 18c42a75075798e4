"""The Qt binding itself: PySide6 6.12.0 dropped a reference to None on every void call."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_leave_none_alone():
    """On Python 3.11 such a leak aborts the app within seconds ("none_dealloc")."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        probe.setObjectName("probe")
    assert abs(sys.getrefcount(None) - before) < 50
