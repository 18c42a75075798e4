"""Drafts that survive a crash, settings saved all-or-nothing, computer settings, store checks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from vomdesk.domain import settings as setting
from vomdesk.services import errors
from vomdesk.services.checks import check_store
from vomdesk.services.computer_settings import (
    FILE_NAME,
    read_computer_settings,
    save_computer_setting,
)
from vomdesk.services.drafts import discard_draft, draft_of, forms_with_drafts, keep_draft
from vomdesk.services.open_store import OpenStore
from vomdesk.services.settings import read_settings, save_settings
from vomdesk.services.unlock import Unlocker
from vomdesk.store import repository

PASSPHRASE = "river kettle maple lantern"  # the conftest `store` fixture's passphrase
CRASH_DRAFT = {"notes": "escrito justo antes del corte de luz ñ", "parties": 2}

CHILD = textwrap.dedent(
    """
    import json, os, sys, time
    from pathlib import Path
    from vomdesk.services.drafts import keep_draft
    from vomdesk.services.unlock import Unlocker

    folder, how, payload = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    store = Unlocker(folder).with_passphrase(os.environ["TEST_PASSPHRASE"])
    keep_draft(store, "case.intake", json.loads(payload))
    if how == "exit":
        os._exit(1)  # no close, no checkpoint, no atexit
    print("kept", flush=True)
    time.sleep(60)
    """
)


def _audit_count(store: OpenStore) -> int:
    with Session(store.engine) as session:
        return len(repository.list_audit_entries(session=session))


@pytest.mark.parametrize("how", ["exit", "kill"])
def test_a_draft_survives_a_crash_of_the_process(
    store: OpenStore, data_folder: Path, how: str
) -> None:
    store.close()
    env = dict(os.environ, TEST_PASSPHRASE=PASSPHRASE)
    command = [sys.executable, "-c", CHILD, str(data_folder), how, json.dumps(CRASH_DRAFT)]
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        if how == "kill":
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "kept"
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == (1 if how == "exit" else -signal.SIGKILL), child.stderr.read()
    wal = data_folder / "vomdesk.db-wal"
    assert wal.exists() and wal.stat().st_size > 0, "the crash left the write-ahead log behind"

    reopened = Unlocker(data_folder).with_passphrase(PASSPHRASE)
    try:
        found = draft_of(reopened, "case.intake")
        assert found is not None
        values, saved_at = found
        assert values == CRASH_DRAFT
        assert saved_at.tzinfo is not None
        assert check_store(reopened) == []
    finally:
        reopened.close()


def test_keep_replace_and_discard_a_draft(store: OpenStore) -> None:
    assert draft_of(store, "case.intake") is None
    keep_draft(store, "case.intake", {"notes": "first"})
    keep_draft(store, "case.intake", {"notes": "second", "extra": [1, 2]})
    keep_draft(store, "settings", {"program.name": "x"})
    found = draft_of(store, "case.intake")
    assert found is not None and found[0] == {"notes": "second", "extra": [1, 2]}
    assert sorted(forms_with_drafts(store)) == ["case.intake", "settings"]
    discard_draft(store, "case.intake")
    assert draft_of(store, "case.intake") is None
    assert forms_with_drafts(store) == ["settings"]


def test_saving_settings_removes_the_forms_draft(store: OpenStore) -> None:
    keep_draft(store, "settings", {"program.phone": "555-0100"})
    keep_draft(store, "case.intake", {"notes": "another form"})
    changed = save_settings(store, {"program.phone": "555-0100"}, draft_form="settings")
    assert changed == ["program.phone"]
    assert read_settings(store)["program.phone"] == "555-0100"
    assert draft_of(store, "settings") is None
    assert draft_of(store, "case.intake") is not None  # only the form's own draft
    # saving unchanged values still clears the draft
    keep_draft(store, "settings", {"program.phone": "555-0100"})
    assert save_settings(store, {"program.phone": "555-0100"}, draft_form="settings") == []
    assert draft_of(store, "settings") is None


def test_invalid_settings_are_refused_per_key_and_nothing_is_written(store: OpenStore) -> None:
    keep_draft(store, "settings", {"cases.juvenile_age": 5})
    before = (read_settings(store), _audit_count(store))
    values: dict[str, Any] = {
        "program.name": "A fine new name",  # valid, but must not be saved alone
        "cases.juvenile_age": 5,
        "cases.number_pattern": "YYYY",
        "program.phone": "1" * 41,
        "ui.language": "es",  # a computer setting, not a store setting
        "no.such.key": 1,
    }
    with pytest.raises(errors.InvalidSettings) as caught:
        save_settings(store, values, draft_form="settings")
    problems = caught.value.problems
    assert set(problems) == {
        "cases.juvenile_age", "cases.number_pattern", "program.phone", "ui.language",
        "no.such.key",
    }  # fmt: skip
    assert problems["cases.juvenile_age"] == setting.JUVENILE_AGE.problem(5)
    assert problems["program.phone"] == setting.PROGRAM_PHONE.problem("1" * 41)
    assert (read_settings(store), _audit_count(store)) == before
    assert draft_of(store, "settings") is not None  # the draft is kept for correcting


def test_settings_read_defaults_and_saved_values(store: OpenStore) -> None:
    values = read_settings(store)
    assert values["cases.juvenile_age"] == setting.JUVENILE_AGE.default
    assert values["program.name"] == "Valle Verde Mediación"
    assert "ui.language" not in values
    save_settings(store, {"cases.juvenile_age": 16, "program.address": "Calle 1 ñ"})
    values = read_settings(store)
    assert values["cases.juvenile_age"] == 16
    assert isinstance(values["cases.juvenile_age"], int)
    assert values["program.address"] == "Calle 1 ñ"


def test_computer_settings_are_written_safely(tmp_path: Path) -> None:
    assert read_computer_settings(tmp_path)["ui.language"] == "en"
    save_computer_setting("ui.language", "es", tmp_path)
    path = tmp_path / FILE_NAME
    assert json.loads(path.read_text(encoding="utf-8"))["ui.language"] == "es"
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME]  # no temporary files
    assert read_computer_settings(tmp_path)["ui.language"] == "es"
    with pytest.raises(ValueError):
        save_computer_setting("ui.language", "fr", tmp_path)
    with pytest.raises(ValueError):
        save_computer_setting("program.name", "a store setting", tmp_path)
    assert read_computer_settings(tmp_path)["ui.language"] == "es"


def test_computer_settings_use_the_config_folder_by_default() -> None:
    folder = Path(os.environ["VOMDESK_CONFIG_DIR"])
    save_computer_setting("ui.language", "es")
    assert (folder / FILE_NAME).exists()
    assert read_computer_settings()["ui.language"] == "es"


def test_a_failed_computer_settings_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_computer_setting("ui.language", "es", tmp_path)
    old = (tmp_path / FILE_NAME).read_bytes()

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        save_computer_setting("ui.language", "en", tmp_path)
    monkeypatch.undo()
    assert (tmp_path / FILE_NAME).read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME]


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"\xff\xfe\xfa",
        b"[1, 2]",
        b'{"ui.language": "klingon"}',
        b'{"ui.language": 7}',
        b'{"program.name": "not here"}',
    ],
)
def test_a_damaged_computer_settings_file_falls_back_to_defaults(
    tmp_path: Path, content: bytes
) -> None:
    (tmp_path / FILE_NAME).write_bytes(content)
    assert read_computer_settings(tmp_path)["ui.language"] == "en"
    save_computer_setting("ui.language", "es", tmp_path)  # and can be written over
    assert read_computer_settings(tmp_path)["ui.language"] == "es"


def test_check_store_finds_nothing_wrong_with_a_fresh_store(store: OpenStore) -> None:
    assert check_store(store) == []
    keep_draft(store, "case.intake", {"notes": "x" * 20000})
    assert check_store(store) == []


def test_check_store_names_a_damaged_page(store: OpenStore, data_folder: Path) -> None:
    for n in range(30):
        keep_draft(store, f"form-{n}", {"text": os.urandom(3000).hex()})
    store.close()
    database = data_folder / "vomdesk.db"
    content = bytearray(database.read_bytes())
    pages = len(content) // 4096
    assert pages > 40
    start = (pages // 2) * 4096 + 1000
    for offset in range(start, start + 64):
        content[offset] ^= 0xFF
    database.write_bytes(bytes(content))

    opened = Unlocker(data_folder).with_passphrase(PASSPHRASE)
    try:
        problems = check_store(opened)
    finally:
        opened.close()
    assert problems, "a damaged page must be reported"
    assert any(p.startswith("cipher_integrity_check: ") and "page" in p for p in problems)
