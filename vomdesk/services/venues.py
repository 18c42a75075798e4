"""The program's venues: add, change, and retire the ones in use instead of deleting them."""

from __future__ import annotations

from sqlmodel import col, func, select

from vomdesk.domain.audit import AuditAction
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore, reading, unit_of_work
from vomdesk.store.preparation_models import SessionPlan, Venue, VenueBase, VictimChoices

VENUE = "venue"


def venues(store: OpenStore, *, with_retired: bool = False) -> list[Venue]:
    with reading(store) as session:
        statement = select(Venue).order_by(col(Venue.name))
        if not with_retired:
            statement = statement.where(col(Venue.retired).is_(False))
        return list(session.exec(statement))


def _problems(data: VenueBase) -> dict[str, str]:
    if not data.name.strip():
        return {"name": QT_TRANSLATE_NOOP("Venues", "Give the venue a name.")}
    return {}


def save_venue(store: OpenStore, data: VenueBase, venue_id: int | None = None) -> int:
    """Add a venue, or change one; names are unique among the venues in use."""
    with unit_of_work(store) as work:
        problems = _problems(data)
        same = select(Venue).where(
            func.lower(Venue.name) == data.name.strip().lower(), col(Venue.retired).is_(False)
        )
        clash = work.session.exec(same).first()
        if clash is not None and clash.id != venue_id:
            problems["name"] = QT_TRANSLATE_NOOP(
                "Venues", "There is already a venue with this name."
            )
        if problems:
            raise errors.NeedsCorrection(problems)
        venue = Venue(name=data.name) if venue_id is None else work.session.get(Venue, venue_id)
        if venue is None:
            raise errors.CaseNotFound()
        for key, value in data.model_dump().items():
            setattr(venue, key, value.strip() if isinstance(value, str) else value)
        work.session.add(venue)
        work.session.flush()
        work.audit(AuditAction.CREATE if venue_id is None else AuditAction.UPDATE, VENUE, venue.id)
        assert venue.id is not None
        return venue.id


def remove_venue(store: OpenStore, venue_id: int) -> bool:
    """Delete a venue nothing uses; one in use is retired (kept for the cases that name it).
    True when it was deleted, False when retired."""
    with unit_of_work(store) as work:
        venue = work.session.get(Venue, venue_id)
        if venue is None:
            raise errors.CaseNotFound()
        used = (
            work.session.exec(
                select(func.count())
                .select_from(SessionPlan)
                .where(SessionPlan.venue_id == venue_id)
            ).one()
            + work.session.exec(
                select(func.count())
                .select_from(VictimChoices)
                .where(VictimChoices.venue_id == venue_id)
            ).one()
        )
        if used:
            venue.retired = True
            work.session.add(venue)
            work.audit(AuditAction.UPDATE, VENUE, venue_id, fields=["retired"])
            return False
        work.session.delete(venue)
        work.audit(AuditAction.DELETE, VENUE, venue_id)
        return True


def restore_venue(store: OpenStore, venue_id: int) -> None:
    with unit_of_work(store) as work:
        venue = work.session.get(Venue, venue_id)
        if venue is None:
            raise errors.CaseNotFound()
        venue.retired = False
        work.session.add(venue)
        work.audit(AuditAction.UPDATE, VENUE, venue_id, fields=["retired"])
