"""The audit trail viewer: newest entries first, filters, and whether the chain is intact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services.audit_trail import AuditRow, AuditTrail, filter_rows, read_audit_trail
from vomdesk.services.open_store import OpenStore
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import problem_text


class AuditViewer(QDialog):
    """Reads the trail off the UI thread; filters by action, record kind and record id."""

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[AuditRow] = []
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(900, 560)
        self.chain = QLabel(self.tr("Reading the audit trail…"))
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.limit_note = QLabel()
        self.limit_note.setObjectName("help")
        self.limit_note.setWordWrap(True)
        self.limit_note.hide()

        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Record kind"))
        self.record = QLineEdit()
        self.record.setAccessibleName(self.tr("Record id contains"))
        self.record.setPlaceholderText(self.tr("Record id contains…"))
        self.record.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&Action"), self.action),
            (self.tr("Record &kind"), self.kind),
            (self.tr("&Record id"), self.record),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Record kind"),
                self.tr("Record id"),
                self.tr("Fields"),
            ]
        )
        self.table.setAccessibleName(self.tr("Audit entries, newest first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addWidget(self.limit_note)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.setTabOrder(self.action, self.kind)
        self.setTabOrder(self.kind, self.record)
        self.setTabOrder(self.record, self.table)

        self.action.currentIndexChanged.connect(self.refilter)
        self.kind.currentIndexChanged.connect(self.refilter)
        self.record.textChanged.connect(self.refilter)
        self.load()

    def load(self) -> None:
        store = self.store
        run_in_background(
            lambda: read_audit_trail(store),
            on_done=self.show_trail,
            on_error=self.show_problem,
            label=self.tr("Reading the audit trail…"),
            owner=self,
        )

    def show_problem(self, error: BaseException) -> None:
        self.chain.setText(problem_text(error))

    def show_trail(self, trail: AuditTrail) -> None:
        verdict = trail.verdict
        if verdict.ok:
            self.chain.setText(
                self.tr("Chain intact: all {0} entries are as they were written.").format(
                    verdict.entries
                )
            )
        else:
            self.chain.setText(
                self.tr(
                    "Chain broken at entry {0}: it was changed, or an entry before it was "
                    "removed, after it was written."
                ).format(verdict.first_broken_id)
            )
            self.chain.setStyleSheet("font-weight: bold; color: #b00020;")
        if trail.limited:
            self.limit_note.setText(
                self.tr("Showing the newest {0} of {1} entries.").format(
                    len(trail.rows), trail.total
                )
            )
            self.limit_note.show()
        self.rows = trail.rows
        self._fill_choices(self.action, self.tr("Any action"), {r.action for r in self.rows})
        self._fill_choices(self.kind, self.tr("Any kind"), {r.record_kind for r in self.rows})
        self.refilter()

    def _fill_choices(self, combo: QComboBox, any_text: str, values: set[str]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, "")
        for value in sorted(values):
            combo.addItem(value, value)
        combo.blockSignals(False)

    def refilter(self) -> None:
        shown = filter_rows(
            self.rows,
            action=str(self.action.currentData() or ""),
            kind=str(self.kind.currentData() or ""),
            record=self.record.text(),
        )
        self.table.setRowCount(len(shown))
        for index, row in enumerate(shown):
            when = row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            values = (when, row.actor, row.action, row.record_kind, row.record_id,
                      ", ".join(row.fields))  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("{0} entries shown").format(len(shown)))
