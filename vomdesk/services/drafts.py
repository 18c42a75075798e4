"""Drafts: what is typed in a form, kept encrypted in the store until the form is saved."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from vomdesk.domain.audit import AuditAction, RecordKind
from vomdesk.services.open_store import OpenStore, Work, reading, unit_of_work
from vomdesk.store import repository


def keep_draft(store: OpenStore, form: str, values: dict[str, Any]) -> None:
    """Save the form's current values as its draft (audited when the draft is first made)."""
    with unit_of_work(store) as work:
        _, created = repository.put_draft(session=work.session, form=form, payload=values)
        if created:
            work.audit(AuditAction.CREATE, RecordKind.DRAFT, form, fields=sorted(values))


def draft_of(store: OpenStore, form: str) -> tuple[dict[str, Any], datetime] | None:
    """The form's draft values and when they were kept, or None."""
    with reading(store) as session:
        draft = repository.get_draft(session=session, form=form)
        if draft is None:
            return None
        return json.loads(draft.payload), draft.saved_at


def drop_draft_in(work: Work, form: str) -> None:
    """Remove a form's draft inside the unit of work that saves the form: both or neither."""
    if repository.delete_draft(session=work.session, form=form):
        work.audit(AuditAction.DELETE, RecordKind.DRAFT, form)


def discard_draft(store: OpenStore, form: str) -> None:
    """Throw the draft away (the mediator chose not to restore it)."""
    with unit_of_work(store) as work:
        drop_draft_in(work, form)


def forms_with_drafts(store: OpenStore) -> list[str]:
    with reading(store) as session:
        return [draft.form for draft in repository.list_drafts(session=session)]
