"""One case as a workspace: header, stepper, the pages of the case, and what is missing."""

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

from vomdesk.domain.gates import GATE_LABELS, Gate
from vomdesk.domain.parties import Role
from vomdesk.domain.readiness import Missing
from vomdesk.domain.screening import Outcome
from vomdesk.domain.stages import CLOSING_LABELS, STAGE_LABELS, ClosingReason, Stage, Step
from vomdesk.services import errors
from vomdesk.services.case_stages import move_case
from vomdesk.services.cases import CaseRecord, missing_for_next_step, read_case
from vomdesk.services.monitoring import start_monitoring
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation, read_preparation
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.close_case_dialog import CloseCaseDialog
from vomdesk.ui.dialogs.reopen_dialog import ReopenDialog
from vomdesk.ui.events import app_events
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.pages.agreement.agreement_page import AgreementPage
from vomdesk.ui.pages.agreement.data import AgreementData, read_agreement_data
from vomdesk.ui.pages.case_monitoring.monitoring_tab import MonitoringTab, TabData, read_tab_data
from vomdesk.ui.pages.case_overview import CaseHeader, MissingPanel, Stepper
from vomdesk.ui.pages.case_participants import ParticipantsTab
from vomdesk.ui.pages.case_referral import ReferralTab
from vomdesk.ui.pages.case_retention import ask_to_purge, ask_to_seal
from vomdesk.ui.pages.documents_panel import DocumentsPanel
from vomdesk.ui.pages.preparation.preparation_page import PreparationPage, page_for
from vomdesk.ui.pages.preparation.schedule_section import ScheduleSection
from vomdesk.ui.pages.session_page import SessionPage
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.date_field import format_date

Loaded = tuple[CaseRecord, list[Missing], Preparation, AgreementData, TabData]


def load_case(store: OpenStore, case_id: int) -> Loaded:
    """Everything the workspace shows, read in one go (off the UI thread)."""
    record = read_case(store, case_id)
    missing = missing_for_next_step(store, record)
    return (
        record,
        missing,
        read_preparation(store, case_id),
        read_agreement_data(store, case_id),
        read_tab_data(store, case_id),
    )


class CaseWorkspace(QWidget):
    """Emits ``back`` when the mediator returns to the list (after the unsaved-changes check)."""

    back = Signal()
    loaded = Signal()

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.record: CaseRecord | None = None
        self.prep: Preparation | None = None
        self.dialog: CloseCaseDialog | None = None
        self.missing_items: list[Missing] = []
        self.loading = False
        self._sequence = 0
        self.header = CaseHeader()
        self.stepper = Stepper()
        self.referral = ReferralTab(store, case_id)
        self.participants = ParticipantsTab(store, case_id)
        self.preparation = PreparationPage(store, case_id)
        self.session = SessionPage(store, case_id)
        self.agreement = AgreementPage(store, case_id)
        self.monitoring = MonitoringTab(store, case_id)
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
        self.tabs.addTab(self.preparation, self.tr("Preparation"))
        self.tabs.addTab(self.session, self.tr("Session"))
        self.tabs.addTab(self.agreement, self.tr("Agreement"))
        self.tabs.addTab(self.monitoring, self.tr("Monitoring"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.documents = DocumentsPanel(store, case_id)
        self.tabs.insertTab(self.tabs.indexOf(self.history), self.documents, self.tr("Documents"))
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
        self.missing.next_move.connect(self.take_next_move)
        self.missing.close_requested.connect(self.close_case)
        self.missing.reopen_requested.connect(self.reopen_case)
        self.missing.seal_requested.connect(
            lambda: ask_to_seal(store, case_id, self._number(), self, self.back.emit)
        )
        self.missing.purge_requested.connect(
            lambda: ask_to_purge(store, case_id, self, self.back.emit)
        )
        self.session.agreement_requested.connect(lambda: self.open_step(Step.AGREEMENT))
        self.monitoring.amend_requested.connect(self.amend_agreement)
        self.monitoring.return_requested.connect(
            lambda: self.close_case(ClosingReason.NOT_COMPLETED_RETURNED)
        )
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

    def _loaded(self, sequence: int, result: Loaded) -> None:
        if sequence != self._sequence:
            return
        self.record, self.missing_items, prep, agreements, monitoring = result
        self.prep = prep
        record = self.record
        withdrawn = any(
            (c := prep.latest_consent(p.id)) is not None and c.withdrawn_on is not None
            for p in prep.participants
        )
        self.header.show_record(record, withdrawn=withdrawn)
        self.stepper.show_stage(record.stage)
        self.missing.show_missing(self.missing_items, record.stage)
        self.referral.show_record(record)
        self.participants.show_record(record)
        self.preparation.show_preparation(prep)
        self.session.show_case(prep, agreements.held)
        self.agreement.show_case(prep, agreements)
        self.monitoring.show_case(prep, monitoring)
        self._show_history(record, prep)
        self.loading = False
        self.loaded.emit()

    def _failed(self, sequence: int, error: BaseException) -> None:
        if sequence != self._sequence:
            return
        self.loading = False
        self.header.title.setText(problem_text(error))
        self.loaded.emit()

    def _show_history(self, record: CaseRecord, prep: Preparation) -> None:
        rows: list[tuple[datetime, str, str, str]] = []
        for entry in record.history:
            before = domain_text(STAGE_LABELS[Stage(entry.from_stage)]) if entry.from_stage else ""
            change = f"{before} → " if before else ""
            change += domain_text(STAGE_LABELS[Stage(entry.to_stage)])
            why = domain_text(entry.why)
            if entry.closing_reason:
                reason = domain_text(CLOSING_LABELS[ClosingReason(entry.closing_reason)])
                why = f"{reason}. {why}".strip() if why else reason
            rows.append((entry.at, entry.by, change, why))
        for override in prep.overrides:
            gate = domain_text(GATE_LABELS[Gate(override.gate)])
            change = self.tr("Went ahead without: {gate}").format(gate=gate)
            if override.lapsed_at is not None:
                change += " " + self.tr("(lapsed when the case went back)")
            rows.append((override.at, override.by, change, override.reason))
        rows.sort(key=lambda row: row[0])
        self.history.setRowCount(len(rows))
        for row, (at, by, change, why) in enumerate(rows):
            local = at.astimezone()
            when = f"{format_date(local.date())} {local.strftime('%H:%M')}"
            for column, text in enumerate((when, by, change, why)):
                self.history.setItem(row, column, QTableWidgetItem(text))

    # --- moving around ----------------------------------------------------------------
    def open_step(self, step: Step) -> None:
        if step is Step.REFERRAL:
            self.tabs.setCurrentWidget(self.referral)
        elif step is Step.PREPARATION:
            self.tabs.setCurrentWidget(self.preparation)
        elif step is Step.SESSION:
            self.tabs.setCurrentWidget(self.session)
        elif step is Step.AGREEMENT:
            self.tabs.setCurrentWidget(self.agreement)
        elif step in (Step.MONITORING, Step.CLOSED):
            self.tabs.setCurrentWidget(self.monitoring)

    def _number(self) -> str:
        return self.record.case.number if self.record is not None else ""

    def amend_agreement(self) -> None:
        """A missed term leads to an amendment: the Agreement tab's Amend."""
        self.tabs.setCurrentWidget(self.agreement)
        self.agreement.signatures.amend_button.click()

    def reopen_case(self) -> ReopenDialog | None:
        """Ask where to reopen a closed case (where it was closed from) and why."""
        if self.record is None:
            return None
        closings = [h for h in self.record.history if h.to_stage == Stage.CLOSED.value]
        closed_from = (
            Stage(closings[-1].from_stage) if closings and closings[-1].from_stage else None
        )
        dialog = ReopenDialog(self.store, self.case_id, closed_from, self)
        self.reopen_dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def close_case(self, suggested: ClosingReason | None = None) -> CloseCaseDialog | None:
        """Ask for the closing reason (the one preparation suggests first) and close."""
        if self.record is None or self.prep is None:
            return None
        prep = self.prep
        if suggested is None:
            suggested = self._suggested_closing(prep)
        dialog = CloseCaseDialog(self.store, self.case_id, self.record.stage, suggested, self)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    @staticmethod
    def _suggested_closing(prep: Preparation) -> ClosingReason | None:
        if any((s := prep.latest_screening(p.id)) and s.outcome == Outcome.NOT_SUITABLE.value
               for p in prep.participants):  # fmt: skip
            return ClosingReason.NOT_SUITABLE
        if any(p.role is Role.VICTIM and not p.taking_part for p in prep.participants):
            return ClosingReason.VICTIM_DECLINED
        return None

    def take_next_move(self, stage: Stage | None) -> None:
        """The button under "What is missing": move the case on, or open the schedule."""
        if stage is Stage.READY:
            self.tabs.setCurrentWidget(self.preparation)
            self.preparation.open_section(ScheduleSection)
            return
        if stage is Stage.AGREEMENT_SIGNED:
            self._start_monitoring()
            return
        moves = {Stage.REFERRAL: Stage.INTAKE, Stage.INTAKE: Stage.PREPARATION,
                 Stage.PREPARATION: Stage.READY}  # fmt: skip
        target = moves.get(stage) if stage is not None else None
        if target is None:
            return
        try:
            move_case(self.store, self.case_id, target)
        except errors.NeedsCorrection as refused:
            texts = "\n".join(correction_texts(refused).values())
            prompts.show_error(self, self.tr("Not yet"), texts)
            return
        except (errors.StoreProblem, OSError) as error:
            prompts.show_error(self, self.tr("Not saved"), problem_text(error))
            return
        app_events().data_changed.emit("case")

    def _start_monitoring(self) -> None:
        try:
            start_monitoring(self.store, self.case_id)
        except errors.NeedsCorrection as refused:
            texts = "\n".join(correction_texts(refused).values())
            prompts.show_error(self, self.tr("Not yet"), texts)
            return
        except (errors.StoreProblem, OSError) as error:
            prompts.show_error(self, self.tr("Not saved"), problem_text(error))
            return
        app_events().data_changed.emit("case")
        self.tabs.setCurrentWidget(self.monitoring)

    def focus_missing(self, field: str) -> None:
        """Go to the field a "What is missing" item is about and put the cursor there."""
        if page_for(field) is not None:
            self.tabs.setCurrentWidget(self.preparation)
            self.preparation.focus_item(field)
            return
        if field == "agreement" or field.startswith("agreement."):
            self.tabs.setCurrentWidget(self.agreement)
            self.agreement.focus_item(field.removeprefix("agreement").removeprefix("."))
            return
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
        return (
            self.referral.has_unsaved_changes()
            or self.preparation.has_unsaved_changes()
            or self.agreement.has_unsaved_changes()
        )

    def confirm_leave(self) -> bool:
        """Ask Save / Discard / Cancel about unsaved referral changes; True when fine to leave."""
        if not self.has_unsaved_changes():
            return True
        return prompts.confirm_leave(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this case before leaving?"),
            save=self._save_all,
            discard=self._revert_all,
        )

    def _save_all(self) -> bool:
        saved = True
        if self.referral.has_unsaved_changes():
            saved = bool(self.referral.save())
        saved = self.preparation.save() and saved
        return self.agreement.save() and saved

    def _revert_all(self) -> None:
        self.referral.revert()
        self.preparation.revert()
        self.agreement.revert()

    def go_back(self) -> None:
        if self.confirm_leave():
            self.back.emit()

    def keep_drafts(self) -> None:
        self.referral.drafts.flush()
        self.preparation.keep_drafts()
