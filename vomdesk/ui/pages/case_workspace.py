"""One case as a workspace: header, stepper, Referral / Participants / History, what is missing."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.readiness import Missing
from vomdesk.domain.stages import CLOSING_LABELS, STAGE_LABELS, ClosingReason, Stage, Step
from vomdesk.services.cases import CaseRecord, missing_for_next_step, read_case
from vomdesk.services.open_store import OpenStore
from vomdesk.ui import prompts
from vomdesk.ui.events import app_events
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.pages.case_overview import CaseHeader, MissingPanel, Stepper
from vomdesk.ui.pages.case_participants import ParticipantsTab
from vomdesk.ui.pages.case_referral import ReferralTab
from vomdesk.ui.texts import domain_text, problem_text
from vomdesk.ui.widgets.date_field import format_date


def load_case(store: OpenStore, case_id: int) -> tuple[CaseRecord, list[Missing]]:
    """Everything the workspace shows, read in one go (off the UI thread)."""
    record = read_case(store, case_id)
    return record, missing_for_next_step(store, record)


class CaseWorkspace(QWidget):
    """Emits ``back`` when the mediator returns to the list (after the unsaved-changes check)."""

    back = Signal()
    loaded = Signal()

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.record: CaseRecord | None = None
        self.missing_items: list[Missing] = []
        self.loading = False
        self._sequence = 0
        self.header = CaseHeader()
        self.stepper = Stepper()
        self.referral = ReferralTab(store, case_id)
        self.participants = ParticipantsTab(store, case_id)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("Change"), self.tr("Why")]
        )
        self.history.setAccessibleName(self.tr("Stage history"))
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setTabKeyNavigation(False)
        self.history.setShowGrid(False)
        self.history.setAlternatingRowColors(True)
        header = self.history.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.referral, self.tr("Referral"))
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.missing = MissingPanel()
        self.missing.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 20)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.tabs, 1)
        body.addWidget(self.missing)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.stepper)
        layout.addLayout(body, 1)

        self.header.back.connect(self.go_back)
        self.stepper.step_clicked.connect(self.open_step)
        self.missing.go_to.connect(self.focus_missing)
        app_events().data_changed.connect(self._data_changed)
        self.reload()

    # --- reading ----------------------------------------------------------------------
    def reload(self) -> None:
        self._sequence += 1
        sequence, store, case_id = self._sequence, self.store, self.case_id
        self.loading = True
        run_in_background(
            lambda: load_case(store, case_id),
            on_done=lambda result: self._loaded(sequence, result),
            on_error=lambda error: self._failed(sequence, error),
            label=self.tr("Opening the case…"),
            owner=self,
        )

    def _data_changed(self, kind: str) -> None:
        if kind in ("case", "settings"):
            self.reload()

    def _loaded(self, sequence: int, result: tuple[CaseRecord, list[Missing]]) -> None:
        if sequence != self._sequence:
            return
        self.record, self.missing_items = result
        record = self.record
        self.header.show_record(record)
        self.stepper.show_stage(record.stage)
        self.missing.show_missing(self.missing_items, record.stage)
        self.referral.show_record(record)
        self.participants.show_record(record)
        self._show_history(record)
        self.loading = False
        self.loaded.emit()

    def _failed(self, sequence: int, error: BaseException) -> None:
        if sequence != self._sequence:
            return
        self.loading = False
        self.header.title.setText(problem_text(error))
        self.loaded.emit()

    def _show_history(self, record: CaseRecord) -> None:
        self.history.setRowCount(len(record.history))
        for row, entry in enumerate(record.history):
            at = entry.at.astimezone() if isinstance(entry.at, datetime) else entry.at
            before = domain_text(STAGE_LABELS[Stage(entry.from_stage)]) if entry.from_stage else ""
            change = f"{before} → " if before else ""
            change += domain_text(STAGE_LABELS[Stage(entry.to_stage)])
            why = entry.why
            if entry.closing_reason:
                reason = domain_text(CLOSING_LABELS[ClosingReason(entry.closing_reason)])
                why = f"{reason}. {why}".strip() if why else reason
            when = f"{format_date(at.date())} {at.strftime('%H:%M')}"
            for column, text in enumerate((when, entry.by, change, why)):
                self.history.setItem(row, column, QTableWidgetItem(text))

    # --- moving around ----------------------------------------------------------------
    def open_step(self, step: Step) -> None:
        if step is Step.REFERRAL:
            self.tabs.setCurrentWidget(self.referral)

    def focus_missing(self, field: str) -> None:
        """Go to the field a "What is missing" item is about and put the cursor there."""
        if field in ("participants",) or field.startswith("participant."):
            self.tabs.setCurrentWidget(self.participants)
            parts = field.split(".")
            if len(parts) >= 2 and parts[1].isdigit():
                self.participants.select(int(parts[1]))
                if parts[-1] == "birth":
                    self.participants.edit(focus="birth")
                    return
            self.participants.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.tabs.setCurrentWidget(self.referral)
        self.referral.fields.focus_field(field)
        self.referral.scroller.ensureWidgetVisible(self.referral.fields.widget_of(field))

    # --- leaving ----------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.referral.has_unsaved_changes()

    def confirm_leave(self) -> bool:
        """Ask Save / Discard / Cancel about unsaved referral changes; True when fine to leave."""
        if not self.has_unsaved_changes():
            return True
        return prompts.confirm_leave(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this referral before leaving?"),
            save=self.referral.save,
            discard=self.referral.revert,
        )

    def go_back(self) -> None:
        if self.confirm_leave():
            self.back.emit()

    def keep_drafts(self) -> None:
        self.referral.drafts.flush()
