"""The participant consent form and the confidentiality agreement, each with signature blocks."""

from __future__ import annotations

from typing import Final

from reportlab.platypus import Flowable, KeepTogether, Spacer

from vomdesk.documents import wording
from vomdesk.documents.layout import PageSpec, bullet, facts, para, render, signature_block
from vomdesk.documents.models import ConfidentialityDoc, ConsentFormDoc, Person

_CONSENT_SECTIONS: Final = (
    ("what_heading", "what"),
    ("voluntary_heading", "voluntary"),
    ("stop_heading", "stop"),
    ("conf_heading", "conf"),
    ("rights_heading", "rights"),
    ("next_heading", "next"),
)


def build_consent_form(doc: ConsentFormDoc) -> bytes:
    """The consent form for one participant (or a guardian for a juvenile), to sign and date."""
    lang = wording.language(doc.language)
    spec = PageSpec(
        letterhead=doc.letterhead,
        case_number=doc.case_number,
        language=lang,
        title=wording.text(lang, "consent_kind"),
        lines=(
            wording.text(lang, "consent_title"),
            wording.text(lang, "prepared_on", date=wording.long_date(doc.made_on, lang)),
        ),
    )
    who = doc.participant
    guardian_of = doc.guardian_of.strip()
    if guardian_of:
        role = wording.text(lang, "guardian_role", name=guardian_of)
    else:
        role = wording.role_name(lang, who.role)
    body: list[Flowable] = [
        facts([(wording.text(lang, "participant"), f"{who.name}\n{role}")]),
    ]
    for heading, key in _CONSENT_SECTIONS:
        body.append(
            KeepTogether(
                [para(wording.text(lang, heading), "subheading"), para(_t(lang, key), "compact")]
            )
        )
    if guardian_of:
        statement = wording.text(lang, "consent_statement_guardian", name=guardian_of)
    else:
        statement = wording.text(lang, "consent_statement")
    body.append(
        KeepTogether(
            [
                Spacer(1, 6),
                para(statement, "bold"),
                Spacer(1, 6),
                signature_block(who.name, role, "", lang),
            ]
        )
    )
    return render(spec, body)


def build_confidentiality_agreement(doc: ConfidentialityDoc) -> bytes:
    """The confidentiality agreement with one signature block per person at the session."""
    lang = wording.language(doc.language)
    spec = PageSpec(
        letterhead=doc.letterhead,
        case_number=doc.case_number,
        language=lang,
        title=wording.text(lang, "confidentiality_kind"),
        lines=(wording.text(lang, "prepared_on", date=wording.long_date(doc.made_on, lang)),),
    )
    body: list[Flowable] = [
        para(_t(lang, "cf_intro")),
        bullet(_t(lang, "cf_room")),
        bullet(_t(lang, "cf_notes")),
        bullet(_t(lang, "cf_agreement")),
        KeepTogether(
            [para(_t(lang, "cf_limits_heading"), "subheading"), para(_t(lang, "cf_limits"))]
        ),
        Spacer(1, 6),
        para(_t(lang, "cf_sign"), "bold"),
        Spacer(1, 14),
    ]
    body += [_signature(person, lang) for person in doc.signers]
    if not doc.signers:  # a blank form still has somewhere to sign
        body.append(signature_block("", wording.text(lang, "signature"), "", lang))
    return render(spec, body)


def _signature(person: Person, lang: str) -> Flowable:
    return signature_block(person.name, wording.role_name(lang, person.role), "", lang)


def _t(lang: str, key: str) -> str:
    return wording.text(lang, key)
