"""Setting definitions (Setting.problem) and case-number patterns."""

from __future__ import annotations

import pytest

from vomdesk.domain import settings as setting
from vomdesk.domain.case_numbers import DEFAULT_PATTERN, format_case_number, pattern_problem
from vomdesk.domain.settings import ALL_SETTINGS, BY_KEY, Scope


def test_every_default_is_acceptable_and_keys_are_unique() -> None:
    assert len(BY_KEY) == len(ALL_SETTINGS)
    for definition in ALL_SETTINGS:
        assert definition.problem(definition.default) is None, definition.key
        assert definition.label


def test_only_the_language_and_the_data_folder_are_kept_on_the_computer() -> None:
    computer = {s.key for s in ALL_SETTINGS if s.scope is Scope.COMPUTER}
    assert computer == {"ui.language", "data.folder"}


@pytest.mark.parametrize("value", ["18", 18.0, True, None])
def test_a_number_setting_refuses_other_types_and_booleans(value: object) -> None:
    assert setting.JUVENILE_AGE.problem(value) is not None


def test_a_number_setting_checks_its_bounds() -> None:
    too_small, too_large = setting.JUVENILE_AGE.problem(9), setting.JUVENILE_AGE.problem(26)
    assert too_small and too_large and too_small != too_large
    assert setting.JUVENILE_AGE.problem(10) is None
    assert setting.JUVENILE_AGE.problem(25) is None


def test_a_text_setting_checks_its_length_and_type() -> None:
    assert setting.PROGRAM_NAME.problem("x" * 120) is None
    too_long = setting.PROGRAM_NAME.problem("x" * 121)
    assert too_long is not None
    assert setting.PROGRAM_PHONE.problem("5" * 40) is None
    assert setting.PROGRAM_PHONE.problem("5" * 41) == too_long
    wrong_form = setting.PROGRAM_NAME.problem(12)
    assert wrong_form is not None and wrong_form != too_long
    assert setting.PROGRAM_NAME.problem("Valle Verde Mediación") is None


def test_a_choice_setting_accepts_only_its_choices() -> None:
    assert setting.LANGUAGE.problem("es") is None
    assert setting.LANGUAGE.problem("en") is None
    assert setting.LANGUAGE.problem("fr") is not None
    assert setting.LANGUAGE.problem("fr") != setting.LANGUAGE.problem(3)


def test_the_case_number_pattern_setting_uses_the_pattern_rules() -> None:
    assert setting.CASE_NUMBER_PATTERN.problem("VOM-YY-NNNN") is None
    assert setting.CASE_NUMBER_PATTERN.problem("YYYY") == pattern_problem("YYYY")
    assert setting.CASE_NUMBER_PATTERN.problem("YYYY") is not None


def test_default_pattern_gives_year_dash_three_digits() -> None:
    assert DEFAULT_PATTERN == "YYYY-NNN"
    assert format_case_number("YYYY-NNN", year=2026, sequence=14) == "2026-014"
    assert format_case_number("YYYY-NNN", year=2026, sequence=1) == "2026-001"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("YY-NNN", "26-014"),
        ("YY/NNNNNN", "26/000014"),
        ("VOM-YYYY-NN", "VOM-2026-14"),
        ("NNNN/YY", "0014/26"),
        ("CASE N", "CASE 14"),
    ],
)
def test_other_patterns(pattern: str, expected: str) -> None:
    assert format_case_number(pattern, year=2026, sequence=14) == expected


def test_two_digit_year_keeps_its_leading_zero() -> None:
    assert format_case_number("YY-NNN", year=2005, sequence=7) == "05-007"


def test_a_number_wider_than_the_run_is_not_cut() -> None:
    assert format_case_number("YYYY-NNN", year=2026, sequence=1234) == "2026-1234"


@pytest.mark.parametrize(
    "pattern",
    [
        "YYYY",  # no running number
        "NN-YYYY-NN",  # two runs
        "YYYY-NNNNNNN",  # seven digits
        "",  # empty
        "X" * 27 + "NNN" + "X",  # longer than 30 characters
    ],
)
def test_bad_patterns_are_refused(pattern: str) -> None:
    assert pattern_problem(pattern) is not None
    with pytest.raises(ValueError):
        format_case_number(pattern, year=2026, sequence=14)
