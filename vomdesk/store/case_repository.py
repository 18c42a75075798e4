"""Repository functions of the case record; keyword-only, each takes a Session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import (
    Integer,
    Select,
    String,
    case,
    column,
    func,
    literal_column,
    table,
    text,
)
from sqlmodel import Session, col, select

from vomdesk.domain.stages import Stage
from vomdesk.store.case_models import (
    Case,
    CaseNumberCounter,
    Offence,
    Participant,
    ParticipantContact,
    Person,
    StageHistory,
)
from vomdesk.store.retention_models import CaseSeal


def next_sequence(*, session: Session, year: int) -> int:
    """The next running number of ``year``; a number once given is never given again."""
    counter = session.get(CaseNumberCounter, year)
    if counter is None:
        counter = CaseNumberCounter(year=year, last=0)
    counter.last += 1
    session.add(counter)
    return counter.last


def number_taken(*, session: Session, number: str) -> bool:
    return session.exec(select(Case.id).where(Case.number == number)).first() is not None


def cases_with_court_number(
    *, session: Session, court_number: str, except_case: int | None = None
) -> list[str]:
    """Numbers of the cases that already carry ``court_number`` (case-insensitive)."""
    if not court_number.strip():
        return []
    statement = select(Case.number).where(
        func.lower(Case.court_number) == court_number.strip().lower()
    )
    if except_case is not None:
        statement = statement.where(Case.id != except_case)
    return list(session.exec(statement))


def offences_of(*, session: Session, case_id: int) -> list[Offence]:
    statement = select(Offence).where(Offence.case_id == case_id).order_by(col(Offence.id))
    return list(session.exec(statement))


def replace_offences(*, session: Session, case_id: int, offences: Sequence[Offence]) -> None:
    for old in offences_of(session=session, case_id=case_id):
        session.delete(old)
    for offence in offences:
        offence.case_id = case_id
        session.add(offence)


@dataclass
class ParticipantRow:
    """A participant with the person they are and their contact details."""

    participant: Participant
    person: Person
    contact: ParticipantContact | None


def participants_of(*, session: Session, case_id: int) -> list[ParticipantRow]:
    statement = (
        select(Participant, Person, ParticipantContact)
        .join(Person, col(Person.id) == Participant.person_id)
        .join(
            ParticipantContact,
            col(ParticipantContact.participant_id) == Participant.id,
            isouter=True,
        )
        .where(Participant.case_id == case_id)
        .order_by(col(Participant.id))
    )
    return [ParticipantRow(p, person, contact) for p, person, contact in session.exec(statement)]


def history_of(*, session: Session, case_id: int) -> list[StageHistory]:
    statement = (
        select(StageHistory).where(StageHistory.case_id == case_id).order_by(col(StageHistory.id))
    )
    return list(session.exec(statement))


def people_named(*, session: Session, folded_words: Sequence[str], limit: int = 50) -> list[Person]:
    """People whose folded name contains every word given (candidates for the same person)."""
    statement = select(Person)
    for word in folded_words:
        statement = statement.where(col(Person.folded_name).contains(word))
    return list(session.exec(statement.limit(limit)))


def case_numbers_of_person(*, session: Session, person_id: int) -> list[str]:
    """The numbers of the cases this person is in, leaving out sealed cases."""
    sealed = select(CaseSeal.case_id).where(col(CaseSeal.unsealed_at).is_(None))
    statement = (
        select(Case.number)
        .join(Participant, col(Participant.case_id) == Case.id)
        .where(Participant.person_id == person_id, col(Case.id).not_in(sealed))
        .order_by(col(Case.number))
    )
    return list(dict.fromkeys(session.exec(statement)))


def put_search_text(*, session: Session, case_id: int, body: str) -> None:
    """Replace the case's row in the search index (``body`` already folded)."""
    session.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case_id})
    session.execute(
        text("INSERT INTO case_search(rowid, body) VALUES (:id, :body)"),
        {"id": case_id, "body": body},
    )


T = TypeVar("T")

_STAGE_ORDER = case(
    {stage.value: position for position, stage in enumerate(Stage)}, value=col(Case.stage)
)

SORT_COLUMNS = {
    "number": (col(Case.year), col(Case.number)),
    "received_on": (col(Case.received_on), col(Case.id)),
    "stage": (_STAGE_ORDER, col(Case.id)),  # the order a case moves in, not A to Z
    "deadline": (col(Case.deadline), col(Case.id)),
    "parties": (col(Case.parties_short), col(Case.id)),
}


@dataclass(frozen=True)
class CaseFilter:
    """What the case list asks for: words to find, filters, order and one page."""

    words: str = ""  # already folded
    stages: tuple[str, ...] = ()
    juvenile: bool | None = None
    year: int | None = None
    source_type: str | None = None
    sort: str = "number"
    descending: bool = True
    offset: int = 0
    limit: int = 200


_SEARCH = table("case_search", column("rowid", Integer), column("body", String))


def _matching_ids(words: str) -> Select[tuple[int]]:
    """The ids of the cases whose search text holds ``words`` (already folded)."""
    if len(words) >= 3:  # the trigram index answers three letters and more
        phrase = '"' + words.replace('"', '""') + '"'
        condition = literal_column("case_search").op("MATCH")(phrase)
    else:
        escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        condition = _SEARCH.c.body.like(f"%{escaped}%", escape="\\")
    return select(_SEARCH.c.rowid).where(condition)


def _filtered(statement: Select[T], query: CaseFilter) -> Select[T]:
    if query.words:
        # "+ 0" keeps SQLite from driving the query by id: it walks the index of the list's
        # order instead and stops after one page, even when most cases match.
        statement = statement.where((col(Case.id) + 0).in_(_matching_ids(query.words)))
    if query.stages:
        statement = statement.where(col(Case.stage).in_(query.stages))
    if query.juvenile is not None:
        statement = statement.where(col(Case.juvenile) == query.juvenile)
    if query.year is not None:
        statement = statement.where(col(Case.year) == query.year)
    if query.source_type:
        statement = statement.where(col(Case.source_type) == query.source_type)
    return statement


def find_cases(*, session: Session, query: CaseFilter) -> list[Case]:
    """One page of cases matching ``query``, in its order."""
    keys = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["number"])
    order = [key.desc() if query.descending else key.asc() for key in keys]
    statement = _filtered(select(Case), query).order_by(*order)
    page = statement.offset(query.offset).limit(query.limit)
    return list(session.execute(page).scalars())


def count_cases(*, session: Session, query: CaseFilter) -> int:
    """How many cases match; words alone are counted in the search index, without the cases."""
    filters = (query.stages, query.year, query.source_type, query.juvenile is not None)
    if query.words and not any(filters):
        subquery = _matching_ids(query.words).subquery()
        return int(session.execute(select(func.count()).select_from(subquery)).scalar_one())
    statement = _filtered(select(func.count()).select_from(Case), query)
    return int(session.execute(statement).scalar_one())


def case_years(*, session: Session) -> list[int]:
    return list(session.exec(select(Case.year).distinct().order_by(col(Case.year).desc())))


def sealed_among(*, session: Session, case_ids: Sequence[int]) -> set[int]:
    """Which of ``case_ids`` are sealed (their seal in force)."""
    if not case_ids:
        return set()
    statement = select(CaseSeal.case_id).where(
        col(CaseSeal.case_id).in_(case_ids), col(CaseSeal.unsealed_at).is_(None)
    )
    return set(session.exec(statement))
