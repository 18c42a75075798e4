"""Ages, the juvenile rule, the same person across cases, intake checks and what is missing."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from vomdesk.domain.intake import participant_problems, referral_problems, removal_problem
from vomdesk.domain.parties import Role, Side, contact_is_confidential, side_of
from vomdesk.domain.people import age_on, fold, is_juvenile, likely_same_person
from vomdesk.domain.readiness import CaseFacts, PersonFacts, missing_for_next_step
from vomdesk.domain.stages import Stage

TODAY = date(2026, 11, 28)


def test_fold_ignores_accents_capitals_and_spaces():
    assert fold("  José  MUÑOZ ") == "jose munoz"
    assert fold("Núñez-García") == "nunez-garcia"


def test_age_on_birthdays_and_leap_days():
    assert age_on(date(2010, 5, 5), date(2026, 5, 4)) == 15
    assert age_on(date(2010, 5, 5), date(2026, 5, 5)) == 16
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


@given(st.dates(min_value=date(1930, 1, 1), max_value=date(2026, 1, 1)), st.integers(0, 20000))
def test_age_never_decreases_and_grows_by_one_a_year(birth, days):
    day = birth + timedelta(days=days)
    assert age_on(birth, day) >= 0
    assert age_on(birth, day + timedelta(days=366)) >= age_on(birth, day) + 1


def test_a_case_is_juvenile_when_any_offender_was_under_the_threshold():
    incident = date(2026, 6, 1)
    adult, minor = date(1990, 1, 1), date(2009, 6, 2)  # the minor turns 17 the day after
    assert is_juvenile([adult, minor], incident, 18) is True
    assert is_juvenile([adult], incident, 18) is False
    assert is_juvenile([minor], incident, 17) is True
    assert is_juvenile([date(2009, 6, 1)], incident, 17) is False
    assert is_juvenile([None], incident, 18) is None
    assert is_juvenile([], incident, 18) is None


def test_the_same_person_is_recognised_without_accents_and_not_against_another_birth():
    born = date(2010, 5, 5)
    assert likely_same_person("Jose Munoz", born, "José Muñoz", born)
    assert likely_same_person("munoz jose", None, "José Muñoz", born)
    assert not likely_same_person("José Muñoz", born, "José Muñoz", date(2011, 5, 5))
    assert likely_same_person("Ana Lopez", born, "Ana María López", born)
    assert not likely_same_person("Ana Lopez", None, "Ana María López", born)
    assert not likely_same_person("", None, "Ana", None)


def test_sides_follow_roles_and_whom_a_companion_accompanies():
    assert side_of(Role.VICTIM) is Side.VICTIM
    assert side_of(Role.PARENT_GUARDIAN, Role.OFFENDER) is Side.OFFENDER
    assert side_of(Role.SUPPORT_PERSON, Role.VICTIM) is Side.VICTIM
    assert side_of(Role.VICTIM_ADVOCATE) is Side.VICTIM
    assert side_of(Role.CO_MEDIATOR) is Side.NEUTRAL
    assert contact_is_confidential(Side.VICTIM) and not contact_is_confidential(Side.OFFENDER)


def test_referral_dates_that_cannot_be():
    problems = referral_problems(
        received_on=date(2026, 3, 1), incident_date=date(2026, 3, 2), deadline=date(2026, 2, 1),
        today=TODAY,
    )  # fmt: skip
    assert set(problems) == {"incident_date", "deadline"}
    assert "after the referral" in problems["incident_date"]
    assert referral_problems(received_on=None, incident_date=None, deadline=None, today=TODAY)
    future = referral_problems(
        received_on=TODAY + timedelta(days=1), incident_date=None, deadline=None, today=TODAY
    )
    assert "future" in future["received_on"]
    fine = referral_problems(
        received_on=date(2026, 3, 1), incident_date=date(2026, 2, 1), deadline=date(2026, 6, 1),
        today=TODAY,
    )  # fmt: skip
    assert fine == {}


def test_participant_checks():
    problems = participant_problems(
        name=" ", birth=TODAY + timedelta(days=3), role=Role.PARENT_GUARDIAN, accompanies=None,
        incident_date=None, today=TODAY,
    )  # fmt: skip
    assert set(problems) == {"name", "birth", "accompanies"}
    unborn = participant_problems(
        name="Ana", birth=date(2026, 5, 1), role=Role.VICTIM, accompanies=None,
        incident_date=date(2026, 4, 1), today=TODAY,
    )  # fmt: skip
    assert "not yet born" in unborn["birth"]
    wrong_link = participant_problems(
        name="Ana", birth=None, role=Role.SUPPORT_PERSON, accompanies=Role.INTERPRETER,
        incident_date=None, today=TODAY,
    )  # fmt: skip
    assert "accompanies" in wrong_link
    assert removal_problem(1) and removal_problem(0) is None


def _facts(*people: PersonFacts, offences: int = 1, order: bool = False, note: str = ""):
    return CaseFacts(
        stage=Stage.INTAKE, received_on=date(2026, 3, 1), incident_date=date(2026, 2, 1),
        offences=offences, no_contact_order=order, no_contact_note=note, participants=people,
        juvenile_age=18,
    )  # fmt: skip


def test_what_is_missing_before_preparation():
    victim = PersonFacts(1, Role.VICTIM, None, True, None)
    minor = PersonFacts(2, Role.OFFENDER, date(2010, 1, 1), False, None)
    texts = [m.text for m in missing_for_next_step(_facts(victim, minor, offences=0))]
    assert "Record the offence." in texts
    assert "Add a parent or guardian for the juvenile offender." in texts
    guardian = PersonFacts(3, Role.PARENT_GUARDIAN, None, False, 2)
    assert missing_for_next_step(_facts(victim, minor, guardian)) == []
    fields = [m.field for m in missing_for_next_step(_facts(minor, guardian, order=True))]
    assert fields == ["participants", "no_contact_note"]
    assert "participant.4.birth" in [
        m.field
        for m in missing_for_next_step(
            _facts(victim, PersonFacts(4, Role.OFFENDER, None, False, None))
        )
    ]
