"""Sessions held and agreements on a real encrypted store: drafts, checks, signatures, versions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from vomdesk.domain.agreements import SessionOutcome, Status, TermKind
from vomdesk.domain.instalments import Frequency, plan
from vomdesk.domain.stages import Stage
from vomdesk.services import errors
from vomdesk.services.agreement_scans import attach_scan, attachment_data
from vomdesk.services.agreement_signing import amend, sign
from vomdesk.services.agreements import (
    TermInput,
    agreements_of,
    findings_for,
    save_draft,
    start_agreement,
)
from vomdesk.services.preparation import read_preparation
from vomdesk.services.session_records import record_session
from vomdesk.services.sessions import schedule_session

TODAY = date.today()


def money(case, cents: int = 48_000, **changes) -> TermInput:
    payments = tuple(plan(cents, TODAY + timedelta(days=14), Frequency.MONTHLY, count=4))
    values = dict(
        kind=TermKind.FINANCIAL,
        description="Pay for the broken window",
        responsible=(case.offender,),
        amount_cents=cents,
        payee="Laura Gómez Prieto",
        frequency="monthly",
        payments=payments,
    )
    values.update(changes)
    return TermInput(**values)


def test_a_session_held_then_an_agreement_signed_by_each_signer(
    store, case_in_preparation, hold_session
):
    case = case_in_preparation
    hold_session(store, case)
    assert read_preparation(store, case.case_id).stage is Stage.SESSION_HELD
    agreement = start_agreement(store, case.case_id, governing_language="es")
    apology = TermInput(
        TermKind.APOLOGY,
        "Letter of apology",
        (case.offender,),
        item="A handwritten letter",
        deadline=TODAY + timedelta(days=10),
    )
    save_draft(store, agreement, [money(case, 40_000), apology])
    assert [f.field for f in findings_for(store, agreement)] == ["difference_reason"]
    save_draft(
        store,
        agreement,
        [money(case, 40_000), apology],
        difference_reason="Insurance paid part of the window",
    )
    assert findings_for(store, agreement) == []
    [view] = agreements_of(store, case.case_id)
    assert [s.role for s in view.required] == ["victim", "offender", "parent_guardian", "mediator"]
    keys = [s.key for s in view.required]
    assert sign(store, agreement, keys[0], TODAY) is False
    with pytest.raises(errors.NeedsCorrection):
        sign(store, agreement, keys[1], TODAY + timedelta(days=1))
    with pytest.raises(errors.NeedsCorrection):
        save_draft(store, agreement, [apology])  # still a draft? yes, but signing started
    for key in keys[1:-1]:
        assert sign(store, agreement, key, TODAY) is False
    assert sign(store, agreement, keys[-1], TODAY) is True
    [view] = agreements_of(store, case.case_id)
    assert view.status is Status.SIGNED and view.agreement.signed_on == TODAY
    assert read_preparation(store, case.case_id).stage is Stage.AGREEMENT_SIGNED
    with pytest.raises(errors.NeedsCorrection):
        save_draft(store, agreement, [apology])

    second = amend(store, agreement, "Smaller instalments after losing a job")
    save_draft(
        store,
        second,
        [
            money(
                case,
                40_000,
                payments=tuple(
                    plan(
                        40_000,
                        TODAY + timedelta(days=30),
                        Frequency.FORTNIGHTLY,
                        amount_cents=5_000,
                    )
                ),
            )
        ],
    )
    first, draft = agreements_of(store, case.case_id)
    assert (first.status, draft.status) == (Status.SIGNED, Status.DRAFT)
    assert draft.agreement.amendment_reason.startswith("Smaller")
    for key in keys:
        sign(store, second, key, TODAY)
    first, amended = agreements_of(store, case.case_id)
    assert (first.status, amended.status) == (Status.SUPERSEDED, Status.SIGNED)
    assert len(first.terms) == 2 and len(amended.terms[0].payments) == 8, "history readable"


def test_checks_on_terms_and_shares(store, case_in_preparation, hold_session):
    case = case_in_preparation
    hold_session(store, case)
    agreement = start_agreement(store, case.case_id)
    shared = money(case, responsible=(case.offender, case.guardian), joint=False, shares=(100, 200))
    vague = TermInput(TermKind.COMMUNITY_SERVICE, "Help at the food bank", (case.offender,))
    save_draft(store, agreement, [shared, vague], difference_reason="x")
    fields = {f.field for f in findings_for(store, agreement)}
    assert {"terms.0.shares", "terms.1.hours", "terms.1.deadline"} <= fields
    with pytest.raises(errors.NeedsCorrection) as refused:
        sign(store, agreement, "mediator", TODAY)
    assert refused.value.params["terms.1.hours"] == {"number": "2"}


def test_a_scan_is_kept_encrypted_and_read_back(
    store, case_in_preparation, data_folder, hold_session
):
    case = case_in_preparation
    hold_session(store, case)
    agreement = start_agreement(store, case.case_id)
    scan = b"%PDF-1.4 signed paper " + b"SCANCANARY" * 100
    attachment = attach_scan(store, agreement, "signed.pdf", scan)
    assert attachment_data(store, attachment) == ("signed.pdf", "application/pdf", scan)
    with pytest.raises(errors.NeedsCorrection):
        attach_scan(store, agreement, "notes.docx", b"x")
    for path in data_folder.rglob("*"):
        if path.is_file():
            assert b"SCANCANARY" not in path.read_bytes()


def test_postponed_and_future_sessions(store, case_in_preparation, prepare):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    plan_id = schedule_session(
        store,
        case.case_id,
        starts=datetime.now(UTC) + timedelta(days=1),
        minutes=60,
        other_place="Office",
        attendees=[case.victim, case.offender],
    )
    with pytest.raises(errors.NeedsCorrection) as ahead:
        record_session(
            store,
            case.case_id,
            held_at=datetime.now(UTC) + timedelta(hours=1),
            minutes=60,
            attendees=[case.victim],
            speaking_order=[],
            outcome=SessionOutcome.AGREEMENT,
        )
    assert "held_at" in ahead.value.problems
    record_session(
        store,
        case.case_id,
        held_at=datetime.now(UTC) - timedelta(minutes=5),
        minutes=5,
        attendees=[case.victim],
        speaking_order=[],
        outcome=SessionOutcome.POSTPONED,
        session_plan_id=plan_id,
    )
    prep = read_preparation(store, case.case_id)
    assert prep.stage is Stage.READY and prep.upcoming == []
