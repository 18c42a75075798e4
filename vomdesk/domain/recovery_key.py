"""The recovery key: random groups of letters and digits, each group ending in a check character."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from vomdesk.domain.translation import QT_TRANSLATE_NOOP, Translate, untranslated

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32: no I, L, O, U
GROUPS = 7
DATA_PER_GROUP = 4
GROUP_LENGTH = DATA_PER_GROUP + 1
ENTROPY_BYTES = 18  # 144 random bits, of which GROUPS * DATA_PER_GROUP * 5 = 140 are used
_READ_AS = {"I": "1", "L": "1", "O": "0"}


class RecoveryKeyError(ValueError):
    """A recovery key that cannot be right: wrong length, a character that is never used, a typo."""


class KeyProblem(Enum):
    """Why a typed recovery key is not (yet) a valid one."""

    INCOMPLETE = "incomplete"
    TYPO = "typo"
    TOO_LONG = "too_long"


_CONTEXT = "RecoveryKey"
_MESSAGES = {
    KeyProblem.INCOMPLETE: QT_TRANSLATE_NOOP(
        "RecoveryKey", "Type all seven groups of the recovery key."
    ),
    KeyProblem.TYPO: QT_TRANSLATE_NOOP(
        "RecoveryKey", "Typing mistake: compare group {groups} with the printed kit."
    ),
    KeyProblem.TOO_LONG: QT_TRANSLATE_NOOP(
        "RecoveryKey", "The recovery key has more characters than it should."
    ),
}


@dataclass(frozen=True)
class RecoveryKeyCheck:
    """What a typed recovery key looks like so far: which groups are complete and correct."""

    groups: tuple[str, ...]
    group_ok: tuple[bool, ...]
    problem: KeyProblem | None

    @property
    def valid(self) -> bool:
        return self.problem is None

    @property
    def bad_groups(self) -> tuple[int, ...]:
        """Group numbers (from 1) that hold a typing mistake."""
        return tuple(i + 1 for i, ok in enumerate(self.group_ok) if not ok)

    def message(self, translate: Translate = untranslated) -> str:
        """The problem in the mediator's words, or an empty string when the key is valid."""
        if self.problem is None:
            return ""
        template = translate(_CONTEXT, _MESSAGES[self.problem])
        return template.format(groups=", ".join(str(n) for n in self.bad_groups))


def _check_character(group_index: int, data: str) -> str:
    """Luhn mod 32 over the group's position and its characters: catches any single typo."""
    codepoints = [group_index % 32] + [ALPHABET.index(c) for c in data]
    factor = 2
    total = 0
    for codepoint in reversed(codepoints):
        addend = factor * codepoint
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def format_recovery_key(entropy: bytes) -> str:
    """Turn random bytes into the printed form: seven groups of five characters joined by dashes."""
    if len(entropy) < ENTROPY_BYTES:
        raise ValueError(f"need {ENTROPY_BYTES} random bytes")
    number = int.from_bytes(entropy[:ENTROPY_BYTES], "big")
    characters = []
    for _ in range(GROUPS * DATA_PER_GROUP):
        characters.append(ALPHABET[number % 32])
        number //= 32
    data = "".join(characters)
    groups = []
    for index in range(GROUPS):
        chunk = data[index * DATA_PER_GROUP : (index + 1) * DATA_PER_GROUP]
        groups.append(chunk + _check_character(index, chunk))
    return "-".join(groups)


def normalise(typed: str) -> str:
    """Upper-case, drop spaces and dashes, and read I and L as 1 and O as 0."""
    cleaned = "".join(ch for ch in typed.upper() if ch not in " -\t\n")
    return "".join(_READ_AS.get(ch, ch) for ch in cleaned)


def check_recovery_key(typed: str) -> RecoveryKeyCheck:
    """Check a typed key group by group, so a typo is named before anything is tried."""
    text = normalise(typed)
    groups = tuple(text[i : i + GROUP_LENGTH] for i in range(0, len(text), GROUP_LENGTH))
    oks: list[bool] = []
    for index, group in enumerate(groups):
        if any(ch not in ALPHABET for ch in group):
            oks.append(False)
        elif len(group) < GROUP_LENGTH:
            oks.append(True)  # still being typed
        else:
            oks.append(_check_character(index, group[:DATA_PER_GROUP]) == group[-1])
    problem: KeyProblem | None = None
    if len(text) > GROUPS * GROUP_LENGTH:
        problem = KeyProblem.TOO_LONG
        oks = oks[:GROUPS]
    elif not all(oks):
        problem = KeyProblem.TYPO
    elif len(text) < GROUPS * GROUP_LENGTH:
        problem = KeyProblem.INCOMPLETE
    return RecoveryKeyCheck(groups=groups[:GROUPS], group_ok=tuple(oks), problem=problem)


def recovery_key_secret(typed: str) -> bytes:
    """The secret a valid key stands for; raises RecoveryKeyError on a typo."""
    result = check_recovery_key(typed)
    if not result.valid:
        raise RecoveryKeyError(result.message())
    return "".join(group[:DATA_PER_GROUP] for group in result.groups).encode("ascii")
