"""What each printed document is built from: plain data, redacted by construction.

A document for the offender side or for the referral source is built from a model that has no
field for victim contact details or victim-side preparation (arrival time, waiting area, topics,
questions). Such a document cannot print them, whatever the caller passes: there is nowhere to
put them. Names and roles are the only facts about a person that every document may carry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Letterhead:
    """The program as it heads every document (Settings); no participant ever appears here."""

    program_name: str
    address: str = ""
    phone: str = ""
    logo_png: bytes | None = None
    mediator_name: str = ""


@dataclass(frozen=True)
class Person:
    """Who someone is in a document: a name and a role code (domain.parties.Role values, or
    "mediator")."""

    name: str
    role: str


@dataclass(frozen=True)
class Instalment:
    """One payment of a plan: when it is due and how much, in cents."""

    due: date
    cents: int


@dataclass(frozen=True)
class Share:
    """One co-offender's part of a split money term."""

    name: str
    cents: int


@dataclass(frozen=True)
class Term:
    """One term of an agreement as printed.

    ``kind`` is a domain.agreements.TermKind value; the measurable quantity is one of
    ``amount_cents`` (money), ``hours`` (service), ``item`` (an item or a letter).
    """

    kind: str
    description: str
    responsible: tuple[str, ...]  # names
    amount_cents: int | None = None
    hours: float | None = None
    item: str = ""
    payee: str = ""
    deadline: date | None = None
    instalments: tuple[Instalment, ...] = ()
    joint: bool = False  # a money term several owe: each owes all
    shares: tuple[Share, ...] = ()  # or split in stated shares


@dataclass(frozen=True)
class Signer:
    """A signature block: who signs, in what role, and the date if already signed."""

    name: str
    role: str
    signed_on: date | None = None


@dataclass(frozen=True)
class AgreementDoc:
    """The restitution agreement. ``language`` is the copy's language; when it differs from
    ``governing_language`` the copy is marked as a translation of the governing text."""

    letterhead: Letterhead
    case_number: str
    language: str
    governing_language: str
    version: int
    session_on: date | None
    victims: tuple[Person, ...]
    offenders: tuple[Person, ...]
    guardians: tuple[Person, ...]
    terms: tuple[Term, ...]
    signers: tuple[Signer, ...]
    amendment_reason: str = ""  # set on a version after the first
    made_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class PaymentScheduleDoc:
    """The payment schedule of an agreement's money terms, for a payer (or for everyone)."""

    letterhead: Letterhead
    case_number: str
    language: str
    payer: str  # the offender the schedule is for ("" for the whole agreement)
    payee: str
    rows: tuple[tuple[Instalment, str], ...]  # each instalment and the term it pays
    made_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class ConsentFormDoc:
    """The participant consent form, to sign; a guardian signs it for (and with) a juvenile."""

    letterhead: Letterhead
    case_number: str
    language: str
    participant: Person
    guardian_of: str = ""  # the juvenile's name when the signer is a parent or guardian
    made_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class ConfidentialityDoc:
    """The confidentiality agreement everyone at the session signs."""

    letterhead: Letterhead
    case_number: str
    language: str
    signers: tuple[Person, ...]
    made_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class Appointment:
    """When and where a session is: the program's venue, never someone's private address."""

    starts: datetime  # aware; printed in local time
    minutes: int
    venue_name: str
    venue_address: str = ""
    joint: bool = True  # False: a separate meeting of an indirect process


@dataclass(frozen=True)
class VictimConfirmation:
    """The session confirmation letter to a victim (or their companion): victim-side details
    (their own arrival time and waiting area) may appear here, and only here."""

    letterhead: Letterhead
    case_number: str
    language: str
    recipient: Person
    recipient_address: str
    appointment: Appointment
    arrival: str = ""
    waiting_area: str = ""
    support_persons: str = ""
    made_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class OffenderSideConfirmation:
    """The session confirmation letter to an offender or someone who accompanies them. There is
    no field for anything about the victim beyond what the session itself is."""

    letterhead: Letterhead
    case_number: str
    language: str
    recipient: Person
    recipient_address: str  # the recipient's own address
    appointment: Appointment
    arrival: str = ""  # the offender side's own arrival
    waiting_area: str = ""  # the offender side's own waiting area
    made_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class ReferralAcknowledgmentDoc:
    """The letter to the referral source: status only, and only what the parties' consent to
    share allows (``statuses`` holds domain.consent.Shareable values already cleared)."""

    letterhead: Letterhead
    case_number: str
    language: str
    source_agency: str
    source_person: str
    court_number: str
    received_on: date
    offenders: tuple[str, ...]  # the names the source referred
    statuses: tuple[tuple[str, str], ...] = ()  # (Shareable value, status code)
    made_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class ReceiptDoc:
    """A payment receipt, for the payer: what was received, for which term, what is left."""

    letterhead: Letterhead
    case_number: str
    language: str
    receipt_number: str
    received_on: date
    payer: str
    amount_cents: int
    method: str  # "cash", "check", "money_order", "card", or as typed
    term_description: str
    balance_cents: int  # what is still owed after this payment (the payer's, for a split term)
    received_by: str
    instalment: int | None = None  # which instalment of the plan it pays
    instalments: int = 0  # how many the plan has (0: no plan)
    payee: str = ""
    made_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class OverdueTerm:
    """One term that is behind: what it is, what is outstanding, and since when."""

    kind: str  # a domain.agreements.TermKind value
    description: str
    since: date
    amount_cents: int | None = None  # money overdue
    hours: float | None = None  # hours still to work
    item: str = ""  # what is still to be given


@dataclass(frozen=True)
class ReminderDoc:
    """The reminder letter to an offender (and, for a juvenile, the parent or guardian) about
    terms that are behind. There is no field for anything of the victim's."""

    letterhead: Letterhead
    case_number: str
    language: str
    recipient: str  # the offender's name
    recipient_address: str  # the offender's own address
    overdue: tuple[OverdueTerm, ...]
    respond_by: date
    guardian: str = ""  # a juvenile's parent or guardian, addressed in the same letter
    made_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class CompletionLetterDoc:
    """The letter to the referral source when monitoring ends: status only, and only what the
    parties' consent to share allows (``statuses`` holds (Shareable value, status code) pairs
    already cleared; "completion" with completed, partially_completed or not_completed)."""

    letterhead: Letterhead
    case_number: str
    language: str
    source_agency: str
    source_person: str
    court_number: str
    received_on: date
    offenders: tuple[str, ...]
    statuses: tuple[tuple[str, str], ...] = ()
    made_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class VictimNoticeDoc:
    """The notice to a victim that the agreement was completed, or not, and what was paid to
    them; ``outcome`` is completed, partially_completed or not_completed."""

    letterhead: Letterhead
    case_number: str
    language: str
    recipient: str
    recipient_address: str
    outcome: str
    paid_cents: int = 0  # passed on to the victim in all
    held_cents: int = 0  # received for the victim, not yet passed on
    money_owed: bool = True  # the agreement had money terms
    source_agency: str = ""  # where a case not completed goes back to (named then only)
    made_on: date = field(default_factory=date.today)
