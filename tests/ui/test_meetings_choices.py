"""The Meetings and Choices pages of preparation, driven through their widgets on a real store."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from vomdesk.domain.choices import LossKind, MeetingForm
from vomdesk.domain.meetings import ContactMode
from vomdesk.domain.stages import Stage
from vomdesk.services.case_stages import move_case
from vomdesk.services.cases import update_referral
from vomdesk.services.preparation import read_preparation
from vomdesk.store.case_models import CaseUpdate
from vomdesk.ui import prompts
from vomdesk.ui.pages.preparation.choices_section import ChoicesSection
from vomdesk.ui.pages.preparation.meetings_section import MeetingsSection
from vomdesk.ui.widgets.date_field import format_date


def type_into(qtbot, field, text: str) -> None:
    """Replace the field's text by typing, line by line."""
    field.setFocus()
    field.selectAll()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(field, Qt.Key.Key_Return)
        for char in line:
            if char.isascii():
                qtbot.keyClick(field, char)
            else:  # as a Spanish keyboard delivers it (QTest's keyClicks would abort)
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                    QApplication.sendEvent(field, event)


def has_focus(qtbot, widget) -> bool:
    qtbot.waitUntil(widget.hasFocus, timeout=3000)
    return True


def checked_people(dialog) -> list[int]:
    return dialog.chosen_people()


# --- Meetings -------------------------------------------------------------------------------
def test_a_meeting_with_the_offender_through_the_dialog(
    qtbot, store, case_in_preparation, open_section
):
    case = case_in_preparation
    section = open_section(qtbot, store, case.case_id, MeetingsSection)
    lines = section.plan.text().splitlines()
    assert lines == [
        "1. Meet José Muñoz (offender) — not yet",
        "2. Meet Laura Gómez Prieto (victim) — not yet",
    ]
    assert not section.remote_note.isVisibleTo(section)
    assert not section.edit_button.isEnabled()

    # "Before scheduling" points at the offender: Add meeting, with him ticked already.
    section.focus_item(f"meetings.{case.offender}")
    assert has_focus(qtbot, section.add_button)
    qtbot.keyClick(section.add_button, Qt.Key.Key_Space)
    dialog = section.dialog
    assert dialog is not None and dialog.isVisible()
    assert checked_people(dialog) == [case.offender]
    assert dialog.took_place.isChecked() and dialog.current_mode() is ContactMode.IN_PERSON

    # Took place, but next week: refused with a message, nothing saved, nothing lost.
    type_into(qtbot, dialog.on.edit, format_date(date.today() + timedelta(days=7)))
    type_into(qtbot, dialog.notes, "Talked about the night of the damage.\nHe wants to repair it.")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.messages["on"].text() == "A meeting that took place cannot be in the future."
    assert read_preparation(store, case.case_id).contacts == []
    assert dialog.notes.toPlainText().startswith("Talked about")

    met_on = date.today() - timedelta(days=2)
    type_into(qtbot, dialog.on.edit, format_date(met_on))
    dialog.minutes.setValue(75)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    [contact] = read_preparation(store, case.case_id).contacts
    assert (contact.on, contact.done, contact.mode) == (met_on, True, "in_person")
    assert contact.with_whom == [case.offender] and contact.minutes == 75
    assert contact.starts_at is None

    first, second = section.plan.text().splitlines()
    assert first.startswith("1. Meet José Muñoz (offender) — done ")
    assert second == "2. Meet Laura Gómez Prieto (victim) — not yet"
    cells = [section.table.item(0, column).text() for column in range(6)]
    assert cells == [format_date(met_on), "Took place", "In person", "José Muñoz", "75",
                     "Talked about the night of the damage."]  # fmt: skip
    assert section.current() is not None and section.current().id == contact.id


def test_a_planned_meeting_is_changed_then_removed(qtbot, store, case_in_preparation, open_section):
    case = case_in_preparation
    section = open_section(qtbot, store, case.case_id, MeetingsSection)
    dialog = section.add()
    assert dialog is not None and checked_people(dialog) == []
    next_week = date.today() + timedelta(days=7)
    type_into(qtbot, dialog.on.edit, format_date(next_week))
    dialog.took_place.setChecked(False)
    assert dialog.time.isEnabled() is False  # until "At a set time"
    dialog.timed.setChecked(True)
    dialog.time.setTime(dialog.time.time().fromString("16:30", "HH:mm"))
    dialog.mode.setCurrentIndex(dialog.mode.findData(ContactMode.PHONE.value))
    # Nobody ticked: said next to the list.
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.messages["with_whom"].text() == "Choose who the meeting was with."
    dialog.with_whom.item(0).setCheckState(Qt.CheckState.Checked)  # the victim
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    [contact] = read_preparation(store, case.case_id).contacts
    assert contact.done is False and contact.with_whom == [case.victim]
    assert contact.starts_at is not None
    local = contact.starts_at.astimezone()
    assert (local.date(), local.hour, local.minute) == (next_week, 16, 30)
    assert "planned" in section.plan.text().splitlines()[1]

    # A letter has no length; editing keeps the same contact.
    section.table.selectRow(0)
    dialog = section.edit()
    assert dialog is not None and dialog.timed.isChecked()
    dialog.mode.setCurrentIndex(dialog.mode.findData(ContactMode.LETTER.value))
    assert not dialog.minutes.isVisibleTo(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    [changed] = read_preparation(store, case.case_id).contacts
    assert changed.id == contact.id and changed.mode == "letter" and changed.minutes == 0

    section.table.selectRow(0)
    prompts.queue_answer(QMessageBox.StandardButton.No)
    section.remove_button.click()
    assert len(read_preparation(store, case.case_id).contacts) == 1
    prompts.queue_answer(QMessageBox.StandardButton.Yes)
    section.remove_button.click()
    assert read_preparation(store, case.case_id).contacts == []
    assert section.table.rowCount() == 0


# --- Choices --------------------------------------------------------------------------------
def test_victim_choices_with_losses_saved_in_cents(qtbot, store, case_in_preparation, open_section):
    case = case_in_preparation
    section = open_section(qtbot, store, case.case_id, ChoicesSection)
    form = section.form
    assert not section.victim.isVisibleTo(section)  # one victim: no chooser
    assert not form.order_warning.isVisibleTo(section)
    assert not section.has_unsaved_changes()

    section.focus_item("choices")
    assert has_focus(qtbot, form.takes_part) and form.takes_part.isChecked()
    section.focus_item("choices.form")
    assert has_focus(qtbot, form.form_radios[MeetingForm.DIRECT])
    qtbot.keyClick(form.form_field(), Qt.Key.Key_Space)  # the keyboard chooses Direct
    assert form.chosen_form() is not None and form.chosen_form().value == "direct"
    assert section.has_unsaved_changes() and section.status.text() == "Unsaved changes"
    form.times.days[5].setFocus()
    qtbot.keyClick(form.times.days[5], Qt.Key.Key_Space)  # Saturday
    form.times.parts[next(iter(form.times.parts))].click()  # mornings
    form.speaks_first.setCurrentIndex(form.speaks_first.findData("victim"))
    attendee = form.attendees.item(0)
    assert "José Muñoz" in attendee.text()
    attendee.setCheckState(Qt.CheckState.Checked)
    type_into(qtbot, form.topics, "¿Por qué mi casa? El miedo después.")
    type_into(qtbot, form.questions, "Did you know it was my house?")
    assert form.topics.toolTip() == "Never printed on documents for the offender side"

    # Two losses as typed, and a third whose amount cannot be read.
    for kind, description, amount in (
        (LossKind.PROPERTY, "Broken window", "125.50"),
        (LossKind.INSURANCE_DEDUCTIBLE, "Deductible for the door", "$1,200"),
        (LossKind.OTHER, "Paint", "12.3.4"),
    ):
        form.losses.add_button.click()
        line = form.losses.lines[-1]
        assert has_focus(qtbot, line.kind)
        line.kind.setCurrentIndex(line.kind.findData(kind.value))
        type_into(qtbot, line.description, description)
        type_into(qtbot, line.amount, amount)
    bad = form.losses.lines[2]
    assert bad.message.text() == "Enter the amount, for example 125.50."  # said as typed
    assert form.losses.total.text() == "Total: 1,325.50"

    form.topics.setFocus()
    assert has_focus(qtbot, form.topics)
    qtbot.keyClick(form.topics, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert form.messages["losses"].text() == "Correct the lines marked above."
    assert bad.message.text() == "Enter the amount, for example 125.50."
    assert [line.message.text() for line in form.losses.lines[:2]] == ["", ""]
    assert has_focus(qtbot, bad.amount)
    prep = read_preparation(store, case.case_id)
    assert prep.choices == {} and prep.losses == []
    assert section.has_unsaved_changes() and bad.amount.text() == "12.3.4"

    bad.remove.click()
    assert len(form.losses.lines) == 2
    section.save_button.click()
    assert not section.has_unsaved_changes()
    prep = read_preparation(store, case.case_id)
    choice = prep.choices[case.victim]
    assert (choice.form, choice.days, choice.day_parts) == ("direct", [5], ["morning"])
    assert (choice.speaks_first, choice.attendees) == ("victim", [case.offender])
    assert choice.topics == "¿Por qué mi casa? El miedo después."
    assert [(loss.kind, loss.amount_cents) for loss in prep.losses] == [
        ("property", 12550), ("insurance_deductible", 120000)
    ]  # fmt: skip
    # Shown again from the store, as the mediator typed it, in the locale's format.
    assert [line.amount.text() for line in form.losses.lines] == ["125.50", "1,200.00"]
    assert form.losses.total.text() == "Total: 1,325.50"


def test_unsaved_changes_survive_a_reload_and_revert(
    qtbot, store, case_in_preparation, open_section
):
    case = case_in_preparation
    section = open_section(qtbot, store, case.case_id, ChoicesSection)
    form = section.form
    form.form_radios[MeetingForm.DIRECT].click()
    type_into(qtbot, form.break_signal, "She lays her card on the table")
    assert section.has_unsaved_changes()
    section.show_preparation(read_preparation(store, case.case_id))  # another page saved
    assert form.break_signal.text() == "She lays her card on the table"
    assert section.has_unsaved_changes()
    section.revert()
    assert form.break_signal.text() == "" and form.chosen_form() is None
    assert not section.has_unsaved_changes() and section.status.text() == ""
    assert read_preparation(store, case.case_id).choices == {}
    # Taking part needs the form of meeting: said next to the radios.
    type_into(qtbot, form.support, "Her sister Ana")
    section.save_button.click()
    assert form.messages["form"].text() == "Choose how the victim wants to meet."
    assert read_preparation(store, case.case_id).choices == {}
    assert form.support.text() == "Her sister Ana"


def test_offender_availability_saved(qtbot, store, case_in_preparation, open_section):
    case = case_in_preparation
    section = open_section(qtbot, store, case.case_id, ChoicesSection)
    side = section.offender_side
    section.focus_item(f"choices.{case.offender}")
    assert has_focus(qtbot, side.takes_part) and side.takes_part.isChecked()
    side.times.days[1].click()  # Tuesday
    side.times.days[3].click()  # Thursday
    side.times.parts[list(side.times.parts)[2]].click()  # evenings
    type_into(qtbot, side.times.note, "After school, not before 4 pm")
    type_into(qtbot, side.support, "María Muñoz (mother)")
    assert section.has_unsaved_changes()
    side.save_button.click()
    assert not section.has_unsaved_changes()
    row = read_preparation(store, case.case_id).availability[case.offender]
    assert (row.days, row.day_parts) == ([1, 3], ["evening"])
    assert (row.times_note, row.support_person) == (
        "After school, not before 4 pm", "María Muñoz (mother)"
    )  # fmt: skip
    assert side.times.values() == ([1, 3], ["evening"], "After school, not before 4 pm")


def test_a_changed_form_sends_a_ready_case_back(
    qtbot, store, case_in_preparation, prepare, open_section
):
    case = case_in_preparation
    prepare(store, case, on=date.today())
    move_case(store, case.case_id, Stage.READY)
    update_referral(store, case.case_id, CaseUpdate(no_contact_order=True))
    section = open_section(qtbot, store, case.case_id, ChoicesSection)
    form = section.form
    assert form.order_warning.isVisibleTo(section)
    assert form.order_warning.text() == "The no-contact order allows only indirect forms."
    assert form.chosen_form() is not None and form.chosen_form().value == "direct"
    form.form_radios[MeetingForm.SHUTTLE].click()
    prompts.queue_answer(None)  # "The case went back to preparation"
    assert section.save()
    prep = read_preparation(store, case.case_id)
    assert prep.stage is Stage.PREPARATION and prep.choices[case.victim].form == "shuttle"
