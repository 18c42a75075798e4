"""Demo sessions and agreements: sessions held, agreements signed per signer, amendments."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from vomdesk.domain.agreements import SessionOutcome, Status, TermKind
from vomdesk.domain.instalments import Frequency, plan, split_shares
from vomdesk.domain.parties import Role
from vomdesk.services.agreement_signing import amend, sign
from vomdesk.services.agreements import TermInput, agreements_of, save_draft, start_agreement
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import read_preparation
from vomdesk.services.session_records import record_session

SERVICE_SITES = ("the county food bank", "the animal shelter", "the public library")


def hold_demo_session(
    store: OpenStore, case_id: int, at: datetime, outcome: SessionOutcome, rng: random.Random
) -> None:
    """The session as it took place: everyone taking part came, the victim spoke first."""
    prep = read_preparation(store, case_id)
    taking = [p for p in prep.participants if p.taking_part]
    victims = [p.id for p in taking if p.role is Role.VICTIM]
    offenders = [p.id for p in taking if p.role is Role.OFFENDER]
    attendees = [p.id for p in taking if p.role is not Role.PROBATION_OFFICER]
    notes = {
        SessionOutcome.AGREEMENT: "Both spoke at length; the apology was accepted.",
        SessionOutcome.NO_AGREEMENT: "No agreement on the amount; both were heard.",
    }.get(outcome, "")
    record_session(
        store,
        case_id,
        held_at=at,
        minutes=rng.choice((75, 90, 105)),
        attendees=attendees,
        speaking_order=victims + offenders,
        outcome=outcome,
        notes=notes,
    )


def _terms(
    store: OpenStore, case_id: int, on: date, rng: random.Random, smaller: bool
) -> list[TermInput]:
    prep = read_preparation(store, case_id)
    offenders = tuple(p.id for p in prep.participants if p.role is Role.OFFENDER and p.taking_part)
    victim = next((p for p in prep.participants if p.role is Role.VICTIM), None)
    total = sum(loss.amount_cents for loss in prep.losses) or 25_000
    count = rng.randint(3, 6) * (2 if smaller else 1)
    first = on + timedelta(days=14 if not smaller else 30)
    payments = tuple(plan(total, first, Frequency.MONTHLY, count=count))
    joint = len(offenders) > 1 and rng.random() < 0.5
    shares = (
        () if joint or len(offenders) == 1 else tuple(split_shares(total, [1] * len(offenders)))
    )
    terms = [
        TermInput(
            TermKind.FINANCIAL,
            "Restitution for the losses the victim listed",
            offenders,
            amount_cents=total,
            payee=victim.name if victim else "",
            frequency="monthly",
            payments=payments,
            joint=joint,
            shares=shares,
        ),
        TermInput(
            TermKind.APOLOGY,
            "A letter of apology, in the offender's own words",
            offenders,
            item="A handwritten letter, given through the program",
            deadline=on + timedelta(days=21),
        ),
    ]
    if rng.random() < 0.5:
        terms.append(
            TermInput(
                TermKind.COMMUNITY_SERVICE,
                f"Community service at {rng.choice(SERVICE_SITES)}",
                offenders,
                hours=float(rng.choice((10, 20, 30))),
                deadline=on + timedelta(days=120),
            )
        )
    return terms


def sign_demo_agreement(
    store: OpenStore, case_id: int, on: date, rng: random.Random, amendment: str = ""
) -> None:
    """A first agreement (or, with ``amendment``, a new version of the one in force) drafted and
    signed by every signer on ``on`` (the victim a day later in some cases)."""
    versions = agreements_of(store, case_id)
    in_force = next((v for v in reversed(versions) if v.status is Status.SIGNED), None)
    if amendment and in_force is not None:
        assert in_force.agreement.id is not None
        agreement_id = amend(store, in_force.agreement.id, amendment)
    else:
        prep = read_preparation(store, case_id)
        victim = next((p for p in prep.participants if p.role is Role.VICTIM), None)
        language = victim.preferred_language if victim else "en"
        agreement_id = start_agreement(store, case_id, governing_language=language)
    save_draft(
        store,
        agreement_id,
        _terms(store, case_id, on, rng, bool(amendment)),
        difference_reason="",
        deadline_reason="Agreed with the referral source",
    )
    [view] = [v for v in agreements_of(store, case_id) if v.agreement.id == agreement_id]
    later = on + timedelta(days=1) if rng.random() < 0.3 and on < date.today() else on
    for signer in view.required:
        sign(store, agreement_id, signer.key, later if signer.role == "victim" else on)
