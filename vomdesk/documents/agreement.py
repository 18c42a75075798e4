"""The restitution agreement: parties, numbered terms, standard clauses and signature blocks."""

from __future__ import annotations

from typing import Final

from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from vomdesk.documents import wording
from vomdesk.documents.fonts import BOLD
from vomdesk.documents.layout import (
    PageSpec,
    bullet,
    facts,
    grid,
    para,
    render,
    signature_block,
)
from vomdesk.documents.models import AgreementDoc, Person, Signer, Term

_TABLE_WIDTH: Final = 4.6 * inch
_CLAUSES: Final = (
    "clause_voluntary",
    "clause_missed",
    "clause_confidential",
    "clause_amend",
    "clause_copies",
)


def build_agreement(doc: AgreementDoc) -> bytes:
    """The agreement as PDF bytes, in ``doc.language``; a translation says which text governs."""
    lang = wording.language(doc.language)
    governing = wording.language(doc.governing_language)
    lines = [wording.text(lang, "version", version=doc.version)]
    if doc.version > 1 and doc.amendment_reason.strip():
        lines.append(wording.text(lang, "amended", reason=doc.amendment_reason.strip()))
    lines.append(wording.text(lang, "prepared_on", date=wording.long_date(doc.made_on, lang)))
    banner = ""
    if lang != governing:
        name = wording.language_name(lang, governing)
        banner = wording.text(lang, "translation_banner", language=name)
    spec = PageSpec(
        letterhead=doc.letterhead,
        case_number=doc.case_number,
        language=lang,
        title=wording.text(lang, "agreement_kind"),
        lines=tuple(lines),
        banner=banner,
    )
    return render(spec, _body(doc, lang))


def _body(doc: AgreementDoc, lang: str) -> list[Flowable]:
    body: list[Flowable] = []
    if doc.session_on is not None:
        date = wording.long_date(doc.session_on, lang)
        body.append(para(wording.text(lang, "session_on", date=date)))
    body += _parties(doc, lang)
    body.append(para(wording.text(lang, "terms"), "heading"))
    if not doc.terms:
        body.append(para(wording.text(lang, "no_terms")))
    for number, term in enumerate(doc.terms, start=1):
        body += _term(number, term, lang)
    body.append(para(wording.text(lang, "general"), "heading"))
    body += [bullet(wording.text(lang, key)) for key in _CLAUSES]
    body += _signatures(doc, lang)
    return body


def _parties(doc: AgreementDoc, lang: str) -> list[Flowable]:
    rows: list[tuple[str, str]] = []
    for role, people in (
        ("victim", doc.victims),
        ("offender", doc.offenders),
        ("parent_guardian", doc.guardians),
    ):
        names = [person.name for person in people if person.name.strip()]
        if names:
            label = wording.role_name(lang, role, plural=len(names) > 1)
            rows.append((label, "\n".join(names)))
    out: list[Flowable] = [
        para(wording.text(lang, "parties"), "heading"),
        para(wording.text(lang, "parties_intro")),
    ]
    if rows:
        out.append(facts(rows))
    return out


def _term(number: int, term: Term, lang: str) -> list[Flowable]:
    """One numbered term: what, who, how much, to whom, by when; then its tables."""
    kind = wording.term_kind_name(lang, term.kind)
    block: list[Flowable] = [para(f"{number}. {kind}", "subheading")]
    if term.description.strip():
        block.append(para(term.description.strip()))
    rows: list[tuple[str, str]] = []
    if term.responsible:
        rows.append((wording.text(lang, "responsible"), wording.names(term.responsible, lang)))
    if term.amount_cents is not None:
        rows.append((wording.text(lang, "amount"), wording.money(term.amount_cents, lang)))
    if term.hours is not None:
        rows.append((wording.text(lang, "hours"), wording.hours(term.hours, lang)))
    if term.item.strip():
        rows.append((wording.text(lang, "item"), term.item.strip()))
    if term.payee.strip():
        key = "paid_to" if term.amount_cents is not None else "for_whom"
        rows.append((wording.text(lang, key), term.payee.strip()))
    if term.deadline is not None:
        rows.append((wording.text(lang, "deadline"), wording.long_date(term.deadline, lang)))
    if rows:
        block.append(facts(rows, label_width=_label_width(lang)))
    out: list[Flowable] = [KeepTogether(block)]
    if term.joint and len(term.responsible) > 1:
        out += [Spacer(1, 4), para(wording.text(lang, "jointly"))]
    if term.shares:
        out += _shares(term, lang)
    if term.instalments:
        out += _instalments(term, lang)
    return out


def _shares(term: Term, lang: str) -> list[Flowable]:
    rows = [[share.name, wording.money(share.cents, lang)] for share in term.shares]
    total = wording.money(sum(share.cents for share in term.shares), lang)
    table = grid(
        [wording.text(lang, "share_person"), wording.text(lang, "share_amount")],
        rows,
        [_TABLE_WIDTH - 1.5 * inch, 1.5 * inch],
        right=(1,),
        total=[wording.text(lang, "total"), total],
    )
    return [KeepTogether([Spacer(1, 4), para(wording.text(lang, "shares")), table])]


def _instalments(term: Term, lang: str) -> list[Flowable]:
    rows = [
        [str(index), wording.short_date(item.due, lang), wording.money(item.cents, lang)]
        for index, item in enumerate(term.instalments, start=1)
    ]
    total = wording.money(sum(item.cents for item in term.instalments), lang)
    table = grid(
        [
            wording.text(lang, "instalment_no"),
            wording.text(lang, "due_date"),
            wording.text(lang, "amount"),
        ],
        rows,
        [0.8 * inch, _TABLE_WIDTH - 2.3 * inch, 1.5 * inch],
        right=(0, 2),
        total=["", wording.text(lang, "total"), total],
    )
    heading = para(wording.text(lang, "instalments"), "bold")
    return [KeepTogether([Spacer(1, 4), heading, Spacer(1, 3), table])]


def _signatures(doc: AgreementDoc, lang: str) -> list[Flowable]:
    signers = doc.signers or _default_signers(doc)
    blocks = [
        signature_block(
            signer.name,
            wording.role_name(lang, signer.role),
            wording.long_date(signer.signed_on, lang) if signer.signed_on else "",
            lang,
        )
        for signer in signers
    ]
    heading = para(wording.text(lang, "signatures"), "heading")
    if not blocks:
        return [heading]
    return [Spacer(1, 6), KeepTogether([heading, Spacer(1, 6), blocks[0]]), *blocks[1:]]


def _label_width(lang: str) -> float:
    """One label column for every term, so their values line up down the page."""
    keys = ("responsible", "amount", "hours", "item", "paid_to", "for_whom", "deadline")
    widest = max(stringWidth(wording.text(lang, key), BOLD, 9) for key in keys)
    return float(widest) + 14


def _default_signers(doc: AgreementDoc) -> tuple[Signer, ...]:
    """Without a list of signers: every party, then the mediator."""
    people: list[Person] = [*doc.victims, *doc.offenders, *doc.guardians]
    signers = [Signer(person.name, person.role) for person in people]
    signers.append(Signer(doc.letterhead.mediator_name, "mediator"))
    return tuple(signers)
