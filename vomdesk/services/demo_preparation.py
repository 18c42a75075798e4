"""Demo preparation: screenings, consents, meetings, choices and sessions for the demo cases."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum

from vomdesk.domain.agreements import SessionOutcome
from vomdesk.domain.choices import LossKind, MeetingForm
from vomdesk.domain.consent import INFORMED_OF, GivenHow, Shareable
from vomdesk.domain.meetings import ContactMode
from vomdesk.domain.parties import Role, Side
from vomdesk.domain.screening import Answer, Outcome, Response, Template
from vomdesk.domain.stages import ClosingReason, Stage
from vomdesk.services.case_stages import close_case, move_case
from vomdesk.services.choices import LossLine, save_offender_availability, save_victim_choices
from vomdesk.services.consents import record_consent, record_sharing, withdraw_consent
from vomdesk.services.demo_agreements import hold_demo_session, sign_demo_agreement
from vomdesk.services.demo_monitoring import SETTLED, settle_and_close
from vomdesk.services.meetings import save_contact
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import read_preparation
from vomdesk.services.safety import declare_conflict, save_safety_plan
from vomdesk.services.screenings import current_template, record_screening
from vomdesk.services.sessions import schedule_session
from vomdesk.services.venues import save_venue
from vomdesk.store.preparation_models import (
    SafetyPlanBase,
    VenueBase,
    VictimChoicesBase,
)

VENUES = (
    VenueBase(name="Program office", address="210 Main Street, Suite 4", accessible=True,
              notes="Small meeting room; the waiting room is shared."),
    VenueBase(name="Public library meeting room", address="18 Cedar Avenue", accessible=True,
              private_waiting_rooms=True, notes="Book two weeks ahead with the front desk."),
    VenueBase(name="Grange hall", address="3 County Road 12", private_waiting_rooms=True,
              notes="Steps at the entrance; no lift."),
)  # fmt: skip

LOSSES = (
    (LossKind.PROPERTY, "Broken shop window", 48_000),
    (LossKind.PROPERTY, "Spray paint removed from the fence", 22_550),
    (LossKind.INSURANCE_DEDUCTIBLE, "Insurance deductible", 50_000),
    (LossKind.MEDICAL, "Clinic visit and X-ray", 31_275),
    (LossKind.LOST_WAGES, "Two days off work", 36_800),
)


class Progress(Enum):
    """How far a demo case's preparation has gone."""

    NOTHING = "nothing"
    STARTED = "started"  # the offender met and screened: needs more preparation
    HALFWAY = "halfway"  # both sides screened and consenting; the victim not met yet
    WITHDRAWN = "withdrawn"  # everything done, then a withdrawal blocks it
    COMPLETE = "complete"


def add_demo_venues(store: OpenStore) -> list[int]:
    return [save_venue(store, venue) for venue in VENUES]


def _answers(template: Template, flag: str | None = None) -> dict[str, Response]:
    calm = {}
    for item in template.asked:
        answer = next(a for a in (Answer.YES, Answer.NO) if a not in item.flag_on)
        calm[item.key] = Response(answer)
    flagged = template.item(flag) if flag else None
    if flagged is not None and flagged.flag_on:
        item = flagged
        raised = next(iter(sorted(item.flag_on, key=lambda a: a.value)))
        calm[item.key] = Response(raised, "Came up twice in the meeting; talk it through again.")
    return calm


def prepare_demo_case(
    store: OpenStore, case_id: int, progress: Progress, on: date, rng: random.Random
) -> None:
    """Write the preparation records of a demo case, dated ``on`` (never after today)."""
    if progress is Progress.NOTHING:
        return
    prep = read_preparation(store, case_id)
    taking = [p for p in prep.participants if p.role in (Role.VICTIM, Role.OFFENDER)]
    offenders = [p for p in taking if p.role is Role.OFFENDER]
    victims = [p for p in taking if p.role is Role.VICTIM]
    guardians = [p for p in prep.participants if p.role is Role.PARENT_GUARDIAN]
    templates = {side: current_template(store, side)[1] for side in (Side.VICTIM, Side.OFFENDER)}
    first = offenders[0]
    save_contact(store, case_id, on=on, done=True, mode=ContactMode.IN_PERSON, minutes=60,
                 with_whom=[first.id] + [g.id for g in guardians if g.accompanies_id == first.id],
                 notes="First meeting at the program office; explained the process.")  # fmt: skip
    if progress is Progress.STARTED:
        record_screening(store, first.id, template_id=None, done_on=on,
                         answers=_answers(templates[Side.OFFENDER], "acknowledges_harm"),
                         outcome=Outcome.NEEDS_MORE,
                         reasons="Minimises the harm; a second meeting first.")  # fmt: skip
        return
    for person in offenders + victims:
        side = Side.OFFENDER if person.role is Role.OFFENDER else Side.VICTIM
        record_screening(store, person.id, template_id=None, done_on=on,
                         answers=_answers(templates[side]), outcome=Outcome.READY)  # fmt: skip
    for person in offenders[1:]:
        save_contact(store, case_id, on=on, done=True, mode=ContactMode.IN_PERSON, minutes=45,
                     with_whom=[person.id])  # fmt: skip
    for person in offenders + victims + guardians:
        record_consent(store, person.id, given_on=on, how=GivenHow.WRITTEN, informed=INFORMED_OF)
    for person in offenders + victims:
        record_sharing(store, person.id, allowed={Shareable.STATUS, Shareable.COMPLETION},
                       given_on=on, until=None)  # fmt: skip
    if progress is Progress.HALFWAY:
        return
    for victim in victims:
        save_contact(store, case_id, on=on, done=True, mode=ContactMode.IN_PERSON, minutes=75,
                     with_whom=[victim.id], notes="Met at home; wants to be heard.")  # fmt: skip
        indirect = prep.case.no_contact_order and not prep.case.no_contact_allows_contact
        form = MeetingForm.SHUTTLE if indirect else MeetingForm.DIRECT
        venue = rng.choice(prep.venues) if prep.venues else None
        losses = rng.sample(LOSSES, rng.randint(1, 2))
        save_victim_choices(
            store, victim.id,
            VictimChoicesBase(
                form=form.value, days=sorted(rng.sample(range(5), 2)), day_parts=["afternoon"],
                venue_id=venue.id if venue else None, attendees=[victim.id],
                speaks_first=rng.choice(("victim", "no_preference")), seating="across",
                topics="Why our shop? Whether he knew it was ours.",
                questions="Would you do it again?", break_signal="Raises a hand",
            ),
            takes_part=True,
            losses=[LossLine(kind, text, cents) for kind, text, cents in losses],
        )  # fmt: skip
    for offender in offenders:
        save_offender_availability(
            store, offender.id, takes_part=True, days=[1, 3], day_parts=["afternoon"],
            support_person="A youth worker",
        )  # fmt: skip
    if prep.extra_care:
        save_safety_plan(store, case_id, SafetyPlanBase(
            victim_arrival="15 minutes before, by the side door",
            offender_arrival="On the hour, front door", departure="Victim leaves first",
            victim_waiting_area="Staff room", offender_waiting_area="Front lobby",
            support_present="Victim advocate", ends_meeting="Either party asks, or raised voices",
        ))  # fmt: skip
    declare_conflict(store, case_id, mediator="Ana Ruiz", has_conflict=False)
    if progress is Progress.WITHDRAWN:
        who = guardians[0] if guardians else victims[0]
        consent = read_preparation(store, case_id).latest_consent(who.id)
        assert consent is not None and consent.id is not None
        withdraw_consent(store, consent.id, withdrawn_on=on,
                         reason="The family wants to talk to their lawyer first.")  # fmt: skip


def schedule_demo_session(store: OpenStore, case_id: int, today: date, rng: random.Random) -> None:
    """A session some days ahead for a case waiting for it (a separate meeting if indirect)."""
    prep = read_preparation(store, case_id)
    day = today + timedelta(days=rng.randint(3, 20))
    while day.weekday() >= 5:  # the program meets on weekdays
        day += timedelta(days=1)
    starts = datetime.combine(day, time(rng.choice((16, 17, 18, 19)), 0), tzinfo=UTC)
    victims = [p.id for p in prep.participants if p.role is Role.VICTIM and p.taking_part]
    offenders = [p.id for p in prep.participants if p.role is Role.OFFENDER and p.taking_part]
    wished = [c.venue_id for c in prep.choices.values() if c.venue_id]
    venue = next((v for v in prep.venues if v.id in wished), next(iter(prep.venues), None))
    direct = all(c.form == MeetingForm.DIRECT.value for c in prep.choices.values())
    groups = [victims + offenders] if direct else [offenders, victims]
    for index, attendees in enumerate(groups):
        schedule_session(store, case_id, starts=starts + timedelta(days=index), minutes=90,
                         attendees=attendees, venue_id=venue.id if venue else None,
                         allow_clash=True)  # fmt: skip


def walk_demo_case(
    store: OpenStore,
    case_id: int,
    steps: Sequence[tuple[Stage | ClosingReason, str]],
    times: Sequence[datetime],
    waiting: Progress,
    rng: random.Random,
) -> None:
    """Take a demo case through its steps (``times``: the referral's, then each step's), writing
    preparation and sessions as a mediator would; ``waiting`` is how far a case still in
    preparation has got."""
    dates = [at.date() for at in times]
    today = date.today()
    prepared = False
    for number, (step, why) in enumerate(steps):
        at = dates[number + 1]
        if step is Stage.READY and not prepared:
            began = dates[number]  # the move to preparation
            prepare_demo_case(store, case_id, Progress.COMPLETE, began + (at - began) / 2, rng)
            prepared = True
        if step is ClosingReason.NOT_SUITABLE or step is ClosingReason.VICTIM_DECLINED:
            _decline(store, case_id, step, dates[number])
        following = steps[number + 1][0] if number + 1 < len(steps) else None
        if step is Stage.SESSION_HELD:
            outcome = (SessionOutcome.NO_AGREEMENT if following is ClosingReason.NO_AGREEMENT
                       else SessionOutcome.AGREEMENT)  # fmt: skip
            hold_demo_session(store, case_id, times[number + 1], outcome, rng)
        elif step is Stage.AGREEMENT_SIGNED:
            amended = number > 0 and steps[number - 1][0] is Stage.MONITORING
            sign_demo_agreement(store, case_id, at, rng, why if amended else "")
        elif step in SETTLED:  # payments, hours and terms first, then the summary
            assert isinstance(step, ClosingReason)
            settle_and_close(store, case_id, step, why, at, random.Random(case_id))
        elif isinstance(step, ClosingReason):
            close_case(store, case_id, step, why)
        else:
            move_case(store, case_id, step, why)
    final = steps[-1][0] if steps else Stage.REFERRAL
    if final is Stage.PREPARATION:
        prepare_demo_case(store, case_id, waiting, min(dates[-1] + timedelta(days=2), today), rng)
    elif final is Stage.SCHEDULED:
        schedule_demo_session(store, case_id, today, rng)


def _decline(store: OpenStore, case_id: int, reason: ClosingReason, on: date) -> None:
    """What leads to closing in preparation: a not-suitable screening, or the victim's no."""
    prep = read_preparation(store, case_id)
    if reason is ClosingReason.VICTIM_DECLINED:
        victim = next(p for p in prep.participants if p.role is Role.VICTIM)
        save_victim_choices(store, victim.id, VictimChoicesBase(), takes_part=False)
        return
    offender = next(p for p in prep.participants if p.role is Role.OFFENDER)
    answers = _answers(current_template(store, Side.OFFENDER)[1])
    answers["risk_of_harm"] = Response(Answer.YES, "Controls the victim's money and phone.")
    record_screening(
        store, offender.id, template_id=None, done_on=on, answers=answers,
        outcome=Outcome.NOT_SUITABLE, reasons="A history of control in the relationship; not safe.",
    )  # fmt: skip
