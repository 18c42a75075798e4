"""A case's sessions: when, how long, where, their status; move, cancel, add to a calendar."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.schedule import KIND_LABELS, STATUS_LABELS, AppointmentKind, SessionStatus
from vomdesk.services import errors
from vomdesk.services.calendar_file import write_calendar
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation
from vomdesk.services.sessions import cancel_session
from vomdesk.store.preparation_models import SessionPlan
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.override_dialog import ReasonDialog
from vomdesk.ui.texts import domain_text, problem_text
from vomdesk.ui.widgets.date_field import format_date


def local_time_text(moment: datetime) -> str:
    """A stored (UTC) moment as the mediator reads it: local date and time."""
    local = moment.astimezone()
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(local.date())} {time}"


def place_of(prep: Preparation, plan: SessionPlan) -> str:
    """Where a session is: the venue's name (even if retired since), or the place typed."""
    if plan.venue_id is not None:
        venue = next((v for v in prep.venues if v.id == plan.venue_id), None)
        if venue is not None:
            return venue.name
    return plan.other_place


class SessionList(QWidget):
    """The sessions of one case, earliest first; cancelling asks for a reason."""

    move_requested = Signal(object)  # the SessionPlan to load into the form
    changed = Signal()  # a session was cancelled

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.prep: Preparation | None = None
        self.plans: list[SessionPlan] = []
        self.dialog: ReasonDialog | None = None
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Sessions of this case"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Length"), self.tr("Place"), self.tr("Kind"),
             self.tr("Status"), self.tr("Reason")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setMinimumHeight(self.fontMetrics().height() * 7)
        self.move_button = QPushButton(qta.icon("mdi6.calendar-arrow-right"), self.tr("&Move…"))
        self.cancel_button = QPushButton(
            qta.icon("mdi6.calendar-remove-outline"), self.tr("&Cancel session…")
        )
        self.calendar_button = QPushButton(
            qta.icon("mdi6.calendar-export-outline"), self.tr("Add to ca&lendar…")
        )
        self.calendar_button.setToolTip(
            self.tr("A calendar file with the case number, time and venue only: never names.")
        )
        self.status = QLabel()
        self.status.setObjectName("help")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.move_button, self.cancel_button, self.calendar_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.move_button.clicked.connect(self.request_move)
        self.cancel_button.clicked.connect(self.cancel)
        self.calendar_button.clicked.connect(self.add_to_calendar)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def show_sessions(self, prep: Preparation) -> None:
        chosen = self.current()
        self.prep, self.plans = prep, list(prep.sessions)
        self.table.setRowCount(len(self.plans))
        for row, plan in enumerate(self.plans):
            status = SessionStatus(plan.status)
            cells = [
                local_time_text(plan.starts_at),
                self.tr("{minutes} min").format(minutes=plan.minutes),
                place_of(prep, plan),
                domain_text(KIND_LABELS[AppointmentKind(plan.kind)]),
                domain_text(STATUS_LABELS[status]),
                plan.status_reason,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if status is not SessionStatus.SCHEDULED:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        if chosen is not None:
            self.select(chosen.id)
        self.calendar_button.setEnabled(bool(prep.upcoming))
        self._selection_changed()

    def select(self, session_id: int | None) -> None:
        for row, plan in enumerate(self.plans):
            if plan.id == session_id:
                self.table.selectRow(row)

    def current(self) -> SessionPlan | None:
        rows = self.table.selectionModel().selectedRows()
        return self.plans[rows[0].row()] if rows and rows[0].row() < len(self.plans) else None

    def _selection_changed(self) -> None:
        chosen = self.current()
        scheduled = chosen is not None and chosen.status == SessionStatus.SCHEDULED.value
        self.move_button.setEnabled(scheduled)
        self.cancel_button.setEnabled(scheduled)

    # --- actions ----------------------------------------------------------------------
    def request_move(self) -> None:
        chosen = self.current()
        if chosen is not None and chosen.status == SessionStatus.SCHEDULED.value:
            self.move_requested.emit(chosen)

    def cancel(self) -> ReasonDialog | None:
        chosen = self.current()
        if chosen is None or chosen.id is None:
            return None
        session_id = chosen.id

        def act(reason: str) -> None:
            cancel_session(self.store, session_id, reason)

        dialog = ReasonDialog(
            self.tr("Cancel session"),
            self.tr(
                "The session on {when} is cancelled. The reason is kept in the case history."
            ).format(when=local_time_text(chosen.starts_at)),
            act,
            ok_text=self.tr("Cancel the &session"),
            parent=self,
        )
        dialog.reason.setPlaceholderText(
            self.tr("e.g. The victim is ill; we will find a new date.")
        )
        self.dialog = dialog
        dialog.accepted.connect(self.changed)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def add_to_calendar(self) -> None:
        number = self.prep.case.number if self.prep is not None else str(self.case_id)
        path = prompts.save_file_name(
            self,
            self.tr("Add to calendar"),
            Path.home() / f"vomdesk-{number}.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            count = write_calendar(self.store, path, case_id=self.case_id)
        except (errors.StoreProblem, OSError) as error:
            self.status.setText(problem_text(error))
            return
        self.status.setText(
            self.tr("%n event(s) written to {path}.", "", count).format(path=str(path))
        )
