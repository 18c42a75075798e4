"""Settings: the program's venues, added, changed, removed or retired straight in the store."""

from __future__ import annotations

from typing import Any

import qtawesome as qta
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.venues import remove_venue, restore_venue, venues
from vomdesk.store.preparation_models import Venue
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.venue_dialog import VenueDialog
from vomdesk.ui.events import app_events
from vomdesk.ui.texts import problem_text
from vomdesk.ui.widgets.field_message import FieldMessage

COL_NAME, COL_ADDRESS, COL_ACCESSIBLE, COL_WAITING, COL_NOTES = range(5)
_ROOT = QModelIndex()


class VenuesModel(QAbstractTableModel):
    """Venues as rows; retired ones greyed and marked "(retired)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Venue] = []

    def set_rows(self, rows: list[Venue]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Name"), self.tr("Address"), self.tr("Accessible"),
                    self.tr("Private waiting rooms"), self.tr("Notes")][section]  # fmt: skip
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        venue = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and venue.retired:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        name = self.tr("{name} (retired)").format(name=venue.name) if venue.retired else venue.name
        yes, no = self.tr("Yes"), self.tr("No")
        return [
            name,
            venue.address.splitlines()[0] if venue.address else "",
            yes if venue.accessible else no,
            yes if venue.private_waiting_rooms else no,
            venue.notes,
        ][index.column()]


class VenuesPanel(QGroupBox):
    """The "Venues" group of Settings; every change is saved at once, not with the form."""

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Venues"), parent)
        self.store = store
        self.dialog: VenueDialog | None = None
        self.model = VenuesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Venues"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        help_label = QLabel(
            self.tr("Places the program meets in. A venue named in cases is retired, not deleted.")
        )
        help_label.setObjectName("help")
        help_label.setWordWrap(True)
        self.add_button = QPushButton(qta.icon("mdi6.map-marker-plus-outline"),
                                      self.tr("Add &venue…"))  # fmt: skip
        self.edit_button = QPushButton(qta.icon("mdi6.pencil-outline"), self.tr("Edit…"))
        self.remove_button = QPushButton(qta.icon("mdi6.trash-can-outline"), self.tr("Remove"))
        self.restore_button = QPushButton(qta.icon("mdi6.restore"), self.tr("Restore"))
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button,
                       self.restore_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.restore_button.clicked.connect(self.restore)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.activated.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        """Read the venues again, keeping (or moving to) the chosen one."""
        chosen = self.current()
        if select is None and chosen is not None:
            select = chosen.id
        try:
            rows = venues(self.store, with_retired=True)
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return
        self.model.set_rows(rows)
        if select is not None:
            self.select(select)
        self._selection_changed()

    def current(self) -> Venue | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, venue_id: int) -> None:
        for index, row in enumerate(self.model.rows):
            if row.id == venue_id:
                self.table.selectRow(index)

    def _selection_changed(self) -> None:
        chosen = self.current()
        self.edit_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None and not chosen.retired)
        self.restore_button.setEnabled(chosen is not None and chosen.retired)

    def _changed(self, select: int | None = None) -> None:
        self.refresh(select)
        app_events().data_changed.emit("settings")

    # --- changes ----------------------------------------------------------------------
    def _open(self, venue: Venue | None) -> VenueDialog:
        self.message.show_problem("")
        dialog = VenueDialog(self.store, venue, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._changed(dialog.saved_id))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def add(self) -> VenueDialog:
        return self._open(None)

    def edit(self) -> VenueDialog | None:
        chosen = self.current()
        return self._open(chosen) if chosen is not None else None

    def remove(self) -> None:
        chosen = self.current()
        if chosen is None or chosen.id is None:
            return
        answer = prompts.ask(
            self,
            self.tr("Remove venue"),
            self.tr("Remove the venue “{name}”?").format(name=chosen.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            deleted = remove_venue(self.store, chosen.id)
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return
        self.message.show_problem("")
        self._changed(None if deleted else chosen.id)
        if not deleted:
            prompts.show_info(
                self,
                self.tr("Venue retired"),
                self.tr(
                    "This venue is named in cases, so it was retired rather than deleted: it no "
                    "longer appears in the lists, and the cases keep it."
                ),
            )

    def restore(self) -> None:
        chosen = self.current()
        if chosen is None or chosen.id is None or not chosen.retired:
            return
        try:
            restore_venue(self.store, chosen.id)
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return
        self.message.show_problem("")
        self._changed(chosen.id)
