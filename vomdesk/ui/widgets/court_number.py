"""Watches a court number as it is typed and finds other cases that already carry it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from vomdesk.services.cases import court_number_used_by
from vomdesk.services.open_store import OpenStore
from vomdesk.ui.operations import run_in_background

CHECK_DELAY_MS = 300


class CourtNumberCheck(QObject):
    """Call ``typed()`` on each change; ``checked`` follows with the cases found (maybe none)."""

    checked = Signal(list)

    def __init__(
        self, store: OpenStore, except_case: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.except_case = store, except_case
        self.taken: list[str] = []
        self.looking = False
        self._number = ""
        self._sequence = 0
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self._look_up)

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self.looking

    def typed(self, number: str) -> None:
        self._number = number.strip()
        self._timer.start()

    def _look_up(self) -> None:
        self._sequence += 1
        sequence, number = self._sequence, self._number
        if not number:
            self._found(sequence, [])
            return
        self.looking = True
        store, except_case = self.store, self.except_case
        run_in_background(
            lambda: court_number_used_by(store, number, except_case),
            on_done=lambda taken: self._found(sequence, taken),
            on_error=lambda _error: self._found(sequence, []),
            owner=self,
        )

    def _found(self, sequence: int, taken: list[str]) -> None:
        if sequence != self._sequence:
            return
        self.looking = False
        self.taken = list(taken)
        self.checked.emit(self.taken)
