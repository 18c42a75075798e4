"""The case's Monitoring tab: each term's progress, follow-ups and the one-year check."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.monitoring import MissedAction
from vomdesk.domain.stages import Stage
from vomdesk.services import documents
from vomdesk.services.closing import recidivism_check_due, recidivism_checks
from vomdesk.services.monitoring_view import Monitoring, TermProgress, read_monitoring
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation
from vomdesk.store.monitoring_models import FollowUp, LedgerLine, RecidivismCheck
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.document_preview import DocumentPreview
from vomdesk.ui.events import app_events
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.pages.agreement.texts import money_text
from vomdesk.ui.pages.case_monitoring.closing_dialog import MissedDialog, RecidivismDialog
from vomdesk.ui.pages.case_monitoring.follow_ups import ContactDialog, FollowUpsBox, PlanDialog
from vomdesk.ui.pages.case_monitoring.form_dialog import FormDialog
from vomdesk.ui.pages.case_monitoring.hours_dialog import DoneDialog, HoursDialog
from vomdesk.ui.pages.case_monitoring.payment_dialog import (
    CorrectionDialog,
    PassOnDialog,
    PaymentDialog,
)
from vomdesk.ui.pages.case_monitoring.terms_view import TermBox
from vomdesk.ui.texts import problem_text
from vomdesk.ui.widgets.date_field import format_date


@dataclass(frozen=True)
class TabData:
    """What the tab shows, read off the UI thread with the rest of the case."""

    monitoring: Monitoring
    check_due: date | None = None
    checks: list[RecidivismCheck] = field(default_factory=list)


def read_tab_data(store: OpenStore, case_id: int) -> TabData:
    return TabData(
        read_monitoring(store, case_id),
        recidivism_check_due(store, case_id),
        recidivism_checks(store, case_id),
    )


def receipt_request(case_id: int, line_id: int) -> documents.Request | None:
    """A receipt request, once the documents service knows receipts (None until then)."""
    kind = getattr(documents.DocumentKind, "RECEIPT", None)
    names = {f.name for f in dataclasses.fields(documents.Request)}
    key = next((n for n in ("ledger_line_id", "payment_id", "line_id") if n in names), None)
    if kind is None or key is None:
        return None
    return documents.Request(kind, case_id, **{key: line_id})  # type: ignore[arg-type]


class MonitoringTab(QWidget):
    """Read-only on a closed case except the follow-ups and the one-year check."""

    amend_requested = Signal()
    return_requested = Signal()

    def __init__(
        self,
        store: OpenStore,
        case_id: int,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.store, self.case_id, self._today = store, case_id, today
        self.data: TabData | None = None
        self.names: dict[int, str] = {}
        self.number = ""
        self.dialog: FormDialog | None = None
        self.preview: DocumentPreview | None = None
        self.term_boxes: list[TermBox] = []
        self.follow_ups = FollowUpsBox()
        self.follow_ups.plan_requested.connect(self.plan_follow_up)
        self.follow_ups.record_requested.connect(self.record_contact)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.one_year = QGroupBox(self.tr("One-year follow-up"))
        self.one_year_text = QLabel()
        self.one_year_text.setWordWrap(True)
        self.one_year_button = QPushButton(self.tr("Record the &one-year follow-up…"))
        self.one_year_button.clicked.connect(self.record_one_year)
        note = QLabel(
            self.tr(
                "Was a new charge filed within 365 days of closing? Status offences and technical "
                "violations do not count."
            )
        )
        note.setObjectName("help")
        note.setWordWrap(True)
        box = QVBoxLayout(self.one_year)
        box.addWidget(self.one_year_text)
        box.addWidget(note)
        box.addWidget(self.one_year_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.terms_area = QVBoxLayout()
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.heading)
        inner.addLayout(self.terms_area)
        inner.addWidget(self.follow_ups)
        inner.addWidget(self.one_year)
        inner.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroller)
        self.heading.setText(self.tr("Monitoring starts once the agreement is signed."))
        self.follow_ups.hide()
        self.one_year.hide()

    # --- showing ----------------------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self.data is not None and self.data.monitoring.case.stage == Stage.CLOSED.value

    def show_case(self, prep: Preparation, data: TabData) -> None:
        self.data = data
        self.names = {p.id: p.name for p in prep.participants}
        self.number = data.monitoring.case.number
        view, on = data.monitoring, self._today()
        for old in self.term_boxes:
            old.hide()
            old.deleteLater()
        self.term_boxes = []
        missed = {t.position for t in view.missed(on)}
        for term in view.terms:
            box = TermBox(
                term,
                self.names,
                on,
                read_only=self.closed
                or view.case.stage not in (Stage.AGREEMENT_SIGNED.value, Stage.MONITORING.value),
                missed=term.position in missed,
                grace_days=view.grace_days,
            )
            box.pay.connect(self.record_payment)
            box.correct.connect(self.correct_line)
            box.pass_on.connect(self.pass_on)
            box.hours.connect(self.record_hours)
            box.done.connect(self.mark_done)
            box.missed_action.connect(self.missed_action)
            self.terms_area.addWidget(box)
            self.term_boxes.append(box)
        if view.agreement is None:
            self.heading.setText(self.tr("Monitoring starts once the agreement is signed."))
        elif self.closed:
            self.heading.setText(
                self.tr("The case is closed: only follow-ups and the one-year check are recorded.")
            )
        else:
            self.heading.setText(
                self.tr("Agreement version {version}, signed {day}. Still owed: {owed}.").format(
                    version=view.agreement.version,
                    day=format_date(view.agreement.signed_on),
                    owed=money_text(view.open_cents),
                )
            )
        self.follow_ups.setVisible(view.agreement is not None or bool(view.follow_ups))
        self.follow_ups.show_rows(view.follow_ups)
        self._show_one_year(data)

    def _show_one_year(self, data: TabData) -> None:
        self.one_year.setVisible(self.closed)
        if data.checks:
            check = data.checks[-1]
            text = (
                self.tr("Checked on {day}: a new charge ({level}) filed on {filed}.").format(
                    day=format_date(check.checked_on),
                    level=check.level,
                    filed=format_date(check.charged_on),
                )
                if check.new_charge
                else self.tr("Checked on {day}: no new charge within 365 days.").format(
                    day=format_date(check.checked_on)
                )
            )
        elif data.check_due is not None:
            text = self.tr("Due on {day}.").format(day=format_date(data.check_due))
        else:
            text = self.tr("Not followed for this closing reason.")
        self.one_year_text.setText(text)
        self.one_year_button.setEnabled(self.closed and not data.checks)

    def box_of(self, position: int) -> TermBox:
        return next(b for b in self.term_boxes if b.term.position == position)

    # --- dialogs ----------------------------------------------------------------------
    def _open(self, dialog: FormDialog, after: Callable[[FormDialog], None] | None = None) -> None:
        self.dialog = dialog

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()
            if result == FormDialog.DialogCode.Accepted:
                app_events().data_changed.emit("case")
                if after is not None:
                    after(dialog)

        dialog.finished.connect(finished)
        dialog.open()

    def record_payment(self, term: TermProgress) -> None:
        self._open(PaymentDialog(self.store, self.case_id, term, self.names, self), self._paid)

    def _paid(self, dialog: FormDialog) -> None:
        line_id, receipt = dialog.result_value
        if receipt_request(self.case_id, line_id) is None:
            return
        answer = prompts.ask(
            self,
            self.tr("Payment recorded"),
            self.tr("Receipt {number} is ready. Print the receipt now?").format(number=receipt),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.print_receipt(line_id)

    def print_receipt(self, line_id: int) -> None:
        """Build the receipt of a payment in the background, then show it to print."""
        request = receipt_request(self.case_id, line_id)
        if request is None:
            return
        store = self.store
        run_in_background(
            lambda: documents.build_document(store, request),
            on_done=self._receipt_built,
            on_error=lambda error: prompts.show_error(
                self, self.tr("Receipt not made"), problem_text(error)
            ),
            label=self.tr("Preparing the receipt…"),
            owner=self,
        )

    def _receipt_built(self, built: documents.Built) -> None:
        dialog = DocumentPreview(
            built.pdf, built.job_title, self.number, self, label=self.tr("Payment receipt")
        )
        self.preview = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def correct_line(self, term: TermProgress, line: LedgerLine) -> None:
        what = line.receipt_number or format_date(line.on)
        self._open(CorrectionDialog(self.store, line.id or 0, what, self))

    def pass_on(self, term: TermProgress) -> None:
        self._open(PassOnDialog(self.store, self.case_id, term, self))

    def record_hours(self, term: TermProgress) -> None:
        self._open(HoursDialog(self.store, self.case_id, term, self))

    def mark_done(self, term: TermProgress) -> None:
        self._open(DoneDialog(self.store, self.case_id, term, self))

    def missed_action(self, term: TermProgress, action: MissedAction) -> None:
        """Record the action with its reason; an amendment or a return then goes on there."""
        after = {
            MissedAction.AMENDMENT: lambda _d: self.amend_requested.emit(),
            MissedAction.RETURN: lambda _d: self.return_requested.emit(),
        }.get(action)
        self._open(MissedDialog(self.store, self.case_id, term.position, action, self), after)

    def plan_follow_up(self) -> None:
        self._open(PlanDialog(self.store, self.case_id, self))

    def record_contact(self, row: FollowUp) -> None:
        self._open(ContactDialog(self.store, row, self))

    def record_one_year(self) -> None:
        self._open(RecidivismDialog(self.store, self.case_id, self))
