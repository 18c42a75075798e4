"""Reading and saving the program's settings kept in the store, with their defaults."""

from __future__ import annotations

from typing import Any

from vomdesk.domain.audit import AuditAction, RecordKind
from vomdesk.domain.settings import BY_KEY, Scope
from vomdesk.services import errors
from vomdesk.services.drafts import drop_draft_in
from vomdesk.services.open_store import OpenStore, reading, unit_of_work
from vomdesk.store import repository

STORE_SETTINGS = {key: s for key, s in BY_KEY.items() if s.scope is Scope.STORE}


def read_settings(store: OpenStore) -> dict[str, Any]:
    """Every store setting: the saved value, or its default."""
    with reading(store) as session:
        saved = repository.get_setting_values(session=session)
    return {key: saved.get(key, s.default) for key, s in STORE_SETTINGS.items()}


def check_settings(values: dict[str, Any]) -> dict[str, str]:
    """Problems per key (English, marked for translation); empty when all can be saved."""
    problems: dict[str, str] = {}
    for key, value in values.items():
        definition = STORE_SETTINGS.get(key)
        if definition is None:
            problems[key] = "unknown setting"
            continue
        problem = definition.problem(value)
        if problem:
            problems[key] = problem
    return problems


def save_settings(
    store: OpenStore, values: dict[str, Any], *, draft_form: str | None = None
) -> list[str]:
    """Save settings together (all or none) and drop the form's draft; returns changed keys."""
    problems = check_settings(values)
    if problems:
        raise errors.InvalidSettings(problems)
    with unit_of_work(store) as work:
        saved = repository.get_setting_values(session=work.session)
        changed = [
            key
            for key, value in values.items()
            if saved.get(key, STORE_SETTINGS[key].default) != value
            and repository.put_setting_value(session=work.session, key=key, value=value)
        ]
        if changed:
            work.audit(AuditAction.UPDATE, RecordKind.SETTING, "program", fields=changed)
        if draft_form:
            drop_draft_in(work, draft_form)
    return changed
