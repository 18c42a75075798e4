"""The Safety and Schedule pages of preparation, driven through their widgets on a real store."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from icalendar import Calendar
from PySide6.QtCore import QModelIndex, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from vomdesk.domain.gates import Gate, blocking
from vomdesk.domain.schedule import SessionStatus
from vomdesk.domain.stages import Stage
from vomdesk.services.case_stages import move_case
from vomdesk.services.cases import update_referral
from vomdesk.services.consents import withdraw_consent
from vomdesk.services.preparation import before_scheduling, read_preparation
from vomdesk.services.sessions import schedule_session
from vomdesk.services.venues import save_venue
from vomdesk.store.case_models import CaseUpdate
from vomdesk.store.preparation_models import VenueBase
from vomdesk.ui import prompts
from vomdesk.ui.pages.preparation.safety_section import SafetySection
from vomdesk.ui.pages.preparation.schedule_section import ScheduleSection

TODAY = date.today()
NEXT_WEEK = TODAY + timedelta(days=7)
LOCK_TIP = "Never printed on documents for the offender side"


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def shown_order(form) -> list[int]:
    model = form.order_model
    return [
        model.data(model.index(row), Qt.ItemDataRole.UserRole) for row in range(model.rowCount())
    ]


def set_checked(form, participant_id: int, checked: bool) -> None:
    for row in range(form.attendees.count()):
        item = form.attendees.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == participant_id:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def choose_time(section, day: date, hour: int, minute: int = 0, place: str = "Office") -> None:
    form = section.form
    form.day.set_value(day)
    form.time.setTime(QTime(hour, minute))
    if place:
        form.venue.setCurrentIndex(form.venue.findData(None))
        form.other_place.setText(place)


# --- Safety ---------------------------------------------------------------------------------
def test_the_safety_plan_is_refused_without_what_ends_the_meeting_then_saved(
    qtbot, store, case_in_preparation, open_section
):
    case = case_in_preparation
    update_referral(store, case.case_id, CaseUpdate(care_partner_violence=True))
    section = open_section(qtbot, store, case.case_id, SafetySection)
    assert "a safety plan is required before scheduling" in section.banner_text.text()
    for key in ("victim_arrival", "victim_waiting_area"):
        assert section.fields[key].toolTip() == LOCK_TIP
    assert section.fields["offender_arrival"].toolTip() == ""

    section.focus_item("safety")
    qtbot.waitUntil(section.fields["victim_arrival"].hasFocus, timeout=3000)
    type_into(qtbot, section.fields["victim_arrival"], "9:45, side door")
    type_into(qtbot, section.fields["victim_waiting_area"], "Library reading room")
    type_into(
        qtbot, section.fields["departure"], "Victim leaves first; the offender 15 minutes later"
    )
    assert section.has_unsaved_changes()
    assert not section.save()
    message = section.messages["ends_meeting"]
    assert message.isVisible() and "what ends the meeting" in message.text()
    assert section.fields["victim_arrival"].text() == "9:45, side door", "nothing typed is lost"
    assert read_preparation(store, case.case_id).safety_plan is None

    type_into(qtbot, section.fields["ends_meeting"], "Either party asks to stop")
    qtbot.keyClick(
        section.fields["ends_meeting"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: read_preparation(store, case.case_id).safety_plan is not None)
    plan = read_preparation(store, case.case_id).safety_plan
    assert plan.ends_meeting == "Either party asks to stop"
    assert plan.victim_arrival == "9:45, side door"
    assert plan.departure == "Victim leaves first; the offender 15 minutes later"
    assert not section.has_unsaved_changes() and not message.isVisible()
    fields = {i.field for i in before_scheduling(read_preparation(store, case.case_id))}
    assert "safety" not in fields

    # A reload while the mediator types does not overwrite what is typed.
    type_into(qtbot, section.fields["notes"], "Advocate waits in the hall")
    section.show_preparation(read_preparation(store, case.case_id))
    assert section.fields["notes"].toPlainText() == "Advocate waits in the hall"
    section.revert()
    assert section.fields["notes"].toPlainText() == "" and not section.has_unsaved_changes()


def test_declaring_no_conflict_of_interest(qtbot, store, case_in_preparation, open_section):
    case = case_in_preparation
    section = open_section(qtbot, store, case.case_id, SafetySection)
    assert "optional" in section.banner_text.text()
    conflict = section.conflict
    assert conflict.mediator.text() == "Ana Ruiz", "the mediator's name from the settings"
    assert conflict.last.text() == "No declaration yet."
    section.focus_item("conflict")
    qtbot.waitUntil(conflict.no_conflict.hasFocus, timeout=3000)
    assert not conflict.declare(), "a choice must be made first"
    assert conflict.message.isVisible()
    qtbot.keyClick(conflict.no_conflict, Qt.Key.Key_Space)
    assert conflict.no_conflict.isChecked() and section.has_unsaved_changes()
    qtbot.mouseClick(conflict.declare_button, Qt.MouseButton.LeftButton)
    declared = read_preparation(store, case.case_id).conflict
    assert declared is not None and not declared.has_conflict and declared.mediator == "Ana Ruiz"
    assert "no conflict of interest" in conflict.last.text()
    assert not section.has_unsaved_changes()

    qtbot.keyClick(conflict.has_conflict, Qt.Key.Key_Space)
    assert not conflict.declare(), "a conflict needs a note"
    assert "Describe the conflict" in conflict.message.text()


def test_going_ahead_without_a_gate_needs_a_sentence(
    qtbot, store, case_in_preparation, open_section
):
    case = case_in_preparation
    section = open_section(qtbot, store, case.case_id, SafetySection)
    assert section.override_button.isEnabled()
    dialog = section.open_override()
    assert dialog is not None
    gates = [Gate(dialog.gate.itemData(i)) for i in range(dialog.gate.count())]
    assert Gate.CONSENT not in gates and Gate.CONTACT_ORDER not in gates
    assert {Gate.SCREENING, Gate.MEETINGS, Gate.CHOICES, Gate.CONFLICT} <= set(gates)
    assert "Consent and a no-contact order cannot be set aside." in dialog.explanation.text()
    dialog.gate.setCurrentIndex(dialog.gate.findData(Gate.CONFLICT.value))
    qtbot.keyClicks(dialog.reason, "ok")
    assert not dialog.save()
    assert dialog.message.isVisible() and "in a sentence" in dialog.message.text()
    assert dialog.reason.toPlainText() == "ok"
    dialog.reason.setPlainText("The co-mediator declared on paper; entered tomorrow")
    assert dialog.save()
    prep = read_preparation(store, case.case_id)
    assert [(o.gate, o.reason) for o in prep.active_overrides] == [
        ("conflict", "The co-mediator declared on paper; entered tomorrow")
    ]
    texts = [section.overrides.item(i).text() for i in range(section.overrides.count())]
    assert any("Conflict of interest: The co-mediator declared" in t for t in texts)
    assert "conflict" not in {i.field for i in blocking(before_scheduling(prep))}
    assert Gate.CONFLICT not in section.overridable(prep)


def test_a_lapsed_override_is_shown_greyed(
    qtbot, store, case_in_preparation, prepare, open_section
):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    update_referral(store, case.case_id, CaseUpdate(care_partner_violence=True))
    section = open_section(qtbot, store, case.case_id, SafetySection)
    dialog = section.open_override()
    assert dialog is not None and dialog.chosen() is Gate.SAFETY_PLAN
    dialog.reason.setPlainText("Plan agreed by phone, written tonight")
    assert dialog.save()
    assert not section.override_button.isEnabled(), "nothing else may be set aside"
    item = section.overrides.item(0)
    assert item.text().startswith("Safety plan: Plan agreed by phone")
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled
    # A withdrawal sends a ready case back: the override lapses, kept greyed as history.
    move_case(store, case.case_id, Stage.READY)
    consent = read_preparation(store, case.case_id).latest_consent(case.guardian)
    withdraw_consent(store, consent.id, withdrawn_on=TODAY, reason="Family moving away")
    section.show_preparation(read_preparation(store, case.case_id))
    item = section.overrides.item(0)
    assert "lapsed on" in item.text()
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert section.override_button.isEnabled(), "the safety plan may be set aside again"


# --- Schedule -------------------------------------------------------------------------------
def test_the_form_opens_only_when_nothing_blocks(
    qtbot, store, case_in_preparation, prepare, open_section
):
    case = case_in_preparation
    section = open_section(qtbot, store, case.case_id, ScheduleSection)
    assert not section.form.isEnabled()
    assert section.blocked_frame.isVisible()
    assert "Scheduling opens when nothing blocks it" in section.blocked.text()

    prepare(store, case, on=TODAY)
    section.show_preparation(read_preparation(store, case.case_id))
    assert section.form.isEnabled() and not section.blocked_frame.isVisible()
    assert section.kind_label.text() == "Kind: Joint session"
    assert not section.indirect_note.isVisible()
    assert section.form.wish.text() == "The victim asked: The victim speaks first"
    assert section.form.checked_attendees() == [case.victim, case.offender]
    assert shown_order(section.form) == [case.victim, case.offender]
    assert not section.has_unsaved_changes()


def test_reordering_and_scheduling_next_week(
    qtbot, store, case_in_preparation, prepare, open_section
):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    section = open_section(qtbot, store, case.case_id, ScheduleSection)
    form = section.form
    set_checked(form, case.guardian, True)
    assert shown_order(form) == [case.victim, case.offender, case.guardian]

    # The keyboard: Alt+Down on the list moves the chosen speaker down.
    form.order_view.setCurrentIndex(form.order_model.index(0))
    form.order_view.setFocus()
    qtbot.waitUntil(form.order_view.hasFocus, timeout=3000)
    qtbot.keyClick(form.order_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown_order(form) == [case.offender, case.victim, case.guardian]
    assert form.order_view.currentIndex().row() == 1, "the moved speaker stays chosen"
    qtbot.keyClick(form.order_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shown_order(form) == [case.victim, case.offender, case.guardian]
    assert form.order_model.data(form.order_model.index(0)).startswith("1. Laura Gómez Prieto")

    # The model a drag uses: moveRows, and a drop of the mime data at a row.
    model = form.order_model
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert shown_order(form) == [case.guardian, case.victim, case.offender]
    dragged = model.mimeData([model.index(0)])
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert shown_order(form) == [case.victim, case.guardian, case.offender]

    # Unticking an attendee takes them out of the order; the rest keep their places.
    set_checked(form, case.guardian, False)
    assert shown_order(form) == [case.victim, case.offender]
    set_checked(form, case.guardian, True)
    model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    order = shown_order(form)
    assert order == [case.offender, case.guardian, case.victim]

    choose_time(section, NEXT_WEEK, 15, 30, place="Valle Verde community room")
    form.minutes.setValue(120)
    assert section.has_unsaved_changes()
    assert section.schedule()
    prep = read_preparation(store, case.case_id)
    plan = prep.upcoming[0]
    assert plan.speaking_order == order, "saved as shown"
    assert plan.minutes == 120 and plan.other_place == "Valle Verde community room"
    assert plan.starts_at == datetime.combine(NEXT_WEEK, time(15, 30)).astimezone()
    assert sorted(plan.attendees) == sorted([case.victim, case.offender, case.guardian])
    assert section.sessions.table.rowCount() == 1
    assert section.sessions.table.item(0, 4).text() == "Scheduled"
    assert form.day.text() == "", "the form is fresh again for the next one"


def test_a_time_in_the_past_is_refused(qtbot, store, case_in_preparation, prepare, open_section):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    section = open_section(qtbot, store, case.case_id, ScheduleSection)
    choose_time(section, TODAY - timedelta(days=1), 10)
    assert not section.schedule()
    message = section.form.messages["starts"]
    assert message.isVisible() and "This time has passed" in message.text()
    assert section.form.other_place.text() == "Office", "nothing typed is lost"
    assert read_preparation(store, case.case_id).sessions == []

    section.form.day.set_text("31/31/2026")
    assert not section.schedule()
    assert message.text() == section.form.day.problem() != ""


def test_a_clash_is_asked_about_and_scheduled_on_yes(
    qtbot, store, case_in_preparation, prepare, open_section
):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    schedule_session(
        store, case.case_id, starts=datetime.combine(NEXT_WEEK, time(15)).astimezone(),
        minutes=90, other_place="Office", attendees=[case.victim, case.offender],
    )  # fmt: skip
    section = open_section(qtbot, store, case.case_id, ScheduleSection)
    choose_time(section, NEXT_WEEK, 16)
    prompts.queue_answer(QMessageBox.StandardButton.No)
    assert not section.schedule()
    assert "overlaps" in section.form.messages["starts"].text()
    assert len(read_preparation(store, case.case_id).upcoming) == 1
    prompts.queue_answer(QMessageBox.StandardButton.Yes)
    assert section.schedule()
    assert len(read_preparation(store, case.case_id).upcoming) == 2


def test_moving_and_cancelling_a_session(qtbot, store, case_in_preparation, prepare, open_section):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    section = open_section(qtbot, store, case.case_id, ScheduleSection)
    choose_time(section, NEXT_WEEK, 9)
    assert section.schedule()
    session_id = read_preparation(store, case.case_id).upcoming[0].id

    section.sessions.select(session_id)
    qtbot.mouseClick(section.sessions.move_button, Qt.MouseButton.LeftButton)
    assert section.moving_id == session_id
    assert section.schedule_button.text() == "&Save the new time"
    assert section.form.day.value() == NEXT_WEEK and section.form.time.time() == QTime(9, 0)
    section.form.time.setTime(QTime(11, 0))
    assert section.schedule()
    prep = read_preparation(store, case.case_id)
    assert [(s.id, s.starts_at) for s in prep.sessions] == [
        (session_id, datetime.combine(NEXT_WEEK, time(11)).astimezone())
    ]

    section.sessions.select(session_id)
    dialog = section.sessions.cancel()
    assert dialog is not None
    assert not dialog.save()
    assert "Write why the session is cancelled." in dialog.message.text()
    qtbot.keyClicks(dialog.reason, "The victim is ill")
    assert dialog.save()
    prep = read_preparation(store, case.case_id)
    assert [(s.status, s.status_reason) for s in prep.sessions] == [
        (SessionStatus.CANCELLED.value, "The victim is ill")
    ]
    assert section.sessions.table.item(0, 4).text() == "Cancelled"
    assert section.sessions.table.item(0, 5).text() == "The victim is ill"
    assert not section.sessions.cancel_button.isEnabled()


def test_add_to_calendar_writes_no_names(
    qtbot, store, case_in_preparation, prepare, tmp_path, open_section
):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    venue = save_venue(store, VenueBase(name="Grange Hall", address="1 Main St"))
    section = open_section(qtbot, store, case.case_id, ScheduleSection)
    form = section.form
    assert form.venue.findData(venue) >= 0
    choose_time(section, NEXT_WEEK, 14, place="")
    form.venue.setCurrentIndex(form.venue.findData(venue))
    assert section.schedule()
    path = tmp_path / "agenda.ics"
    prompts.queue_answer(str(path))
    qtbot.mouseClick(section.sessions.calendar_button, Qt.MouseButton.LeftButton)
    assert "1 event(s) written" in section.sessions.status.text()
    raw = path.read_bytes()
    events = Calendar.from_ical(raw).walk("VEVENT")
    number = read_preparation(store, case.case_id).case.number
    assert [str(e["summary"]) for e in events] == [f"Case {number}: Joint session"]
    assert str(events[0]["location"]) == "Grange Hall"
    assert events[0].decoded("dtstart") == datetime.combine(NEXT_WEEK, time(14)).astimezone()
    text = raw.decode()
    for secret in ("Laura", "Gómez", "Muñoz", "José", "María", "970-555", "Alamo"):
        assert secret not in text
