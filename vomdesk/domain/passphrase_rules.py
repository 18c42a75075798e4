"""How strong a passphrase must be, judged and explained in plain words."""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from vomdesk.domain.translation import QT_TRANSLATE_NOOP, Translate, untranslated

MIN_LENGTH = 10
MIN_STRENGTH_BITS = 44.0
_CONTEXT = "PassphraseRules"

# Passwords people pick first; short on purpose: the length and estimate rules catch the rest.
_COMMON = frozenset(
    {
        "password", "passw0rd", "contraseña", "contrasena", "qwerty", "qwertyuiop", "letmein",
        "welcome", "bienvenido", "iloveyou", "teamo", "admin", "mediation", "mediacion",
        "mediación", "vomdesk", "restorative", "justice", "monkey", "dragon", "sunshine",
        "football", "baseball", "princess", "abc123", "123456", "1234567890", "secret",
    }
)  # fmt: skip
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm")


class PassphraseProblem(Enum):
    """One reason a passphrase is not accepted."""

    TOO_SHORT = "too_short"
    COMMON = "common"
    PERSONAL = "personal"
    PREDICTABLE = "predictable"


_MESSAGES = {
    PassphraseProblem.TOO_SHORT: QT_TRANSLATE_NOOP(
        "PassphraseRules",
        "Use at least {min_length} characters. Four unrelated words are easy to remember.",
    ),
    PassphraseProblem.COMMON: QT_TRANSLATE_NOOP(
        "PassphraseRules",
        "This is one of the first passwords anyone would try. Choose your own words.",
    ),
    PassphraseProblem.PERSONAL: QT_TRANSLATE_NOOP(
        "PassphraseRules", "Do not use the program's or your own name: others know them."
    ),
    PassphraseProblem.PREDICTABLE: QT_TRANSLATE_NOOP(
        "PassphraseRules",
        "Too easy to guess: avoid repeated characters and runs like 1234 or abcd. "
        "Add another word or two.",
    ),
}


@dataclass(frozen=True)
class PassphraseVerdict:
    """Whether a passphrase is accepted, how strong it looks, and what to change."""

    problems: tuple[PassphraseProblem, ...]
    strength_bits: float

    @property
    def acceptable(self) -> bool:
        return not self.problems

    @property
    def level(self) -> int:
        """0 (weak) to 4 (very strong), for a strength meter."""
        if self.problems:
            return min(1, int(self.strength_bits // 30))
        return 2 if self.strength_bits < 60 else 3 if self.strength_bits < 80 else 4

    def messages(self, translate: Translate = untranslated) -> list[str]:
        """Each problem in plain words."""
        return [
            translate(_CONTEXT, _MESSAGES[p]).format(min_length=MIN_LENGTH) for p in self.problems
        ]


def _pool_size(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^a-zA-Z0-9]", text):
        pool += 33
    return max(pool, 1)


def _predictable_characters(text: str) -> int:
    """Characters that add little: repeats of the one before, and steps along a run like abcd."""
    lowered = text.lower()
    count = 0
    for before, after in itertools.pairwise(lowered):
        if before == after or any(before + after in run for run in _SEQUENCES):
            count += 1
    return count


def estimate_strength_bits(text: str) -> float:
    """A cautious estimate of the guessing work, in bits: longer and less regular is stronger."""
    if not text:
        return 0.0
    words = [w for w in re.split(r"[\s\-_.,]+", text) if w]
    per_character = math.log2(_pool_size(text))
    useful = len(text) - _predictable_characters(text)
    by_characters = useful * per_character * 0.6  # people's choices are far from random
    by_words = len([w for w in words if len(w) >= 3]) * 11.0  # a word from a ~2,000-word vocabulary
    distinct = len(set(text.lower()))
    return min(max(by_characters, by_words), distinct * per_character)


def _fold(text: str) -> str:
    """Lower case without accents, so a name typed as Mediacion still matches Mediación."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def judge_passphrase(text: str, personal_words: Iterable[str] = ()) -> PassphraseVerdict:
    """Judge a passphrase against the minimum rules; ``personal_words`` are names others know."""
    problems: list[PassphraseProblem] = []
    lowered = text.lower().strip()
    squashed = re.sub(r"[\s\d\W_]+", "", lowered)
    if len(text) < MIN_LENGTH:
        problems.append(PassphraseProblem.TOO_SHORT)
    if lowered in _COMMON or squashed in _COMMON:
        problems.append(PassphraseProblem.COMMON)
    names = [_fold(w) for phrase in personal_words for w in re.split(r"\W+", phrase) if len(w) >= 4]
    folded = _fold(lowered)
    remainder = folded
    for name in names:
        remainder = remainder.replace(name, "")
    if remainder != folded and len(re.sub(r"[\W\d_]+", "", remainder)) < 4:
        problems.append(PassphraseProblem.PERSONAL)
    bits = estimate_strength_bits(text)
    if not problems and bits < MIN_STRENGTH_BITS:
        problems.append(PassphraseProblem.PREDICTABLE)
    return PassphraseVerdict(problems=tuple(problems), strength_bits=bits)
