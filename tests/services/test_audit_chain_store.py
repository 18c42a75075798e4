"""The audit chain in a real store: it holds after many writes, and tampering is named."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from vomdesk.cli import main
from vomdesk.domain.audit import AuditAction, RecordKind
from vomdesk.services.checks import verify_audit_chain
from vomdesk.services.drafts import keep_draft
from vomdesk.services.open_store import OpenStore, unit_of_work

PASSPHRASE = "river kettle maple lantern"


def write_entries(store: OpenStore, count: int, tag: str = "t") -> None:
    for n in range(count):
        with unit_of_work(store) as work:
            work.audit(AuditAction.UPDATE, RecordKind.SETTING, f"{tag}-{n}", fields=["a", "b"])
            if n % 3 == 0:  # two entries in one transaction chain too
                work.audit(AuditAction.CREATE, "case", f"{tag}-{n}-b")


def ids(store: OpenStore) -> list[int]:
    with store.engine.connect() as connection:
        return [
            row[0] for row in connection.execute(text("SELECT id FROM audit_entry ORDER BY id"))
        ]


def raw(store: OpenStore, sql: str, **params: object) -> None:
    with store.engine.begin() as connection:
        connection.execute(text(sql), params)


def test_the_chain_holds_after_many_writes(store: OpenStore) -> None:
    write_entries(store, 60)
    keep_draft(store, "form", {"x": "y"})
    verdict = verify_audit_chain(store)
    assert verdict.ok and verdict.first_broken_id is None
    assert verdict.entries == len(ids(store)) >= 80


def test_concurrent_writers_never_fork_the_chain(store: OpenStore) -> None:
    failures: list[BaseException] = []

    def writer(tag: str) -> None:
        try:
            write_entries(store, 25, tag)
        except BaseException as error:  # reported below
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(f"w{n}",)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    verdict = verify_audit_chain(store)
    assert verdict.ok, verdict
    with store.engine.connect() as connection:
        prevs = [r[0] for r in connection.execute(text("SELECT prev_hash FROM audit_entry"))]
    assert len(prevs) == len(set(prevs))  # no two entries follow the same one


def test_an_edited_entry_is_named(store: OpenStore) -> None:
    write_entries(store, 10)
    target = ids(store)[7]
    raw(store, "UPDATE audit_entry SET fields = '[\"a\"]' WHERE id = :id", id=target)
    verdict = verify_audit_chain(store)
    assert not verdict.ok and verdict.first_broken_id == target


def test_a_removed_entry_is_named_by_the_one_after(store: OpenStore) -> None:
    write_entries(store, 10)
    all_ids = ids(store)
    raw(store, "DELETE FROM audit_entry WHERE id = :id", id=all_ids[5])
    verdict = verify_audit_chain(store)
    assert not verdict.ok and verdict.first_broken_id == all_ids[6]
    assert verdict.entries == len(all_ids) - 1


def test_older_unhashed_entries_start_the_chain(store: OpenStore) -> None:
    raw(store, "UPDATE audit_entry SET prev_hash = '', entry_hash = ''")  # as before 0006
    write_entries(store, 3)
    assert verify_audit_chain(store).ok


def test_vomdesk_check_reports_the_chain(
    store: OpenStore, data_folder: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    write_entries(store, 4)
    monkeypatch.setenv("VOMDESK_PASSPHRASE", PASSPHRASE)
    assert main(["check", "--data-dir", str(data_folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"audit trail: \d+ entries, chain intact", out[0]) and out[1:] == ["ok"]

    target = ids(store)[2]
    raw(store, "UPDATE audit_entry SET actor = 'someone else' WHERE id = :id", id=target)
    assert main(["check", "--data-dir", str(data_folder)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert re.match(rf"audit trail: \d+ entries, chain broken at entry {target} ", out[0])
    assert "ok" not in out
