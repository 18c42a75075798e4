"""People across cases: ages, the juvenile rule, and spotting the same person in another case."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date


def fold(text: str) -> str:
    """Lower case without accents or extra spaces: "  José  MUÑOZ " -> "jose munoz"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split())


def age_on(birth: date, day: date) -> int:
    """Whole years of age on ``day``; someone born on 29 February turns a year older on 1 March."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def is_juvenile(offender_births: Iterable[date | None], on: date, threshold: int) -> bool | None:
    """True when any offender was under ``threshold`` on ``on``; None when no age is known."""
    known = [birth for birth in offender_births if birth is not None]
    if any(age_on(birth, on) < threshold for birth in known):
        return True
    if not known:
        return None
    return False


def likely_same_person(
    name: str, birth: date | None, other_name: str, other_birth: date | None
) -> bool:
    """Same name once folded (in any order), and no contradicting date of birth."""
    if birth is not None and other_birth is not None and birth != other_birth:
        return False
    words, other = sorted(fold(name).split()), sorted(fold(other_name).split())
    if not words or not other:
        return False
    if words == other:
        return True
    # "Ana Maria Lopez" and "Ana Lopez": every word of the shorter name in the longer one,
    # accepted only when a date of birth confirms it.
    shorter, longer = sorted((words, other), key=len)
    return birth is not None and birth == other_birth and set(shorter) <= set(longer)
