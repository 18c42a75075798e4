"""Document wording per language: texts, role and term names, dates, times and money (Babel)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from babel.dates import format_date, format_time
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal

from vomdesk.documents import wording_en, wording_es

LANGUAGES: Final = ("en", "es")
DEFAULT: Final = "en"

_LOCALES: Final[dict[str, str]] = {"en": "en_US", "es": "es_US"}
_TEXT: Final[dict[str, dict[str, str]]] = {"en": wording_en.TEXT, "es": wording_es.TEXT}
_ROLES: Final[dict[str, dict[str, tuple[str, str]]]] = {
    "en": wording_en.ROLES,
    "es": wording_es.ROLES,
}
_KINDS: Final[dict[str, dict[str, str]]] = {
    "en": wording_en.TERM_KINDS,
    "es": wording_es.TERM_KINDS,
}
_STATUSES: Final[dict[str, dict[tuple[str, str], str]]] = {
    "en": wording_en.STATUSES,
    "es": wording_es.STATUSES,
}


def language(code: str) -> str:
    """The document language for a code ("es", "es-US", "ES_mx" give "es"); unknown is English."""
    base = code.replace("_", "-").split("-", 1)[0].strip().lower()
    return base if base in LANGUAGES else DEFAULT


def locale(code: str) -> str:
    """The Babel locale for a language code: en_US or es_US."""
    return _LOCALES[language(code)]


def text(code: str, key: str, **fields: object) -> str:
    """One text in the language, its {fields} filled in; plain text, not markup."""
    template = _TEXT[language(code)][key]
    return template.format(**fields) if fields else template


def role_name(code: str, role: str, *, plural: bool = False) -> str:
    """A role's printed name; an unknown role code is shown as given, tidied."""
    names = _ROLES[language(code)].get(role)
    if names is None:
        return role.replace("_", " ").strip().capitalize()
    return names[1] if plural else names[0]


def term_kind_name(code: str, kind: str) -> str:
    """A term kind's printed name; an unknown kind reads as "Other commitment"."""
    kinds = _KINDS[language(code)]
    return kinds.get(kind, kinds["other"])


def status_sentence(code: str, shareable: str, status: str) -> str | None:
    """The sentence telling the referral source one status, or None for an unknown pair."""
    return _STATUSES[language(code)].get((shareable, status))


def status_sentences(code: str) -> dict[tuple[str, str], str]:
    """Every status sentence in the language (for checks that none slipped in)."""
    return dict(_STATUSES[language(code)])


def language_name(code: str, of: str) -> str:
    """The name, written in language ``code``, of language ``of`` ("Spanish", "inglés")."""
    return text(code, f"lang_{language(of)}")


def long_date(day: datetime.date, code: str) -> str:
    """A date in words: "March 5, 2026" or "5 de marzo de 2026"."""
    return str(format_date(day, format="long", locale=locale(code)))


def short_date(day: datetime.date, code: str) -> str:
    """A compact, unambiguous date for tables: "Mar 5, 2026" or "5 mar 2026"."""
    return str(format_date(day, format="medium", locale=locale(code)))


def money(cents: int, code: str) -> str:
    """An amount in US dollars: "$1,234.50" (en_US and es_US alike)."""
    return str(format_currency(Decimal(cents) / 100, "USD", locale=locale(code)))


def local_time(moment: datetime.datetime, code: str) -> str:
    """The clock time in the computer's local zone: "5:30 PM" or "5:30 p.m."."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return str(format_time(local, format="short", locale=locale(code)))


def local_day(moment: datetime.datetime, code: str) -> str:
    """The long date of a moment, in the computer's local zone."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return long_date(local.date(), code)


def hours(value: float, code: str) -> str:
    """A number of hours: "12 hours", "1 hour", "7.5 horas"."""
    number = format_decimal(value, format="#,##0.##", locale=locale(code))
    key = "hours_one" if value == 1 else "hours_many"
    return text(code, key, hours=number)


def duration(minutes: int, code: str) -> str:
    """A length of time: "1 hour 30 minutes", "2 horas", "45 minutos"."""
    whole, rest = divmod(max(minutes, 0), 60)
    parts = []
    if whole:
        parts.append(hours(whole, code))
    if rest or not whole:
        parts.append(text(code, "minutes_one" if rest == 1 else "minutes_many", minutes=rest))
    return " ".join(parts)


def names(items: Sequence[str], code: str) -> str:
    """Names joined as a sentence: "Ana, Ben, and Carl" or "Ana, Ben y Carl"."""
    cleaned = [item for item in items if item.strip()]
    if not cleaned:
        return ""
    return str(format_list(cleaned, locale=locale(code)))


def payment_method(code: str, method: str) -> str:
    """A payment method's printed name ("cash" gives "Cash" or "Efectivo"); others as typed."""
    key = "method_" + method.strip().lower().replace(" ", "_")
    return _TEXT[language(code)].get(key, method.strip())
