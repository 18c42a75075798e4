"""The Schedule page: a session's time, place, attendees and speaking order; the case's sessions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain import gates
from vomdesk.domain.choices import MeetingForm
from vomdesk.domain.schedule import KIND_LABELS, AppointmentKind
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation, before_scheduling, case_form
from vomdesk.services.sessions import schedule_session
from vomdesk.store.preparation_models import SessionPlan
from vomdesk.ui import prompts
from vomdesk.ui.pages.preparation.schedule_form import ScheduleForm
from vomdesk.ui.pages.preparation.section import Section
from vomdesk.ui.pages.preparation.session_list import SessionList, local_time_text
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.form_column import form_column


def kind_of(prep: Preparation) -> AppointmentKind:
    """A joint session when the victims chose to meet face to face (or chose nothing yet)."""
    if case_form(prep) in (MeetingForm.DIRECT, None):
        return AppointmentKind.JOINT_SESSION
    return AppointmentKind.SHUTTLE_MEETING


class ScheduleSection(Section):
    """Schedules (or moves) a session once nothing blocks it; what is typed is kept until then."""

    title = QT_TRANSLATE_NOOP("Preparation", "Schedule")

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(store, case_id, parent)
        self.moving_id: int | None = None
        self.filled: dict[str, Any] | None = None  # the form as last filled or scheduled
        self.blocked = QLabel(
            self.tr("Scheduling opens when nothing blocks it: see Before scheduling.")
        )
        self.blocked.setWordWrap(True)
        self.blocked_frame = QFrame()
        self.blocked_frame.setObjectName("banner")
        QVBoxLayout(self.blocked_frame).addWidget(self.blocked)
        self.form = ScheduleForm()
        self.kind_label = QLabel()
        self.indirect_note = QLabel(
            self.tr(
                "In an indirect process each meeting is with one side only; schedule one "
                "meeting per side."
            )
        )
        self.indirect_note.setObjectName("help")
        self.indirect_note.setWordWrap(True)
        self.schedule_button = QPushButton(qta.icon("mdi6.calendar-check-outline"), "")
        self.stop_moving = QPushButton(self.tr("&Keep it as it was"))
        self.stop_moving.setToolTip(self.tr("Stop moving the session; nothing is changed."))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_moving)
        buttons.addWidget(self.schedule_button)
        self.form.form.addRow(self.kind_label)
        self.form.form.addRow(self.indirect_note)
        self.form.form.addRow(self.form.messages["general"])
        self.form.form.addRow(buttons)
        self.sessions = SessionList(store, case_id)
        sessions_box = QGroupBox(self.tr("Sessions of this case"))
        QVBoxLayout(sessions_box).addWidget(self.sessions)
        self.scroller = form_column(self.blocked_frame, self.form, sessions_box)
        QVBoxLayout(self).addWidget(self.scroller)
        self._moving(None)
        self.schedule_button.clicked.connect(self.schedule)
        self.stop_moving.clicked.connect(self.revert)
        self.sessions.move_requested.connect(self.load_session)
        self.sessions.changed.connect(self.saved)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setFocusProxy(self.form.day)

    # --- showing ----------------------------------------------------------------------
    def show_preparation(self, prep: Preparation) -> None:
        super().show_preparation(prep)
        blocking = gates.blocking(before_scheduling(prep))
        self.blocked_frame.setVisible(bool(blocking))
        self.form.setEnabled(not blocking)
        kind = kind_of(prep)
        self.kind_label.setText(self.tr("Kind: {kind}").format(kind=domain_text(KIND_LABELS[kind])))
        self.indirect_note.setVisible(kind is AppointmentKind.SHUTTLE_MEETING)
        self.form.show_wish(prep)
        if not self.has_unsaved_changes():
            self._moving(None)
            self.form.fill(prep)
            self.filled = self.values()
        self.sessions.show_sessions(prep)

    def focus_item(self, field: str) -> None:
        self.form.day.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict[str, Any]:
        return {**self.form.values(), "moving": self.moving_id}

    def has_unsaved_changes(self) -> bool:
        return self.filled is not None and self.values() != self.filled

    def revert(self) -> None:
        self._moving(None)
        if self.prep is not None:
            self.form.fill(self.prep)
            self.filled = self.values()

    def _moving(self, session_id: int | None) -> None:
        self.moving_id = session_id
        self.stop_moving.setVisible(session_id is not None)
        self.schedule_button.setText(
            self.tr("&Schedule") if session_id is None else self.tr("&Save the new time")
        )

    def load_session(self, plan: SessionPlan) -> None:
        """Put a scheduled session into the form; scheduling then moves it."""
        if self.prep is None or plan.id is None:
            return
        self.form.fill(self.prep, plan)
        self._moving(plan.id)
        self.form.day.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroller.ensureWidgetVisible(self.form.day)

    # --- saving -----------------------------------------------------------------------
    def save(self) -> bool:
        if not self.has_unsaved_changes() or not self.form.isEnabled():
            return True
        return self.schedule()

    def schedule(self) -> bool:
        """Schedule (or move) the session; a clash is asked about, problems shown by fields."""
        form = self.form
        if form.day.problem():
            form.show_problems({"starts": form.day.problem()})
            return False
        starts, venue_id = form.starts(), form.venue.currentData()
        for allow_clash in (False, True):
            try:
                schedule_session(
                    self.store, self.case_id, starts=starts, minutes=form.minutes.value(),
                    attendees=form.checked_attendees(),
                    speaking_order=form.order_model.order(), venue_id=venue_id,
                    other_place="" if venue_id is not None else form.other_place.text(),
                    session_id=self.moving_id, allow_clash=allow_clash,
                )  # fmt: skip
                break
            except errors.Clashes as clash:
                if allow_clash or not self._schedule_anyway(clash.labels):
                    form.show_problems(
                        {"starts": self.tr("Not scheduled: this time overlaps. Choose another.")}
                    )
                    return False
            except (errors.StoreProblem, OSError) as error:
                form.show_problems(self.messages_of(error))
                return False
        assert starts is not None
        form.show_problems({})
        self.sessions.status.setText(
            self.tr("Session scheduled for {when}.").format(when=local_time_text(starts))
        )
        self._moving(None)
        self.filled = self.values()  # scheduled: nothing unsaved until the page is refilled
        self.saved()
        return True

    def _schedule_anyway(self, labels: list[str]) -> bool:
        shown = []
        for label in labels:
            number, _, moment = label.rpartition(" ")
            try:
                shown.append(f"{number} {local_time_text(datetime.fromisoformat(moment))}")
            except ValueError:
                shown.append(label)
        answer = prompts.ask(
            self,
            self.tr("Time already taken"),
            self.tr("This time overlaps:\n{appointments}\n\nSchedule anyway?").format(
                appointments="\n".join(shown)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
