"""The case list: one page of rows for a search and filters, and the choices the filters offer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vomdesk.domain.people import fold
from vomdesk.domain.stages import Stage
from vomdesk.services.open_store import OpenStore, reading
from vomdesk.store import case_repository as repo
from vomdesk.store.case_models import Case
from vomdesk.store.case_repository import CaseFilter


@dataclass(frozen=True)
class CaseRow:
    """What the list shows of one case."""

    id: int
    number: str
    parties: str
    stage: Stage
    juvenile: bool | None
    received_on: date
    source_type: str
    source_agency: str
    deadline: date | None
    deadline_kind: str
    court_number: str
    sealed: bool = False  # shown by number only, without names or details


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseRow]
    total: int
    offset: int


def search_filter(text: str = "", **filters: object) -> CaseFilter:
    """A CaseFilter for what the mediator typed (folded: accents and capitals do not matter)."""
    return CaseFilter(words=fold(text), **filters)  # type: ignore[arg-type]


def list_cases(store: OpenStore, query: CaseFilter, *, with_total: bool = True) -> CasePage:
    """One page of the list; the total is counted only when asked for (the first page)."""
    with reading(store) as session:
        cases = repo.find_cases(session=session, query=query)
        total = repo.count_cases(session=session, query=query) if with_total else -1
        sealed = repo.sealed_among(session=session, case_ids=[case.id or 0 for case in cases])
    rows = [_row(case) if case.id not in sealed else _sealed_row(case) for case in cases]
    return CasePage(rows=rows, total=total, offset=query.offset)


def _row(case: Case) -> CaseRow:
    return CaseRow(
        id=case.id or 0,
        number=case.number,
        parties=case.parties_short,
        stage=Stage(case.stage),
        juvenile=case.juvenile,
        received_on=case.received_on,
        source_type=case.source_type,
        source_agency=case.source_agency,
        deadline=case.deadline,
        deadline_kind=case.deadline_kind,
        court_number=case.court_number,
    )


def _sealed_row(case: Case) -> CaseRow:
    """A sealed case: its number, stage and the day received; nothing that names anyone."""
    return CaseRow(
        id=case.id or 0,
        number=case.number,
        parties="",
        stage=Stage(case.stage),
        juvenile=None,
        received_on=case.received_on,
        source_type="",
        source_agency="",
        deadline=None,
        deadline_kind="",
        court_number="",
        sealed=True,
    )


def filter_years(store: OpenStore) -> list[int]:
    with reading(store) as session:
        return repo.case_years(session=session)
