"""Offers people already known from other cases as the name is typed, to link instead of copy."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

import qtawesome as qta
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vomdesk.domain.people import likely_same_person
from vomdesk.services.open_store import OpenStore
from vomdesk.services.participants import PersonMatch, same_person_candidates
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.widgets.date_field import format_date

LOOKUP_DELAY_MS = 350


class SamePersonPanel(QFrame):
    """Likely matches with a "Same person" button each; hidden when there is nothing to offer."""

    linked_changed = Signal()

    def __init__(
        self, store: OpenStore, exclude: Collection[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.store = store
        self.exclude = set(exclude)
        self.matches: list[PersonMatch] = []
        self.linked: PersonMatch | None = None
        self.link_buttons: list[QPushButton] = []
        self._asked: tuple[str, date | None] = ("", None)
        self._sequence = 0
        self.looking = False
        self._timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._look_up_now)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(10, 6, 10, 6)
        self.hide()

    # --- looking up -------------------------------------------------------------------
    def look_up(self, name: str, birth: date | None) -> None:
        """Look for the person a moment after typing stops; a link that no longer fits ends."""
        self._asked = (name, birth)
        if self.linked is not None and not likely_same_person(
            name, birth, self.linked.name, self.linked.birth
        ):
            self.linked = None
            self.linked_changed.emit()
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self.looking

    def _look_up_now(self) -> None:
        name, birth = self._asked
        self._sequence += 1
        sequence = self._sequence
        if not name.strip():
            self._show([])
            return
        self.looking = True
        run_in_background(
            lambda: same_person_candidates(self.store, name, birth),
            on_done=lambda found: self._found(sequence, found),
            on_error=lambda _error: self._found(sequence, []),
            owner=self,
        )

    def _found(self, sequence: int, matches: list[PersonMatch]) -> None:
        if sequence != self._sequence:
            return
        self.looking = False
        self._show([m for m in matches if m.person_id not in self.exclude])

    # --- showing ----------------------------------------------------------------------
    def _clear(self) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.link_buttons = []

    def _describe(self, match: PersonMatch) -> str:
        born = self.tr(", born {date}").format(date=format_date(match.birth)) if match.birth else ""
        return self.tr("{name}{born}, in case {cases}").format(
            name=match.name, born=born, cases=", ".join(match.cases)
        )

    def _show(self, matches: list[PersonMatch]) -> None:
        self.matches = matches
        self._clear()
        if self.linked is not None:
            text = QLabel(
                self.tr("The same person as {who}. Both cases share this person.").format(
                    who=self._describe(self.linked)
                )
            )
            text.setWordWrap(True)
            unlink = QPushButton(qta.icon("mdi6.link-variant-off"), self.tr("&Not the same"))
            unlink.clicked.connect(self.unlink)
            self._add_row(text, unlink)
        else:
            if matches:
                heading = QLabel(self.tr("Someone with this name is already known:"))
                heading.setWordWrap(True)
                self._rows.addWidget(heading)
            for match in matches:
                text = QLabel(self._describe(match))
                text.setWordWrap(True)
                button = QPushButton(qta.icon("mdi6.link-variant"), self.tr("Same &person"))
                button.setAccessibleName(
                    self.tr("Same person as {who}").format(who=self._describe(match))
                )
                button.clicked.connect(lambda _=False, m=match: self.link(m))
                self.link_buttons.append(button)
                self._add_row(text, button)
        self.setVisible(self.linked is not None or bool(matches))

    def _add_row(self, text: QLabel, button: QPushButton) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text, 1)
        layout.addWidget(button)
        self._rows.addWidget(row)

    # --- linking ----------------------------------------------------------------------
    def link(self, match: PersonMatch) -> None:
        self.linked = match
        self._show(self.matches)
        self.linked_changed.emit()

    def unlink(self) -> None:
        self.linked = None
        self._show(self.matches)
        self.linked_changed.emit()
