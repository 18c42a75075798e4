"""What a case derives from its participants: juvenile or adult, short names, search text."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session

from vomdesk.domain import settings as setting
from vomdesk.domain.parties import Role
from vomdesk.domain.people import fold, is_juvenile
from vomdesk.store import case_repository as repo
from vomdesk.store import repository
from vomdesk.store.case_models import Case
from vomdesk.store.retention_models import CaseSeal
from vomdesk.store.types import utc_now


def setting_in(session: Session, definition: setting.Setting) -> object:
    """A store setting's value inside an open unit of work."""
    return repository.get_setting_values(session=session).get(definition.key, definition.default)


def short_name(name: str, is_organisation: bool) -> str:
    """A name as the list shows it: "José Muñoz García" -> "Muñoz García J."."""
    words = name.split()
    if is_organisation or len(words) < 2:
        return name.strip()
    return f"{' '.join(words[1:])} {words[0][0]}."


def search_text(parts: Iterable[str]) -> str:
    """What the search index holds for a case: each part folded, " | " between them so a
    search never matches across two names."""
    return " | ".join(fold(part) for part in parts if part)


def refresh_derived(session: Session, case: Case) -> None:
    """Recompute juvenile, the short names shown in the list, and the case's search text."""
    assert case.id is not None
    rows = repo.participants_of(session=session, case_id=case.id)
    threshold = int(str(setting_in(session, setting.JUVENILE_AGE)))
    offenders = [r for r in rows if r.participant.role == Role.OFFENDER.value]
    victims = [r for r in rows if r.participant.role == Role.VICTIM.value]
    case.juvenile = is_juvenile(
        (r.person.birth for r in offenders if not r.person.is_organisation),
        case.incident_date or case.received_on,
        threshold,
    )
    names = [
        ", ".join(short_name(r.person.name, r.person.is_organisation) for r in group)
        for group in (victims, offenders)
    ]
    case.parties_short = " / ".join(name for name in names if name)[:300]
    case.updated_at = utc_now()
    session.add(case)
    words = [case.number, case.source_agency, case.source_person, case.court_number]
    words += [case.prosecutor_number] + [r.person.name for r in rows]
    seal = session.get(CaseSeal, case.id)
    if seal is not None and seal.in_force:
        words = [case.number]  # a sealed case is found by its number only
    repo.put_search_text(session=session, case_id=case.id, body=search_text(words))
