"""“Backups made…”: the backup log, newest first, with the copies outside the data folder marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services.backup_log import backups_made, is_outside
from vomdesk.services.backups import AUTOMATIC
from vomdesk.services.open_store import OpenStore
from vomdesk.store.models import BackupRecord
from vomdesk.ui.dialogs.backup_dialogs import size_text, when_text
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import problem_text


class BackupLogDialog(QDialog):
    """A read-only table of every backup made: when, where, verified, cases, size."""

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Backups made"))
        self.resize(900, 460)
        note = QLabel(
            self.tr(
                "Copies outside the data folder (a USB stick, another disk) are yours to keep "
                "safe, and to destroy when the retention policy says so."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("help")
        self.status = QLabel(self.tr("Reading the backup log…"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Kind"), self.tr("Where"), self.tr("Verified"),
             self.tr("Cases")]
        )  # fmt: skip
        self.table.setAccessibleName(self.tr("Backups made"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        run_in_background(
            lambda: [(record, is_outside(record, store)) for record in backups_made(store)],
            on_done=self.show_rows,
            on_error=lambda error: self.status.setText(problem_text(error)),
            owner=self,
        )

    def show_rows(self, rows: list[tuple[BackupRecord, bool]]) -> None:
        self.status.setText(
            self.tr("No backup has been made yet.")
            if not rows
            else self.tr("{count} backups, newest first.").format(count=len(rows))
        )
        self.table.setRowCount(len(rows))
        for number, (record, outside) in enumerate(rows):
            if record.kind == AUTOMATIC:
                kind = self.tr("Automatic, on this computer")
            elif outside:
                kind = self.tr("To another place")
            else:
                kind = self.tr("To a folder on this computer")
            verified = self.tr("Verified") if record.verified else self.tr("Not verified")
            cells = (
                when_text(record.made_at), kind, record.location, verified,
                str(record.cases),
            )  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(f"{record.location} ({size_text(record.size)})")
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(number, column, item)
