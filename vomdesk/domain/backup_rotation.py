"""Which automatic backups to keep: the newest of each of the last days, weeks and months."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class RotationPolicy:
    """How many daily, weekly (ISO weeks) and monthly backups to keep."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    @property
    def most_kept(self) -> int:
        return self.daily + self.weekly + self.monthly


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def backups_to_keep(
    made: Iterable[datetime], today: date, policy: RotationPolicy | None = None
) -> set[datetime]:
    """The backups (by the moment each was made) to keep; every other one may be deleted.

    Going from the newest back, each rule keeps the newest backup of each of its buckets (a day,
    a week, a month) until it has kept its count, as restic and borg do: a computer left off for
    a month still keeps its last backups. Backups dated after ``today`` (a clock set wrong) are
    treated as made today, so they cannot crowd out the others.
    """
    policy = policy or RotationPolicy()
    newest_first = sorted(set(made), reverse=True)
    kept: set[datetime] = set()
    rules: tuple[tuple[Callable[[datetime], Hashable], int], ...] = (
        (_day, policy.daily),
        (_week, policy.weekly),
        (_month, policy.monthly),
    )
    for bucket_of, count in rules:
        seen: set[Hashable] = set()
        for moment in newest_first:
            if len(seen) >= count:
                break
            bucket = bucket_of(_not_after(moment, today))
            if bucket not in seen:
                seen.add(bucket)
                kept.add(moment)
    if newest_first:
        kept.add(newest_first[0])  # whatever the policy says, the newest backup stays
    return kept


def _not_after(moment: datetime, today: date) -> datetime:
    if moment.date() > today:
        return datetime.combine(today, moment.time())
    return moment
