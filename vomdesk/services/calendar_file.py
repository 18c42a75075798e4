"""Calendar files (RFC 5545) of the agenda: case number, time and place only, never names."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from vomdesk.domain.schedule import KIND_LABELS
from vomdesk.safe_save import write_file_safely
from vomdesk.services.open_store import OpenStore
from vomdesk.services.sessions import AgendaEntry, agenda
from vomdesk.store.types import utc_now


def calendar_bytes(entries: Iterable[AgendaEntry], store_id: str) -> bytes:
    """The entries as an iCalendar file. Summary: "Case 2026-014: Joint session"; location: the
    program's venue name (a place typed by hand may be someone's home: it stays out); no
    description, no attendees, no contact details."""
    calendar = Calendar()
    calendar.add("prodid", "-//vomdesk//Victim offender mediation//EN")
    calendar.add("version", "2.0")
    stamp = utc_now()
    for entry in entries:
        event = Event()
        event.add("uid", f"{entry.kind.value}-{entry.record_id}-{store_id}@vomdesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.starts)
        event.add("dtend", entry.starts + timedelta(minutes=entry.minutes))
        event.add("summary", f"Case {entry.case_number}: {KIND_LABELS[entry.kind]}")
        if entry.at_venue and entry.place:
            event.add("location", entry.place)
        event.add("class", "PRIVATE")
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def write_calendar(
    store: OpenStore, path: Path, *, start: date | None = None, case_id: int | None = None
) -> int:
    """Write what is scheduled from ``start`` (today) on, or one case's, to ``path`` safely;
    returns the number of events written."""
    entries = agenda(store, start or date.today(), days=None)
    if case_id is not None:
        entries = [entry for entry in entries if entry.case_id == case_id]
    write_file_safely(path, calendar_bytes(entries, store.store_id))
    return len(entries)
