"""Pure preparation rules: checklist versions, red flags, consent dates, money, scheduling."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vomdesk.domain.choices import loss_problem, parse_cents
from vomdesk.domain.consent import (
    INFORMED_OF,
    Shareable,
    SharingConsent,
    consent_problems,
    may_share,
)
from vomdesk.domain.meetings import suggested_order
from vomdesk.domain.parties import Role, Side
from vomdesk.domain.schedule import Slot, clashes, move_in_order, session_problems
from vomdesk.domain.screening import (
    Answer,
    Item,
    Outcome,
    Response,
    TemplateProblem,
    default_template,
    new_item_key,
    next_version,
    red_flags,
    screening_problems,
)

TODAY = date(2026, 11, 28)


def test_default_templates_open_with_the_three_gates():
    offender = default_template(Side.OFFENDER)
    assert [i.key for i in offender.items[:3]] == [
        "accepts_responsibility",
        "willing",
        "feels_safe",
    ]
    assert all(i.gate for i in offender.items[:3])
    victim = default_template(Side.VICTIM)
    assert {"willing", "feels_safe"} <= {i.key for i in victim.items if i.gate}


def test_a_new_version_retires_what_is_left_out_and_keeps_gates():
    first = default_template(Side.VICTIM)
    items = [i for i in first.items if i.key != "mental_health"]
    items.append(
        Item(
            new_item_key("Has a safe way home?", [i.key for i in items]),
            "Has a safe way home?",
            frozenset({Answer.NO}),
        )
    )
    second = next_version(first, items)
    assert second.version == 2 and second.item("mental_health").retired
    assert second.item("has_a_safe_way").text == "Has a safe way home?"
    with pytest.raises(TemplateProblem):
        next_version(second, [i for i in second.items if i.key != "feels_safe"])
    with pytest.raises(TemplateProblem):
        next_version(
            second,
            [
                *second.items,
                Item("x", "Is willing to take part, freely and without pressure", frozenset()),
            ],
        )
    assert new_item_key("Willing", ["willing"]) == "willing_2"


def test_ready_with_an_open_red_flag_needs_a_reason():
    template = default_template(Side.OFFENDER)
    answers = {i.key: Response(Answer.YES) for i in template.asked}
    flags = red_flags(template, answers)
    assert {i.key for i in flags} >= {"risk_of_harm", "substance_use"}
    assert "flags_reason" in screening_problems(template, answers, Outcome.READY, "", "")
    assert screening_problems(template, answers, Outcome.READY, "", "Support present") == {}
    assert "reasons" in screening_problems(template, answers, Outcome.NOT_SUITABLE, "", "")
    partial = dict(list(answers.items())[:3])
    assert "outcome" in screening_problems(template, partial, None, "", "")
    assert any(
        k.startswith("answer.")
        for k in screening_problems(template, partial, Outcome.NEEDS_MORE, "Later", "")
    )


def test_consent_needs_every_point_and_a_date_not_ahead():
    everything = dict.fromkeys(INFORMED_OF, True)
    assert consent_problems(informed=everything, given_on=TODAY, today=TODAY) == {}
    assert "given_on" in consent_problems(
        informed=everything, given_on=TODAY + timedelta(1), today=TODAY
    )
    assert consent_problems(
        informed={**everything, "voluntary": False}, given_on=TODAY, today=TODAY
    )


def test_sharing_is_allowed_only_when_every_party_allows_it_and_until_when():
    consents = [
        SharingConsent(1, frozenset({Shareable.STATUS, Shareable.COMPLETION}), until=TODAY),
        SharingConsent(2, frozenset({Shareable.STATUS})),
    ]
    assert may_share(Shareable.STATUS, [1, 2], consents, TODAY)
    assert not may_share(Shareable.COMPLETION, [1, 2], consents, TODAY)
    assert not may_share(Shareable.STATUS, [1, 2], consents, TODAY + timedelta(1))
    assert not may_share(Shareable.STATUS, [1, 3], consents, TODAY)
    assert not may_share(Shareable.STATUS, [], consents, TODAY)


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("125.50", 12550),
        ("$1,200", 120000),
        ("1.200,50", 120050),
        ("12,5", 1250),
        ("0.99", 99),
        ("", None),
        ("12.3.4", None),
        ("12.345", None),
        ("1,234.567", None),
        ("1.000.000", 100000000),
        ("abc", None),
        ("-5", -500),
    ],
)
def test_money_as_typed_becomes_whole_cents(typed, cents):
    assert parse_cents(typed) == cents


@given(st.integers(min_value=0, max_value=10**9))
def test_money_round_trips_through_its_usual_spellings(cents):
    whole, part = divmod(cents, 100)
    assert parse_cents(f"{whole}.{part:02d}") == cents
    assert parse_cents(f"${whole:,}.{part:02d}") == cents


def test_loss_lines_are_checked():
    assert loss_problem("", 100) and loss_problem("Window", None) and loss_problem("Window", 0)
    assert loss_problem("Window", 10**12) and loss_problem("Window", 100) is None


def test_sessions_are_never_in_the_past_and_clashes_are_found():
    now = datetime(2026, 11, 28, 15, tzinfo=UTC)
    assert "starts" in session_problems(starts=now, minutes=60, now=now, attendees=[1])
    assert "minutes" in session_problems(
        starts=now + timedelta(1), minutes=5, now=now, attendees=[1]
    )
    assert session_problems(starts=now + timedelta(1), minutes=90, now=now, attendees=[1]) == {}
    slot = Slot(now + timedelta(hours=1), 90)
    booked = [Slot(now + timedelta(hours=2), 30, "2026-001"), Slot(now + timedelta(hours=3), 30)]
    assert [s.label for s in clashes(slot, booked)] == ["2026-001"]
    assert clashes(Slot(now + timedelta(hours=2, minutes=30), 30), booked) == []


@given(st.lists(st.integers(), min_size=1, max_size=8, unique=True), st.data())
def test_moving_in_the_speaking_order_keeps_everyone(order, data):
    index = data.draw(st.integers(0, len(order) - 1))
    step = data.draw(st.integers(-3, 3))
    moved = move_in_order(order, index, step)
    assert sorted(moved) == sorted(order)
    assert moved.index(order[index]) == max(0, min(len(order) - 1, index + step))


def test_the_offender_is_met_first():
    assert suggested_order([(1, Role.VICTIM), (2, Role.OFFENDER), (3, Role.OFFENDER)]) == [2, 3, 1]
