"""The Session tab: sessions planned and held, and recording one that took place."""

from __future__ import annotations

from datetime import datetime

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.agreements import OUTCOME_LABELS, SessionOutcome
from vomdesk.domain.stages import ClosingReason, Stage
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation
from vomdesk.services.session_records import RECORDABLE
from vomdesk.store.agreement_models import SessionRecord
from vomdesk.store.preparation_models import SessionPlan
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.close_case_dialog import CloseCaseDialog
from vomdesk.ui.events import app_events
from vomdesk.ui.pages.preparation.session_list import local_time_text, place_of
from vomdesk.ui.pages.session_record_dialog import SessionRecordDialog
from vomdesk.ui.texts import domain_text


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.setMaximumHeight(table.fontMetrics().height() * 9)
    return table


class SessionPage(QWidget):
    """Emits ``agreement_requested`` when the mediator starts the agreement after a session."""

    changed = Signal()
    agreement_requested = Signal()

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.prep: Preparation | None = None
        self.held: list[SessionRecord] = []
        self.dialog: SessionRecordDialog | None = None
        self.close_dialog: CloseCaseDialog | None = None
        planned = QGroupBox(self.tr("Sessions planned"))
        self.planned = _table(
            [self.tr("When"), self.tr("Length"), self.tr("Place"), self.tr("Attendees")],
            self.tr("Sessions planned"),
        )
        self.none_planned = QLabel(self.tr("No session is planned."))
        self.none_planned.setObjectName("help")
        column = QVBoxLayout(planned)
        column.addWidget(self.planned)
        column.addWidget(self.none_planned)
        held = QGroupBox(self.tr("Sessions held"))
        self.held_table = _table(
            [self.tr("When"), self.tr("Length"), self.tr("How it ended"), self.tr("Who attended")],
            self.tr("Sessions held"),
        )
        self.none_held = QLabel(self.tr("No session has been recorded yet."))
        self.none_held.setObjectName("help")
        column = QVBoxLayout(held)
        column.addWidget(self.held_table)
        column.addWidget(self.none_held)
        self.record_button = QPushButton(
            qta.icon("mdi6.clipboard-check-outline"), self.tr("&Record the session…")
        )
        self.which = QLabel()
        self.which.setObjectName("help")
        self.which.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.record_button)
        actions.addWidget(self.which, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(planned)
        layout.addLayout(actions)
        layout.addWidget(held)
        layout.addStretch(1)
        self.record_button.clicked.connect(self.record)

    # --- showing ----------------------------------------------------------------------
    def show_case(self, prep: Preparation, held: list[SessionRecord]) -> None:
        self.prep, self.held = prep, list(held)
        names = {p.id: p.name for p in prep.participants}
        upcoming = prep.upcoming
        self.planned.setRowCount(len(upcoming))
        for row, plan in enumerate(upcoming):
            cells = [local_time_text(plan.starts_at),
                     self.tr("{minutes} min").format(minutes=plan.minutes),
                     place_of(prep, plan),
                     ", ".join(names.get(p, "?") for p in plan.attendees)]  # fmt: skip
            for column, text in enumerate(cells):
                self.planned.setItem(row, column, QTableWidgetItem(text))
        self.none_planned.setVisible(not upcoming)
        self.held_table.setRowCount(len(self.held))
        for row, record in enumerate(self.held):
            try:
                outcome = domain_text(OUTCOME_LABELS[SessionOutcome(record.outcome)])
            except ValueError:
                outcome = record.outcome
            cells = [local_time_text(record.held_at),
                     self.tr("{minutes} min").format(minutes=record.minutes), outcome,
                     ", ".join(names.get(p, "?") for p in record.attendees)]  # fmt: skip
            for column, text in enumerate(cells):
                self.held_table.setItem(row, column, QTableWidgetItem(text))
        self.none_held.setVisible(not self.held)
        can_record = prep.stage in RECORDABLE
        self.record_button.setEnabled(can_record)
        nxt = self.next_planned()
        if not can_record:
            self.which.setText(self.tr("Sessions are recorded before the agreement is signed."))
        elif nxt is not None:
            self.which.setText(
                self.tr("For the session planned on {when}.").format(
                    when=local_time_text(nxt.starts_at)
                )
            )
        else:
            self.which.setText(self.tr("For a session held without being scheduled."))

    def next_planned(self) -> SessionPlan | None:
        upcoming = self.prep.upcoming if self.prep is not None else []
        return upcoming[0] if upcoming else None

    # --- recording --------------------------------------------------------------------
    def record(self) -> SessionRecordDialog | None:
        if self.prep is None or self.prep.stage not in RECORDABLE:
            return None
        dialog = SessionRecordDialog(self.store, self.prep, self.next_planned(), self)
        self.dialog = dialog
        dialog.recorded.connect(self._recorded)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def _recorded(self, outcome: SessionOutcome) -> None:
        self.changed.emit()
        app_events().data_changed.emit("case")
        app_events().saved.emit(datetime.now().astimezone())
        buttons = QMessageBox.StandardButton
        if outcome is SessionOutcome.NO_AGREEMENT:
            answer = prompts.ask(
                self, self.tr("No agreement"),
                self.tr("Close the case now as “Session held without agreement”? "
                        "Choose No to keep it open and schedule another session."),
                buttons.Yes | buttons.No, buttons.No,
            )  # fmt: skip
            if answer == buttons.Yes:
                self.close_case()
        elif outcome is SessionOutcome.AGREEMENT:
            answer = prompts.ask(
                self, self.tr("Agreement reached"),
                self.tr("Start writing the agreement now?"),
                buttons.Yes | buttons.No, buttons.Yes,
            )  # fmt: skip
            if answer == buttons.Yes:
                self.agreement_requested.emit()

    def close_case(self) -> CloseCaseDialog:
        dialog = CloseCaseDialog(
            self.store, self.case_id, Stage.SESSION_HELD, ClosingReason.NO_AGREEMENT, self
        )
        self.close_dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog
