"""Run Python's cycle collector on the UI thread only: Qt objects must not die on a worker."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 2_000


class UiThreadGarbageCollector(QObject):
    """Turns off automatic collection and collects every few seconds from the UI thread.

    Automatic collection can start in whatever thread allocates, and a Qt widget freed from a
    background thread crashes the process; collecting here keeps every free on the UI thread.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        gc.collect()
