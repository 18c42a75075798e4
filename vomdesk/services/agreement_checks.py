"""What is missing after a session: an agreement to draft, its findings, signatures to record."""

from __future__ import annotations

from vomdesk.domain.agreements import Status
from vomdesk.domain.readiness import Missing
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services.agreements import agreements_of, findings_for
from vomdesk.services.open_store import OpenStore


def before_signing(store: OpenStore, case_id: int) -> list[Missing]:
    """The "What is missing" items of a case whose session was held: start the agreement, then
    what stops the draft from being signed, then who has still to sign."""
    versions = agreements_of(store, case_id)
    if not versions:
        return [
            Missing(
                "agreement",
                QT_TRANSLATE_NOOP(
                    "Agreements",
                    "Start the agreement, or close the case if the session reached none.",
                ),
            )
        ]
    draft = versions[-1]
    if draft.status is not Status.DRAFT or draft.agreement.id is None:
        return []
    findings = findings_for(store, draft.agreement.id)
    if findings:
        return [Missing(f"agreement.{f.field}", f.text, params=f.params) for f in findings]
    return [
        Missing(
            f"agreement.signature.{signer.key}",
            QT_TRANSLATE_NOOP("Agreements", "Record {name}'s signature."),
            params={"name": signer.name},
        )
        for signer in draft.missing_signers
    ]
