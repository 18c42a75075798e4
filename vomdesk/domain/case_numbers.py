"""Case numbers in the program's own format, such as 2026-014 from the pattern YYYY-NNN."""

from __future__ import annotations

import re

from vomdesk.domain.translation import QT_TRANSLATE_NOOP

DEFAULT_PATTERN = "YYYY-NNN"
_TOKEN = re.compile(r"YYYY|YY|N+")
_CONTEXT = "CaseNumbers"


def pattern_problem(pattern: str) -> str | None:
    """Why a case-number pattern cannot be used (English, marked for translation), or None."""
    runs = re.findall(r"N+", pattern)
    if len(runs) != 1:
        return QT_TRANSLATE_NOOP(
            "CaseNumbers", "Use exactly one run of N for the running number, for example YYYY-NNN."
        )
    if len(runs[0]) > 6:
        return QT_TRANSLATE_NOOP("CaseNumbers", "The running number may have at most six digits.")
    if len(pattern) > 30:
        return QT_TRANSLATE_NOOP("CaseNumbers", "Keep the pattern to 30 characters or fewer.")
    return None


def format_case_number(pattern: str, *, year: int, sequence: int) -> str:
    """Fill a pattern: YYYY is the year, YY its last two digits, NNN the zero-padded number."""
    if pattern_problem(pattern):
        raise ValueError(f"unusable case-number pattern: {pattern!r}")

    def fill(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "YYYY":
            return f"{year:04d}"
        if token == "YY":
            return f"{year % 100:02d}"
        return f"{sequence:0{len(token)}d}"

    return _TOKEN.sub(fill, pattern)
