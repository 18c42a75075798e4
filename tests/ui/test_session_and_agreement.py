"""The Session and Agreement tabs on a real store: record a session, draft, check, sign, amend."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

from vomdesk.domain.agreements import SessionOutcome, Status, TermKind
from vomdesk.domain.choices import LossKind
from vomdesk.domain.stages import ClosingReason, Stage, Step
from vomdesk.services.agreements import agreements_of
from vomdesk.services.choices import LossLine, save_victim_choices
from vomdesk.services.preparation import read_preparation
from vomdesk.services.session_records import sessions_held
from vomdesk.services.sessions import schedule_session
from vomdesk.store.preparation_models import VictimChoicesBase
from vomdesk.ui import prompts
from vomdesk.ui.pages.agreement.agreement_page import AgreementPage
from vomdesk.ui.pages.agreement.data import read_agreement_data
from vomdesk.ui.pages.agreement.texts import money_text
from vomdesk.ui.pages.case_workspace import CaseWorkspace
from vomdesk.ui.pages.session_page import SessionPage

TODAY = date.today()
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def doubled_letters(root: QWidget) -> dict[str, int]:
    """Keyboard letters (Alt+letter) used twice among what is visible in ``root``."""
    found: Counter[str] = Counter()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or (isinstance(widget, QLabel) and widget.buddy() is None):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            text = widget.text().replace("&&", "")
            found.update(m.lower() for m in re.findall(r"&([^&\s])", text))
    return {letter: n for letter, n in found.items() if n > 1}


def scheduled(store, case, prepare) -> int:
    """A prepared case with the victim's losses (480.00) and a session planned in two days."""
    prepare(store, case, on=TODAY - timedelta(days=3))
    save_victim_choices(
        store,
        case.victim,
        VictimChoicesBase(form="direct"),
        takes_part=True,
        losses=[LossLine(LossKind.PROPERTY, "Window", 48_000)],
    )
    return schedule_session(
        store,
        case.case_id,
        starts=datetime.now(UTC) + timedelta(days=2),
        minutes=90,
        other_place="Office",
        attendees=[case.victim, case.offender, case.guardian],
    )


def shown(qtbot, page) -> None:
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitExposed(page)


def session_page(qtbot, store, case_id: int) -> SessionPage:
    page = SessionPage(store, case_id)

    def reload() -> None:
        page.show_case(read_preparation(store, case_id), sessions_held(store, case_id))

    page.changed.connect(reload)
    reload()
    shown(qtbot, page)
    return page


def agreement_page(qtbot, store, case_id: int) -> AgreementPage:
    page = AgreementPage(store, case_id)

    def reload() -> None:
        page.show_case(read_preparation(store, case_id), read_agreement_data(store, case_id))

    page.changed.connect(reload)
    reload()
    shown(qtbot, page)
    return page


def record_session_through(qtbot, page: SessionPage, outcome: SessionOutcome):
    dialog = page.record()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.day.set_value(TODAY - timedelta(days=1))
    dialog.outcome_buttons[outcome].setChecked(True)
    return dialog


def test_recording_the_session_then_drafting_signing_and_amending(
    qtbot, store, case_in_preparation, prepare, tmp_path
):
    case = case_in_preparation
    plan_id = scheduled(store, case, prepare)
    page = session_page(qtbot, store, case.case_id)
    assert page.planned.rowCount() == 1 and page.none_held.isVisibleTo(page)
    assert "planned on" in page.which.text()

    dialog = page.record()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.checked_attendees() == [case.victim, case.offender, case.guardian]
    assert dialog.order_model.order()[:2] == [case.victim, case.offender]
    assert "never printed" in dialog.notes.toolTip()
    # A time ahead is refused with the service's words; what was typed stays.
    dialog.day.set_value(TODAY + timedelta(days=1))
    dialog.outcome_buttons[SessionOutcome.AGREEMENT].setChecked(True)
    qtbot.keyClicks(dialog.notes, "He apologised in his own words.")
    assert dialog.save() is False
    assert "this time is ahead" in dialog.messages["held_at"].text()
    assert dialog.notes.toPlainText() == "He apologised in his own words."
    assert read_preparation(store, case.case_id).stage is Stage.SCHEDULED
    # The keyboard: Alt+Down moves the chosen speaker down.
    dialog.order_view.setCurrentIndex(dialog.order_model.index(0))
    dialog.order_view.setFocus()
    qtbot.waitUntil(dialog.order_view.hasFocus, timeout=3000)
    qtbot.keyClick(dialog.order_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert dialog.order_model.order()[:2] == [case.offender, case.victim]
    qtbot.keyClick(dialog.order_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    dialog.day.set_value(TODAY - timedelta(days=1))
    prompts.queue_answer(YES)  # start the agreement now
    with qtbot.waitSignal(page.agreement_requested):
        assert dialog.save() is True
    [held] = sessions_held(store, case.case_id)
    assert held.outcome == "agreement" and held.session_plan_id == plan_id
    assert held.speaking_order[:2] == [case.victim, case.offender]
    assert held.notes == "He apologised in his own words."
    assert read_preparation(store, case.case_id).stage is Stage.SESSION_HELD
    assert page.held_table.rowCount() == 1
    assert page.held_table.item(0, 2).text() == "Agreement reached"

    # Start the agreement: English, the victim's preferred language, by default.
    agreement = agreement_page(qtbot, store, case.case_id)
    assert agreement.start_box.isVisibleTo(agreement)
    assert agreement.start_language.currentData() == "en"
    assert agreement.start() is True
    [view] = agreements_of(store, case.case_id)
    assert view.status is Status.DRAFT and view.agreement.governing_language == "en"
    assert agreement.content.isVisibleTo(agreement)
    assert agreement.versions.currentText().startswith("Version 1")
    assert agreement.asked.losses.rowCount() == 1
    assert agreement.asked.losses.item(0, 2).text() == money_text(48_000)

    # A money term paid monthly in three: exact cents, month ends kept.
    term = agreement.terms.add()
    assert term is not None
    qtbot.waitExposed(term)
    term.kind.setCurrentIndex(term.kind.findData(TermKind.FINANCIAL))
    assert term.payee.text() == "Laura Gómez Prieto"
    qtbot.keyClicks(term.description, "Pay for the broken window")
    term.responsible.item(0).setCheckState(Qt.CheckState.Checked)  # the offender comes first
    qtbot.keyClicks(term.amount, "100.00")
    term.in_instalments.setChecked(True)
    assert term.calculator.isVisibleTo(term) and not term.deadline.isVisibleTo(term)
    year = TODAY.year + 1
    term.calculator.first_due.set_value(date(year, 1, 31))
    term.calculator.count.setValue(3)
    february = 29 if year % 4 == 0 else 28
    assert term.calculator.preview_rows() == [
        (date(year, 1, 31), 3334),
        (date(year, 2, february), 3333),
        (date(year, 3, 31), 3333),
    ]
    assert term.calculator.preview.item(0, 1).text() == money_text(3334)
    # By amount each: the last payment is what is left.
    term.calculator.by_amount.setChecked(True)
    qtbot.keyClicks(term.calculator.each, "40")
    assert [c for _, c in term.calculator.preview_rows()] == [4000, 4000, 2000]
    term.calculator.by_count.setChecked(True)
    assert [c for _, c in term.calculator.preview_rows()] == [3334, 3333, 3333]
    assert term.save() is True
    assert agreement.terms.table.item(0, 3).text() == money_text(10_000)
    assert agreement.terms.table.item(0, 5).text().startswith("3 instalments")
    assert agreement.has_unsaved_changes()

    # An apology: the dialog says what is missing per field and keeps what was typed.
    apology = agreement.terms.add()
    assert apology is not None
    apology.kind.setCurrentIndex(apology.kind.findData(TermKind.APOLOGY))
    qtbot.keyClicks(apology.item, "A handwritten letter")
    assert apology.save() is False
    assert apology.messages["description"].text() == "Describe the term."
    assert apology.messages["responsible"].text() == "Choose who is responsible."
    assert apology.messages["deadline"].text() == "Give a deadline or a plan."
    assert apology.item.text() == "A handwritten letter"
    qtbot.keyClicks(apology.description, "Letter of apology")
    apology.responsible.item(0).setCheckState(Qt.CheckState.Checked)
    apology.deadline.set_value(TODAY + timedelta(days=10))
    assert apology.save() is True
    assert agreement.terms.table.rowCount() == 2

    # Keyboard: Alt+Down moves the chosen term down; Ctrl+S saves the draft.
    agreement.terms.select(0)
    agreement.activateWindow()
    qtbot.waitUntil(agreement.isActiveWindow, timeout=3000)
    agreement.terms.table.setFocus()
    qtbot.waitUntil(agreement.terms.table.hasFocus, timeout=3000)
    qtbot.keyClick(agreement.terms.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [t.kind for t in agreement.terms.terms] == [TermKind.APOLOGY, TermKind.FINANCIAL]
    qtbot.keyClick(agreement.terms.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert agreement.asked.difference_reason.isVisibleTo(agreement)
    qtbot.keyClick(agreement.terms.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [view] = agreements_of(store, case.case_id)
    assert [t.kind for t in view.terms] == [TermKind.FINANCIAL, TermKind.APOLOGY]
    assert [p.cents for p in view.terms[0].payments] == [3334, 3333, 3333]
    assert view.terms[0].frequency == "monthly"
    assert not agreement.has_unsaved_changes()

    # Before signing: the money differs from the victim's losses, say why.
    findings = [agreement.findings.item(i) for i in range(agreement.findings.count())]
    assert [f.data(Qt.ItemDataRole.UserRole) for f in findings] == ["difference_reason"]
    assert "say why" in findings[0].text()
    assert "say why" in agreement.asked.difference_message.text()
    assert not agreement.signatures.isVisibleTo(agreement)
    agreement._finding_chosen(findings[0])
    assert agreement.asked.difference_reason.hasFocus()
    qtbot.keyClicks(agreement.asked.difference_reason, "Insurance paid part of the window")
    assert agreement.save() is True
    assert agreements_of(store, case.case_id)[0].agreement.difference_reason.startswith("Ins")
    assert "can be signed" in agreement.findings.item(0).text()
    assert agreement.signatures.isVisibleTo(agreement)

    # Each signer in turn; a date ahead is refused.
    panel = agreement.signatures
    keys = [s.key for s in panel.signers]
    assert [s.role for s in panel.signers] == ["victim", "offender", "parent_guardian", "mediator"]
    assert panel.table.item(0, 2).text() == "not yet"
    for number, key in enumerate(keys):
        panel = agreement.signatures
        panel.select(key)
        signing = panel.record_signature()
        assert signing is not None
        if number == 0:
            signing.signed_on.set_value(TODAY + timedelta(days=1))
            assert signing.save() is False
            assert "future" in signing.message.text()
            signing.signed_on.set_value(TODAY)
        if number == len(keys) - 1:
            prompts.queue_answer(QMessageBox.StandardButton.Ok)  # "Signed by everyone"
        assert signing.save() is True
    [view] = agreements_of(store, case.case_id)
    assert view.status is Status.SIGNED and view.agreement.signed_on == TODAY
    assert read_preparation(store, case.case_id).stage is Stage.AGREEMENT_SIGNED
    assert "Signed" in agreement.versions.currentText()
    assert not agreement.terms.add_button.isEnabled()
    assert agreement.signatures.amend_button.isVisibleTo(agreement)

    # Amend with a reason: version 2 is a draft; version 1 stays readable.
    agreement.signatures.amend_button.click()
    amending = agreement.signatures.dialog
    assert amending is not None
    qtbot.keyClicks(amending.reason, "short")
    assert amending.save() is False
    assert amending.reason.toPlainText() == "short"
    amending.reason.setPlainText("Smaller instalments after losing a job")
    assert amending.save() is True
    first, second = agreements_of(store, case.case_id)
    assert (first.status, second.status) == (Status.SIGNED, Status.DRAFT)
    assert agreement.versions.count() == 2
    assert agreement.versions.currentText().startswith("Version 2 (amended: Smaller")
    assert agreement.terms.add_button.isEnabled()
    agreement.versions.setCurrentIndex(0)
    assert agreement.terms.table.rowCount() == 2 and not agreement.terms.add_button.isEnabled()

    # Attach a scan of the signed paper to version 1 and save a copy of it.
    scan = tmp_path / "signed.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\nnot really a picture")
    assert agreement.attachments.attach_button.isVisibleTo(agreement)
    prompts.queue_answer(str(tmp_path / "notes.txt"))
    (tmp_path / "notes.txt").write_text("x")
    assert agreement.attachments.attach() is False
    assert "PDF or a photo" in agreement.attachments.message.text()
    prompts.queue_answer(str(scan))
    assert agreement.attachments.attach() is True
    assert agreement.versions.currentIndex() == 0
    assert agreement.attachments.list.count() == 1
    assert agreements_of(store, case.case_id)[0].attachments[0][1] == "signed.png"
    copy = tmp_path / "copy.png"
    prompts.queue_answer(str(copy))
    assert agreement.attachments.save_copy() is True
    assert copy.read_bytes() == scan.read_bytes()
    assert "not encrypted" in agreement.attachments.message.text()


def test_no_agreement_asks_whether_to_close_the_case(qtbot, store, case_in_preparation, prepare):
    case = case_in_preparation
    scheduled(store, case, prepare)
    page = session_page(qtbot, store, case.case_id)
    dialog = record_session_through(qtbot, page, SessionOutcome.POSTPONED)
    # The keyboard: Space on a radio button chooses the outcome.
    button = dialog.outcome_buttons[SessionOutcome.NO_AGREEMENT]
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=3000)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert dialog.chosen_outcome() is SessionOutcome.NO_AGREEMENT
    prompts.queue_answer(YES)  # close it now
    assert dialog.save() is True
    closing = page.close_dialog
    assert closing is not None
    assert closing.reason.currentData() is ClosingReason.NO_AGREEMENT
    closing.why.setPlainText("The parties could not agree on the amount.")
    assert closing.save() is True
    assert read_preparation(store, case.case_id).stage is Stage.CLOSED
    page.show_case(read_preparation(store, case.case_id), sessions_held(store, case.case_id))
    assert not page.record_button.isEnabled()


def test_no_agreement_kept_open_for_another_session(qtbot, store, case_in_preparation, prepare):
    case = case_in_preparation
    scheduled(store, case, prepare)
    page = session_page(qtbot, store, case.case_id)
    dialog = record_session_through(qtbot, page, SessionOutcome.NO_AGREEMENT)
    assert doubled_letters(dialog) == {} and doubled_letters(page) == {}
    prompts.queue_answer(NO)  # keep it open
    assert dialog.save() is True
    assert page.close_dialog is None
    assert read_preparation(store, case.case_id).stage is Stage.SESSION_HELD
    assert "without being scheduled" in page.which.text()


def test_term_dialog_shares_and_hours(qtbot, store, case_in_preparation, prepare):
    case = case_in_preparation
    scheduled(store, case, prepare)
    page = session_page(qtbot, store, case.case_id)
    dialog = record_session_through(qtbot, page, SessionOutcome.AGREEMENT)
    prompts.queue_answer(NO)
    assert dialog.save() is True
    agreement = agreement_page(qtbot, store, case.case_id)
    assert agreement.start() is True
    term = agreement.terms.add()
    assert term is not None
    term.kind.setCurrentIndex(term.kind.findData(TermKind.FINANCIAL))
    qtbot.keyClicks(term.description, "Pay the deductible")
    qtbot.keyClicks(term.amount, "100.01")
    for row in range(term.responsible.count()):
        term.responsible.item(row).setCheckState(Qt.CheckState.Checked)
    assert term.shares.isVisibleTo(term)
    term.shares.split.setChecked(True)
    assert doubled_letters(term) == {}
    term.deadline.set_value(TODAY + timedelta(days=20))
    assert term.save() is False
    assert term.messages["shares"].text() == "Type each share like 50.00."
    term.shares.even_button.click()
    assert [f.text() for f in term.shares.fields.values()] == ["50.01", "50.00"]
    assert term.save() is True
    assert doubled_letters(agreement) == {}, "the dialog closed, the page's own letters"
    saved = agreement.terms.terms[0]
    assert saved.shares == (5001, 5000) and not saved.joint
    hours = agreement.terms.add()
    assert hours is not None
    hours.kind.setCurrentIndex(hours.kind.findData(TermKind.COMMUNITY_SERVICE))
    assert hours.hours.isVisibleTo(hours) and not hours.amount.isVisibleTo(hours)
    assert hours.hours.singleStep() == 0.5
    qtbot.keyClicks(hours.description, "Community garden")
    hours.responsible.item(0).setCheckState(Qt.CheckState.Checked)
    hours.deadline.set_value(TODAY + timedelta(days=30))
    assert hours.save() is False and "hours" in hours.messages["hours"].text()
    hours.hours.setValue(12.5)
    assert hours.save() is True
    assert agreement.save() is True
    view = agreements_of(store, case.case_id)[0]
    assert [t.hours for t in view.terms] == [None, 12.5]


def test_workspace_routes_the_stepper_and_guards_the_draft(
    qtbot, store, case_in_preparation, prepare
):
    case = case_in_preparation
    scheduled(store, case, prepare)
    workspace = CaseWorkspace(store, case.case_id)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 800)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.record is not None and not workspace.loading)
    workspace.open_step(Step.SESSION)
    assert workspace.tabs.currentWidget() is workspace.session
    dialog = record_session_through(qtbot, workspace.session, SessionOutcome.AGREEMENT)
    prompts.queue_answer(YES)
    assert dialog.save() is True
    assert workspace.tabs.currentWidget() is workspace.agreement
    qtbot.waitUntil(lambda: not workspace.loading, timeout=5000)
    assert workspace.agreement.start_box.isVisibleTo(workspace)
    assert workspace.agreement.start() is True
    qtbot.waitUntil(lambda: workspace.agreement.view is not None, timeout=5000)
    term = workspace.agreement.terms.add()
    assert term is not None
    term.kind.setCurrentIndex(term.kind.findData(TermKind.APOLOGY))
    qtbot.keyClicks(term.description, "Letter of apology")
    qtbot.keyClicks(term.item, "A letter")
    term.responsible.item(0).setCheckState(Qt.CheckState.Checked)
    term.deadline.set_value(TODAY + timedelta(days=5))
    assert term.save() is True
    assert workspace.has_unsaved_changes()
    prompts.queue_answer(QMessageBox.StandardButton.Save)
    assert workspace.confirm_leave() is True
    [view] = agreements_of(store, case.case_id)
    assert [t.description for t in view.terms] == ["Letter of apology"]
    qtbot.waitUntil(lambda: not workspace.loading, timeout=5000)
    assert workspace.stepper.buttons[Step.SESSION].isEnabled()
    workspace.open_step(Step.AGREEMENT)
    assert workspace.tabs.currentWidget() is workspace.agreement
