"""`vomdesk retention [--apply]` and `vomdesk purge`, in-process on a real store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from vomdesk.cli import main
from vomdesk.domain import settings as setting
from vomdesk.domain.stages import ClosingReason
from vomdesk.services.case_list import list_cases, search_filter
from vomdesk.services.case_stages import close_case
from vomdesk.services.retention import is_sealed
from vomdesk.services.settings import save_settings

PASSPHRASE = "river kettle maple lantern"  # the store fixture's (tests/conftest.py)


@pytest.fixture
def closed_long_ago(store, case_in_preparation, monkeypatch):  # type: ignore[no-untyped-def]
    """The juvenile case, closed three years ago."""
    case_id = case_in_preparation.case_id
    close_case(store, case_id, ClosingReason.VICTIM_DECLINED, "The victim chose not to go on.")
    when = (datetime.now(UTC) - timedelta(days=365 * 3 + 2)).isoformat()
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE stage_history SET at = :at"), {"at": when})
    monkeypatch.setenv("VOMDESK_PASSPHRASE", PASSPHRASE)
    return case_id


def run(store, *args: str) -> int:  # type: ignore[no-untyped-def]
    return main([args[0], "--data-dir", str(store.files.folder), *args[1:]])


def test_retention_lists_then_applies_the_policy(store, closed_long_ago, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(store, "retention") == 0
    assert "No case is due" in capsys.readouterr().out
    save_settings(store, {setting.RETENTION_SEAL_JUVENILE_YEARS.key: 2})
    assert run(store, "retention") == 0
    out = capsys.readouterr().out
    assert " seal (due " in out and "Nothing changed" in out
    assert not is_sealed(store, closed_long_ago)
    assert run(store, "retention", "--apply") == 0
    assert "Sealed: 2026-" in capsys.readouterr().out
    assert is_sealed(store, closed_long_ago)


def test_purge_needs_a_reason_and_refuses_an_open_case(
    store, case_in_preparation, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VOMDESK_PASSPHRASE", PASSPHRASE)
    number = list_cases(store, search_filter("")).rows[0].number
    assert run(store, "purge", "--case", number, "--reason", "Court-ordered expungement") == 1
    assert "cannot be purged: Only a closed case" in capsys.readouterr().err
    close_case(store, case_in_preparation.case_id, ClosingReason.VICTIM_DECLINED, "Declined.")
    assert run(store, "purge", "--case", number, "--reason", "short") == 1
    assert "at least 10 letters" in capsys.readouterr().err
    assert run(store, "purge", "--case", number, "--reason", "Court-ordered expungement") == 0
    assert f"Purged: {number}" in capsys.readouterr().out
    assert list_cases(store, search_filter("")).total == 0


def test_a_sealed_case_is_not_exported_or_printed(store, closed_long_ago, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.services.retention import seal_case

    number = list_cases(store, search_filter("")).rows[0].number
    seal_case(store, closed_long_ago, "Sealed under the program's policy")
    assert run(store, "export", "--case", number) == 1
    assert "is sealed" in capsys.readouterr().err
    out = tmp_path / "agreement.pdf"
    assert run(store, "print", "--case", number, "--document", "consent", "--out", str(out)) == 1
    assert "is sealed" in capsys.readouterr().err and not out.exists()
