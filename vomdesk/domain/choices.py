"""The victim's choices for the meeting, the offender side's availability, and losses sought."""

from __future__ import annotations

from enum import Enum

from vomdesk.domain.translation import QT_TRANSLATE_NOOP


class MeetingForm(Enum):
    """How the parties meet; only direct is face to face."""

    DIRECT = "direct"
    SHUTTLE = "shuttle"  # the mediator carries messages between separate meetings
    LETTERS = "letters"


FORM_LABELS = {
    MeetingForm.DIRECT: QT_TRANSLATE_NOOP("Choices", "Face to face (direct)"),
    MeetingForm.SHUTTLE: QT_TRANSLATE_NOOP("Choices", "Through the mediator (indirect, shuttle)"),
    MeetingForm.LETTERS: QT_TRANSLATE_NOOP("Choices", "Letter exchange"),
}

INDIRECT_FORMS = frozenset({MeetingForm.SHUTTLE, MeetingForm.LETTERS})


class SpeaksFirst(Enum):
    """Who the victim wants to speak first."""

    VICTIM = "victim"
    OFFENDER = "offender"
    NO_PREFERENCE = "no_preference"


SPEAKS_FIRST_LABELS = {
    SpeaksFirst.VICTIM: QT_TRANSLATE_NOOP("Choices", "The victim speaks first"),
    SpeaksFirst.OFFENDER: QT_TRANSLATE_NOOP("Choices", "The offender speaks first"),
    SpeaksFirst.NO_PREFERENCE: QT_TRANSLATE_NOOP("Choices", "No preference"),
}


class Seating(Enum):
    """How the victim would like the room arranged."""

    ACROSS = "across"
    CIRCLE = "circle"
    SIDE_BY_SIDE = "side_by_side"
    NO_PREFERENCE = "no_preference"


SEATING_LABELS = {
    Seating.ACROSS: QT_TRANSLATE_NOOP("Choices", "Across a table"),
    Seating.CIRCLE: QT_TRANSLATE_NOOP("Choices", "In a circle"),
    Seating.SIDE_BY_SIDE: QT_TRANSLATE_NOOP("Choices", "Side by side, facing the mediator"),
    Seating.NO_PREFERENCE: QT_TRANSLATE_NOOP("Choices", "No preference"),
}

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Choices", "Monday"),
    QT_TRANSLATE_NOOP("Choices", "Tuesday"),
    QT_TRANSLATE_NOOP("Choices", "Wednesday"),
    QT_TRANSLATE_NOOP("Choices", "Thursday"),
    QT_TRANSLATE_NOOP("Choices", "Friday"),
    QT_TRANSLATE_NOOP("Choices", "Saturday"),
    QT_TRANSLATE_NOOP("Choices", "Sunday"),
)
"""Monday first, as ``date.weekday()`` counts."""


class DayPart(Enum):
    """A part of the day a party can meet in."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


DAY_PART_LABELS = {
    DayPart.MORNING: QT_TRANSLATE_NOOP("Choices", "Mornings"),
    DayPart.AFTERNOON: QT_TRANSLATE_NOOP("Choices", "Afternoons"),
    DayPart.EVENING: QT_TRANSLATE_NOOP("Choices", "Evenings"),
}


class LossKind(Enum):
    """A kind of loss the victim asks to have repaired."""

    PROPERTY = "property"
    MEDICAL = "medical"
    LOST_WAGES = "lost_wages"
    INSURANCE_DEDUCTIBLE = "insurance_deductible"
    OTHER = "other"


LOSS_LABELS = {
    LossKind.PROPERTY: QT_TRANSLATE_NOOP("Choices", "Property damaged or lost"),
    LossKind.MEDICAL: QT_TRANSLATE_NOOP("Choices", "Medical costs"),
    LossKind.LOST_WAGES: QT_TRANSLATE_NOOP("Choices", "Lost wages"),
    LossKind.INSURANCE_DEDUCTIBLE: QT_TRANSLATE_NOOP("Choices", "Insurance deductible"),
    LossKind.OTHER: QT_TRANSLATE_NOOP("Choices", "Other"),
}

MAX_LOSS_CENTS = 100_000_000  # one million dollars: beyond this a typing slip is likelier


def loss_problem(description: str, amount_cents: int | None) -> str | None:
    """Why a loss line cannot be kept (English, for translation), or None."""
    if not description.strip():
        return QT_TRANSLATE_NOOP("Choices", "Describe the loss.")
    if amount_cents is None:
        return QT_TRANSLATE_NOOP("Choices", "Enter the amount, for example 125.50.")
    if amount_cents <= 0:
        return QT_TRANSLATE_NOOP("Choices", "The amount must be more than zero.")
    if amount_cents > MAX_LOSS_CENTS:
        return QT_TRANSLATE_NOOP("Choices", "This amount is too large; check the figure.")
    return None


def parse_cents(text: str) -> int | None:
    """Money as typed ("125.50", "$1,200", "1.200,50") in whole cents; None when unreadable."""
    cleaned = "".join(c for c in text.strip() if c not in "$ \u00a0")
    if not cleaned:
        return None
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("-")
    last_dot, last_comma = cleaned.rfind("."), cleaned.rfind(",")
    if cleaned.count(".") == 1 and last_comma < last_dot and len(cleaned) - last_dot - 1 > 2:
        return None  # "12.345": more than two decimals (US style), never read as 12,345
    decimal_at = max(last_dot, last_comma)
    if decimal_at >= 0 and len(cleaned) - decimal_at - 1 in (1, 2):
        whole, fraction = cleaned[:decimal_at], cleaned[decimal_at + 1 :]
    else:
        whole, fraction = cleaned, ""
    groups = whole.replace(",", ".").split(".")
    if len(groups) > 1 and not (0 < len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        return None  # thousands separators group three digits: "12.3.4" is a typing slip
    whole = "".join(groups)
    if not whole:
        whole = "0"
    # isdecimal, not isdigit: "²" is a digit that int() cannot read
    if not (whole.isdecimal() and (fraction.isdecimal() or not fraction)):
        return None
    cents = int(whole) * 100 + int(fraction.ljust(2, "0") or 0)
    return -cents if negative else cents
