"""Drafts of the Choices and Safety forms: typing is kept, offered back after a restart,
restored or discarded, and removed by the save."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vomdesk.domain.choices import LossKind, MeetingForm
from vomdesk.services.drafts import draft_of
from vomdesk.services.preparation import read_preparation
from vomdesk.ui.drafts import DRAFT_DELAY_MS
from vomdesk.ui.pages.preparation.choices_section import ChoicesSection
from vomdesk.ui.pages.preparation.preparation_page import PreparationPage
from vomdesk.ui.pages.preparation.safety_section import SafetySection

TOPICS = "Tenía miedo de volver a casa; ¿por qué la mía?"
ARRIVAL = "9:45 por la puerta lateral, con Begoña"


def replace_text(field, type_text, text: str) -> None:
    field.setFocus()
    field.selectAll()
    type_text(field, text)


def test_victim_choices_are_kept_offered_back_restored_and_saved(
    qtbot, store, case_in_preparation, type_text, open_section
):
    case = case_in_preparation
    name = f"case-{case.case_id}-choices-victim-{case.victim}"
    section = open_section(qtbot, store, case.case_id, ChoicesSection)
    form = section.form
    assert not section.draft_banner.isVisibleTo(section)
    form.form_radios[MeetingForm.LETTERS].click()
    form.times.days[5].click()  # Saturday
    form.attendees.item(0).setCheckState(Qt.CheckState.Checked)
    replace_text(form.topics, type_text, TOPICS)
    form.losses.add_button.click()
    line = form.losses.lines[0]
    line.kind.setCurrentIndex(line.kind.findData(LossKind.PROPERTY.value))
    replace_text(line.description, type_text, "Ventana rota")
    replace_text(line.amount, type_text, "12,5")
    qtbot.waitUntil(lambda: draft_of(store, name) is not None, timeout=3000)
    values, _when = draft_of(store, name)
    assert values["topics"] == TOPICS and values["form"] == "letters"
    assert values["losses"] == [
        {"kind": "property", "description": "Ventana rota", "amount": "12,5"}
    ]
    typed = form.values()

    # As after a restart: a new page on the same store shows what is saved, and offers the draft.
    again = open_section(qtbot, store, case.case_id, ChoicesSection)
    assert again.draft_banner.isVisibleTo(again)
    assert not again.has_unsaved_changes() and again.form.topics.toPlainText() == ""
    assert again.form.losses.lines == []
    qtbot.mouseClick(again.draft_banner.restore_button, Qt.MouseButton.LeftButton)
    assert not again.draft_banner.isVisibleTo(again)
    assert again.form.values() == typed
    assert again.form.topics.toPlainText() == TOPICS
    assert [ln.amount.text() for ln in again.form.losses.lines] == ["12,5"]
    assert again.form.chosen_form() is MeetingForm.LETTERS
    assert again.has_unsaved_changes() and again.status.text() == "Unsaved changes"

    again.save_button.click()
    assert not again.has_unsaved_changes()
    assert draft_of(store, name) is None, "the save removes the draft"
    prep = read_preparation(store, case.case_id)
    choice = prep.choices[case.victim]
    assert (choice.form, choice.days, choice.attendees) == ("letters", [5], [case.offender])
    assert choice.topics == TOPICS
    assert [(loss.kind, loss.description, loss.amount_cents) for loss in prep.losses] == [
        ("property", "Ventana rota", 1250)
    ]
    # Shown once more: nothing is offered.
    third = open_section(qtbot, store, case.case_id, ChoicesSection)
    assert not third.draft_banner.isVisibleTo(third)


def test_a_reverted_victim_draft_goes_and_the_offender_side_has_its_own(
    qtbot, store, case_in_preparation, type_text, open_section
):
    case = case_in_preparation
    victim_draft = f"case-{case.case_id}-choices-victim-{case.victim}"
    offender_draft = f"case-{case.case_id}-choices-offender-{case.offender}"
    section = open_section(qtbot, store, case.case_id, ChoicesSection)
    replace_text(section.form.break_signal, type_text, "Da la vuelta a su tarjeta")
    side = section.offender_side
    side.times.days[1].click()
    replace_text(side.support, type_text, "María Muñoz (madre)")
    section.keep_drafts()  # as on lock: written at once
    assert draft_of(store, victim_draft) is not None
    assert draft_of(store, offender_draft)[0]["support_person"] == "María Muñoz (madre)"

    section.revert()
    assert draft_of(store, victim_draft) is None and draft_of(store, offender_draft) is None
    assert not section.has_unsaved_changes() and side.support.text() == ""

    replace_text(side.support, type_text, "María Muñoz (madre)")
    side.times.days[3].click()
    section.keep_drafts()
    again = open_section(qtbot, store, case.case_id, ChoicesSection)
    assert again.offender_side.draft_banner.isVisibleTo(again)
    assert not again.draft_banner.isVisibleTo(again), "the victim has no draft left"
    qtbot.mouseClick(again.offender_side.draft_banner.restore_button, Qt.MouseButton.LeftButton)
    assert again.offender_side.support.text() == "María Muñoz (madre)"
    assert again.has_unsaved_changes()
    again.offender_side.save_button.click()
    assert draft_of(store, offender_draft) is None
    row = read_preparation(store, case.case_id).availability[case.offender]
    assert (row.days, row.support_person) == ([3], "María Muñoz (madre)")


def test_the_safety_plan_draft_is_restored_refused_kept_then_saved(
    qtbot, store, case_in_preparation, type_text, open_section
):
    case = case_in_preparation
    name = f"case-{case.case_id}-safety-plan"
    section = open_section(qtbot, store, case.case_id, SafetySection)
    replace_text(section.fields["victim_arrival"], type_text, ARRIVAL)
    replace_text(section.fields["notes"], type_text, "Sala pequeña; agua en la mesa")
    section.conflict.no_conflict.click()
    qtbot.waitUntil(lambda: draft_of(store, name) is not None, timeout=3000)
    assert draft_of(store, name)[0]["conflict"] == "no"

    again = open_section(qtbot, store, case.case_id, SafetySection)
    assert again.draft_banner.isVisibleTo(again)
    assert again.fields["victim_arrival"].text() == "" and not again.has_unsaved_changes()
    qtbot.mouseClick(again.draft_banner.restore_button, Qt.MouseButton.LeftButton)
    assert not again.draft_banner.isVisibleTo(again)
    assert again.fields["victim_arrival"].text() == ARRIVAL
    assert again.fields["notes"].toPlainText() == "Sala pequeña; agua en la mesa"
    assert again.conflict.no_conflict.isChecked() and again.has_unsaved_changes()

    # Refused (what ends the meeting is missing): nothing saved, the draft stays.
    again.save_button.click()
    assert again.messages["ends_meeting"].text()
    assert read_preparation(store, case.case_id).safety_plan is None
    assert draft_of(store, name) is not None
    replace_text(again.fields["ends_meeting"], type_text, "Si alguien pide parar")
    replace_text(again.conflict.mediator, type_text, "Ana Ruiz")
    again.save_button.click()
    assert not again.has_unsaved_changes()
    prep = read_preparation(store, case.case_id)
    assert prep.safety_plan.victim_arrival == ARRIVAL
    assert prep.safety_plan.ends_meeting == "Si alguien pide parar"
    assert prep.conflict is not None and not prep.conflict.has_conflict
    assert draft_of(store, name) is None
    qtbot.wait(DRAFT_DELAY_MS + 300)
    assert draft_of(store, name) is None, "no blank draft comes back after the declaration"


def test_a_safety_plan_draft_can_be_discarded(
    qtbot, store, case_in_preparation, type_text, open_section
):
    case = case_in_preparation
    name = f"case-{case.case_id}-safety-plan"
    section = open_section(qtbot, store, case.case_id, SafetySection)
    replace_text(section.fields["departure"], type_text, "La víctima sale primero")
    section.keep_drafts()
    assert draft_of(store, name) is not None

    again = open_section(qtbot, store, case.case_id, SafetySection)
    assert again.draft_banner.isVisibleTo(again)
    qtbot.mouseClick(again.draft_banner.discard_button, Qt.MouseButton.LeftButton)
    assert draft_of(store, name) is None and not again.draft_banner.isVisibleTo(again)
    assert again.fields["departure"].text() == "" and not again.has_unsaved_changes()
    third = open_section(qtbot, store, case.case_id, SafetySection)
    assert not third.draft_banner.isVisibleTo(third)


def test_the_preparation_page_keeps_every_pending_draft_at_once(
    qtbot, store, case_in_preparation, type_text, open_section
):
    case = case_in_preparation
    page = PreparationPage(store, case.case_id)
    qtbot.addWidget(page)
    page.show_preparation(read_preparation(store, case.case_id))
    safety = page.open_section(SafetySection)
    choices = page.section(ChoicesSection)
    safety.fields["support_present"].setText("Asesora de víctimas")
    choices.form.support.setText("Su hermana Ana")
    assert safety.drafts.pending
    page.keep_drafts()  # what the workspace does on lock
    plan = draft_of(store, f"case-{case.case_id}-safety-plan")
    victim = draft_of(store, f"case-{case.case_id}-choices-victim-{case.victim}")
    assert plan is not None and plan[0]["support_present"] == "Asesora de víctimas"
    assert victim is not None and victim[0]["support_persons"] == "Su hermana Ana"
