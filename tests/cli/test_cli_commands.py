"""`vomdesk init` and `vomdesk check`, run as a user would: a separate process."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vomdesk.domain.recovery_key import check_recovery_key, recovery_key_secret
from vomdesk.security.keyslots import KeySlots
from vomdesk.services import errors
from vomdesk.services.drafts import keep_draft
from vomdesk.services.unlock import Unlocker

PASSPHRASE = "river kettle maple lantern"
KEY_LINE = re.compile(r"^  (\S+)$", re.MULTILINE)


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def vomdesk(
    *args: str | Path, passphrase: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m vomdesk ARGS`` with stdin closed, as a script or a service would."""
    env = dict(os.environ)  # private config, log and data folders from the autouse fixture
    env["VOMDESK_INSECURE_TEST_KDF"] = "1"
    env.pop("VOMDESK_PASSPHRASE", None)
    if passphrase is not None:
        env["VOMDESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "vomdesk", *map(str, args)],
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def recovery_key_in(output: str) -> str:
    keys = KEY_LINE.findall(output)
    assert len(keys) == 1, output
    return str(keys[0])


@pytest.fixture
def initialised(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "data"
    result = vomdesk("init", "--data-dir", folder, passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    return folder, recovery_key_in(result.stdout)


def test_init_prints_a_valid_recovery_key_once_and_check_says_ok(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    result = vomdesk(
        "init", "--data-dir", folder, "--program-name", "Valle Verde", passphrase=PASSPHRASE
    )
    assert result.returncode == 0, result.stderr
    key = recovery_key_in(result.stdout)
    assert check_recovery_key(key).valid
    assert result.stdout.count(key) == 1
    assert key not in result.stderr
    assert PASSPHRASE not in result.stdout + result.stderr
    assert "weak key derivation, for tests only" in result.stderr
    assert {"vomdesk.db", "vomdesk.keys"} == {p.name for p in folder.iterdir()}
    # the printed key really opens this store
    slots = KeySlots.load(folder / "vomdesk.keys")
    slots.open_with_recovery_secret(recovery_key_secret(key))

    check = vomdesk("check", "--data-dir", folder, passphrase=PASSPHRASE)
    assert (check.returncode, check.stdout.endswith(" entries, chain intact\nok\n")) == (0, True), (
        check.stderr
    )
    assert check.stderr == ""


def test_the_passphrase_can_come_from_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    secret_file = tmp_path / "passphrase.txt"
    secret_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    init = vomdesk("init", "--data-dir", folder, "--passphrase-file", secret_file)
    assert init.returncode == 0, init.stderr
    check = vomdesk("check", "--data-dir", folder, "--passphrase-file", secret_file)
    assert (check.returncode, check.stdout.endswith(" entries, chain intact\nok\n")) == (0, True), (
        check.stderr
    )
    # the options may also come before the command
    before = vomdesk("--data-dir", folder, "--passphrase-file", secret_file, "check")
    assert (before.returncode, before.stdout.endswith("chain intact\nok\n")) == (0, True), (
        before.stderr
    )
    # and the file wins over the environment
    both = vomdesk("check", "--data-dir", folder, "--passphrase-file", secret_file,
                   passphrase="not the passphrase")  # fmt: skip
    assert both.returncode == 0, both.stderr


def test_data_dir_before_the_command_is_the_folder_used(tmp_path: Path) -> None:
    folder = tmp_path / "chosen"
    default = Path(os.environ["VOMDESK_DATA_DIR"])
    result = vomdesk("--data-dir", folder, "init", passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert (folder / "vomdesk.db").exists()
    assert not default.exists()


def test_a_missing_passphrase_file_is_one_line(initialised: tuple[Path, str]) -> None:
    folder, _ = initialised
    result = vomdesk("check", "--data-dir", folder, "--passphrase-file", folder / "absent")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("vomdesk check: ")
    assert "passphrase file" in result.stderr


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(
    initialised: tuple[Path, str],
) -> None:
    folder, _ = initialised
    before = snapshot(folder)
    result = vomdesk("check", "--data-dir", folder, passphrase="kettle river lantern maple")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0] == f"vomdesk check: {errors.WrongPassphrase()}"
    assert result.stdout == ""
    assert snapshot(folder) == before


def test_no_passphrase_and_no_terminal_is_refused(initialised: tuple[Path, str]) -> None:
    folder, _ = initialised
    before = snapshot(folder)
    result = vomdesk("check", "--data-dir", folder)
    assert result.returncode == 1
    assert result.stderr.startswith("vomdesk check: ")
    assert result.stderr.count("\n") == 1
    assert "Passphrase:" not in result.stderr + result.stdout
    assert snapshot(folder) == before


def test_init_on_an_existing_store_changes_nothing(initialised: tuple[Path, str]) -> None:
    folder, _ = initialised
    before = snapshot(folder)
    result = vomdesk("init", "--data-dir", folder, passphrase="copper meadow violin harbour")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == f"vomdesk init: {errors.StoreExists()}"
    assert KEY_LINE.findall(result.stdout) == []
    assert snapshot(folder) == before
    check = vomdesk("check", "--data-dir", folder, passphrase=PASSPHRASE)
    assert check.returncode == 0


def test_check_on_an_empty_folder_fails_without_prompting(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    for passphrase in (None, PASSPHRASE):
        result = vomdesk("check", "--data-dir", folder, passphrase=passphrase)
        assert result.returncode == 1
        assert result.stderr.splitlines() == [f"vomdesk check: {errors.NoStoreYet()}"]
        assert "Passphrase" not in result.stdout + result.stderr
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("passphrase", "extra"),
    [
        ("short", ()),
        ("password123!", ()),
        ("aaaaaaaaaaaaaaaa", ()),
        ("Valle Verde 2026!!", ("--program-name", "Valle Verde")),
    ],
)
def test_a_weak_passphrase_creates_nothing(
    tmp_path: Path, passphrase: str, extra: tuple[str, ...]
) -> None:
    folder = tmp_path / "data"
    result = vomdesk("init", "--data-dir", folder, *extra, passphrase=passphrase)
    assert result.returncode == 1
    assert result.stderr.startswith("vomdesk init: ")
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
    assert not folder.exists()


def test_check_names_a_damaged_database_page(initialised: tuple[Path, str]) -> None:
    folder, _ = initialised
    store = Unlocker(folder).with_passphrase(PASSPHRASE)
    try:
        for n in range(30):
            keep_draft(store, f"form-{n}", {"text": os.urandom(3000).hex()})
    finally:
        store.close()
    database = folder / "vomdesk.db"
    content = bytearray(database.read_bytes())
    pages = len(content) // 4096
    assert pages > 40
    start = (pages // 2) * 4096 + 1000
    for offset in range(start, start + 64):
        content[offset] ^= 0xFF
    database.write_bytes(bytes(content))

    result = vomdesk("check", "--data-dir", folder, passphrase=PASSPHRASE)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    assert "cipher_integrity_check: HMAC verification failed for page" in result.stdout
    assert "ok" not in result.stdout.splitlines()
