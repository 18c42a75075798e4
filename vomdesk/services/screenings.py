"""Screening: the program's checklist templates (versioned) and each participant's screenings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from vomdesk.domain import screening as rules
from vomdesk.domain.audit import AuditAction
from vomdesk.domain.parties import Role, Side
from vomdesk.domain.screening import Answer, Item, Outcome, Response, Template
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore, Work, reading, unit_of_work
from vomdesk.services.preparation import case_in, refuse_when_closed
from vomdesk.services.send_back import send_back_in
from vomdesk.store.case_models import Participant
from vomdesk.store.preparation_models import Screening, ScreeningTemplate

TEMPLATE = "screening_template"
SCREENING = "screening"
SCREENED_SIDES = {Role.VICTIM: Side.VICTIM, Role.OFFENDER: Side.OFFENDER}


def _items_to_rows(items: Sequence[Item]) -> list[dict[str, Any]]:
    return [
        {
            "key": i.key,
            "text": i.text,
            "flag_on": sorted(a.value for a in i.flag_on),
            "gate": i.gate,
            "retired": i.retired,
        }
        for i in items
    ]


def template_of(row: ScreeningTemplate) -> Template:
    items = tuple(
        Item(
            d["key"], d["text"], frozenset(Answer(a) for a in d["flag_on"]), d["gate"], d["retired"]
        )
        for d in row.items
    )
    return Template(Side(row.side), row.version, items)


def _latest_row(session: Session, side: Side) -> ScreeningTemplate | None:
    statement = (
        select(ScreeningTemplate)
        .where(ScreeningTemplate.side == side.value)
        .order_by(col(ScreeningTemplate.version).desc())
    )
    return session.exec(statement).first()


def current_template_in(work: Work, side: Side) -> ScreeningTemplate:
    """The side's newest checklist version; the built-in version 1 is written on first use."""
    row = _latest_row(work.session, side)
    if row is None:
        default = rules.default_template(side)
        row = ScreeningTemplate(
            side=side.value, version=1, items=_items_to_rows(default.items), created_by=work.actor
        )
        work.session.add(row)
        work.session.flush()
    return row


def current_template(store: OpenStore, side: Side) -> tuple[int | None, Template]:
    """The checklist a new screening of this side uses: (its id once written, the template)."""
    with reading(store) as session:
        row = _latest_row(session, side)
        if row is None:
            return None, rules.default_template(side)
        return row.id, template_of(row)


def template_versions(store: OpenStore, side: Side) -> list[tuple[int, Template]]:
    """Every version of a side's checklist, oldest first."""
    with reading(store) as session:
        statement = (
            select(ScreeningTemplate)
            .where(ScreeningTemplate.side == side.value)
            .order_by(col(ScreeningTemplate.version))
        )
        return [(row.id or 0, template_of(row)) for row in session.exec(statement)]


def template_by_id(store: OpenStore, template_id: int) -> Template:
    with reading(store) as session:
        row = session.get(ScreeningTemplate, template_id)
        if row is None:
            raise errors.CaseNotFound()
        return template_of(row)


def save_template(store: OpenStore, side: Side, items: Sequence[Item]) -> Template:
    """The program's edit of a checklist, saved as its next version (old versions stay)."""
    with unit_of_work(store) as work:
        current = current_template_in(work, side)
        try:
            new = rules.next_version(template_of(current), items)
        except rules.TemplateProblem as problem:
            raise errors.NeedsCorrection({"items": str(problem)}) from problem
        if new.items == template_of(current).items:
            return template_of(current)
        work.session.add(
            ScreeningTemplate(
                side=side.value,
                version=new.version,
                items=_items_to_rows(new.items),
                created_by=work.actor,
            )
        )
        work.audit(AuditAction.CREATE, TEMPLATE, f"{side.value} v{new.version}")
        return new


def record_screening(
    store: OpenStore,
    participant_id: int,
    *,
    template_id: int | None,
    done_on: date | None,
    answers: Mapping[str, Response],
    outcome: Outcome | None,
    reasons: str = "",
    flags_reason: str = "",
) -> int:
    """Record one screening (a re-screening adds to the history, never replaces it).

    A screening that raises a red flag or is not "ready" sends a case that was ready or
    scheduled back to preparation.
    """
    with unit_of_work(store) as work:
        session = work.session
        participant = session.get(Participant, participant_id)
        if participant is None:
            raise errors.CaseNotFound()
        case = case_in(work, participant.case_id)
        refuse_when_closed(case)
        side = SCREENED_SIDES.get(Role(participant.role))
        if side is None:
            raise errors.NeedsCorrection(
                {
                    "participant": QT_TRANSLATE_NOOP(
                        "Screening", "Only victims and offenders are screened."
                    )
                }
            )
        row = session.get(ScreeningTemplate, template_id) if template_id else None
        if row is None or row.side != side.value:
            row = current_template_in(work, side)
        template = template_of(row)
        problems = rules.screening_problems(template, answers, outcome, reasons, flags_reason)
        if done_on is None:
            problems["done_on"] = QT_TRANSLATE_NOOP("Screening", "Enter the date of the screening.")
        elif done_on > date.today():
            problems["done_on"] = QT_TRANSLATE_NOOP(
                "Screening", "A screening cannot be dated in the future."
            )
        if problems:
            raise errors.NeedsCorrection(problems)
        assert outcome is not None and done_on is not None and row.id is not None
        screening = Screening(
            case_id=participant.case_id,
            participant_id=participant_id,
            template_id=row.id,
            done_on=done_on,
            outcome=outcome.value,
            reasons=reasons.strip(),
            flags_reason=flags_reason.strip(),
            recorded_by=work.actor,
            answers=[
                {"key": k, "answer": r.answer.value, "note": r.note.strip()}
                for k, r in answers.items()
            ],
        )
        session.add(screening)
        session.flush()
        if outcome is not Outcome.READY or rules.red_flags(template, answers):
            send_back_in(
                work,
                case,
                QT_TRANSLATE_NOOP(
                    "Screening", "A new screening needs attention before the session."
                ),
            )
        work.audit(
            AuditAction.CREATE,
            SCREENING,
            case.number,
            fields=["outcome", "answers"] + (["flags_reason"] if flags_reason else []),
        )
        assert screening.id is not None
        return screening.id


def responses_of(screening: Screening) -> dict[str, Response]:
    return {a["key"]: Response(Answer(a["answer"]), a.get("note", "")) for a in screening.answers}
