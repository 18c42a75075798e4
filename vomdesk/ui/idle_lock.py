"""Locks the store after a while without keyboard or mouse input (a laptop left on a table)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

# Input that shows someone is at the computer.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleLock(QObject):
    """Emits ``idle`` when no input has come for ``minutes``; any input starts the wait again.

    Open dialogs are closed first (with Cancel) so nothing is left waiting on a closed store.
    """

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._expired)
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.timer.start()
        return False

    def _expired(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:  # a question or a dialog is open: cancel it, then lock
            modal.close()
            QTimer.singleShot(200, self._expired)
            return
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        self.idle.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
