"""Scheduling sessions: times that make sense, clashes with other appointments, speaking order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from vomdesk.domain.translation import QT_TRANSLATE_NOOP

MIN_MINUTES, MAX_MINUTES = 15, 8 * 60


class AppointmentKind(Enum):
    """What an appointment in the agenda is."""

    JOINT_SESSION = "joint_session"
    SHUTTLE_MEETING = "shuttle_meeting"  # one of the separate meetings of an indirect process
    PREPARATION = "preparation"  # a planned pre-mediation meeting or contact


KIND_LABELS = {
    AppointmentKind.JOINT_SESSION: QT_TRANSLATE_NOOP("Schedule", "Joint session"),
    AppointmentKind.SHUTTLE_MEETING: QT_TRANSLATE_NOOP("Schedule", "Separate meeting (indirect)"),
    AppointmentKind.PREPARATION: QT_TRANSLATE_NOOP("Schedule", "Pre-mediation meeting"),
}


class SessionStatus(Enum):
    """Where a scheduled session stands."""

    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    HELD = "held"


STATUS_LABELS = {
    SessionStatus.SCHEDULED: QT_TRANSLATE_NOOP("Schedule", "Scheduled"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("Schedule", "Cancelled"),
    SessionStatus.HELD: QT_TRANSLATE_NOOP("Schedule", "Held"),
}


@dataclass(frozen=True)
class Slot:
    """A stretch of booked time; ``label`` says what it is (a case number, never a name)."""

    starts: datetime  # aware
    minutes: int
    label: str = ""

    @property
    def ends(self) -> datetime:
        return self.starts + timedelta(minutes=self.minutes)

    def overlaps(self, other: Slot) -> bool:
        return self.starts < other.ends and other.starts < self.ends


def session_problems(
    *, starts: datetime | None, minutes: int, now: datetime, attendees: Sequence[int]
) -> dict[str, str]:
    """Why a session cannot be scheduled as entered (English, for translation)."""
    problems: dict[str, str] = {}
    if starts is None:
        problems["starts"] = QT_TRANSLATE_NOOP("Schedule", "Enter the date and time.")
    elif starts <= now:
        problems["starts"] = QT_TRANSLATE_NOOP(
            "Schedule",
            "This time has passed. A session already held is recorded after the session, "
            "not scheduled.",
        )
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        problems["minutes"] = QT_TRANSLATE_NOOP(
            "Schedule", "Enter an expected length between 15 minutes and 8 hours."
        )
    if not attendees:
        problems["attendees"] = QT_TRANSLATE_NOOP("Schedule", "Choose who attends.")
    return problems


def clashes(slot: Slot, others: Iterable[Slot]) -> list[Slot]:
    """The other appointments that overlap ``slot``, earliest first."""
    return sorted((other for other in others if slot.overlaps(other)), key=lambda s: s.starts)


def move_in_order(order: Sequence[int], index: int, step: int) -> list[int]:
    """The speaking order with the entry at ``index`` moved ``step`` places (clamped)."""
    moved = list(order)
    if not 0 <= index < len(moved):
        return moved
    target = max(0, min(len(moved) - 1, index + step))
    moved.insert(target, moved.pop(index))
    return moved


def default_speaking_order(
    attendees: Sequence[int], victims: Sequence[int], offenders: Sequence[int], victim_first: bool
) -> list[int]:
    """A first speaking order: the principals in the order the victim chose, then the others."""
    first, second = (victims, offenders) if victim_first else (offenders, victims)
    ordered = [p for p in first if p in attendees] + [p for p in second if p in attendees]
    return ordered + [p for p in attendees if p not in ordered]
