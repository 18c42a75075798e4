"""The Agenda page: upcoming sessions and meetings, the range, opening a case, a calendar file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import QLocale, Qt

from vomdesk.domain.meetings import ContactMode
from vomdesk.services.cases import read_case
from vomdesk.services.meetings import save_contact
from vomdesk.services.sessions import cancel_session, schedule_session
from vomdesk.ui import prompts
from vomdesk.ui.events import app_events
from vomdesk.ui.pages.agenda_page import AgendaPage
from vomdesk.ui.pages.case_workspace import CaseWorkspace
from vomdesk.ui.pages.workspace import Workspace

TODAY = date.today()
EMPTY = "Nothing scheduled. Sessions and planned meetings appear here once scheduled."
SECRETS = ("Laura", "Gómez", "Muñoz", "José", "María", "970-555", "Alamo")


@dataclass(frozen=True)
class Booked:
    """A case with a joint session next week and a planned phone call in 40 days."""

    case_id: int
    number: str
    session_id: int
    starts: datetime


def at(days: int, hour: int) -> datetime:
    day = TODAY + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@pytest.fixture
def booked(store, case_in_preparation, prepare) -> Booked:
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    starts = at(7, 15)
    session_id = schedule_session(store, case.case_id, starts=starts, minutes=90,
                                  other_place="Office",
                                  attendees=[case.victim, case.offender])  # fmt: skip
    save_contact(store, case.case_id, on=TODAY + timedelta(days=40), starts_at=at(40, 10),
                 done=False, mode=ContactMode.PHONE, minutes=20, with_whom=[case.victim],
                 notes="Call Laura Gómez Prieto at 970-555-0199")  # fmt: skip
    number = read_case(store, case.case_id).case.number
    return Booked(case.case_id, number, session_id, starts)


def open_page(qtbot, store) -> AgendaPage:
    page = AgendaPage(store)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())
    return page


def choose_range(qtbot, page: AgendaPage, text: str) -> None:
    index = page.range_box.findText(text)
    assert index >= 0, text
    page.range_box.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not page.is_loading())


def row_texts(page: AgendaPage, row: int) -> list[str]:
    model = page.model
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def test_the_agenda_lists_the_scheduled_session(qtbot, store, booked):
    page = open_page(qtbot, store)
    assert page.range_box.currentText() == "Next 30 days"
    assert page.body.currentWidget() is page.table
    assert page.model.rowCount() == 1, "the phone call in 40 days is beyond the range"
    day, time_range, what, number, place = row_texts(page, 0)
    local = booked.starts.astimezone()
    locale = QLocale()
    assert locale.dayName(local.isoweekday()) in day
    assert str(local.year) in day
    start_time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    assert time_range.startswith(start_time) and "–" in time_range
    assert (what, number, place) == ("Joint session", booked.number, "Office")
    assert page.status.text() == "1 appointment"
    shown = " ".join(row_texts(page, 0))
    for secret in SECRETS:
        assert secret not in shown


def test_the_range_selector_filters(qtbot, store, booked):
    page = open_page(qtbot, store)
    choose_range(qtbot, page, "Next 7 days")
    assert page.model.rowCount() == 0, "the session is on the eighth day"
    assert page.body.currentWidget() is page.empty_state
    assert page.empty_hint.isVisibleTo(page) and "Everything ahead" in page.empty_hint.text()
    choose_range(qtbot, page, "Next 90 days")
    assert [row_texts(page, r)[2] for r in range(page.model.rowCount())] == [
        "Joint session",
        "Pre-mediation meeting",
    ]
    call = row_texts(page, 1)
    assert call[0], "a new day is named on its first row"
    assert (call[3], call[4]) == (booked.number, "—")
    choose_range(qtbot, page, "Everything ahead")
    assert page.model.rowCount() == 2
    assert page.status.text() == "2 appointments"


def test_enter_on_a_row_opens_its_case(qtbot, store, booked):
    page = open_page(qtbot, store)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, page.model.COL_WHAT))
    with qtbot.waitSignal(page.open_case, timeout=1000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [booked.case_id]


def test_add_to_calendar_writes_every_upcoming_entry(qtbot, store, booked, tmp_path):
    page = open_page(qtbot, store)
    prompts.queue_answer(str(tmp_path / "my agenda"))  # no suffix: .ics is added
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.calendar_status.text().startswith("Wrote"))
    written = tmp_path / "my agenda.ics"
    assert page.calendar_status.text() == f"Wrote 2 events to {written}."
    assert page.calendar_status.isVisibleTo(page)
    assert page.calendar_button.isEnabled()
    raw = written.read_bytes()
    events = Calendar.from_ical(raw).walk("VEVENT")
    assert sorted(str(e["summary"]) for e in events) == [
        f"Case {booked.number}: Joint session",
        f"Case {booked.number}: Pre-mediation meeting",
    ]
    for secret in SECRETS:
        assert secret not in raw.decode("utf-8")


def test_a_cancelled_file_dialog_writes_nothing(qtbot, store, booked, tmp_path):
    page = open_page(qtbot, store)
    prompts.queue_answer(None)
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    assert page.calendar_status.text() == ""
    assert list(tmp_path.glob("*.ics")) == []


def test_a_change_to_a_case_reloads_the_agenda(qtbot, store, booked):
    page = open_page(qtbot, store)
    assert page.model.rowCount() == 1
    cancel_session(store, booked.session_id, "The victim is ill")
    app_events().data_changed.emit("case")
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.rowCount() == 0)
    assert page.body.currentWidget() is page.empty_state


def test_a_newer_read_wins_over_an_older_one(qtbot, store, booked):
    page = open_page(qtbot, store)
    for text in ("Next 7 days", "Everything ahead", "Next 7 days", "Next 90 days"):
        page.range_box.setCurrentIndex(page.range_box.findText(text))
    qtbot.waitUntil(lambda: not page.is_loading())
    qtbot.wait(50)  # any answer still arriving for an older read must not replace the rows
    assert page.model.rowCount() == 2


def test_an_empty_store_says_nothing_is_scheduled(qtbot, store):
    page = open_page(qtbot, store)
    assert page.model.rowCount() == 0
    assert page.body.currentWidget() is page.empty_state
    assert page.empty_text.text() == EMPTY
    choose_range(qtbot, page, "Everything ahead")
    assert page.empty_text.text() == EMPTY
    assert not page.empty_hint.isVisibleTo(page)


def test_the_workspace_opens_a_case_from_the_agenda(qtbot, store, booked):
    workspace = Workspace(store)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 720)
    workspace.show()
    navigation = workspace.navigation
    assert [navigation.item(r).text() for r in range(navigation.count())] == [
        "Cases",
        "Agenda",
        "Monitoring",
        "Settings",
    ]
    navigation.setCurrentRow(1)
    assert workspace.pages.currentWidget() is workspace.agenda
    qtbot.waitUntil(lambda: workspace.agenda.model.rowCount() == 1)
    workspace.agenda.table.setFocus()
    workspace.agenda.table.setCurrentIndex(workspace.agenda.model.index(0, 0))
    qtbot.keyClick(workspace.agenda.table, Qt.Key.Key_Enter)
    assert workspace.pages.currentWidget() is workspace.cases
    assert navigation.currentRow() == 0
    detail = workspace.cases.detail
    assert isinstance(detail, CaseWorkspace)
    qtbot.waitUntil(lambda: not detail.loading)
    assert booked.number in detail.header.title.text()
