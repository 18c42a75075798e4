"""Monitoring screens on a real store: payments, corrections, hours, follow-ups, the Monitoring
page, closing a monitored case and the one-year follow-up on the closed case."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vomdesk.domain.agreements import TermKind
from vomdesk.domain.instalments import Frequency, plan
from vomdesk.domain.monitoring import DueKind
from vomdesk.domain.stages import ClosingReason, Stage
from vomdesk.services.agreement_signing import sign
from vomdesk.services.agreements import TermInput, agreements_of, save_draft, start_agreement
from vomdesk.services.cases import read_case
from vomdesk.services.closing import close_with_summary, recidivism_checks
from vomdesk.services.documents import DocumentKind
from vomdesk.services.monitoring import mark_done, record_hours, record_payment
from vomdesk.services.monitoring_view import read_monitoring
from vomdesk.services.preparation import read_preparation
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.document_preview import DocumentPreview
from vomdesk.ui.pages.agreement.texts import money_text
from vomdesk.ui.pages.case_monitoring.closing_dialog import RecidivismDialog
from vomdesk.ui.pages.case_monitoring.follow_ups import ContactDialog, PlanDialog
from vomdesk.ui.pages.case_monitoring.hours_dialog import DoneDialog, HoursDialog
from vomdesk.ui.pages.case_monitoring.monitoring_tab import receipt_request
from vomdesk.ui.pages.case_monitoring.payment_dialog import CorrectionDialog, PaymentDialog
from vomdesk.ui.pages.case_workspace import CaseWorkspace
from vomdesk.ui.pages.documents_panel import DocumentsPanel
from vomdesk.ui.pages.monitoring_page import MonitoringPage
from vomdesk.ui.pages.workspace import Workspace

TODAY = date.today()


@pytest.fixture
def signed(store, case_in_preparation, hold_session):
    """A juvenile case with a signed agreement: 480.00 in four monthly instalments, an apology
    letter and ten hours of community service."""
    case = case_in_preparation
    hold_session(store, case)
    agreement = start_agreement(store, case.case_id)
    terms = [
        TermInput(
            TermKind.FINANCIAL,
            "Pay for the broken window",
            (case.offender,),
            amount_cents=48_000,
            payee="Laura Gómez Prieto",
            frequency="monthly",
            payments=tuple(plan(48_000, TODAY + timedelta(days=14), Frequency.MONTHLY, count=4)),
        ),
        TermInput(
            TermKind.APOLOGY,
            "Letter of apology",
            (case.offender,),
            item="A handwritten letter",
            deadline=TODAY + timedelta(days=10),
        ),
        TermInput(
            TermKind.COMMUNITY_SERVICE,
            "Park clean-up",
            (case.offender,),
            hours=10,
            deadline=TODAY + timedelta(days=60),
        ),
    ]
    save_draft(store, agreement, terms)
    [view] = agreements_of(store, case.case_id)
    for signer in view.required:
        sign(store, agreement, signer.key, TODAY)
    assert read_preparation(store, case.case_id).stage is Stage.AGREEMENT_SIGNED
    return case


def open_workspace(qtbot, store, case_id) -> CaseWorkspace:
    workspace = CaseWorkspace(store, case_id)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 900)
    workspace.show()
    qtbot.waitUntil(lambda: not workspace.loading, timeout=10_000)
    return workspace


def settle(qtbot, workspace: CaseWorkspace) -> None:
    qtbot.waitUntil(lambda: not workspace.loading, timeout=10_000)


def box(workspace, kind: TermKind):
    return next(b for b in workspace.monitoring.term_boxes if b.term.term.kind is kind)


def pay_through_dialog(qtbot, workspace, amount: str):
    box(workspace, TermKind.FINANCIAL).buttons["pay"].click()
    dialog = workspace.monitoring.dialog
    assert isinstance(dialog, PaymentDialog)
    dialog.amount.setText(amount)
    return dialog


def test_payments_corrections_hours_and_follow_ups(qtbot, store, signed):
    case = signed
    workspace = open_workspace(qtbot, store, case.case_id)
    assert workspace.missing.move_button.text() == "Start monitoring"
    workspace.missing.move_button.click()
    settle(qtbot, workspace)
    assert read_preparation(store, case.case_id).stage is Stage.MONITORING
    assert workspace.tabs.currentWidget() is workspace.monitoring
    assert read_monitoring(store, case.case_id).follow_ups, "suggested follow-ups were planned"

    # More than the balance: refused with the message, nothing recorded, what was typed kept.
    dialog = pay_through_dialog(qtbot, workspace, "600.00")
    assert dialog.overpayment.isVisibleTo(dialog)
    assert not dialog.save()
    assert "more than what is owed" in dialog.messages["amount"].text()
    assert dialog.amount.text() == "600.00"
    assert read_monitoring(store, case.case_id).terms[0].lines == []
    dialog.amount.setText("120.00")
    assert not dialog.overpayment.isVisibleTo(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData("money_order"))
    dialog.received_by.setText("Ana Ruiz")
    dialog.instalment.setCurrentIndex(1)
    if receipt_request(case.case_id, 1) is not None:  # receipts printed once they exist
        prompts.queue_answer(QMessageBox.StandardButton.No)
    assert dialog.save()
    settle(qtbot, workspace)
    view = read_monitoring(store, case.case_id)
    money = next(t for t in view.terms if t.term.kind is TermKind.FINANCIAL)
    [line] = money.lines
    assert (line.cents, line.method, line.instalment, line.received_by) == (
        12_000,
        "money_order",
        1,
        "Ana Ruiz",
    )
    assert line.receipt_number.startswith(f"R{TODAY.year}-")
    assert view.open_cents == 36_000
    shown = box(workspace, TermKind.FINANCIAL)
    assert money_text(36_000) in shown.summary.text()
    assert shown.ledger is not None and shown.ledger.item(0, 3).text() == line.receipt_number

    # Correct the payment; then a correction of the correction is refused.
    shown.select_line(line.id)
    shown.buttons["correct"].click()
    correction = workspace.monitoring.dialog
    assert isinstance(correction, CorrectionDialog)
    assert not correction.save(), "a reason is required"
    correction.reason.setPlainText("Typed against the wrong case")
    assert correction.save()
    settle(qtbot, workspace)
    assert read_monitoring(store, case.case_id).open_cents == 48_000
    shown = box(workspace, TermKind.FINANCIAL)
    assert "corrected" in shown.ledger.item(0, 1).text()
    assert shown.ledger.item(0, 1).font().strikeOut()
    reversal = read_monitoring(store, case.case_id).terms[0].lines[1]
    shown.select_line(reversal.id)
    shown.buttons["correct"].click()
    again = workspace.monitoring.dialog
    again.reason.setPlainText("Undo the correction")
    assert not again.save()
    assert "cannot be corrected" in again.messages["reason"].text()
    again.reject()
    assert len(read_monitoring(store, case.case_id).terms[0].lines) == 2

    # Hours and an apology done.
    box(workspace, TermKind.COMMUNITY_SERVICE).buttons["hours"].click()
    hours = workspace.monitoring.dialog
    assert isinstance(hours, HoursDialog)
    hours.hours.setValue(4)
    hours.site.setText("Riverside park")
    assert not hours.save()
    assert hours.messages["verified_by"].text()
    hours.verified_by.setText("Parks supervisor")
    assert hours.save()
    settle(qtbot, workspace)
    service = next(t for t in read_monitoring(store, case.case_id).terms if t.term.hours)
    assert service.hours_done == 4 and service.open_hours() == 6
    box(workspace, TermKind.APOLOGY).buttons["done"].click()
    done = workspace.monitoring.dialog
    assert isinstance(done, DoneDialog)
    done.evidence.setPlainText("Letter handed to the victim at the office")
    assert done.save()
    settle(qtbot, workspace)
    assert "Done on" in box(workspace, TermKind.APOLOGY).summary.text()

    # A follow-up planned, then the contact recorded.
    workspace.monitoring.follow_ups.plan_button.click()
    planning = workspace.monitoring.dialog
    assert isinstance(planning, PlanDialog)
    planning.planned_on.set_value(TODAY)
    planning.side.setCurrentIndex(planning.side.findData("victim"))
    assert planning.save()
    settle(qtbot, workspace)
    follow_ups = workspace.monitoring.follow_ups
    row = next(i for i, r in enumerate(follow_ups.rows) if r.side == "victim")
    follow_ups.table.selectRow(row)
    follow_ups.record_button.click()
    contact = workspace.monitoring.dialog
    assert isinstance(contact, ContactDialog)
    contact.notes.setPlainText("The victim was glad to hear of the letter.")
    assert contact.save()
    settle(qtbot, workspace)
    [recorded] = [f for f in read_monitoring(store, case.case_id).follow_ups if f.side == "victim"]
    assert recorded.done_on == TODAY and recorded.notes.startswith("The victim")


def test_the_monitoring_page_lists_what_is_due_at_a_chosen_date(qtbot, store, signed):
    case = signed
    record_payment(store, case.case_id, 0, cents=6_000, on=TODAY, offender_id=case.offender)
    later = TODAY + timedelta(days=40)
    page = MonitoringPage(store, today=lambda: later)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    rows = [page.model.row_at(r) for r in page.visible_rows()]
    mine = [r for r in rows if r.case_id == case.case_id]
    payment = next(r for r in mine if r.item and r.item.kind is DueKind.PAYMENT)
    assert payment.overdue and payment.item.outstanding_cents == 6_000
    assert payment.item.due == TODAY + timedelta(days=14)
    column = page.model.COL_STATUS
    source = page.model.index(rows.index(payment), column)
    assert source.data() == "Overdue, 26 days"
    assert page.summary.isVisible() and "overdue payments: 1" in page.summary.text()
    assert any(r.item and r.item.kind is DueKind.TERM for r in mine), "the apology is late"

    page.choose_kind("overdue")
    assert all(page.model.row_at(r).overdue for r in page.visible_rows())
    page.choose_kind(DueKind.FOLLOW_UP.value)
    shown = [page.model.row_at(r) for r in page.visible_rows()]
    assert shown and all(r.item.kind is DueKind.FOLLOW_UP for r in shown)
    page.choose_kind("")
    page.number_filter.setText("no such number")
    assert page.visible_rows() == []
    page.number_filter.setText(payment.case_number[-3:])
    assert page.visible_rows()

    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    with qtbot.waitSignal(page.open_case) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    assert opened.args == [case.case_id]


def test_enter_on_the_monitoring_page_opens_the_case(qtbot, store, signed):
    workspace = Workspace(store)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 720)
    workspace.show()
    seen = []
    workspace.attention.connect(seen.append)
    names = [workspace.navigation.item(r).text() for r in range(workspace.navigation.count())]
    assert names == ["Cases", "Agenda", "Monitoring", "Settings"]
    qtbot.waitExposed(workspace)
    workspace.activateWindow()
    workspace.navigation.setFocus()
    qtbot.waitUntil(workspace.navigation.hasFocus)
    qtbot.keyClick(workspace.navigation, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert workspace.pages.currentWidget() is workspace.monitoring
    page = workspace.monitoring
    qtbot.waitUntil(lambda: not page.is_loading() and page.proxy.rowCount() > 0)
    assert seen, "the start-up summary is computed without any dialog"
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert workspace.pages.currentWidget() is workspace.cases
    detail = workspace.cases.detail
    assert isinstance(detail, CaseWorkspace) and detail.case_id == signed.case_id
    qtbot.waitUntil(lambda: not detail.loading, timeout=10_000)


def test_closing_completed_needs_everything_paid_then_the_one_year_check(qtbot, store, signed):
    case = signed
    workspace = open_workspace(qtbot, store, case.case_id)
    workspace.missing.move_button.click()
    settle(qtbot, workspace)
    dialog = workspace.close_case()
    assert dialog is not None
    dialog.reason.setCurrentIndex(dialog.reason.findData(ClosingReason.COMPLETED))
    assert not dialog.save(), "a summary is required"
    dialog.why.setPlainText("Paid in full, letter delivered, hours done.")
    assert not dialog.save()
    assert "Money is still owed" in dialog.message.text()
    dialog.reject()
    assert read_preparation(store, case.case_id).stage is Stage.MONITORING

    record_payment(store, case.case_id, 0, cents=48_000, on=TODAY, offender_id=case.offender)
    from vomdesk.services.monitoring import mark_done, record_hours

    mark_done(store, case.case_id, 1, done_on=TODAY, evidence="Letter delivered")
    record_hours(store, case.case_id, 2, on=TODAY, hours=10, site="Park", verified_by="Parks")
    dialog = workspace.close_case()
    dialog.reason.setCurrentIndex(dialog.reason.findData(ClosingReason.COMPLETED))
    dialog.why.setPlainText("Paid in full, letter delivered, hours done.")
    assert dialog.save()
    settle(qtbot, workspace)
    assert read_preparation(store, case.case_id).stage is Stage.CLOSED
    tab = workspace.monitoring
    assert all(not b.isEnabled() for t in tab.term_boxes for b in t.buttons.values())
    assert tab.one_year.isVisibleTo(workspace) and tab.one_year_button.isEnabled()
    assert tab.follow_ups.plan_button.isEnabled(), "follow-ups go on after closing"

    tab.one_year_button.click()
    check = tab.dialog
    assert isinstance(check, RecidivismDialog)
    check.new_charge.setChecked(True)
    assert not check.save()
    assert check.messages["level"].text()
    check.new_charge.setChecked(False)
    check.note.setText("Court records checked; nothing found.")
    assert check.save()
    settle(qtbot, workspace)
    [recorded] = recidivism_checks(store, case.case_id)
    assert recorded.new_charge is False and recorded.checked_on == TODAY
    assert read_preparation(store, case.case_id).stage is Stage.CLOSED, "never reopened"
    assert not tab.one_year_button.isEnabled()
    assert "no new charge" in tab.one_year_text.text()


def test_a_payment_prints_its_receipt_and_a_completed_case_its_letter(qtbot, store, signed):
    case = signed
    workspace = open_workspace(qtbot, store, case.case_id)
    workspace.missing.move_button.click()  # start monitoring
    settle(qtbot, workspace)
    dialog = pay_through_dialog(qtbot, workspace, "480.00")
    prompts.queue_answer(QMessageBox.StandardButton.Yes)  # "Print the receipt now?"
    assert dialog.save()
    tab = workspace.monitoring
    qtbot.waitUntil(lambda: isinstance(tab.preview, DocumentPreview), timeout=10_000)
    receipt = tab.preview
    qtbot.waitUntil(lambda: receipt.count > 0 and not receipt.rendering, timeout=10_000)
    text = PdfReader(io.BytesIO(receipt.pdf)).pages[0].extract_text()
    line = read_monitoring(store, case.case_id).terms[0].lines[0]
    assert line.receipt_number in text and "$480.00" in text
    assert " receipt " in receipt.job_title and "Muñoz" not in receipt.job_title
    receipt.close()

    for term in read_monitoring(store, case.case_id).terms:
        if term.measure.value == "hours":
            record_hours(
                store,
                case.case_id,
                term.position,
                on=TODAY,
                hours=term.term.hours or 1,
                site="Food bank",
                verified_by="Site lead",
            )
        elif term.measure.value == "item":
            mark_done(store, case.case_id, term.position, done_on=TODAY, evidence="Handed over")
    close_with_summary(store, case.case_id, ClosingReason.COMPLETED, "Paid and apologised")
    panel = DocumentsPanel(store, case.case_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.record is not None)
    panel.select(DocumentKind.COMPLETION)
    panel.preview_document()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=10_000)
    letter = PdfReader(io.BytesIO(panel.preview.pdf)).pages[0].extract_text()
    number = read_case(store, case.case_id).case.number
    assert number in letter and "Laura" not in letter, "status only, no victim"
    panel.preview.close()
