"""What the Session and Agreement pages read with the rest of the case (off the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass, field

from vomdesk.domain.agreements import Finding, Status
from vomdesk.services.agreements import AgreementView, agreements_of, findings_for
from vomdesk.services.open_store import OpenStore
from vomdesk.services.session_records import sessions_held
from vomdesk.store.agreement_models import SessionRecord


@dataclass(frozen=True)
class AgreementData:
    """The sessions held, every agreement version, and the checks on each draft."""

    held: list[SessionRecord] = field(default_factory=list)
    views: list[AgreementView] = field(default_factory=list)
    findings: dict[int, list[Finding]] = field(default_factory=dict)


def read_agreement_data(store: OpenStore, case_id: int) -> AgreementData:
    views = agreements_of(store, case_id)
    findings = {
        view.agreement.id: findings_for(store, view.agreement.id)
        for view in views
        if view.status is Status.DRAFT and view.agreement.id is not None
    }
    return AgreementData(sessions_held(store, case_id), views, findings)
