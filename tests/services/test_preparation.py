"""Preparation on a real encrypted store: screening, consent, meetings, choices, gates, sessions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from vomdesk.domain.consent import INFORMED_OF, GivenHow, Shareable
from vomdesk.domain.gates import Gate, blocking
from vomdesk.domain.meetings import ContactMode
from vomdesk.domain.parties import Side
from vomdesk.domain.schedule import SessionStatus
from vomdesk.domain.screening import Answer, Outcome, Response
from vomdesk.domain.stages import Stage
from vomdesk.services import errors
from vomdesk.services.calendar_file import write_calendar
from vomdesk.services.case_stages import move_case
from vomdesk.services.cases import read_case
from vomdesk.services.choices import LossLine, save_victim_choices
from vomdesk.services.consents import record_consent, record_sharing, withdraw_consent
from vomdesk.services.meetings import save_contact
from vomdesk.services.participants import remove_participant
from vomdesk.services.preparation import before_scheduling, read_preparation
from vomdesk.services.safety import override_gate, save_safety_plan
from vomdesk.services.screenings import (
    current_template,
    record_screening,
    save_template,
    template_by_id,
    template_versions,
)
from vomdesk.services.sessions import agenda, cancel_session, schedule_session
from vomdesk.services.venues import remove_venue, save_venue, venues
from vomdesk.store.case_models import ParticipantUpdate
from vomdesk.store.preparation_models import SafetyPlanBase, VenueBase, VictimChoicesBase

TODAY = date.today()


def next_week(hour: int = 15) -> datetime:
    day = TODAY + timedelta(days=7)
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def fields_missing(store, case_id) -> set[str]:
    return {item.field for item in blocking(before_scheduling(read_preparation(store, case_id)))}


def test_a_case_goes_from_preparation_to_a_scheduled_session(store, case_in_preparation, prepare):
    case = case_in_preparation
    assert fields_missing(store, case.case_id) >= {
        f"screening.{case.victim}",
        f"screening.{case.offender}",
        f"consent.{case.guardian}",
        f"meetings.{case.offender}",
        f"choices.{case.victim}",
        "conflict",
    }
    with pytest.raises(errors.NeedsCorrection) as early:
        schedule_session(
            store,
            case.case_id,
            starts=next_week(),
            minutes=90,
            attendees=[case.victim, case.offender],
            other_place="Library",
        )
    assert f"consent.{case.guardian}" in early.value.problems
    assert early.value.params[f"consent.{case.guardian}"] == {"name": "María Muñoz"}

    prepare(store, case, on=TODAY)
    assert fields_missing(store, case.case_id) == set()
    venue = save_venue(store, VenueBase(name="Valle Verde Library", accessible=True))
    session_id = schedule_session(
        store,
        case.case_id,
        starts=next_week(),
        minutes=90,
        venue_id=venue,
        attendees=[case.offender, case.victim, case.guardian],
    )
    prep = read_preparation(store, case.case_id)
    assert prep.stage is Stage.SCHEDULED
    plan = prep.upcoming[0]
    assert plan.id == session_id
    assert plan.speaking_order[:2] == [case.victim, case.offender], "the victim chose to go first"
    history = [(h.from_stage, h.to_stage) for h in read_case(store, case.case_id).history]
    assert history[-2:] == [("preparation", "ready"), ("ready", "scheduled")]
    assert [e.case_number for e in agenda(store, TODAY)] == [prep.case.number]


def test_a_withdrawal_blocks_scheduling_at_once_and_sends_the_case_back(
    store, case_in_preparation, prepare
):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    schedule_session(
        store,
        case.case_id,
        starts=next_week(),
        minutes=60,
        other_place="Office",
        attendees=[case.victim, case.offender],
    )
    consent = read_preparation(store, case.case_id).latest_consent(case.guardian)
    with pytest.raises(errors.NeedsCorrection) as no_reason:
        withdraw_consent(store, consent.id, withdrawn_on=TODAY, reason=" ")
    assert "withdrawal_reason" in no_reason.value.problems
    assert withdraw_consent(store, consent.id, withdrawn_on=TODAY, reason="Family moving away")
    prep = read_preparation(store, case.case_id)
    assert prep.stage is Stage.PREPARATION
    assert [s.status for s in prep.sessions] == [SessionStatus.CANCELLED.value]
    unmet = before_scheduling(prep)
    assert [i.field for i in unmet] == [f"consent.{case.guardian}"]
    assert "withdrew" in unmet[0].text
    with pytest.raises(errors.NeedsCorrection):
        override_gate(store, case.case_id, Gate.CONSENT, "The family agreed on the phone again")
    with pytest.raises(errors.NeedsCorrection):
        schedule_session(
            store,
            case.case_id,
            starts=next_week(),
            minutes=60,
            other_place="Office",
            attendees=[case.victim, case.offender],
        )
    history = read_case(store, case.case_id).history[-1]
    assert (history.from_stage, history.to_stage) == ("scheduled", "preparation")
    record_consent(
        store, case.guardian, given_on=TODAY, how=GivenHow.IN_PERSON, informed=INFORMED_OF
    )
    assert fields_missing(store, case.case_id) == set(), "a new consent after withdrawal counts"


def test_templates_are_versioned_and_a_screening_keeps_its_version(store, case_in_preparation):
    case = case_in_preparation
    first_id, first = current_template(store, Side.VICTIM)
    assert first_id is None and first.version == 1
    answers = {item.key: Response(Answer.YES) for item in first.asked}
    answers["fear_of_offender"] = Response(Answer.YES, "Still afraid to walk past the shop")
    with pytest.raises(errors.NeedsCorrection) as flagged:
        record_screening(
            store,
            case.victim,
            template_id=None,
            done_on=TODAY,
            answers=answers,
            outcome=Outcome.READY,
        )
    assert "flags_reason" in flagged.value.problems
    first_screening = record_screening(
        store,
        case.victim,
        template_id=None,
        done_on=TODAY,
        answers=answers,
        outcome=Outcome.NEEDS_MORE,
        reasons="Wants to think about it",
    )
    version_one_id, _ = current_template(store, Side.VICTIM)

    kept = [item for item in first.items if item.key != "substance_use"]
    kept[3] = type(kept[3])(kept[3].key, "Risk of harm from meeting (reworded)", kept[3].flag_on)
    with pytest.raises(errors.NeedsCorrection):
        save_template(store, Side.VICTIM, [i for i in kept if i.key != "willing"])
    second = save_template(store, Side.VICTIM, kept)
    assert second.version == 2
    assert second.item("substance_use").retired, "a removed item is retired, never deleted"
    assert "substance_use" not in {i.key for i in second.asked}
    assert [v.version for _, v in template_versions(store, Side.VICTIM)] == [1, 2]

    answers.pop("substance_use")
    record_screening(
        store,
        case.victim,
        template_id=None,
        done_on=TODAY,
        answers=answers,
        outcome=Outcome.READY,
        flags_reason="Support person will be there",
    )
    prep = read_preparation(store, case.case_id)
    older, newer = [s for s in prep.screenings if s.participant_id == case.victim]
    assert older.id == first_screening and older.template_id == version_one_id
    assert template_by_id(store, older.template_id).item("substance_use").retired is False
    assert newer.template_id != older.template_id
    assert prep.latest_screening(case.victim).outcome == "ready"


def test_a_retired_item_in_a_screening_in_progress_is_named(store, case_in_preparation):
    case = case_in_preparation
    template_id, template = current_template(store, Side.OFFENDER)
    answers = {item.key: Response(Answer.YES) for item in template.asked}
    answers["made_up_item"] = Response(Answer.NO)
    with pytest.raises(errors.NeedsCorrection) as refused:
        record_screening(
            store,
            case.offender,
            template_id=template_id,
            done_on=TODAY,
            answers=answers,
            outcome=Outcome.NEEDS_MORE,
            reasons="x",
        )
    assert "answer.made_up_item" in refused.value.problems


def test_overrides_need_a_reason_and_lapse_when_new_information_arrives(
    store, case_in_preparation, prepare
):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    # The referral gains an extra-care flag: the safety plan becomes a gate.
    from vomdesk.services.cases import update_referral
    from vomdesk.store.case_models import CaseUpdate

    update_referral(store, case.case_id, CaseUpdate(care_partner_violence=True))
    assert fields_missing(store, case.case_id) == {"safety"}
    with pytest.raises(errors.NeedsCorrection):
        override_gate(store, case.case_id, Gate.SAFETY_PLAN, "ok")
    override_gate(store, case.case_id, Gate.SAFETY_PLAN, "Plan agreed by phone, written tonight")
    assert fields_missing(store, case.case_id) == set()
    move_case(store, case.case_id, Stage.READY)
    # A new red flag in a re-screening sends the case back and the override lapses.
    _, template = current_template(store, Side.OFFENDER)
    answers = {item.key: Response(Answer.YES) for item in template.asked}
    record_screening(
        store,
        case.offender,
        template_id=None,
        done_on=TODAY,
        answers=answers,
        outcome=Outcome.READY,
        flags_reason="Discussed with probation",
    )
    prep = read_preparation(store, case.case_id)
    assert prep.stage is Stage.PREPARATION
    assert prep.active_overrides == [] and len(prep.overrides) == 1
    assert "safety" in fields_missing(store, case.case_id)
    with pytest.raises(errors.NeedsCorrection):
        save_safety_plan(store, case.case_id, SafetyPlanBase(victim_arrival="9:45"))
    save_safety_plan(
        store,
        case.case_id,
        SafetyPlanBase(
            victim_arrival="9:45, side door", offender_arrival="10:00", ends_meeting="Either asks"
        ),
    )
    assert fields_missing(store, case.case_id) == set()


def test_a_no_contact_order_allows_only_indirect_forms(store, case_in_preparation, prepare):
    from vomdesk.services.cases import update_referral
    from vomdesk.store.case_models import CaseUpdate

    case = case_in_preparation
    prepare(store, case, on=TODAY)
    save_safety_plan(store, case.case_id, SafetyPlanBase(ends_meeting="Either party asks"))
    update_referral(
        store,
        case.case_id,
        CaseUpdate(no_contact_order=True, no_contact_note="No contact of any kind"),
    )
    assert fields_missing(store, case.case_id) == {"choices.form"}
    with pytest.raises(errors.NeedsCorrection):
        override_gate(store, case.case_id, Gate.CONTACT_ORDER, "The judge said it was fine")
    save_victim_choices(store, case.victim, VictimChoicesBase(form="shuttle"), takes_part=True)
    assert fields_missing(store, case.case_id) == set()
    with pytest.raises(errors.NeedsCorrection) as both_sides:
        schedule_session(
            store,
            case.case_id,
            starts=next_week(),
            minutes=60,
            other_place="Office",
            attendees=[case.victim, case.offender],
        )
    assert "attendees" in both_sides.value.problems
    schedule_session(
        store,
        case.case_id,
        starts=next_week(10),
        minutes=60,
        other_place="Office",
        attendees=[case.offender, case.guardian],
    )
    schedule_session(
        store,
        case.case_id,
        starts=next_week(14),
        minutes=60,
        other_place="Home",
        attendees=[case.victim],
    )
    assert len(read_preparation(store, case.case_id).upcoming) == 2


def test_past_times_clashes_and_cancelling(store, case_in_preparation, prepare):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    people = [case.victim, case.offender]
    with pytest.raises(errors.NeedsCorrection) as past:
        schedule_session(
            store,
            case.case_id,
            starts=datetime.now(UTC) - timedelta(hours=1),
            minutes=60,
            other_place="Office",
            attendees=people,
        )
    assert "starts" in past.value.problems
    first = schedule_session(
        store,
        case.case_id,
        starts=next_week(15),
        minutes=90,
        other_place="Office",
        attendees=people,
    )
    with pytest.raises(errors.Clashes) as clash:
        schedule_session(
            store,
            case.case_id,
            starts=next_week(16),
            minutes=60,
            other_place="Office",
            attendees=people,
        )
    assert read_preparation(store, case.case_id).case.number in clash.value.labels[0]
    schedule_session(
        store,
        case.case_id,
        starts=next_week(16),
        minutes=60,
        other_place="Office",
        attendees=people,
        session_id=first,
    )
    with pytest.raises(errors.NeedsCorrection):
        cancel_session(store, first, "")
    cancel_session(store, first, "Victim is ill")
    prep = read_preparation(store, case.case_id)
    assert prep.stage is Stage.READY and prep.upcoming == []


def test_the_calendar_file_names_no_one(store, case_in_preparation, prepare, tmp_path):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    venue = save_venue(store, VenueBase(name="Grange Hall", address="1 Main St"))
    schedule_session(
        store,
        case.case_id,
        starts=next_week(),
        minutes=90,
        venue_id=venue,
        attendees=[case.victim, case.offender],
    )
    save_contact(
        store,
        case.case_id,
        on=TODAY + timedelta(days=3),
        starts_at=next_week() - timedelta(days=4),
        done=False,
        mode=ContactMode.PHONE,
        minutes=20,
        with_whom=[case.victim],
        notes="Call Laura Gómez Prieto at 970-555-0199",
    )
    path = tmp_path / "agenda.ics"
    assert write_calendar(store, path) == 2
    raw = path.read_bytes()
    calendar = Calendar.from_ical(raw)
    events = calendar.walk("VEVENT")
    number = read_preparation(store, case.case_id).case.number
    assert sorted(str(e["summary"]) for e in events) == [
        f"Case {number}: Joint session",
        f"Case {number}: Pre-mediation meeting",
    ]
    session_event = next(e for e in events if "Joint" in str(e["summary"]))
    assert session_event.decoded("dtstart") == next_week()
    assert str(session_event["location"]) == "Grange Hall"
    text = raw.decode()
    for secret in ("Laura", "Gómez", "Muñoz", "José", "María", "970-555", "Alamo"):
        assert secret not in text


def test_bad_input_keeps_history(store, case_in_preparation, prepare):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    with pytest.raises(errors.NeedsCorrection) as removal:
        remove_participant(store, case.guardian)
    assert "not taking part" in removal.value.problems["participant"]
    venue = save_venue(store, VenueBase(name="Church hall"))
    save_victim_choices(
        store, case.victim, VictimChoicesBase(form="direct", venue_id=venue), takes_part=True
    )
    assert remove_venue(store, venue) is False, "in use: retired, not deleted"
    assert venue not in [v.id for v in venues(store)]
    assert read_preparation(store, case.case_id).choices[case.victim].venue_id == venue
    with pytest.raises(errors.NeedsCorrection) as retired:
        schedule_session(
            store,
            case.case_id,
            starts=next_week(),
            minutes=60,
            venue_id=venue,
            attendees=[case.victim, case.offender],
        )
    assert "venue" in retired.value.problems
    with pytest.raises(errors.NeedsCorrection) as future:
        record_consent(
            store,
            case.victim,
            given_on=TODAY + timedelta(days=2),
            how=GivenHow.WRITTEN,
            informed=INFORMED_OF,
        )
    assert "given_on" in future.value.problems
    with pytest.raises(errors.NeedsCorrection) as loss:
        save_victim_choices(
            store,
            case.victim,
            VictimChoicesBase(form="direct"),
            takes_part=True,
            losses=[
                LossLine(
                    kind=__import__(
                        "vomdesk.domain.choices", fromlist=["LossKind"]
                    ).LossKind.PROPERTY,
                    description="Window",
                    amount_cents=-5,
                )
            ],
        )
    assert "losses.0" in loss.value.problems
    assert read_preparation(store, case.case_id).choices[case.victim].venue_id == venue


def test_a_victim_who_declines_is_kept_not_taking_part(store, case_in_preparation, prepare):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    save_victim_choices(store, case.victim, VictimChoicesBase(), takes_part=False)
    prep = read_preparation(store, case.case_id)
    assert prep.participant(case.victim).taking_part is False
    assert [i.gate for i in before_scheduling(prep)] == ["parties"]


def test_sharing_consent_replaces_the_earlier_one(store, case_in_preparation):
    case = case_in_preparation
    record_sharing(store, case.victim, allowed={Shareable.STATUS}, given_on=TODAY, until=None)
    record_sharing(
        store,
        case.victim,
        allowed={Shareable.STATUS, Shareable.COMPLETION},
        given_on=TODAY,
        until=TODAY + timedelta(days=365),
    )
    rows = read_preparation(store, case.case_id).sharing
    assert [r.withdrawn_on for r in rows] == [TODAY, None]
    with pytest.raises(errors.NeedsCorrection):
        record_sharing(
            store, case.victim, allowed=set(), given_on=TODAY, until=TODAY - timedelta(days=1)
        )


def test_the_in_person_setting_relaxes_the_meeting_gate(store, case_in_preparation):
    from vomdesk.services.settings import save_settings

    case = case_in_preparation
    save_contact(
        store,
        case.case_id,
        on=TODAY,
        done=True,
        mode=ContactMode.PHONE,
        minutes=30,
        with_whom=[case.offender],
    )
    assert f"meetings.{case.offender}" in fields_missing(store, case.case_id)
    save_settings(store, {"preparation.in_person_required": False})
    assert f"meetings.{case.offender}" not in fields_missing(store, case.case_id)


def test_a_participant_not_taking_part_leaves_the_gates(store, case_in_preparation):
    from vomdesk.services.participants import update_participant

    case = case_in_preparation
    update_participant(store, case.offender, ParticipantUpdate(taking_part=False))
    missing = fields_missing(store, case.case_id)
    assert f"screening.{case.offender}" not in missing and "participants" in missing
