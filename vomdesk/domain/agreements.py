"""Restitution agreements: terms, what makes them measurable and dated, signers, and versions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from enum import Enum

from vomdesk.domain.instalments import Payment
from vomdesk.domain.translation import QT_TRANSLATE_NOOP


class TermKind(Enum):
    """What a term asks for."""

    FINANCIAL = "financial"
    PERSONAL_SERVICE = "personal_service"
    COMMUNITY_SERVICE = "community_service"
    APOLOGY = "apology"
    BEHAVIOURAL = "behavioural"
    RETURN_PROPERTY = "return_property"
    OTHER = "other"


TERM_KIND_LABELS = {
    TermKind.FINANCIAL: QT_TRANSLATE_NOOP("Agreements", "Financial restitution"),
    TermKind.PERSONAL_SERVICE: QT_TRANSLATE_NOOP("Agreements", "Personal service to the victim"),
    TermKind.COMMUNITY_SERVICE: QT_TRANSLATE_NOOP("Agreements", "Community service"),
    TermKind.APOLOGY: QT_TRANSLATE_NOOP("Agreements", "Apology"),
    TermKind.BEHAVIOURAL: QT_TRANSLATE_NOOP("Agreements", "Behavioural commitment"),
    TermKind.RETURN_PROPERTY: QT_TRANSLATE_NOOP("Agreements", "Return of property"),
    TermKind.OTHER: QT_TRANSLATE_NOOP("Agreements", "Other"),
}


class Measure(Enum):
    """How a term is measured."""

    MONEY = "money"
    HOURS = "hours"
    ITEM = "item"  # an item returned, a letter written, a commitment kept


MEASURE_OF = {
    TermKind.FINANCIAL: Measure.MONEY,
    TermKind.PERSONAL_SERVICE: Measure.HOURS,
    TermKind.COMMUNITY_SERVICE: Measure.HOURS,
    TermKind.APOLOGY: Measure.ITEM,
    TermKind.BEHAVIOURAL: Measure.ITEM,
    TermKind.RETURN_PROPERTY: Measure.ITEM,
    TermKind.OTHER: Measure.ITEM,
}


class Status(Enum):
    """Where one version of an agreement stands."""

    DRAFT = "draft"
    SIGNED = "signed"
    SUPERSEDED = "superseded"  # an amendment replaced it; it stays readable


STATUS_LABELS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Agreements", "Draft"),
    Status.SIGNED: QT_TRANSLATE_NOOP("Agreements", "Signed"),
    Status.SUPERSEDED: QT_TRANSLATE_NOOP("Agreements", "Replaced by an amendment"),
}


class SessionOutcome(Enum):
    """How a session ended."""

    AGREEMENT = "agreement"
    NO_AGREEMENT = "no_agreement"
    POSTPONED = "postponed"
    ENDED_EARLY = "ended_early"


OUTCOME_LABELS = {
    SessionOutcome.AGREEMENT: QT_TRANSLATE_NOOP("Agreements", "Agreement reached"),
    SessionOutcome.NO_AGREEMENT: QT_TRANSLATE_NOOP("Agreements", "No agreement"),
    SessionOutcome.POSTPONED: QT_TRANSLATE_NOOP("Agreements", "Postponed"),
    SessionOutcome.ENDED_EARLY: QT_TRANSLATE_NOOP("Agreements", "Ended early"),
}

MAX_CENTS = 100_000_000
MAX_HOURS = 1000.0


@dataclass(frozen=True)
class TermFacts:
    """One term as the checks see it."""

    kind: TermKind
    description: str
    responsible: tuple[int, ...]
    amount_cents: int | None = None
    hours: float | None = None
    item: str = ""
    payee: str = ""
    deadline: date | None = None
    payments: tuple[Payment, ...] = ()
    joint: bool = False
    shares: tuple[int, ...] = ()  # cents per responsible offender, when split

    @property
    def last_day(self) -> date | None:
        """When the term must be done: its deadline, or the last instalment."""
        return self.payments[-1].due if self.payments else self.deadline


def term_problems(term: TermFacts, *, today: date) -> dict[str, str]:
    """Why a term is not yet measurable and dated (English, for translation), by field."""
    problems: dict[str, str] = {}
    if not term.description.strip():
        problems["description"] = QT_TRANSLATE_NOOP("Agreements", "Describe the term.")
    if not term.responsible:
        problems["responsible"] = QT_TRANSLATE_NOOP("Agreements", "Choose who is responsible.")
    measure = MEASURE_OF[term.kind]
    if measure is Measure.MONEY:
        if term.amount_cents is None or term.amount_cents <= 0:
            problems["amount"] = QT_TRANSLATE_NOOP(
                "Agreements", "Enter the amount, more than zero."
            )
        elif term.amount_cents > MAX_CENTS:
            problems["amount"] = QT_TRANSLATE_NOOP("Agreements", "This amount is too large.")
        elif term.payments and sum(p.cents for p in term.payments) != term.amount_cents:
            problems["plan"] = QT_TRANSLATE_NOOP(
                "Agreements", "The instalments do not add up to the amount: make the plan again."
            )
        if not term.payee.strip():
            problems["payee"] = QT_TRANSLATE_NOOP("Agreements", "Say who is paid.")
        if len(term.responsible) > 1 and not term.joint:
            if len(term.shares) != len(term.responsible):
                problems["shares"] = QT_TRANSLATE_NOOP(
                    "Agreements", "Give each co-offender's share, or make it joint."
                )
            elif sum(term.shares) != (term.amount_cents or 0):
                problems["shares"] = QT_TRANSLATE_NOOP(
                    "Agreements", "The shares do not add up to the amount."
                )
    elif measure is Measure.HOURS:
        if term.hours is None or not 0 < term.hours <= MAX_HOURS:
            problems["hours"] = QT_TRANSLATE_NOOP(
                "Agreements", "Enter the hours, more than zero and at most 1,000."
            )
    elif not term.item.strip():
        problems["item"] = QT_TRANSLATE_NOOP(
            "Agreements", "Say what is delivered or done, so it can be checked."
        )
    if term.last_day is None:
        problems["deadline"] = QT_TRANSLATE_NOOP("Agreements", "Give a deadline or a plan.")
    elif term.payments and term.payments[0].due < today:
        problems["plan"] = QT_TRANSLATE_NOOP("Agreements", "The first payment is in the past.")
    elif not term.payments and term.deadline is not None and term.deadline < today:
        problems["deadline"] = QT_TRANSLATE_NOOP("Agreements", "The deadline has passed.")
    return problems


@dataclass(frozen=True)
class AgreementFacts:
    """A whole draft as the checks see it."""

    terms: tuple[TermFacts, ...]
    losses_cents: int  # what the victims itemised
    difference_reason: str = ""
    source_deadline: date | None = None
    deadline_reason: str = ""


@dataclass(frozen=True)
class Finding:
    """A check on the whole agreement: the field it concerns and what to do."""

    field: str
    text: str
    params: dict[str, str] = dataclass_field(default_factory=dict)


def money_total(terms: Sequence[TermFacts]) -> int:
    return sum(t.amount_cents or 0 for t in terms if MEASURE_OF[t.kind] is Measure.MONEY)


def agreement_findings(facts: AgreementFacts, *, today: date) -> list[Finding]:
    """What stops a draft from being signed: each term's problems, deadlines past the referral
    source's deadline (a reason lets them stand), and money different from the losses the victim
    itemised (a reason lets it stand)."""
    findings: list[Finding] = []
    if not facts.terms:
        findings.append(Finding("terms", QT_TRANSLATE_NOOP("Agreements", "Add at least one term.")))
    for index, term in enumerate(facts.terms):
        for key, text in term_problems(term, today=today).items():
            findings.append(Finding(f"terms.{index}.{key}", text, {"number": str(index + 1)}))
    late = [
        i
        for i, t in enumerate(facts.terms)
        if facts.source_deadline and t.last_day and t.last_day > facts.source_deadline
    ]
    if late and not facts.deadline_reason.strip():
        findings.append(
            Finding(
                "deadline_reason",
                QT_TRANSLATE_NOOP(
                    "Agreements",
                    "Term {number} ends after the referral source's deadline: "
                    "shorten it or say why.",
                ),
                {"number": str(late[0] + 1)},
            )
        )
    money = money_total(facts.terms)
    if facts.losses_cents and money != facts.losses_cents and not facts.difference_reason.strip():
        findings.append(
            Finding(
                "difference_reason",
                QT_TRANSLATE_NOOP(
                    "Agreements",
                    "The money terms differ from the losses the victim listed: say why.",
                ),
            )
        )
    return findings


@dataclass(frozen=True)
class SignerFacts:
    """Someone whose signature the agreement needs."""

    key: str  # "participant.<id>" or "mediator"
    name: str
    role: str


def required_signers(
    victims: Sequence[tuple[int, str]],
    offenders: Sequence[tuple[int, str, bool]],  # id, name, juvenile
    guardians: Sequence[tuple[int, str, int]],  # id, name, whom they accompany
    mediator: str,
) -> list[SignerFacts]:
    """Every victim and offender taking part, each juvenile offender's parent or guardian (who
    co-signs), and the mediator."""
    signers = [SignerFacts(f"participant.{pid}", name, "victim") for pid, name in victims]
    juveniles = {pid for pid, _, juvenile in offenders if juvenile}
    for pid, name, _ in offenders:
        signers.append(SignerFacts(f"participant.{pid}", name, "offender"))
        for gid, guardian, of in guardians:
            if of == pid and pid in juveniles:
                signers.append(SignerFacts(f"participant.{gid}", guardian, "parent_guardian"))
    signers.append(SignerFacts("mediator", mediator, "mediator"))
    return signers


def signing_problem(signed_on: date | None, session_on: date | None, today: date) -> str | None:
    """Why a signature date cannot be recorded (English, for translation), or None."""
    if signed_on is None:
        return QT_TRANSLATE_NOOP("Agreements", "Enter the date of the signature.")
    if signed_on > today:
        return QT_TRANSLATE_NOOP("Agreements", "A signature cannot be dated in the future.")
    if session_on is not None and signed_on < session_on:
        return QT_TRANSLATE_NOOP("Agreements", "A signature cannot come before the session.")
    return None
