"""`vomdesk calendar --out FILE.ics`, run in-process on a real store with a scheduled session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from vomdesk.cli import main
from vomdesk.services.cases import read_case
from vomdesk.services.sessions import schedule_session

PASSPHRASE = "river kettle maple lantern"  # the store fixture's (tests/conftest.py)
SECRETS = ("Laura", "Gómez", "Muñoz", "José", "María", "970-555", "Alamo")


@dataclass(frozen=True)
class Scheduled:
    """A closed store holding one case with a joint session next week."""

    folder: Path
    number: str
    starts: datetime


def next_week(hour: int = 15) -> datetime:
    day = date.today() + timedelta(days=7)
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@pytest.fixture
def scheduled(store, data_folder, case_in_preparation, prepare, monkeypatch) -> Scheduled:
    case = case_in_preparation
    prepare(store, case, on=date.today())
    starts = next_week()
    schedule_session(store, case.case_id, starts=starts, minutes=90, other_place="Office",
                     attendees=[case.victim, case.offender])  # fmt: skip
    number = read_case(store, case.case_id).case.number
    store.close()  # the command opens the store itself, as a script would
    monkeypatch.setenv("VOMDESK_PASSPHRASE", PASSPHRASE)
    return Scheduled(data_folder, number, starts)


def calendar(folder: Path, *args: str | Path) -> int:
    return main(["calendar", "--data-dir", str(folder), *map(str, args)])


def events_in(path: Path) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_calendar_writes_the_session_with_case_number_and_time_and_no_names(
    scheduled, tmp_path, capsys
):
    out = tmp_path / "agenda.ics"
    assert calendar(scheduled.folder, "--out", out) == 0
    printed = capsys.readouterr()
    assert (printed.out, printed.err) == (f"Wrote 1 event to {out}\n", "")
    [event] = events_in(out)
    assert str(event["summary"]) == f"Case {scheduled.number}: Joint session"
    assert event.decoded("dtstart") == scheduled.starts
    assert event.decoded("dtend") == scheduled.starts + timedelta(minutes=90)
    assert "location" not in event, "a place typed by hand is not one of the program's venues"
    text = out.read_bytes().decode("utf-8")
    for secret in SECRETS:
        assert secret not in text


def test_calendar_for_one_case_and_from_a_later_day(scheduled, tmp_path, capsys):
    one_case = tmp_path / "case.ics"
    assert calendar(scheduled.folder, "--out", one_case, "--case", f" {scheduled.number} ") == 0
    assert [str(e["summary"]) for e in events_in(one_case)] == [
        f"Case {scheduled.number}: Joint session"
    ]
    later = tmp_path / "later.ics"
    after = (scheduled.starts + timedelta(days=1)).date().isoformat()
    assert calendar(scheduled.folder, "--out", later, "--from", after) == 0
    assert events_in(later) == []
    assert capsys.readouterr().out.splitlines() == [
        f"Wrote 1 event to {one_case}",
        f"Wrote 0 events to {later}",
    ]


def test_an_unknown_case_is_one_line_and_writes_nothing(scheduled, tmp_path, capsys):
    out = tmp_path / "agenda.ics"
    assert calendar(scheduled.folder, "--out", out, "--case", "2026-999") == 1
    printed = capsys.readouterr()
    assert (printed.out, printed.err) == ("", "vomdesk calendar: no case 2026-999\n")
    assert not out.exists()


def test_an_existing_file_is_refused_without_force(scheduled, tmp_path, capsys, monkeypatch):
    out = tmp_path / "agenda.ics"
    out.write_text("my own calendar", encoding="utf-8")
    monkeypatch.delenv("VOMDESK_PASSPHRASE")  # refused before the passphrase is asked for
    assert calendar(scheduled.folder, "--out", out) == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err == f"vomdesk calendar: {out} already exists; use --force to replace it\n"
    assert out.read_text(encoding="utf-8") == "my own calendar"

    monkeypatch.setenv("VOMDESK_PASSPHRASE", PASSPHRASE)
    assert calendar(scheduled.folder, "--out", out, "--force") == 0
    assert capsys.readouterr().out == f"Wrote 1 event to {out}\n"
    assert [str(e["summary"]) for e in events_in(out)] == [
        f"Case {scheduled.number}: Joint session"
    ]


def test_a_missing_folder_and_a_bad_date_are_one_line(scheduled, tmp_path, capsys):
    out = tmp_path / "no such folder" / "agenda.ics"
    assert calendar(scheduled.folder, "--out", out) == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    assert len(printed.err.splitlines()) == 1
    assert printed.err.startswith(f"vomdesk calendar: cannot write {out}: ")
    assert not out.parent.exists()

    with pytest.raises(SystemExit) as bad_date:
        calendar(scheduled.folder, "--out", tmp_path / "a.ics", "--from", "2026-02-30")
    assert bad_date.value.code == 2
    assert "give a date as YYYY-MM-DD" in capsys.readouterr().err
