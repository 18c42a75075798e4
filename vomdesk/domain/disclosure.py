"""What a participant may receive of their case when they ask for their data."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from vomdesk.domain.parties import Side


class Part(Enum):
    """A part of the case record, as a data-access export sees it."""

    PARTICIPANT = "participant"  # a participant's own record: name, role, contact...
    REFERRAL = "referral"  # the case and its referral
    SCREENING = "screening"
    CONSENT = "consent"
    SHARING_CONSENT = "sharing_consent"
    VICTIM_CHOICES = "victim_choices"  # the victim's wishes for the meeting: victim-side
    SAFETY_PLAN = "safety_plan"
    AGREEMENT_TERM = "agreement_term"
    SESSION_RECORD = "session_record"  # notes of the meeting: never disclosed


class Whose(Enum):
    """Whose the part is, seen from the recipient."""

    OWN = "own"  # the recipient's own record
    OTHER = "other"  # another participant's (either side)
    CASE = "case"  # the case's: shared by everyone in it


CONTACT = frozenset({"address", "phone", "email", "employer"})
OWN_RECORD = frozenset(
    {
        "id",
        "name",
        "role",
        "side",
        "birth",
        "preferred_language",
        "interpreter_needed",
        "accessibility_needs",
    }
)
NAME_AND_ROLE = frozenset({"id", "name", "role"})
# The referral facts that concern every participant; who referred the case, how to reach them,
# and the mediator's care flags stay with the program.
REFERRAL = frozenset(
    {
        "number",
        "stage",
        "received_on",
        "justice_stage",
        "court_number",
        "incident_date",
        "incident_place",
        "offences",
        "no_contact_order",
        "no_contact_allows_contact",
        "no_contact_note",
    }
)
SCREENING = frozenset({"done_on", "outcome", "answers"})  # not the mediator's reasons
CONSENT = frozenset({"given_on", "how", "informed", "withdrawn_on", "withdrawal_reason"})
SHARING_CONSENT = frozenset({"allowed", "given_on", "until", "withdrawn_on"})
VICTIM_CHOICES = frozenset(
    {
        "form",
        "days",
        "day_parts",
        "times_note",
        "other_place",
        "support_persons",
        "seating",
        "speaks_first",
        "topics",
        "questions",
        "break_signal",
    }
)
SAFETY_FOR_SIDE = {
    Side.VICTIM: frozenset({"victim_arrival", "victim_waiting_area", "departure"}),
    Side.OFFENDER: frozenset({"offender_arrival", "offender_waiting_area", "departure"}),
    Side.NEUTRAL: frozenset({"departure"}),
}
AGREEMENT_TERM = frozenset(
    {
        "kind",
        "description",
        "responsible",
        "amount_cents",
        "hours",
        "item",
        "payee",
        "deadline",
        "frequency",
        "payments",
        "joint",
        "shares",
    }
)
NOTHING: frozenset[str] = frozenset()


def allowed_fields(part: Part, whose: Whose, recipient: Side) -> frozenset[str]:
    """The fields of ``part`` that a participant on side ``recipient`` may receive.

    A participant gets their own record with their own contact details; of everyone else only
    the name and role; their own screening and consent records; the victim's own wishes for the
    meeting only when they are the victim; the agreement's terms; never meeting notes.
    """
    if part is Part.PARTICIPANT:
        if whose is Whose.OWN:
            return OWN_RECORD | CONTACT
        return NAME_AND_ROLE
    if part is Part.REFERRAL:
        return REFERRAL if whose is Whose.CASE else NOTHING
    if part is Part.AGREEMENT_TERM:
        return AGREEMENT_TERM if whose is Whose.CASE else NOTHING
    if part is Part.SAFETY_PLAN:
        return SAFETY_FOR_SIDE[recipient] if whose is Whose.CASE else NOTHING
    if whose is not Whose.OWN:
        return NOTHING
    own = {
        Part.SCREENING: SCREENING,
        Part.CONSENT: CONSENT,
        Part.SHARING_CONSENT: SHARING_CONSENT,
        Part.VICTIM_CHOICES: VICTIM_CHOICES if recipient is Side.VICTIM else NOTHING,
    }
    return own.get(part, NOTHING)


def pick(values: Mapping[str, Any], part: Part, whose: Whose, recipient: Side) -> dict[str, Any]:
    """Only the allowed fields of ``values``, in their order."""
    allowed = allowed_fields(part, whose, recipient)
    return {key: value for key, value in values.items() if key in allowed}
