"""Signing an agreement signer by signer, and amending a signed one as a new version."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from vomdesk.domain import agreements as rules
from vomdesk.domain.agreements import Status
from vomdesk.domain.audit import AuditAction
from vomdesk.domain.stages import Stage
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.agreements import (
    AGREEMENT,
    agreement_in,
    findings_in,
    required_signers_in,
    terms_of,
)
from vomdesk.services.open_store import OpenStore, Work, unit_of_work
from vomdesk.services.stage_steps import step_case_in
from vomdesk.store.agreement_models import Agreement, AgreementTerm, SessionRecord, Signature
from vomdesk.store.case_models import Case


def sign(store: OpenStore, agreement_id: int, signer_key: str, signed_on: date | None) -> bool:
    """Record one signer's signature with its own date. The first signature needs a draft with
    nothing to correct; the last makes the version signed (and an earlier one superseded).
    True when the agreement is now fully signed."""
    with unit_of_work(store) as work:
        agreement, case = agreement_in(work, agreement_id)
        if agreement.status == Status.SUPERSEDED.value:
            raise errors.NeedsCorrection(
                {
                    "signature": QT_TRANSLATE_NOOP(
                        "Agreements", "This version was replaced by an amendment."
                    )
                }
            )
        required = {s.key: s for s in required_signers_in(work.session, case)}
        signer = required.get(signer_key)
        if signer is None:
            raise errors.NeedsCorrection(
                {
                    "signature": QT_TRANSLATE_NOOP(
                        "Agreements", "This person does not sign this agreement."
                    )
                }
            )
        held = work.session.get(SessionRecord, agreement.session_record_id or 0)
        problem = rules.signing_problem(
            signed_on, held.held_at.astimezone().date() if held else None, date.today()
        )
        if problem:
            raise errors.NeedsCorrection({"signed_on": problem})
        findings = findings_in(work.session, agreement, case, signed_on or date.today())
        if findings:
            raise errors.NeedsCorrection(
                {f.field: f.text for f in findings}, {f.field: f.params for f in findings}
            )
        done = {
            s.signer_key
            for s in work.session.exec(
                select(Signature).where(Signature.agreement_id == agreement_id)
            )
        }
        if signer_key in done:
            raise errors.NeedsCorrection(
                {
                    "signature": QT_TRANSLATE_NOOP(
                        "Agreements", "This signature is already recorded."
                    )
                }
            )
        assert signed_on is not None
        work.session.add(
            Signature(
                agreement_id=agreement_id,
                signer_key=signer_key,
                name=signer.name,
                role=signer.role,
                signed_on=signed_on,
                recorded_by=work.actor,
            )
        )
        complete = set(required) <= done | {signer_key}
        if complete:
            _complete(work, agreement, case, signed_on)
        work.audit(AuditAction.UPDATE, AGREEMENT, case.number, fields=["signature"])
        return complete


def _complete(work: Work, agreement: Agreement, case: Case, on: date) -> None:
    agreement.status, agreement.signed_on = Status.SIGNED.value, on
    work.session.add(agreement)
    for earlier in work.session.exec(
        select(Agreement).where(
            Agreement.case_id == agreement.case_id,
            Agreement.id != agreement.id,
            Agreement.status == Status.SIGNED.value,
        )
    ):
        earlier.status = Status.SUPERSEDED.value
        work.session.add(earlier)
    if Stage(case.stage) in (Stage.SESSION_HELD, Stage.MONITORING):
        step_case_in(work, case, [Stage.AGREEMENT_SIGNED], agreement.amendment_reason)


def amend(store: OpenStore, agreement_id: int, reason: str) -> int:
    """A new draft version of a signed agreement, its terms copied, with the reason; the signed
    version stays in force and readable until the amendment is signed."""
    with unit_of_work(store) as work:
        agreement, case = agreement_in(work, agreement_id)
        if agreement.status != Status.SIGNED.value:
            raise errors.NeedsCorrection(
                {
                    "reason": QT_TRANSLATE_NOOP(
                        "Agreements", "Only the signed agreement in force can be amended."
                    )
                }
            )
        if len(reason.strip()) < 10:
            raise errors.NeedsCorrection(
                {
                    "reason": QT_TRANSLATE_NOOP(
                        "Agreements", "Write the reason for the amendment, in a sentence."
                    )
                }
            )
        pending = work.session.exec(
            select(Agreement).where(
                Agreement.case_id == agreement.case_id, Agreement.status == Status.DRAFT.value
            )
        ).first()
        if pending is not None:
            raise errors.NeedsCorrection(
                {
                    "reason": QT_TRANSLATE_NOOP(
                        "Agreements", "An amendment is already being drafted."
                    )
                }
            )
        newest = max(
            a.version
            for a in work.session.exec(
                select(Agreement).where(Agreement.case_id == agreement.case_id)
            )
        )
        draft = Agreement(
            case_id=agreement.case_id,
            version=newest + 1,
            session_record_id=agreement.session_record_id,
            governing_language=agreement.governing_language,
            amendment_reason=reason.strip(),
            difference_reason=agreement.difference_reason,
            deadline_reason=agreement.deadline_reason,
        )
        work.session.add(draft)
        work.session.flush()
        assert agreement.id is not None and draft.id is not None
        for term in terms_of(work.session, agreement.id):
            work.session.add(
                AgreementTerm.model_validate(
                    term.model_dump(exclude={"id", "agreement_id"}),
                    update={"agreement_id": draft.id},
                )
            )
        work.audit(
            AuditAction.CREATE, AGREEMENT, case.number, fields=["version", "amendment_reason"]
        )
        return draft.id
