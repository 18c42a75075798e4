"""The recovery key: printed form, check characters that catch typos, forgiving input."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vomdesk.domain.recovery_key import (
    ALPHABET,
    ENTROPY_BYTES,
    GROUP_LENGTH,
    GROUPS,
    KeyProblem,
    RecoveryKeyError,
    check_recovery_key,
    format_recovery_key,
    normalise,
    recovery_key_secret,
)

PRINTED = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){6}$")
entropy = st.binary(min_size=ENTROPY_BYTES, max_size=ENTROPY_BYTES)


def _key_with(rng: random.Random, wanted: str) -> str:
    """A real key (random but reproducible) that contains every character in ``wanted``."""
    while True:
        key = format_recovery_key(rng.randbytes(ENTROPY_BYTES))
        if all(ch in key for ch in wanted):
            return key


@given(entropy)
def test_printed_form_is_seven_groups_of_five_and_valid(raw: bytes) -> None:
    key = format_recovery_key(raw)
    assert PRINTED.match(key), key
    result = check_recovery_key(key)
    assert result.valid
    assert result.problem is None
    assert result.message() == ""
    assert len(result.groups) == GROUPS
    assert all(result.group_ok)
    assert len(recovery_key_secret(key)) == 28


def test_too_little_entropy_is_refused() -> None:
    with pytest.raises(ValueError):
        format_recovery_key(bytes(ENTROPY_BYTES - 1))


def test_different_random_bytes_give_different_keys() -> None:
    first = format_recovery_key(bytes(range(ENTROPY_BYTES)))
    second = format_recovery_key(bytes(range(1, ENTROPY_BYTES + 1)))
    assert first != second
    assert recovery_key_secret(first) != recovery_key_secret(second)


@settings(max_examples=150)
@given(entropy, st.integers(0, GROUPS * GROUP_LENGTH - 1), st.sampled_from(ALPHABET))
def test_every_single_substitution_is_caught_in_its_group(
    raw: bytes, position: int, replacement: str
) -> None:
    compact = format_recovery_key(raw).replace("-", "")
    if compact[position] == replacement:
        replacement = ALPHABET[(ALPHABET.index(replacement) + 1) % len(ALPHABET)]
    typed = compact[:position] + replacement + compact[position + 1 :]
    result = check_recovery_key(typed)
    assert result.problem is KeyProblem.TYPO
    assert result.bad_groups == (position // GROUP_LENGTH + 1,)
    assert str(position // GROUP_LENGTH + 1) in result.message()
    with pytest.raises(RecoveryKeyError):
        recovery_key_secret(typed)


def test_every_substitution_of_every_position_of_one_key_is_caught() -> None:
    """Exhaustive for one key: 35 positions x 31 other characters."""
    compact = format_recovery_key(bytes(range(7, 7 + ENTROPY_BYTES))).replace("-", "")
    missed = []
    for position, original in enumerate(compact):
        for replacement in ALPHABET:
            if replacement == original:
                continue
            typed = compact[:position] + replacement + compact[position + 1 :]
            if check_recovery_key(typed).problem is not KeyProblem.TYPO:
                missed.append((position, replacement))
    assert missed == []


def test_a_character_never_used_is_a_typo() -> None:
    key = format_recovery_key(bytes(range(ENTROPY_BYTES)))
    typed = "U" + key[1:]  # U is not in Crockford's alphabet and is not read as anything else
    result = check_recovery_key(typed)
    assert result.problem is KeyProblem.TYPO
    assert result.bad_groups == (1,)


def test_adjacent_swaps_are_mostly_caught() -> None:
    rng = random.Random(20261128)
    swaps = caught = 0
    for _ in range(300):
        key = format_recovery_key(rng.randbytes(ENTROPY_BYTES))
        for i in range(len(key) - 1):
            a, b = key[i], key[i + 1]
            if "-" in (a, b) or a == b:
                continue
            swaps += 1
            typed = key[:i] + b + a + key[i + 2 :]
            if check_recovery_key(typed).problem is KeyProblem.TYPO:
                caught += 1
    assert swaps > 7000
    assert caught / swaps >= 0.98


def test_lower_case_spaces_and_missing_dashes_are_accepted() -> None:
    key = format_recovery_key(bytes(range(3, 3 + ENTROPY_BYTES)))
    secret = recovery_key_secret(key)
    variants = [
        key.lower(),
        key.replace("-", ""),
        key.replace("-", " "),
        "  " + key.replace("-", "").lower() + "\n",
        " ".join(key.replace("-", "")),
        key.replace("-", "\t"),
    ]
    for typed in variants:
        assert check_recovery_key(typed).valid, typed
        assert recovery_key_secret(typed) == secret


def test_i_l_and_o_are_read_as_one_and_zero() -> None:
    key = _key_with(random.Random(5), "10")
    secret = recovery_key_secret(key)
    for one in "IiLl":
        for zero in "Oo":
            typed = key.replace("1", one).replace("0", zero)
            assert typed != key
            assert check_recovery_key(typed).valid, typed
            assert recovery_key_secret(typed) == secret
    assert normalise("il-o") == "110"


def test_too_long_is_named() -> None:
    key = format_recovery_key(bytes(range(ENTROPY_BYTES)))
    result = check_recovery_key(key + "-0")
    assert result.problem is KeyProblem.TOO_LONG
    assert not result.valid
    assert len(result.groups) == GROUPS
    assert result.message()
    with pytest.raises(RecoveryKeyError):
        recovery_key_secret(key + "7")


@given(entropy, st.integers(0, GROUPS * GROUP_LENGTH - 1))
def test_every_prefix_is_incomplete_never_a_typo(raw: bytes, length: int) -> None:
    compact = format_recovery_key(raw).replace("-", "")
    result = check_recovery_key(compact[:length])
    assert result.problem is KeyProblem.INCOMPLETE
    assert not result.valid
    assert result.bad_groups == ()
    assert result.message()
    with pytest.raises(RecoveryKeyError):
        recovery_key_secret(compact[:length])


def test_incomplete_with_a_typo_in_a_finished_group_reports_the_typo() -> None:
    compact = format_recovery_key(bytes(range(ENTROPY_BYTES))).replace("-", "")
    wrong = ALPHABET[(ALPHABET.index(compact[6]) + 1) % 32]
    typed = compact[:6] + wrong + compact[7:12]  # group 2 complete and wrong, group 3 partial
    result = check_recovery_key(typed)
    assert result.problem is KeyProblem.TYPO
    assert result.bad_groups == (2,)
