"""The case workspace: header, stepper, what is missing, participants and the referral saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vomdesk.domain.stages import Step
from vomdesk.services.cases import create_case, read_case
from vomdesk.store.case_models import CaseCreate, ContactFields, OffenceCreate, ParticipantCreate
from vomdesk.ui import prompts
from vomdesk.ui.pages.case_workspace import CaseWorkspace

PHONE = "970-555-0101"


def make_case(store, people=True) -> int:
    referral = CaseCreate(
        received_on=date(2026, 3, 2),
        source_type="probation_officer",
        court_number="JV-26-77",
        incident_date=date(2026, 2, 14),
        care_partner_violence=True,
        no_contact_order=True,
        no_contact_note="Only through the program",
        offences=[OffenceCreate(description="Vandalism", category="property", level="felony")],
    )
    participants = [
        ParticipantCreate(
            role="victim",
            name="María Fernández",
            contact=ContactFields(address="12 Calle Real", phone=PHONE, email="maria@example.org"),
        ),
        ParticipantCreate(role="offender", name="José Muñoz", birth=date(2010, 7, 1)),
        ParticipantCreate(role="parent_guardian", name="Rosa Muñoz"),
    ]
    if people:
        case = create_case(store, referral, participants, {2: 1})
    else:
        case = create_case(store, referral, participants[:1])
    assert case.id is not None
    return case.id


def open_workspace(qtbot, store, case_id: int) -> CaseWorkspace:
    workspace = CaseWorkspace(store, case_id)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 720)
    workspace.show()
    qtbot.waitExposed(workspace)
    qtbot.waitUntil(lambda: workspace.record is not None and not workspace.loading)
    return workspace


def reloaded(qtbot, workspace: CaseWorkspace) -> None:
    qtbot.waitUntil(lambda: not workspace.loading, timeout=5000)


def test_header_and_stepper_say_where_the_case_stands(qtbot, store):
    workspace = open_workspace(qtbot, store, make_case(store))
    header = workspace.header
    assert header.title.text() == "Case 2026-001"
    assert header.names.text() == "Fernández M. / Muñoz J."
    chips = [header.chips.itemAt(i).widget() for i in range(header.chips.count() - 1)]
    assert [chip.accessibleName() for chip in chips] == [
        "Juvenile",
        "Extra care: Domestic or partner violence",
        "No-contact order",
        "Stage: Referral received",
    ]
    states = {step: button.property("state") for step, button in workspace.stepper.buttons.items()}
    assert states[Step.REFERRAL] == "current"
    assert {states[s] for s in Step if s is not Step.REFERRAL} == {"later"}
    assert workspace.stepper.buttons[Step.REFERRAL].accessibleName() == "Referral: current step"
    assert not workspace.stepper.buttons[Step.SESSION].isEnabled()
    assert workspace.missing.texts() == []
    assert workspace.missing.nothing.isVisibleTo(workspace)
    assert workspace.history.item(0, 2).text() == "Referral received"
    with qtbot.waitSignal(workspace.back):
        qtbot.mouseClick(header.back_button, Qt.MouseButton.LeftButton)


def test_what_is_missing_links_to_its_field_and_goes_once_done(qtbot, store):
    workspace = open_workspace(qtbot, store, make_case(store, people=False))
    assert "Add the offender." in workspace.missing.texts()
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    workspace.missing.go_to.emit("incident_date")
    assert workspace.tabs.currentWidget() is workspace.referral
    assert workspace.referral.fields.dates["incident_date"].edit.hasFocus()
    workspace.missing.go_to.emit("participants")
    assert workspace.tabs.currentWidget() is workspace.participants

    dialog = workspace.participants.add()
    assert dialog is not None
    dialog.role.setCurrentIndex(dialog.role.findData("offender"))
    dialog.name.setText("Iván Ortiz")
    dialog.birth.set_value(date(1990, 5, 5))
    dialog.save()
    reloaded(qtbot, workspace)
    assert "Add the offender." not in workspace.missing.texts()
    assert [p.name for p in workspace.participants.model.rows] == ["María Fernández", "Iván Ortiz"]
    assert workspace.header.names.text() == "Fernández M. / Ortiz I."


def test_whom_a_companion_accompanies_cannot_be_removed(qtbot, store):
    case_id = make_case(store)
    workspace = open_workspace(qtbot, store, case_id)
    tab = workspace.participants
    tab.select(read_case(store, case_id).participants[1].id)  # the offender, with a guardian
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == (
        "Others accompany this person. Remove them or link them to someone else first."
    )
    assert len(read_case(store, case_id).participants) == 3

    tab.select(read_case(store, case_id).participants[2].id)  # the guardian
    prompts.queue_answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, workspace)
    assert [p.name for p in tab.model.rows] == ["María Fernández", "José Muñoz"]
    assert "Add a parent or guardian for the juvenile offender." in workspace.missing.texts()


def test_victim_contact_is_masked_until_show(qtbot, store, widget_texts):
    workspace = open_workspace(qtbot, store, make_case(store))
    workspace.tabs.setCurrentWidget(workspace.participants)
    workspace.participants.table.selectRow(0)
    phone = workspace.participants.contact.fields["phone"]
    assert phone.is_masked() and phone.edit.text() == "••••"
    assert not any(PHONE in text or "Calle Real" in text for text in widget_texts(workspace))
    assert "Never printed on documents for the offender side" in phone.lock.toolTip()
    qtbot.mouseClick(phone.show_button, Qt.MouseButton.LeftButton)
    assert phone.edit.text() == PHONE
    workspace.tabs.setCurrentWidget(workspace.referral)  # leaving hides it again
    assert phone.edit.text() == "••••"
    workspace.participants.table.selectRow(1)  # the offender: not confidential
    assert not workspace.participants.contact.fields["phone"].is_confidential()

    workspace.tabs.setCurrentWidget(workspace.participants)
    workspace.participants.table.selectRow(0)
    dialog = workspace.participants.edit()
    assert dialog is not None
    assert dialog.contact.fields["address"].is_masked()
    assert "12 Calle Real" not in widget_texts(dialog)
    dialog.reject()


def test_editing_the_referral_saves_it_and_asks_before_leaving(qtbot, store):
    case_id = make_case(store)
    workspace = open_workspace(qtbot, store, case_id)
    fields = workspace.referral.fields
    assert fields.texts["court_number"].text() == "JV-26-77"
    assert fields.offences.rows[0].description.text() == "Vandalism"
    fields.texts["incident_place"].setText("Parque Central")
    fields.offences.rows[0].description.setText("Vandalism of a bench")
    assert workspace.has_unsaved_changes()
    prompts.queue_answer(QMessageBox.StandardButton.Cancel)
    with qtbot.assertNotEmitted(workspace.back):
        workspace.go_back()

    assert workspace.referral.save()
    assert workspace.referral.status.text().startswith("Saved at")
    reloaded(qtbot, workspace)
    record = read_case(store, case_id)
    assert record.case.incident_place == "Parque Central"
    assert [o.description for o in record.offences] == ["Vandalism of a bench"]
    assert not workspace.has_unsaved_changes()

    fields.dates["incident_date"].set_value(date(2026, 3, 9))
    assert fields.messages["incident_date"].text() == (
        "The incident cannot come after the referral was received."
    )
    assert workspace.referral.save() is False
    prompts.queue_answer(QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(workspace.back):
        workspace.go_back()
    assert read_case(store, case_id).case.incident_date == date(2026, 2, 14)


def test_a_changed_participant_is_saved_through_the_dialog(qtbot, store):
    case_id = make_case(store)
    workspace = open_workspace(qtbot, store, case_id)
    tab = workspace.participants
    tab.select(read_case(store, case_id).participants[1].id)
    dialog = tab.edit()
    assert dialog is not None
    dialog.interpreter.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.save()
    reloaded(qtbot, workspace)
    offender = read_case(store, case_id).participants[1]
    assert offender.interpreter_needed and offender.preferred_language == "es"
    assert tab.model.data(tab.model.index(1, 4)) == "Español"


def test_a_closed_case_is_reopened_with_a_reason(qtbot, store):
    from vomdesk.domain.stages import ClosingReason, Stage
    from vomdesk.services.case_stages import close_case, move_case

    case_id = make_case(store)
    move_case(store, case_id, Stage.INTAKE)
    close_case(store, case_id, ClosingReason.NO_CONTACT, "No reply to three letters")
    workspace = open_workspace(qtbot, store, case_id)
    assert workspace.missing.reopen_button.isVisibleTo(workspace)
    assert not workspace.missing.close_button.isVisibleTo(workspace)
    dialog = workspace.reopen_case()
    assert dialog.stage.currentData() is Stage.INTAKE, "where it was closed from"
    assert not dialog.save() and "Write why" in dialog.message.text()
    dialog.why.setPlainText("The victim called back")
    assert dialog.save()
    reloaded(qtbot, workspace)
    history = read_case(store, case_id).history
    assert (history[-1].from_stage, history[-1].to_stage, history[-1].why) == (
        "closed",
        "intake",
        "The victim called back",
    )


def test_opening_a_case_writes_no_draft(qtbot, store):
    """Filling the referral from the store is not typing: no draft appears until a change."""
    from vomdesk.services.drafts import forms_with_drafts
    from vomdesk.ui.drafts import DRAFT_DELAY_MS

    workspace = open_workspace(qtbot, store, make_case(store))
    qtbot.wait(DRAFT_DELAY_MS * 2)
    assert forms_with_drafts(store) == []
    assert not workspace.has_unsaved_changes()
    workspace.referral.fields.widget_of("court_number").setText("JV26-99999")
    qtbot.waitUntil(lambda: forms_with_drafts(store) == [f"case-{workspace.case_id}-referral"])
