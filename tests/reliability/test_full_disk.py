"""A full disk during a save and a backup: a clear error, the store intact, nothing half-written.

The disk fills in a child process: RLIMIT_FSIZE caps the size any file may reach and SIGXFSZ is
ignored, so a write past the cap fails with EFBIG, as a write to a full disk fails with ENOSPC.
SQLite reports EFBIG as a plain I/O error (SQLITE_IOERR_WRITE) where it reports ENOSPC as
SQLITE_FULL, so the save is refused with DiskTrouble ("it may be full or failing") here and
with DiskFull on a really full disk; both tell the mediator that nothing was written. Where
this machine lets the test mount a tiny tmpfs, the store is also put on one and the disk really
filled.

The form is kept: a pytest-qt test saves the intake form while the service reports a full disk.
"""

from __future__ import annotations

import contextlib
import errno
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from vomdesk.services import errors
from vomdesk.services.checks import check_store, verify_audit_chain
from vomdesk.services.open_store import reading, translate_disk_error
from vomdesk.services.unlock import Unlocker

PASSPHRASE = "river kettle maple lantern"

FILLER = '''
"""Save, fill the disk (a cap on file sizes), try a save or a backup, free the disk, save again."""
import json
import os
import resource
import signal
import sys
from datetime import date
from pathlib import Path

from vomdesk.services import errors
from vomdesk.services.backups import FOLDER, make_backup
from vomdesk.services.cases import create_case
from vomdesk.services.unlock import Unlocker
from vomdesk.store.case_models import CaseCreate, OffenceCreate, ParticipantCreate

folder, action, usb, cap = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]
unlocker = Unlocker(folder)
store = unlocker.with_passphrase(os.environ["RELIABILITY_PASSPHRASE"])


def save(label, people=1):
    offence = OffenceCreate(description="Damage", category="property", level="misdemeanour")
    create_case(
        store,
        CaseCreate(
            received_on=date(2026, 3, 2), source_type="judge", source_person=label,
            no_contact_note="n" * 500, offences=[offence],
        ),
        [ParticipantCreate(role="victim", name=f"{label} {i}" + "x" * 150) for i in range(people)],
    )


def attempt(work):
    try:
        work()
    except errors.StoreProblem as error:
        return {"error": type(error).__name__, "message": error.message()}
    except BaseException as error:
        return {"crash": repr(error)}
    return {"ok": True}


save("before")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the cap fails with EFBIG
if cap == "wal":  # the write-ahead log may grow by a page or two: not by a big save
    limit = (folder / "vomdesk.db-wal").stat().st_size + 4096
else:
    limit = int(cap)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
if action == "save":
    result = attempt(lambda: save("full", people=150))
else:
    result = attempt(lambda: make_backup(store, usb, FOLDER))
result["usb"] = sorted(p.name for p in usb.iterdir()) if usb.exists() else []
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
result["after"] = attempt(lambda: save("after"))  # space freed: saving works again
if action == "backup":
    result["backup_after"] = attempt(lambda: make_backup(store, usb, FOLDER))
unlocker.lock(store)
print(json.dumps(result))
'''


def run_filler(tmp_path: Path, folder: Path, action: str, cap: str) -> dict:  # type: ignore[type-arg]
    script = tmp_path / "filler.py"
    script.write_text(FILLER, encoding="utf-8")
    import os

    env = dict(os.environ, RELIABILITY_PASSPHRASE=PASSPHRASE)
    done = subprocess.run(
        [sys.executable, str(script), str(folder), action, str(tmp_path / "usb"), cap],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def sources(folder: Path) -> list[str]:
    """What the store holds, checked as the app would open it after the failure."""
    unlocker = Unlocker(folder)
    store = unlocker.with_passphrase(PASSPHRASE)
    try:
        assert check_store(store) == []
        assert verify_audit_chain(store).ok
        with reading(store) as session:
            return sorted(
                str(row[0])
                for row in session.execute(text("SELECT source_person FROM case_record"))
            )
    finally:
        unlocker.lock(store)


CLEAR = {
    "DiskFull": "The disk is full.",
    "NotSaved": "nothing was written",
    "BackupNotVerified": "nothing was kept",
    "DiskTrouble": "it may be full or failing. Nothing was written",
    "BackupDiskTrouble": "it may be full, failing or unplugged. Nothing was kept",
}


def assert_clear(result: dict) -> None:  # type: ignore[type-arg]
    assert "crash" not in result, f"not a clear error: {result['crash']}"
    assert "error" in result, "the write went through although the disk was full"
    assert result["error"] in CLEAR, result
    assert CLEAR[result["error"]] in result["message"]


def test_a_save_on_a_full_disk_is_refused_and_the_store_stays_whole(
    tmp_path: Path, make_store
) -> None:  # type: ignore[no-untyped-def]
    folder = make_store(tmp_path / "data")
    result = run_filler(tmp_path, folder, "save", "wal")
    assert_clear(result)
    assert result["after"] == {"ok": True}, "the store did not work again once space was freed"
    assert sources(folder) == ["after", "before"]


@pytest.mark.parametrize("cap", ["4096", "262144"])
def test_a_backup_on_a_full_disk_leaves_no_half_written_backup(
    tmp_path: Path, make_store, cap: str
) -> None:  # type: ignore[no-untyped-def]
    folder = make_store(tmp_path / "data")
    result = run_filler(tmp_path, folder, "backup", cap)
    assert_clear(result)
    assert result["usb"] == [], "a half-written backup was left behind"
    assert result["after"] == {"ok": True}
    assert result["backup_after"] == {"ok": True}, "backing up failed again with space free"
    (made,) = (tmp_path / "usb").iterdir()
    assert made.name.startswith("vomdesk-backup-")
    assert sources(folder) == ["after", "before"]
    unlocker = Unlocker(folder)
    store = unlocker.with_passphrase(PASSPHRASE)
    try:
        with reading(store) as session:
            logged = session.execute(text("SELECT location FROM backup_log")).all()
    finally:
        unlocker.lock(store)
    assert [Path(row[0]).name for row in logged] == [made.name], "the failed backup was logged"


def test_efbig_is_a_full_disk() -> None:
    """A file that may not grow (a cap, FAT32's 4 GB) is reported like a full disk."""
    assert isinstance(translate_disk_error(OSError(errno.EFBIG, "File too large")), errors.DiskFull)
    assert isinstance(translate_disk_error(OSError(errno.ENOSPC, "No space")), errors.DiskFull)


@contextlib.contextmanager
def tiny_disk(where: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` mounted at ``where`` (root on Linux only); skips elsewhere."""
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("mounting a small filesystem is not allowed here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or not hasattr(__import__("os"), "geteuid")
    or __import__("os").geteuid() != 0,
    reason="mounting a tmpfs needs root on Linux",
)
def test_a_save_on_a_really_full_disk_says_the_disk_is_full(tmp_path: Path, make_store) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.services.cases import create_case
    from vomdesk.store.case_models import CaseCreate, ParticipantCreate

    with tiny_disk(tmp_path / "disk", 1024) as disk:
        folder = make_store(disk / "data")
        unlocker = Unlocker(folder)
        store = unlocker.with_passphrase(PASSPHRASE)
        try:
            create_case(
                store,
                CaseCreate(received_on=date(2026, 3, 2), source_type="judge", source_person="ok"),
            )
            filler = disk / "filler"
            with contextlib.suppress(OSError), filler.open("wb") as handle:
                while True:
                    handle.write(b"\0" * 4096)
                    handle.flush()
            with pytest.raises(errors.DiskFull):
                create_case(
                    store,
                    CaseCreate(
                        received_on=date(2026, 3, 2), source_type="judge", source_person="full"
                    ),
                    [ParticipantCreate(role="victim", name="y" * 200) for _ in range(300)],
                )
            filler.unlink()
        finally:
            unlocker.lock(store)
        assert sources(folder) == ["ok"]


def test_the_referral_form_keeps_what_was_typed_when_the_disk_is_full(
    qtbot, store, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The commit fails as SQLite fails on a full disk; the service says DiskFull; the form
    shows the message and keeps every character, and saves once space is free again."""
    import sqlcipher3
    from sqlmodel import Session

    from vomdesk.services.cases import read_case
    from vomdesk.ui import prompts
    from vomdesk.ui.pages.referral_form import ReferralForm

    prompts.require_queued_answers()  # as tests/ui does: an unexpected dialog fails the test
    prompts.clear_answers()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "show_error", lambda _parent, title, body: shown.append((title, body))
    )
    form = ReferralForm(store)
    qtbot.addWidget(form)
    form.resize(1100, 720)
    form.show()
    qtbot.waitExposed(form)
    fields = form.fields
    fields.source_type.setFocus()
    qtbot.keyClicks(fields.source_type, "Pro")  # "Probation officer"
    typed = {
        "source_agency": "Mesa County Juvenile Probation ‏عربى‎",
        "source_person": "Officer Lee",
        "incident_place": "Main Street, near the bridge",
        "court_number": "JV-26-0042",
    }
    for key, value in typed.items():
        fields.texts[key].setFocus()
        fields.texts[key].setText(value)
    fields.offences.rows[0].description.setText("Vandalism of a car")
    before = form.values()

    def disk_full(_self: Session) -> None:
        raise sqlcipher3.OperationalError("database or disk is full")

    commit = Session.commit
    monkeypatch.setattr(Session, "commit", disk_full)
    form.save_button.click()
    assert len(shown) == 1, "no message, or more than one"
    assert "The disk is full" in shown[0][1]
    assert form.saved_case_id is None and form.has_unsaved_changes()
    assert form.values() == before, "the form lost what was typed"
    for key, value in typed.items():
        assert fields.texts[key].text() == value
    assert fields.offences.rows[0].description.text() == "Vandalism of a car"

    monkeypatch.setattr(Session, "commit", commit)  # space freed: the form saves what it kept
    monkeypatch.setattr(prompts, "show_error", lambda *_: shown.append(("again", "")))
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save_button.click()
    case = read_case(store, saved.args[0]).case
    assert (case.source_agency, case.source_person) == (
        typed["source_agency"],
        typed["source_person"],
    )
    assert (case.incident_place, case.court_number) == (
        typed["incident_place"],
        typed["court_number"],
    )
    assert len(shown) == 1
    assert prompts.pending_answers() == 0
