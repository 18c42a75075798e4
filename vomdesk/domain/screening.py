"""Screening checklists: templates with versions, answers, red flags and the mediator's outcome."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from vomdesk.domain.parties import Side
from vomdesk.domain.translation import QT_TRANSLATE_NOOP


class Answer(Enum):
    """How a checklist item was answered."""

    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


ANSWER_LABELS = {
    Answer.YES: QT_TRANSLATE_NOOP("Screening", "Yes"),
    Answer.NO: QT_TRANSLATE_NOOP("Screening", "No"),
    Answer.UNSURE: QT_TRANSLATE_NOOP("Screening", "Unsure"),
}


class Outcome(Enum):
    """The mediator's conclusion after screening one participant."""

    READY = "ready"
    NEEDS_MORE = "needs_more"
    NOT_SUITABLE = "not_suitable"


OUTCOME_LABELS = {
    Outcome.READY: QT_TRANSLATE_NOOP("Screening", "Ready"),
    Outcome.NEEDS_MORE: QT_TRANSLATE_NOOP("Screening", "Needs more preparation"),
    Outcome.NOT_SUITABLE: QT_TRANSLATE_NOOP("Screening", "Not suitable"),
}


@dataclass(frozen=True)
class Item:
    """One question of a checklist; ``flag_on`` are the answers that raise a red flag."""

    key: str
    text: str
    flag_on: frozenset[Answer]
    gate: bool = False  # one of the three gates of mediation
    retired: bool = False


@dataclass(frozen=True)
class Template:
    """One version of a side's checklist: what was asked, in this order."""

    side: Side
    version: int
    items: tuple[Item, ...]

    @property
    def asked(self) -> tuple[Item, ...]:
        """The items still asked (retired ones stay in the version for old screenings)."""
        return tuple(item for item in self.items if not item.retired)

    def item(self, key: str) -> Item | None:
        return next((item for item in self.items if item.key == key), None)


_Y, _N, _U = Answer.YES, Answer.NO, Answer.UNSURE
_NO_OR_UNSURE = frozenset({_N, _U})
_YES_OR_UNSURE = frozenset({_Y, _U})


def _item(key: str, text: str, flag_on: frozenset[Answer], gate: bool = False) -> Item:
    return Item(key, text, flag_on, gate)


# The three gates of mediation first, then the risk and readiness items of DOMAIN.md.
DEFAULT_OFFENDER_ITEMS = (
    _item(
        "accepts_responsibility",
        QT_TRANSLATE_NOOP(
            "Screening", "Accepts responsibility for the offence, or does not deny it"
        ),
        _NO_OR_UNSURE,
        gate=True,
    ),
    _item(
        "willing",
        QT_TRANSLATE_NOOP(
            "Screening", "Is willing to meet the victim, freely and without pressure"
        ),
        _NO_OR_UNSURE,
        gate=True,
    ),
    _item(
        "feels_safe",
        QT_TRANSLATE_NOOP("Screening", "Considers a meeting safe for everyone"),
        _NO_OR_UNSURE,
        gate=True,
    ),
    _item(
        "acknowledges_harm",
        QT_TRANSLATE_NOOP("Screening", "Acknowledges the harm done"),
        _NO_OR_UNSURE,
    ),
    _item("remorse", QT_TRANSLATE_NOOP("Screening", "Shows remorse"), frozenset({_N})),
    _item(
        "willing_to_repair",
        QT_TRANSLATE_NOOP("Screening", "Is willing to repair the harm"),
        _NO_OR_UNSURE,
    ),
    _item(
        "risk_of_harm",
        QT_TRANSLATE_NOOP("Screening", "Risk of emotional or physical harm to the victim"),
        _YES_OR_UNSURE,
    ),
    _item(
        "hostile_attitude",
        QT_TRANSLATE_NOOP("Screening", "Feelings or attitudes towards the victim are hostile"),
        _YES_OR_UNSURE,
    ),
    _item(
        "motivation_only_sentence",
        QT_TRANSLATE_NOOP("Screening", "Takes part only to lighten the sentence"),
        frozenset({_Y}),
    ),
    _item(
        "substance_use",
        QT_TRANSLATE_NOOP("Screening", "Substance use that could affect the meeting"),
        frozenset({_Y}),
    ),
    _item(
        "mental_health",
        QT_TRANSLATE_NOOP("Screening", "Mental health needs that could affect the meeting"),
        frozenset({_Y}),
    ),
    _item(
        "disability_support",
        QT_TRANSLATE_NOOP("Screening", "Learning or physical disability that needs support"),
        frozenset(),
    ),
    _item(
        "power_imbalance",
        QT_TRANSLATE_NOOP(
            "Screening", "Power imbalance with the victim (age, status, relationship)"
        ),
        _YES_OR_UNSURE,
    ),
    _item(
        "support_wanted",
        QT_TRANSLATE_NOOP("Screening", "Wants a support person at the meeting"),
        frozenset(),
    ),
)

DEFAULT_VICTIM_ITEMS = (
    _item(
        "willing",
        QT_TRANSLATE_NOOP("Screening", "Is willing to take part, freely and without pressure"),
        _NO_OR_UNSURE,
        gate=True,
    ),
    _item(
        "feels_safe",
        QT_TRANSLATE_NOOP("Screening", "Considers a meeting safe"),
        _NO_OR_UNSURE,
        gate=True,
    ),
    _item(
        "offender_accepts_known",
        QT_TRANSLATE_NOOP("Screening", "Knows whether the offender accepts responsibility"),
        frozenset(),
    ),
    _item(
        "risk_of_harm",
        QT_TRANSLATE_NOOP("Screening", "Risk of emotional or physical harm from the meeting"),
        _YES_OR_UNSURE,
    ),
    _item(
        "fear_of_offender",
        QT_TRANSLATE_NOOP("Screening", "Is afraid of the offender"),
        frozenset({_Y}),
    ),
    _item(
        "feelings",
        QT_TRANSLATE_NOOP("Screening", "Feelings and attitudes allow a constructive meeting"),
        frozenset({_N}),
    ),
    _item(
        "motivation",
        QT_TRANSLATE_NOOP(
            "Screening", "Motivation is to be heard, get answers or repair, not revenge"
        ),
        frozenset({_N}),
    ),
    _item(
        "realistic_expectations",
        QT_TRANSLATE_NOOP("Screening", "Expectations of the meeting are realistic"),
        _NO_OR_UNSURE,
    ),
    _item(
        "substance_use",
        QT_TRANSLATE_NOOP("Screening", "Substance use that could affect the meeting"),
        frozenset({_Y}),
    ),
    _item(
        "mental_health",
        QT_TRANSLATE_NOOP("Screening", "Mental health needs that could affect the meeting"),
        frozenset({_Y}),
    ),
    _item(
        "disability_support",
        QT_TRANSLATE_NOOP("Screening", "Learning or physical disability that needs support"),
        frozenset(),
    ),
    _item(
        "power_imbalance",
        QT_TRANSLATE_NOOP(
            "Screening", "Power imbalance with the offender (age, status, relationship)"
        ),
        _YES_OR_UNSURE,
    ),
    _item(
        "support_wanted",
        QT_TRANSLATE_NOOP("Screening", "Wants a support person at the meeting"),
        frozenset(),
    ),
)


def default_template(side: Side) -> Template:
    """Version 1 of a side's checklist, as the program starts with it."""
    items = DEFAULT_VICTIM_ITEMS if side is Side.VICTIM else DEFAULT_OFFENDER_ITEMS
    return Template(side, 1, items)


class TemplateProblem(ValueError):
    """A template edit that cannot be saved; the message is English, marked for translation."""


def next_version(current: Template, items: Sequence[Item]) -> Template:
    """The template after an edit: a new version; items are never deleted, only retired.

    Items of ``current`` that ``items`` leaves out are kept, retired, so older screenings keep
    their wording; a gate item cannot be retired.
    """
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise TemplateProblem(QT_TRANSLATE_NOOP("Screening", "Two items have the same key."))
    if any(not item.text.strip() for item in items):
        raise TemplateProblem(QT_TRANSLATE_NOOP("Screening", "Every item needs its question."))
    texts = [item.text.strip().casefold() for item in items if not item.retired]
    if len(set(texts)) != len(texts):
        raise TemplateProblem(QT_TRANSLATE_NOOP("Screening", "Two items ask the same question."))
    given = {item.key: item for item in items}
    for old in current.items:
        if old.gate and (old.key not in given or given[old.key].retired):
            raise TemplateProblem(
                QT_TRANSLATE_NOOP("Screening", "The three gates of mediation cannot be retired.")
            )
    kept = [replace(item, text=item.text.strip()) for item in items]
    kept += [replace(old, retired=True) for old in current.items if old.key not in given]
    if not any(not item.retired for item in kept):
        raise TemplateProblem(
            QT_TRANSLATE_NOOP("Screening", "A checklist needs at least one item.")
        )
    return Template(current.side, current.version + 1, tuple(kept))


def new_item_key(text: str, taken: Iterable[str]) -> str:
    """A stable key for an item the program adds: from its words, never one already used."""
    words = "".join(c if c.isalnum() else " " for c in text.casefold()).split()
    base = "_".join(words[:4]) or "item"
    taken_keys, key, count = set(taken), base, 2
    while key in taken_keys:
        key, count = f"{base}_{count}", count + 1
    return key


@dataclass(frozen=True)
class Response:
    """One answer given, with the mediator's note."""

    answer: Answer
    note: str = ""


def red_flags(template: Template, answers: Mapping[str, Response]) -> list[Item]:
    """The items whose answer raises a red flag, in the checklist's order."""
    return [
        item
        for item in template.items
        if item.key in answers and answers[item.key].answer in item.flag_on
    ]


def unanswered(template: Template, answers: Mapping[str, Response]) -> list[Item]:
    """The items still asked that have no answer yet."""
    return [item for item in template.asked if item.key not in answers]


def screening_problems(
    template: Template,
    answers: Mapping[str, Response],
    outcome: Outcome | None,
    reasons: str,
    flags_reason: str,
) -> dict[str, str]:
    """Why a screening cannot be saved as it stands, by field (English, for translation)."""
    problems: dict[str, str] = {}
    missing = unanswered(template, answers)
    if outcome is None:
        problems["outcome"] = QT_TRANSLATE_NOOP("Screening", "Choose the outcome.")
    if outcome is not None and missing:
        problems[f"answer.{missing[0].key}"] = QT_TRANSLATE_NOOP(
            "Screening", "Answer every question before choosing the outcome."
        )
    if outcome is not Outcome.READY and outcome is not None and not reasons.strip():
        problems["reasons"] = QT_TRANSLATE_NOOP("Screening", "Write the reasons for this outcome.")
    if outcome is Outcome.READY and red_flags(template, answers) and not flags_reason.strip():
        problems["flags_reason"] = QT_TRANSLATE_NOOP(
            "Screening", "A red flag is open: write why the participant is ready all the same."
        )
    for key in answers:
        if template.item(key) is None:
            problems[f"answer.{key}"] = QT_TRANSLATE_NOOP(
                "Screening", "This question is not on the checklist."
            )
    return problems
