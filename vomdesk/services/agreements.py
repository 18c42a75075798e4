"""Restitution agreements: draft, check, sign per signer, amend as a new version, attach scans."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from vomdesk.domain import agreements as rules
from vomdesk.domain import settings as setting
from vomdesk.domain.agreements import Status, TermFacts, TermKind
from vomdesk.domain.audit import AuditAction
from vomdesk.domain.instalments import Payment
from vomdesk.domain.parties import Role
from vomdesk.domain.people import age_on
from vomdesk.domain.stages import Stage
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.case_derived import setting_in
from vomdesk.services.open_store import OpenStore, Work, reading, unit_of_work
from vomdesk.services.participants import participant_views
from vomdesk.services.preparation import case_in
from vomdesk.store.agreement_models import (
    Agreement,
    AgreementAttachment,
    AgreementTerm,
    SessionRecord,
    Signature,
)
from vomdesk.store.case_models import Case
from vomdesk.store.preparation_models import Loss

AGREEMENT = "agreement"


@dataclass(frozen=True)
class TermInput:
    """One term as the editor hands it over."""

    kind: TermKind
    description: str
    responsible: tuple[int, ...]
    amount_cents: int | None = None
    hours: float | None = None
    item: str = ""
    payee: str = ""
    deadline: date | None = None
    frequency: str = ""
    payments: tuple[Payment, ...] = ()
    joint: bool = False
    shares: tuple[int, ...] = ()

    def facts(self) -> TermFacts:
        return TermFacts(
            self.kind,
            self.description,
            self.responsible,
            self.amount_cents,
            self.hours,
            self.item,
            self.payee,
            self.deadline,
            self.payments,
            self.joint,
            self.shares,
        )


@dataclass(frozen=True)
class AgreementView:
    """One version with its terms, signatures and attachments (their data left out)."""

    agreement: Agreement
    terms: list[TermInput]
    signatures: list[Signature]
    attachments: list[tuple[int, str, int]]  # id, file name, size
    required: list[rules.SignerFacts] = field(default_factory=list)

    @property
    def status(self) -> Status:
        return Status(self.agreement.status)

    @property
    def missing_signers(self) -> list[rules.SignerFacts]:
        signed = {s.signer_key for s in self.signatures}
        return [s for s in self.required if s.key not in signed]


def term_input(row: AgreementTerm) -> TermInput:
    return TermInput(
        TermKind(row.kind),
        row.description,
        tuple(row.responsible),
        row.amount_cents,
        row.hours,
        row.item,
        row.payee,
        row.deadline,
        row.frequency,
        tuple(Payment(date.fromisoformat(p["due"]), int(p["cents"])) for p in row.payments),
        row.joint,
        tuple(row.shares),
    )


def terms_of(session: Session, agreement_id: int) -> list[AgreementTerm]:
    statement = (
        select(AgreementTerm)
        .where(AgreementTerm.agreement_id == agreement_id)
        .order_by(col(AgreementTerm.position))
    )
    return list(session.exec(statement))


def required_signers_in(session: Session, case: Case) -> list[rules.SignerFacts]:
    """Who must sign this case's agreement: victims and offenders taking part, each juvenile
    offender's parent or guardian, and the mediator."""
    assert case.id is not None
    people = [p for p in participant_views(session, case.id) if p.taking_part]
    juvenile_age = int(str(setting_in(session, setting.JUVENILE_AGE)))
    on = case.incident_date or case.received_on
    offenders = [
        (p.id, p.name, p.birth is not None and age_on(p.birth, on) < juvenile_age)
        for p in people
        if p.role is Role.OFFENDER
    ]
    mediator = str(setting_in(session, setting.MEDIATOR_NAME)) or QT_TRANSLATE_NOOP(
        "Agreements", "Mediator"
    )
    return rules.required_signers(
        [(p.id, p.name) for p in people if p.role is Role.VICTIM],
        offenders,
        [(p.id, p.name, p.accompanies_id or 0) for p in people if p.role is Role.PARENT_GUARDIAN],
        mediator,
    )


def _view(session: Session, agreement: Agreement) -> AgreementView:
    assert agreement.id is not None
    case = session.get(Case, agreement.case_id)
    assert case is not None
    signatures = list(session.exec(select(Signature).where(Signature.agreement_id == agreement.id)))
    files = session.exec(
        select(
            AgreementAttachment.id, AgreementAttachment.filename, AgreementAttachment.size
        ).where(AgreementAttachment.agreement_id == agreement.id)
    )
    return AgreementView(
        agreement,
        [term_input(t) for t in terms_of(session, agreement.id)],
        signatures,
        [(int(i or 0), name, size) for i, name, size in files],
        required_signers_in(session, case),
    )


def agreements_of(store: OpenStore, case_id: int) -> list[AgreementView]:
    """Every version of the case's agreement, the first first."""
    with reading(store) as session:
        rows = session.exec(
            select(Agreement).where(Agreement.case_id == case_id).order_by(col(Agreement.version))
        )
        return [_view(session, row) for row in rows]


def agreement_in(work: Work, agreement_id: int) -> tuple[Agreement, Case]:
    agreement = work.session.get(Agreement, agreement_id)
    if agreement is None:
        raise errors.CaseNotFound()
    return agreement, case_in(work, agreement.case_id)


def start_agreement(store: OpenStore, case_id: int, *, governing_language: str = "en") -> int:
    """A first draft for a case whose session reached an agreement."""
    with unit_of_work(store) as work:
        case = case_in(work, case_id)
        if Stage(case.stage) is not Stage.SESSION_HELD:
            raise errors.NeedsCorrection(
                {
                    "stage": QT_TRANSLATE_NOOP(
                        "Agreements", "Record the session first: the agreement comes after it."
                    )
                }
            )
        if work.session.exec(select(Agreement).where(Agreement.case_id == case_id)).first():
            raise errors.NeedsCorrection(
                {
                    "stage": QT_TRANSLATE_NOOP(
                        "Agreements", "This case has an agreement already: amend it instead."
                    )
                }
            )
        held = work.session.exec(
            select(SessionRecord)
            .where(SessionRecord.case_id == case_id)
            .order_by(col(SessionRecord.held_at).desc())
        ).first()
        agreement = Agreement(
            case_id=case_id,
            governing_language=governing_language,
            session_record_id=held.id if held else None,
        )
        work.session.add(agreement)
        work.session.flush()
        work.audit(AuditAction.CREATE, AGREEMENT, case.number, fields=["version"])
        assert agreement.id is not None
        return agreement.id


def save_draft(
    store: OpenStore,
    agreement_id: int,
    terms: Sequence[TermInput],
    *,
    governing_language: str | None = None,
    difference_reason: str | None = None,
    deadline_reason: str | None = None,
) -> None:
    """Replace a draft's terms (and the reasons given, when given); a signed version is never
    changed (amend it instead)."""
    with unit_of_work(store) as work:
        agreement, case = agreement_in(work, agreement_id)
        if agreement.status != Status.DRAFT.value:
            raise errors.NeedsCorrection(
                {
                    "terms": QT_TRANSLATE_NOOP(
                        "Agreements", "A signed agreement is never changed: amend it instead."
                    )
                }
            )
        if work.session.exec(
            select(Signature).where(Signature.agreement_id == agreement_id)
        ).first():
            raise errors.NeedsCorrection({"terms": QT_TRANSLATE_NOOP(
                "Agreements",
                "Someone has signed this version: changing it would change what they signed.",
            )})  # fmt: skip
        people = {p.id for p in participant_views(work.session, case.id or 0)}
        for index, term in enumerate(terms):
            if not set(term.responsible) <= people:
                raise errors.NeedsCorrection(
                    {
                        f"terms.{index}.responsible": QT_TRANSLATE_NOOP(
                            "Agreements", "Someone chosen is no longer in this case."
                        )
                    }
                )
        for old in terms_of(work.session, agreement_id):
            work.session.delete(old)
        for position, term in enumerate(terms):
            work.session.add(
                AgreementTerm(
                    agreement_id=agreement_id,
                    position=position,
                    kind=term.kind.value,
                    description=term.description.strip(),
                    responsible=list(term.responsible),
                    amount_cents=term.amount_cents,
                    hours=term.hours,
                    item=term.item.strip(),
                    payee=term.payee.strip(),
                    deadline=term.deadline,
                    frequency=term.frequency,
                    payments=[{"due": p.due.isoformat(), "cents": p.cents} for p in term.payments],
                    joint=term.joint,
                    shares=list(term.shares),
                )
            )
        if governing_language:
            agreement.governing_language = governing_language
        if difference_reason is not None:
            agreement.difference_reason = difference_reason.strip()
        if deadline_reason is not None:
            agreement.deadline_reason = deadline_reason.strip()
        work.session.add(agreement)
        work.audit(AuditAction.UPDATE, AGREEMENT, case.number, fields=["terms"])


def losses_of(session: Session, case_id: int) -> int:
    rows = session.exec(select(Loss.amount_cents).where(Loss.case_id == case_id))
    return sum(int(cents) for cents in rows)


def findings_for(
    store: OpenStore, agreement_id: int, today: date | None = None
) -> list[rules.Finding]:
    """What stops this draft from being signed."""
    with reading(store) as session:
        agreement = session.get(Agreement, agreement_id)
        if agreement is None:
            raise errors.CaseNotFound()
        case = session.get(Case, agreement.case_id)
        assert case is not None
        return findings_in(session, agreement, case, today or date.today())


def findings_in(
    session: Session, agreement: Agreement, case: Case, today: date
) -> list[rules.Finding]:
    assert agreement.id is not None
    facts = rules.AgreementFacts(
        terms=tuple(term_input(t).facts() for t in terms_of(session, agreement.id)),
        losses_cents=losses_of(session, agreement.case_id),
        difference_reason=agreement.difference_reason,
        source_deadline=case.deadline,
        deadline_reason=agreement.deadline_reason,
    )
    return rules.agreement_findings(facts, today=today)
