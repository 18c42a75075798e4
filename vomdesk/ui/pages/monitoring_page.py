"""The Monitoring page: every open agreement's progress, what is due and what is overdue."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.monitoring import DUE_LABELS, DueKind
from vomdesk.services.due import Attention, Overview, attention_on, monitoring_overview
from vomdesk.services.open_store import OpenStore
from vomdesk.ui.events import app_events
from vomdesk.ui.models.monitoring_table import (
    MonitoringFilter,
    MonitoringTableModel,
    ProgressDelegate,
    rows_of,
)
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.pages.agenda_page import AgendaTable
from vomdesk.ui.texts import domain_text, problem_text
from vomdesk.ui.widgets.row_table import set_up_row_table

log = logging.getLogger(__name__)


class MonitoringTable(AgendaTable):
    """Enter or a double click opens the row's case (the row's case id is in column 0)."""

    def _open(self, row: int) -> None:
        case_id = self.model().index(row, 0).data(MonitoringTableModel.CASE_ID_ROLE)
        if case_id is not None:
            self.open_requested.emit(int(case_id))


class MonitoringPage(QWidget):
    """Reads in the background (a stale answer is dropped); sorted and filtered on screen."""

    open_case = Signal(int)
    loaded = Signal()
    attention = Signal(object)  # Attention, after each read

    def __init__(
        self,
        store: OpenStore,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.store, self._today = store, today
        self._generation, self._shown_generation = 0, -1
        self._stale = False
        self.overview: Overview | None = None
        self.model = MonitoringTableModel(self)
        self.proxy = MonitoringFilter(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("Monitoring"))
        title.setObjectName("pageTitle")
        self.status = QLabel()
        self.status.setObjectName("help")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("attention")
        self.summary.setAccessibleName(self.tr("What needs attention today"))
        self.summary.hide()
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Show"))
        self.kind_box.addItem(self.tr("Everything"), "")
        self.kind_box.addItem(self.tr("Overdue"), "overdue")
        self.kind_box.addItem(self.tr("Overdue or due this week"), "week")
        for kind in DueKind:
            self.kind_box.addItem(domain_text(DUE_LABELS[kind]), kind.value)
        self.kind_box.addItem(self.tr("Agreements with nothing due"), "none")
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        kind_label = QLabel(self.tr("S&how:"))
        kind_label.setBuddy(self.kind_box)
        self.number_filter = QLineEdit()
        self.number_filter.setPlaceholderText(self.tr("Case number"))
        self.number_filter.setAccessibleName(self.tr("Filter by case number"))
        self.number_filter.setClearButtonEnabled(True)
        number_label = QLabel(self.tr("&Case:"))
        number_label.setBuddy(self.number_filter)

        self.table = MonitoringTable()
        self.table.setModel(self.proxy)
        self._set_up_table()
        self.empty_text = QLabel(
            self.tr(
                "No agreement is being monitored and nothing is due. Cases appear here once "
                "their agreement is signed."
            )
        )
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_text)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(self.fontMetrics().horizontalAdvance("M"))
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_box)
        filters.addSpacing(12)
        filters.addWidget(number_label)
        filters.addWidget(self.number_filter)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)
        QWidget.setTabOrder(self.kind_box, self.number_filter)
        QWidget.setTabOrder(self.number_filter, self.table)
        self.setFocusProxy(self.table)

        self.kind_box.currentIndexChanged.connect(
            lambda _i: self.proxy.set_kind(str(self.kind_box.currentData()))
        )
        self.number_filter.textChanged.connect(self.proxy.set_number)
        self.table.open_requested.connect(self.open_case)
        app_events().data_changed.connect(self._data_changed)
        self.refresh()

    def _set_up_table(self) -> None:
        table = self.table
        header = set_up_row_table(table, self.tr("Due and overdue"))
        table.setSortingEnabled(True)
        table.sortByColumn(MonitoringTableModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        table.setItemDelegateForColumn(MonitoringTableModel.COL_PROGRESS, ProgressDelegate(table))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        width = table.fontMetrics().horizontalAdvance("M")
        for column, ems in ((0, 9), (1, 22), (2, 8), (3, 10), (4, 7)):
            header.resizeSection(column, width * ems)

    # --- reading ----------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        self._generation += 1
        generation, store, today = self._generation, self.store, self._today()
        run_in_background(
            lambda: monitoring_overview(store, today),
            on_done=lambda overview: self._show(generation, overview),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
        )

    def is_loading(self) -> bool:
        return self._shown_generation != self._generation

    def _show(self, generation: int, overview: Overview) -> None:
        if generation != self._generation:
            return  # a newer read was asked for: this answer is outdated
        self._shown_generation = generation
        self.overview = overview
        self.model.set_rows(rows_of(overview))
        count = len(overview.progress)
        self.status.setText(
            self.tr("1 agreement being monitored")
            if count == 1
            else self.tr("{count} agreements being monitored").format(
                count=self.locale().toString(count)
            )
        )
        self.body.setCurrentWidget(self.table if self.model.rowCount() else self.empty_text)
        self.show_attention(attention_on(overview.items, overview.on))
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._shown_generation = generation
        log.error("the monitoring list could not be read: %s", type(error).__name__)
        self.status.setText(problem_text(error))
        self.loaded.emit()

    def attention_parts(self, seen: Attention) -> list[str]:
        parts = []
        if seen.overdue_payments:
            parts.append(self.tr("overdue payments: {n}").format(n=seen.overdue_payments))
        if seen.follow_ups_today:
            parts.append(self.tr("follow-ups due today: {n}").format(n=seen.follow_ups_today))
        if seen.deadlines_this_week:
            parts.append(
                self.tr("referral deadlines this week: {n}").format(n=seen.deadlines_this_week)
            )
        if seen.one_year_checks:
            parts.append(self.tr("one-year follow-ups due: {n}").format(n=seen.one_year_checks))
        return parts

    def show_attention(self, seen: Attention) -> None:
        """The short summary at the top; never a dialog."""
        parts = self.attention_parts(seen)
        self.summary.setVisible(bool(parts))
        self.summary.setText(
            self.tr("Needs attention today — {parts}.").format(parts="; ".join(parts))
        )
        self.attention.emit(seen)

    # --- filters (also for tests and the status bar) -----------------------------------
    def choose_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))

    def visible_rows(self) -> list[int]:
        """The source rows shown, in the order shown."""
        return [
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        ]

    # --- reacting ---------------------------------------------------------------------
    def _data_changed(self, kind: str) -> None:
        if not shiboken6.isValid(self) or kind not in ("case", "settings"):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        day = self.overview.on if self.overview else None
        if self._stale or (day is not None and day != self._today()):
            self.refresh()
