"""Follow-up contacts of a case: planned and done, plan one, record one that took place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.monitoring import FOLLOW_UP_REASONS
from vomdesk.services.monitoring import complete_follow_up, plan_follow_up
from vomdesk.services.open_store import OpenStore
from vomdesk.store.monitoring_models import FollowUp
from vomdesk.ui.models.monitoring_table import SIDES
from vomdesk.ui.pages.case_monitoring.form_dialog import FormDialog
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.date_field import DateField, format_date
from vomdesk.ui.widgets.text_box import text_box


def side_text(side: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("MonitoringTable", SIDES[side]) if side in SIDES else side


class PlanDialog(FormDialog):
    """A follow-up contact to plan: the day and with whom."""

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Plan a follow-up"), self.tr("Plan"), parent)
        self.store, self.case_id = store, case_id
        self.planned_on = DateField()
        self.add_field("planned_on", self.tr("&Day *"), self.planned_on, self.tr("Planned on"))
        self.side = QComboBox()
        for code in SIDES:
            self.side.addItem(side_text(code), code)
        self.side.setCurrentIndex(self.side.findData("both"))
        self.add_field("side", self.tr("&With *"), self.side, self.tr("With whom"))
        self.notes = text_box()
        self.add_field("notes", self.tr("&Notes"), self.notes, self.tr("Notes"))

    def save(self) -> bool:
        return self.attempt(
            lambda: plan_follow_up(
                self.store,
                self.case_id,
                planned_on=self.planned_on.value(),
                side=str(self.side.currentData()),
                notes=self.notes.toPlainText(),
            )
        )


class ContactDialog(FormDialog):
    """A planned follow-up that took place: the day and what was said."""

    def __init__(self, store: OpenStore, row: FollowUp, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record the contact"), self.tr("Record"), parent)
        self.store, self.row = store, row
        self.add_help(
            self.tr("Planned for {day}, {side}.").format(
                day=format_date(row.planned_on), side=side_text(row.side).lower()
            )
        )
        self.done_on = DateField()
        self.done_on.set_value(date.today())
        self.add_field(
            "done_on", self.tr("&Day of the contact *"), self.done_on, self.tr("Day of the contact")
        )
        self.notes = QPlainTextEdit(row.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.add_field("notes", self.tr("&Notes"), self.notes, self.tr("Notes of the contact"))

    def save(self) -> bool:
        assert self.row.id is not None
        return self.attempt(
            lambda: complete_follow_up(
                self.store,
                self.row.id or 0,
                done_on=self.done_on.value(),
                notes=self.notes.toPlainText(),
            )
        )


class FollowUpsBox(QGroupBox):
    """The table of follow-ups and its two buttons; asks the tab to open the dialogs."""

    plan_requested = Signal()
    record_requested = Signal(object)  # FollowUp

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow-up contacts"), parent)
        self.rows: list[FollowUp] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Planned"), self.tr("With"), self.tr("Why"), self.tr("Done"), self.tr("Notes")]
        )
        self.table.setAccessibleName(self.tr("Follow-up contacts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.plan_button = QPushButton(self.tr("&Plan a follow-up…"))
        self.record_button = QPushButton(self.tr("Record the &contact…"))
        self.plan_button.clicked.connect(self.plan_requested)
        self.record_button.clicked.connect(self._record)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_rows(self, rows: list[FollowUp]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            why = domain_text(FOLLOW_UP_REASONS.get(row.reason, FOLLOW_UP_REASONS[""]))
            cells = (
                format_date(row.planned_on),
                side_text(row.side),
                why,
                format_date(row.done_on) if row.done_on else self.tr("Not yet"),
                row.notes,
            )
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.setMinimumHeight(self.table.fontMetrics().height() * (min(len(rows), 6) + 3))
        first_open = next((i for i, r in enumerate(rows) if r.done_on is None), -1)
        if first_open >= 0:
            self.table.selectRow(first_open)
        self._selection_changed()

    def selected(self) -> FollowUp | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.record_button.setEnabled(chosen is not None and chosen.done_on is None)

    def _record(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.done_on is None:
            self.record_requested.emit(chosen)
