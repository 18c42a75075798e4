"""A case's participants: the table, Add / Edit / Remove, and the chosen one's contact details."""

from __future__ import annotations

from typing import Any

import qtawesome as qta
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain import settings as setting
from vomdesk.domain.intake import removal_problem
from vomdesk.domain.parties import PRINCIPALS, ROLE_LABELS, Side
from vomdesk.services import errors
from vomdesk.services.cases import CaseRecord
from vomdesk.services.open_store import OpenStore
from vomdesk.services.participants import ParticipantView, remove_participant
from vomdesk.store.case_models import ParticipantCreate
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.participant_dialog import ParticipantDialog, Principal
from vomdesk.ui.dialogs.participant_export_dialog import ParticipantExportDialog
from vomdesk.ui.events import app_events
from vomdesk.ui.texts import domain_text, problem_text
from vomdesk.ui.widgets.contact_fields import ContactBox
from vomdesk.ui.widgets.field_message import FieldMessage

COL_NAME, COL_ROLE, COL_SIDE, COL_ACCOMPANIES, COL_LANGUAGE, COL_INTERPRETER = range(6)
LANGUAGES = dict(setting.LANGUAGE.choices)
_ROOT = QModelIndex()


class ParticipantsModel(QAbstractTableModel):
    """The participants of one case as rows; contact details are never in the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ParticipantView] = []

    def set_rows(self, rows: list[ParticipantView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Name"), self.tr("Role"), self.tr("Side"), self.tr("Accompanies"),
                    self.tr("Language"), self.tr("Interpreter")][section]  # fmt: skip
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        names = {p.id: p.name for p in self.rows}
        sides = {Side.VICTIM: self.tr("Victim side"), Side.OFFENDER: self.tr("Offender side"),
                 Side.NEUTRAL: self.tr("Neutral")}  # fmt: skip
        return [
            row.name,
            domain_text(ROLE_LABELS[row.role]),
            sides[row.side],
            names.get(row.accompanies_id, "") if row.accompanies_id else "",
            LANGUAGES.get(row.preferred_language, row.preferred_language),
            self.tr("Yes") if row.interpreter_needed else "",
        ][index.column()]


class ParticipantsTab(QWidget):
    """Everyone in the case; changes go straight to the store and refresh the workspace."""

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.record: CaseRecord | None = None
        self.dialog: ParticipantDialog | None = None
        self.model = ParticipantsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.add_button = QPushButton(qta.icon("mdi6.account-plus-outline"), self.tr("&Add…"))
        self.edit_button = QPushButton(qta.icon("mdi6.pencil-outline"), self.tr("&Edit…"))
        self.remove_button = QPushButton(qta.icon("mdi6.trash-can-outline"), self.tr("Remo&ve"))
        self.export_button = QPushButton(
            qta.icon("mdi6.file-export-outline"), self.tr("E&xport for this participant…")
        )
        self.export_button.setToolTip(
            self.tr("A data-access export: only what this participant may see")
        )
        self.message = FieldMessage()
        self.contact = ContactBox(read_only=True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.contact)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(lambda: self.edit())
        self.remove_button.clicked.connect(self.remove)
        self.export_button.clicked.connect(self.export)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.activated.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def show_record(self, record: CaseRecord) -> None:
        chosen = self.current()
        self.record = record
        self.model.set_rows(record.participants)
        ids = [p.id for p in record.participants]
        if chosen is not None and chosen.id in ids:
            self.select(chosen.id)
        self._selection_changed()

    def current(self) -> ParticipantView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, participant_id: int) -> None:
        for index, row in enumerate(self.model.rows):
            if row.id == participant_id:
                self.table.selectRow(index)
                self.table.setFocus()

    def _selection_changed(self) -> None:
        chosen = self.current()
        self.edit_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        self.export_button.setEnabled(chosen is not None)
        self.contact.setVisible(chosen is not None)
        if chosen is not None:
            self.contact.setTitle(self.tr("Contact of {name}").format(name=chosen.name))
            self.contact.set_confidential(chosen.contact_confidential)
            self.contact.set_values(chosen.contact)

    # --- changes ----------------------------------------------------------------------
    def _open(self, chosen: ParticipantView | None) -> ParticipantDialog | None:
        if self.record is None:
            return None
        views = self.record.participants
        initial = None
        if chosen is not None:
            initial = ParticipantCreate(
                role=chosen.role.value, name=chosen.name, birth=chosen.birth,
                is_organisation=chosen.is_organisation, person_id=chosen.person_id,
                preferred_language=chosen.preferred_language,
                interpreter_needed=chosen.interpreter_needed,
                accessibility_needs=chosen.accessibility_needs, contact=chosen.contact,
            )  # fmt: skip
        dialog = ParticipantDialog(
            self.store,
            principals=[
                Principal(p.id, p.name, p.role)
                for p in views
                if p.role in PRINCIPALS and p is not chosen
            ],
            case_id=self.case_id,
            participant_id=chosen.id if chosen else None,
            initial=initial,
            accompanies=chosen.accompanies_id if chosen else None,
            known_people={p.person_id for p in views},
            incident_date=self.record.case.incident_date,
            parent=self,
        )
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def add(self) -> ParticipantDialog | None:
        self.message.show_problem("")
        return self._open(None)

    def edit(self, focus: str = "") -> ParticipantDialog | None:
        chosen = self.current()
        dialog = self._open(chosen) if chosen is not None else None
        if dialog is not None and focus:
            dialog.focus_field(focus)
        return dialog

    def remove(self) -> None:
        chosen = self.current()
        if chosen is None or self.record is None:
            return
        companions = sum(1 for p in self.record.participants if p.accompanies_id == chosen.id)
        problem = removal_problem(companions)
        if problem:
            self.message.show_problem(domain_text(problem))
            return
        answer = prompts.ask(
            self,
            self.tr("Remove participant"),
            self.tr("Remove {name} from this case?").format(name=chosen.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_participant(self.store, chosen.id)
        except errors.NeedsCorrection as refused:
            self.message.show_problem(" ".join(domain_text(t) for t in refused.problems.values()))
            return
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return
        self.message.show_problem("")
        app_events().data_changed.emit("case")

    def export(self) -> ParticipantExportDialog | None:
        """The data-access export for the chosen participant (what they may see)."""
        chosen = self.current()
        if chosen is None or self.record is None:
            return None
        dialog = ParticipantExportDialog(
            self.store, self.case_id, self.record.case.number, chosen, parent=self
        )
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog
