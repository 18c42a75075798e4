"""What a referral says: who sent it, at which justice stage, for which offences, and its flags."""

from __future__ import annotations

from enum import Enum

from vomdesk.domain.translation import QT_TRANSLATE_NOOP


class SourceType(Enum):
    """Who referred the case."""

    JUDGE = "judge"
    PROBATION_OFFICER = "probation_officer"
    VICTIM_ADVOCATE = "victim_advocate"
    PROSECUTOR = "prosecutor"
    DEFENSE_ATTORNEY = "defense_attorney"
    POLICE = "police"
    SCHOOL = "school"
    OTHER = "other"


SOURCE_LABELS = {
    SourceType.JUDGE: QT_TRANSLATE_NOOP("Referrals", "Judge"),
    SourceType.PROBATION_OFFICER: QT_TRANSLATE_NOOP("Referrals", "Probation officer"),
    SourceType.VICTIM_ADVOCATE: QT_TRANSLATE_NOOP("Referrals", "Victim advocate"),
    SourceType.PROSECUTOR: QT_TRANSLATE_NOOP("Referrals", "Prosecutor"),
    SourceType.DEFENSE_ATTORNEY: QT_TRANSLATE_NOOP("Referrals", "Defense attorney"),
    SourceType.POLICE: QT_TRANSLATE_NOOP("Referrals", "Police"),
    SourceType.SCHOOL: QT_TRANSLATE_NOOP("Referrals", "School"),
    SourceType.OTHER: QT_TRANSLATE_NOOP("Referrals", "Other"),
}


class JusticeStage(Enum):
    """Where the case stood in the justice process when it was referred."""

    DIVERSION = "diversion"
    PRE_ADJUDICATION = "pre_adjudication"
    PROBATION_CONDITION = "probation_condition"
    POST_SENTENCE = "post_sentence"


JUSTICE_STAGE_LABELS = {
    JusticeStage.DIVERSION: QT_TRANSLATE_NOOP("Referrals", "Diversion before charge"),
    JusticeStage.PRE_ADJUDICATION: QT_TRANSLATE_NOOP("Referrals", "Pre-adjudication"),
    JusticeStage.PROBATION_CONDITION: QT_TRANSLATE_NOOP(
        "Referrals", "Post-adjudication, condition of probation"
    ),
    JusticeStage.POST_SENTENCE: QT_TRANSLATE_NOOP("Referrals", "Post-sentence"),
}


class OffenceCategory(Enum):
    PROPERTY = "property"
    PERSON = "person"
    OTHER = "other"


CATEGORY_LABELS = {
    OffenceCategory.PROPERTY: QT_TRANSLATE_NOOP("Referrals", "Property"),
    OffenceCategory.PERSON: QT_TRANSLATE_NOOP("Referrals", "Person"),
    OffenceCategory.OTHER: QT_TRANSLATE_NOOP("Referrals", "Other"),
}


class OffenceLevel(Enum):
    MISDEMEANOUR = "misdemeanour"
    FELONY = "felony"
    OTHER = "other"


LEVEL_LABELS = {
    OffenceLevel.MISDEMEANOUR: QT_TRANSLATE_NOOP("Referrals", "Misdemeanor"),
    OffenceLevel.FELONY: QT_TRANSLATE_NOOP("Referrals", "Felony"),
    OffenceLevel.OTHER: QT_TRANSLATE_NOOP("Referrals", "Other"),
}


class CareFlag(Enum):
    """Offences a program excludes or handles with extra care."""

    SEXUAL_OFFENCE = "sexual_offence"
    PARTNER_VIOLENCE = "partner_violence"
    STALKING = "stalking"
    SERIOUS_VIOLENCE = "serious_violence"


CARE_FLAG_LABELS = {
    CareFlag.SEXUAL_OFFENCE: QT_TRANSLATE_NOOP("Referrals", "Sexual offence"),
    CareFlag.PARTNER_VIOLENCE: QT_TRANSLATE_NOOP("Referrals", "Domestic or partner violence"),
    CareFlag.STALKING: QT_TRANSLATE_NOOP("Referrals", "Stalking"),
    CareFlag.SERIOUS_VIOLENCE: QT_TRANSLATE_NOOP("Referrals", "Serious violence"),
}


DEADLINE_KINDS = {
    "report_due": QT_TRANSLATE_NOOP("Referrals", "Report due"),
    "court_date": QT_TRANSLATE_NOOP("Referrals", "Court date"),
}
"""Kinds of deadline a referral source sets; the mediator may also type their own words."""
