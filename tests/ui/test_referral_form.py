"""The new-referral form: typed with the keyboard, checked as typed, drafts, leaving, linking."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QMessageBox

from vomdesk.services import errors
from vomdesk.services.case_list import list_cases, search_filter
from vomdesk.services.cases import create_case, read_case
from vomdesk.services.drafts import draft_of
from vomdesk.store.case_models import CaseCreate, OffenceCreate, ParticipantCreate
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.participant_dialog import ParticipantDialog
from vomdesk.ui.pages.referral_form import FORM, ReferralForm
from vomdesk.ui.widgets.date_field import DateField, format_date, parse_date

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def make_form(qtbot, store) -> ReferralForm:
    form = ReferralForm(store)
    qtbot.addWidget(form)
    form.resize(1100, 720)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def existing_case(store, **changes) -> int:
    values = {
        "received_on": date(2026, 3, 1), "source_type": "police",
        "offences": [OffenceCreate(description="Theft", category="property", level="felony")],
    } | changes  # fmt: skip
    people = [ParticipantCreate(role="offender", name="José Muñoz", birth=date(2010, 7, 1))]
    case = create_case(store, CaseCreate(**values), people)
    assert case.id is not None
    return case.id


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def open_dialog(qtbot, form: ReferralForm) -> ParticipantDialog:
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.fields.texts["court_number"], Qt.Key.Key_A, ALT)  # &Add…
    qtbot.waitUntil(
        lambda: form.participants.dialog is not None and form.participants.dialog.isVisible()
    )
    dialog = form.participants.dialog
    assert dialog is not None
    return dialog


def add_participant(qtbot, form, role: str, name: str, *, birth="", accompanies=None):
    form.participants.dialog = None
    dialog = open_dialog(qtbot, form)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    if name.isascii():
        type_into(qtbot, dialog.name, name)
    else:
        dialog.name.setText(name)  # accented text: keyClicks would abort the process
    if birth:
        type_into(qtbot, dialog.birth.edit, birth)
    if accompanies is not None:
        dialog.accompanies.setCurrentIndex(
            dialog.accompanies.findText(accompanies, Qt.MatchFlag.MatchStartsWith)
        )
    return dialog


def test_a_referral_typed_with_the_keyboard_is_saved_and_read_back(qtbot, store):
    form = make_form(qtbot, store)
    type_into(qtbot, form.fields.dates["received_on"].edit, "2026-03-02")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert form.fields.source_type.hasFocus(), "tab order runs top to bottom"
    qtbot.keyClicks(form.fields.source_type, "Pro")  # "Probation officer"
    qtbot.keyClick(form.fields.source_type, Qt.Key.Key_Tab)
    assert form.fields.texts["source_agency"].hasFocus()
    qtbot.keyClicks(form.fields.texts["source_agency"], "Mesa County Juvenile Probation")
    qtbot.keyClick(form.fields.texts["source_agency"], Qt.Key.Key_C, ALT)  # &Court number
    assert form.fields.texts["court_number"].hasFocus(), "labels carry mnemonics"
    qtbot.keyClicks(form.fields.texts["court_number"], "JV-26-0012")
    type_into(qtbot, form.fields.offences.rows[0].description, "Vandalism of a car")
    type_into(qtbot, form.fields.dates["incident_date"].edit, "2026-02-14")
    type_into(qtbot, form.fields.texts["incident_place"], "Main Street")
    form.fields.flags["care_partner_violence"].setChecked(True)

    victim = add_participant(qtbot, form, "victim", "María Fernández")
    assert victim.contact.fields["address"].is_confidential()
    type_into(qtbot, victim.contact.fields["address"].edit, "12 Calle Real")
    type_into(qtbot, victim.contact.fields["phone"].edit, "970-555-0101")
    qtbot.keyClick(victim.name, Qt.Key.Key_S, ALT)  # &Save
    qtbot.waitUntil(lambda: form.participants.list.count() == 1)  # a mnemonic clicks after a flash
    offender = add_participant(qtbot, form, "offender", "Jose Munoz", birth="2010-07-01")
    offender.save()
    guardian = add_participant(
        qtbot, form, "parent_guardian", "Rosa Munoz", accompanies="Jose Munoz"
    )
    guardian.save()
    assert form.participants.list.count() == 3
    assert "accompanies Jose Munoz" in form.participants.list.item(2).text()

    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(form.fields.texts["incident_place"], Qt.Key.Key_S, CTRL)
    record = read_case(store, saved.args[0])
    case = record.case
    assert (case.number, case.received_on) == ("2026-001", date(2026, 3, 2))
    assert (case.source_type, case.court_number) == ("probation_officer", "JV-26-0012")
    assert case.incident_place == "Main Street" and case.care_partner_violence
    assert [o.description for o in record.offences] == ["Vandalism of a car"]
    victim_view, offender_view, guardian_view = record.participants
    assert victim_view.name == "María Fernández" and victim_view.contact.phone == "970-555-0101"
    assert offender_view.birth == date(2010, 7, 1) and case.juvenile is True
    assert guardian_view.accompanies_id == offender_view.id
    assert draft_of(store, FORM) is None, "the draft goes once the referral is saved"
    assert not form.has_unsaved_changes()


def test_impossible_dates_and_a_taken_court_number_are_explained_and_typing_is_kept(qtbot, store):
    existing_case(store, court_number="JV-1")
    form = make_form(qtbot, store)
    fields = form.fields
    type_into(qtbot, fields.dates["received_on"].edit, "2026-03-02")
    type_into(qtbot, fields.dates["incident_date"].edit, "2026-03-05")
    assert fields.messages["incident_date"].text() == (
        "The incident cannot come after the referral was received."
    ), "said while typing, before any save"
    assert fields.messages["source_type"].text() == "", "'needed' waits for a save"
    type_into(qtbot, fields.texts["court_number"], "jv-1")
    qtbot.waitUntil(lambda: fields.messages["court_number"].isVisible())
    assert fields.messages["court_number"].text() == "Case 2026-001 already has this court number."

    assert form.save() is False
    assert fields.messages["source_type"].text() == "Choose who referred the case."
    assert fields.offences.rows[0].message.text() == "Describe the offence."
    assert fields.dates["incident_date"].text() == "2026-03-05", "what was typed stays"
    assert fields.texts["court_number"].text() == "jv-1"
    assert list_cases(store, search_filter()).total == 1, "nothing half-written"


def test_the_service_refuses_a_taken_court_number_even_before_the_warning(qtbot, store):
    existing_case(store, court_number="JV-9")
    form = make_form(qtbot, store)
    fields = form.fields
    fields.source_type.setCurrentIndex(0)
    fields.offences.rows[0].description.setText("Graffiti")
    fields.texts["court_number"].setText("JV-9")
    assert fields.court.pending
    assert form.save() is False  # before the check as-you-type has answered
    assert fields.messages["court_number"].text() == "Case 2026-001 already has this court number."
    assert fields.texts["court_number"].text() == "JV-9"
    assert form.status.text() == "Correct the marked fields, then save again."


def test_the_participant_dialog_explains_and_keeps_what_was_typed(qtbot, store):
    form = make_form(qtbot, store)
    dialog = add_participant(qtbot, form, "offender", "")
    future = date.today() + timedelta(days=30)
    type_into(qtbot, dialog.birth.edit, future.isoformat())
    type_into(qtbot, dialog.accessibility, "hearing loop")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.messages["name"].text() == "Enter a name."
    assert dialog.messages["birth"].text() == "A date of birth cannot be in the future."
    assert dialog.birth.value() == future and dialog.accessibility.text() == "hearing loop"
    dialog.reject()
    assert form.participants.list.count() == 0

    guardian = add_participant(qtbot, form, "parent_guardian", "Rosa")
    guardian.save()
    problem = guardian.messages["accompanies"].text()
    assert problem == "Choose whom this parent or guardian accompanies."
    guardian.reject()


def test_typing_is_kept_as_a_draft_and_offered_back(qtbot, store):
    form = make_form(qtbot, store)
    type_into(qtbot, form.fields.texts["source_agency"], "Mesa County")
    form.fields.offences.rows[0].description.setText("Robo en tienda")
    add_participant(qtbot, form, "victim", "Tienda La Económica").save()
    assert form.drafts.pending
    qtbot.waitUntil(lambda: draft_of(store, FORM) is not None, timeout=3000)
    form.close()

    again = make_form(qtbot, store)
    assert again.banner.isVisible()
    assert again.fields.texts["source_agency"].text() == "", "offered, not imposed"
    qtbot.mouseClick(again.banner.restore_button, Qt.MouseButton.LeftButton)
    assert again.fields.texts["source_agency"].text() == "Mesa County"
    assert again.fields.offences.rows[0].description.text() == "Robo en tienda"
    assert again.participants.list.item(0).text().startswith("Tienda La Económica")

    third = make_form(qtbot, store)
    qtbot.mouseClick(third.banner.discard_button, Qt.MouseButton.LeftButton)
    assert draft_of(store, FORM) is None and not third.banner.isVisible()


def test_leaving_with_unsaved_changes_asks_first(qtbot, store):
    form = make_form(qtbot, store)
    assert form.confirm_leave(), "nothing typed: nothing to ask"
    form.fields.texts["source_person"].setText("Officer Lee")
    prompts.queue_answer(QMessageBox.StandardButton.Cancel)
    with qtbot.assertNotEmitted(form.cancelled):
        form.cancel()
    assert form.fields.texts["source_person"].text() == "Officer Lee"

    prompts.queue_answer(QMessageBox.StandardButton.Save)
    assert form.confirm_leave() is False, "Save with problems keeps the mediator here"
    assert form.fields.messages["source_type"].text() == "Choose who referred the case."

    prompts.queue_answer(QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(form.cancelled):
        form.cancel()
    assert form.confirm_leave(), "asked once only"
    assert draft_of(store, FORM) is None

    other = make_form(qtbot, store)
    other.fields.source_type.setCurrentIndex(1)
    other.fields.offences.rows[0].description.setText("Shoplifting")
    prompts.queue_answer(QMessageBox.StandardButton.Save)
    with qtbot.assertNotEmitted(other.saved):
        assert other.confirm_leave() is True
    assert list_cases(store, search_filter()).total == 1


def test_the_same_person_is_offered_and_linked(qtbot, store):
    first = read_case(store, existing_case(store))
    form = make_form(qtbot, store)
    form.fields.source_type.setCurrentIndex(2)
    form.fields.offences.rows[0].description.setText("Fight at school")
    dialog = add_participant(qtbot, form, "offender", "jose munoz")
    panel = dialog.same_person
    assert panel is not None
    qtbot.waitUntil(lambda: bool(panel.link_buttons), timeout=3000)
    assert [(m.name, m.cases) for m in panel.matches] == [("José Muñoz", ["2026-001"])]
    qtbot.mouseClick(panel.link_buttons[0], Qt.MouseButton.LeftButton)
    assert dialog.name.text() == "José Muñoz" and dialog.birth.value() == date(2010, 7, 1)
    dialog.save()
    assert form.save()
    assert form.saved_case_id is not None
    linked = read_case(store, form.saved_case_id).participants[0]
    assert linked.person_id == first.participants[0].person_id


def test_contact_typed_for_the_victim_side_is_masked_once_typing_ends(qtbot, store, widget_texts):
    form = make_form(qtbot, store)
    dialog = add_participant(qtbot, form, "victim", "Ana Lee")
    email = dialog.contact.fields["email"]
    type_into(qtbot, email.edit, "ana@example.org")
    assert email.edit.text() == "ana@example.org", "shown while typing"
    dialog.accessibility.setFocus()
    qtbot.waitUntil(email.is_masked)
    assert "ana@example.org" not in widget_texts(dialog)
    assert email.edit.text() == "••••" and email.value() == "ana@example.org"
    qtbot.mouseClick(email.show_button, Qt.MouseButton.LeftButton)
    assert email.edit.text() == "ana@example.org"
    dialog.role.setCurrentIndex(dialog.role.findData("offender"))
    assert not email.is_confidential() and email.edit.text() == "ana@example.org"


@pytest.mark.parametrize("typed", ["13/45/2026", "yesterday"])
def test_a_date_that_cannot_be_read_is_said_not_lost(qtbot, store, typed):
    form = make_form(qtbot, store)
    form.fields.dates["deadline"].set_text(typed)
    assert form.fields.messages["deadline"].text().startswith("Type the date like")
    assert form.save() is False
    assert form.fields.dates["deadline"].text() == typed
    with pytest.raises(errors.CaseNotFound):
        read_case(store, 1)


def test_dates_are_typed_in_the_locale_or_picked_from_a_calendar(qtbot):
    us, spanish_us = QLocale("en_US"), QLocale("es_US")
    assert parse_date("3/14/26", us) == parse_date("03/14/2026", us) == date(2026, 3, 14)
    assert parse_date("14/3/2026", spanish_us) == date(2026, 3, 14)
    assert parse_date("1/2/85", us) == date(1985, 1, 2)
    assert parse_date("2026-03-14", us) == date(2026, 3, 14), "ISO is always understood"
    assert format_date(date(2026, 3, 4), us) == "3/4/2026"
    field = DateField(accessible_name="Incident date")
    qtbot.addWidget(field)
    field.show()
    assert field.edit.accessibleName() == "Incident date" and field.value() is None
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, ALT)
    calendar = field.findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()
    calendar.setSelectedDate(QDate(2026, 2, 14))
    calendar.activated.emit(QDate(2026, 2, 14))
    assert field.value() == date(2026, 2, 14)
    field.set_value(None)
    assert field.text() == "" and field.problem() == ""
