"""The participants of a referral not yet saved: kept in a list, linked to each other by row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.intake import participant_problems, removal_problem
from vomdesk.domain.parties import PRINCIPALS, ROLE_LABELS, Role
from vomdesk.services.open_store import OpenStore
from vomdesk.store.case_models import ParticipantCreate
from vomdesk.ui.dialogs.participant_dialog import ParticipantDialog, Principal
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.field_message import FieldMessage


@dataclass
class NewParticipant:
    """A row of the list: ``key`` never changes, ``accompanies`` is another row's key."""

    key: int
    data: ParticipantCreate
    accompanies: int | None = None


class NewParticipantList(QGroupBox):
    """Add / Edit / Remove participants; nothing reaches the store until the referral is saved.

    Rows have stable keys, so removing one never shifts whom a companion accompanies;
    ``for_create_case()`` turns keys into the positions that ``create_case`` links after
    it has given every participant an id, all in one unit of work.
    """

    changed = Signal()

    def __init__(
        self,
        store: OpenStore,
        incident_date: Callable[[], date | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Participants"))
        self.store, self.incident_date = store, incident_date
        self.rows: list[NewParticipant] = []
        self._next_key = 1
        self.dialog: ParticipantDialog | None = None
        self._editing: NewParticipant | None = None
        help_text = QLabel(
            self.tr("Add at least the victim and the offender. You can also add them later.")
        )
        help_text.setObjectName("help")
        help_text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Participants"))
        self.list.setSpacing(3)
        self.list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.add_button = QPushButton(qta.icon("mdi6.account-plus-outline"), self.tr("&Add…"))
        self.edit_button = QPushButton(qta.icon("mdi6.pencil-outline"), self.tr("&Edit…"))
        self.remove_button = QPushButton(qta.icon("mdi6.trash-can-outline"), self.tr("Remo&ve"))
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.list.itemActivated.connect(lambda _item: self.edit())
        self.list.currentRowChanged.connect(self._selection_changed)
        self._refresh()

    # --- values -----------------------------------------------------------------------
    def values(self) -> list[dict[str, Any]]:
        return [
            {"key": r.key, "accompanies": r.accompanies, "data": r.data.model_dump(mode="json")}
            for r in self.rows
        ]

    def set_values(self, values: list[dict[str, Any]]) -> None:
        self.rows = [
            NewParticipant(
                int(v["key"]), ParticipantCreate.model_validate(v["data"]), v.get("accompanies")
            )
            for v in values
        ]
        self._next_key = max((r.key for r in self.rows), default=0) + 1
        self._refresh()

    def for_create_case(self) -> tuple[list[ParticipantCreate], dict[int, int]]:
        """The participants, and who accompanies whom by position, as ``create_case`` takes them."""
        position = {row.key: index for index, row in enumerate(self.rows)}
        links = {
            position[row.key]: position[row.accompanies]
            for row in self.rows
            if row.accompanies in position
        }
        return [row.data for row in self.rows], links

    def problems(self) -> list[str]:
        """Problems that appeared since the rows were entered (e.g. a changed incident date)."""
        roles = {row.key: Role(row.data.role) for row in self.rows}
        found = []
        for row in self.rows:
            for text in participant_problems(
                name=row.data.name, birth=row.data.birth, role=Role(row.data.role),
                accompanies=roles.get(row.accompanies) if row.accompanies else None,
                incident_date=self.incident_date(), today=date.today(),
            ).values():  # fmt: skip
                found.append(f"{row.data.name or '?'}: {domain_text(text)}")
        return found

    # --- showing ----------------------------------------------------------------------
    def describe(self, row: NewParticipant) -> str:
        names = {r.key: r.data.name for r in self.rows}
        text = f"{row.data.name} · {domain_text(ROLE_LABELS[Role(row.data.role)])}"
        if row.accompanies in names:
            text += " · " + self.tr("accompanies {name}").format(name=names[row.accompanies])
        return text

    def _refresh(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(self.describe(row))
            item.setData(Qt.ItemDataRole.UserRole, row.key)
            self.list.addItem(item)
        if self.rows:
            self.list.setCurrentRow(min(max(current, 0), len(self.rows) - 1))
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def current(self) -> NewParticipant | None:
        index = self.list.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    # --- adding, changing, removing ---------------------------------------------------
    def _open_dialog(self, row: NewParticipant | None) -> ParticipantDialog:
        others = [r for r in self.rows if r is not row]
        dialog = ParticipantDialog(
            self.store,
            principals=[
                Principal(r.key, r.data.name, Role(r.data.role))
                for r in others
                if Role(r.data.role) in PRINCIPALS
            ],
            initial=row.data if row else None,
            accompanies=row.accompanies if row else None,
            known_people={r.data.person_id for r in others if r.data.person_id is not None},
            incident_date=self.incident_date(),
            accompanied_by=sum(1 for r in others if row and r.accompanies == row.key),
            parent=self,
        )
        self._editing, self.dialog = row, dialog
        dialog.accepted.connect(self._dialog_accepted)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def add(self) -> ParticipantDialog:
        self.message.show_problem("")
        return self._open_dialog(None)

    def edit(self) -> ParticipantDialog | None:
        row = self.current()
        return self._open_dialog(row) if row is not None else None

    def _dialog_accepted(self) -> None:
        dialog, row = self.dialog, self._editing
        assert dialog is not None
        data, accompanies = dialog.participant(), dialog.accompanies_key()
        if row is None:
            row = NewParticipant(self._next_key, data, accompanies)
            self._next_key += 1
            self.rows.append(row)
        else:
            row.data, row.accompanies = data, accompanies
        self._refresh()
        self.list.setCurrentRow(self.rows.index(row))
        self.list.setFocus()
        self.changed.emit()

    def remove(self) -> None:
        row = self.current()
        if row is None:
            return
        problem = removal_problem(sum(1 for r in self.rows if r.accompanies == row.key))
        if problem:
            self.message.show_problem(domain_text(problem))
            return
        self.message.show_problem("")
        self.rows.remove(row)
        self._refresh()
        self.changed.emit()
