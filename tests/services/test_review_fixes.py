"""Locking really locks, errors carry no values, and a person's changes reach every case."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlmodel import select

from vomdesk.services import errors
from vomdesk.services.case_list import list_cases, search_filter
from vomdesk.services.cases import create_case, read_case
from vomdesk.services.open_store import reading, unit_of_work
from vomdesk.services.participants import remove_participant, update_participant
from vomdesk.services.settings import read_settings
from vomdesk.store.case_models import CaseCreate, ParticipantCreate, ParticipantUpdate, Person


def test_a_locked_store_cannot_be_read_or_reconnected(store):
    engine = store.engine
    assert read_settings(store)["program.name"]
    store.close()
    with pytest.raises(errors.StoreLocked):
        read_settings(store)
    with pytest.raises(errors.StoreLocked), unit_of_work(store):
        pass
    with pytest.raises(Exception, match="locked"), engine.connect() as connection:
        connection.execute(text("SELECT 1"))


def test_a_refused_write_names_no_value(store):
    create_case(store, CaseCreate(received_on=date(2026, 3, 1), source_type="judge"))
    with pytest.raises(errors.NotSaved) as refused, unit_of_work(store) as work:
        work.session.execute(
            text(
                "INSERT INTO person(id, name, folded_name, is_organisation) VALUES (1, :n, :n, 0)"
            ),
            {"n": "Secret Victim Name"},
        )
        work.session.execute(
            text(
                "INSERT INTO person(id, name, folded_name, is_organisation) VALUES (1, :n, :n, 0)"
            ),
            {"n": "Secret Victim Name"},
        )
    assert "Secret Victim Name" not in str(refused.value.__cause__)
    assert "Secret Victim Name" not in str(refused.value)


def _case_with(store, name: str, birth: date, person_id: int | None = None):
    return create_case(
        store,
        CaseCreate(
            received_on=date(2026, 3, 1), source_type="police", incident_date=date(2026, 2, 1)
        ),
        [ParticipantCreate(role="offender", name=name, birth=birth, person_id=person_id)],
    )


def test_renaming_a_person_updates_every_case_they_are_in(store):
    first = _case_with(store, "José Muñoz", date(2010, 1, 1))
    person = read_case(store, first.id).participants[0].person_id
    second = _case_with(store, "José Muñoz", date(2010, 1, 1), person_id=person)
    offender = read_case(store, first.id).participants[0]
    update_participant(
        store, offender.id, ParticipantUpdate(name="José Moreno", birth=date(1990, 1, 1))
    )
    other = read_case(store, second.id).case
    assert other.parties_short == "Moreno J." and other.juvenile is False
    assert sorted(r.number for r in list_cases(store, search_filter("moreno")).rows) == [
        first.number, second.number,
    ]  # fmt: skip


def test_removing_someone_from_their_only_case_leaves_no_trace_of_them(store):
    case = _case_with(store, "Ana Ruiz", date(2009, 5, 5))
    participant = read_case(store, case.id).participants[0]
    remove_participant(store, participant.id)
    with reading(store) as session:
        assert session.exec(select(Person)).all() == []
