"""Passphrase rules: too short, common, personal, predictable; good multi-word phrases pass."""

from __future__ import annotations

import pytest

from vomdesk.domain.passphrase_rules import (
    MIN_LENGTH,
    MIN_STRENGTH_BITS,
    PassphraseProblem,
    estimate_strength_bits,
    judge_passphrase,
)

PROGRAM_NAME = "Valle Verde Mediación"
MEDIATOR = "Ana Ruiz"


@pytest.mark.parametrize("text", ["", "abc", "Zq8!xR2#v", "x" * (MIN_LENGTH - 1)])
def test_short_passphrases_are_refused(text: str) -> None:
    verdict = judge_passphrase(text)
    assert PassphraseProblem.TOO_SHORT in verdict.problems
    assert not verdict.acceptable
    assert str(MIN_LENGTH) in verdict.messages()[0]  # the placeholder is filled in


@pytest.mark.parametrize(
    "text", ["qwertyuiop", "contraseña", "CONTRASEÑA 2024", "Password123!", "1234567890"]
)
def test_common_passwords_are_refused_even_with_digits_or_capitals(text: str) -> None:
    verdict = judge_passphrase(text)
    assert PassphraseProblem.COMMON in verdict.problems
    assert not verdict.acceptable


@pytest.mark.parametrize(
    "text",
    [
        "Valle Verde 2026!!",
        "valleverde mediación",
        "Valle Verde Mediacion",  # the program's name typed without its accent
        "Ruiz Ruiz 2026!!",
    ],
)
def test_the_programs_or_mediators_name_is_refused(text: str) -> None:
    verdict = judge_passphrase(text, [PROGRAM_NAME, MEDIATOR])
    assert PassphraseProblem.PERSONAL in verdict.problems
    assert len(verdict.messages()) == len(verdict.problems)


def test_a_name_alone_is_not_a_problem_without_personal_words() -> None:
    assert judge_passphrase("Valle Verde 2026!!").acceptable


def test_a_name_among_enough_other_words_is_accepted() -> None:
    assert judge_passphrase("ruiz mountain kettle", [MEDIATOR]).acceptable


@pytest.mark.parametrize(
    "text", ["aaaaaaaaaaaaaaaa", "abcdefghijklmnop", "1234567890123", "qwertyqwertyqwerty"]
)
def test_predictable_passphrases_are_refused(text: str) -> None:
    verdict = judge_passphrase(text)
    assert verdict.problems == (PassphraseProblem.PREDICTABLE,)
    assert verdict.strength_bits < MIN_STRENGTH_BITS
    assert len(verdict.messages()) == 1
    assert verdict.level <= 1


@pytest.mark.parametrize(
    "text",
    [
        "river kettle maple lantern",
        "correct horse battery staple",
        "Tres tristes tigres comen trigo",
        "blue-Window-42-Salt",
        "ñandú cigüeña pingüino árbol",
    ],
)
def test_good_multi_word_passphrases_are_accepted(text: str) -> None:
    verdict = judge_passphrase(text, [PROGRAM_NAME, MEDIATOR])
    assert verdict.acceptable, verdict.problems
    assert verdict.messages() == []
    assert verdict.strength_bits >= MIN_STRENGTH_BITS
    assert verdict.level >= 2


def test_longer_and_more_varied_is_stronger() -> None:
    assert estimate_strength_bits("") == 0.0
    assert estimate_strength_bits("river kettle") < estimate_strength_bits(
        "river kettle maple lantern"
    )
    assert estimate_strength_bits("aaaaaaaaaaaa") < estimate_strength_bits("a7#Kq2!mZx9p")


def test_messages_go_through_the_translate_function() -> None:
    verdict = judge_passphrase("abc")
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "[es] " + text

    messages = verdict.messages(translate)
    assert seen and seen[0][0] == "PassphraseRules"
    assert all(m.startswith("[es] ") for m in messages)
    assert "{min_length}" not in messages[0]
