"""Rotation of automatic backups: 7 daily, 4 weekly, 12 monthly, the newest always kept."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from vomdesk.domain.backup_rotation import RotationPolicy, backups_to_keep

TODAY = date(2026, 6, 15)
moments = st.datetimes(
    min_value=datetime(2023, 1, 1), max_value=datetime.combine(TODAY, datetime.max.time())
)
policies = st.builds(
    RotationPolicy,
    daily=st.integers(0, 10),
    weekly=st.integers(0, 6),
    monthly=st.integers(0, 14),
)


@given(st.lists(moments, min_size=1, max_size=200), policies)
def test_the_newest_is_kept_and_no_more_than_the_policy_allows(
    made: list[datetime], policy: RotationPolicy
) -> None:
    kept = backups_to_keep(made, TODAY, policy)
    assert max(made) in kept
    assert kept <= set(made)
    assert len(kept) <= max(1, policy.most_kept)


@given(st.lists(moments, max_size=200))
def test_at_most_one_per_day_and_the_default_policy_keeps_at_most_23(
    made: list[datetime],
) -> None:
    kept = backups_to_keep(made, TODAY)
    assert len(kept) <= 23
    days = [moment.date() for moment in kept]
    assert len(days) == len(set(days))
    # the one kept in a day is that day's newest
    for moment in kept:
        assert moment == max(m for m in made if m.date() == moment.date())
    weeks = {moment.isocalendar()[:2] for moment in kept}
    months = {(moment.year, moment.month) for moment in kept}
    assert len(weeks) >= min(4, len({m.isocalendar()[:2] for m in made}))
    assert len(months) >= min(12, len({(m.year, m.month) for m in made}))


@given(st.lists(moments, max_size=100))
def test_the_last_seven_days_with_backups_each_keep_one(made: list[datetime]) -> None:
    kept = backups_to_keep(made, TODAY)
    newest_days = sorted({m.date() for m in made}, reverse=True)[:7]
    assert {m.date() for m in kept} >= set(newest_days)


def test_a_year_of_daily_backups() -> None:
    made = [datetime(2025, 6, 16, 18) + timedelta(days=i) for i in range(365)]
    kept = backups_to_keep(made, TODAY)
    # 7 days (June 9-15), 2 more weeks (June 7, May 31), 10 more month ends (July-April)
    assert len(kept) == 19
    assert {m.date() for m in kept} >= {TODAY - timedelta(days=i) for i in range(7)}
    months = {(m.year, m.month) for m in kept}
    assert len(months) == 12


def test_nothing_made_nothing_kept() -> None:
    assert backups_to_keep([], TODAY) == set()


def test_backups_dated_in_the_future_cannot_crowd_out_the_others() -> None:
    future = [datetime(2026, 7, 1 + i, 10) for i in range(10)]
    past = [datetime(2026, 6, 1 + i, 10) for i in range(14)]
    kept = backups_to_keep(future + past, TODAY)
    assert max(future) in kept
    assert {m.date() for m in kept if m in past} >= {date(2026, 6, 14 - i) for i in range(6)}
