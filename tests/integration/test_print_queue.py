"""Printing against a real CUPS queue: a private cupsd in a temporary folder, no /etc changes.

The queue is raw and its backend is a small script of ours that writes each job to a folder, so
the bytes the printer would get can be compared with the PDF vomdesk sent.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime
import io
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication

from vomdesk.documents.recovery_kit import RecoveryKit, build_recovery_kit
from vomdesk.domain.recovery_key import format_recovery_key
from vomdesk.services.printing import PrintingFailed, print_pdf_file, print_to_file
from vomdesk.services.temp_files import TEMP_DIR_ENV
from vomdesk.ui.printing import destination_of, send

QUEUE = "VOMDESK_TEST"
BACKEND = "vomdesktest"
KEY = format_recovery_key(bytes(range(40, 58)))
TITLE = "Recovery kit"
READY_SECONDS = 10.0
JOB_SECONDS = 10.0
SBIN_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])

# Writes the job (the file CUPS names, or stdin) and what CUPS said about it, then renames the
# PDF into place: a job-N.pdf in the folder is always complete.
BACKEND_SCRIPT = r"""#!/bin/sh
set -e
if [ $# -eq 0 ]; then
    echo 'direct vomdesktest "Unknown" "vomdesk test queue"'
    exit 0
fi
out="${DEVICE_URI#*:}"
printf 'user=%s\ntitle=%s\ncopies=%s\noptions=%s\n' "$2" "$3" "$4" "$5" > "$out/.job-$1.info"
if [ $# -ge 6 ]; then cat "$6" > "$out/.job-$1.pdf"; else cat > "$out/.job-$1.pdf"; fi
mv "$out/.job-$1.info" "$out/job-$1.info"
mv "$out/.job-$1.pdf" "$out/job-$1.pdf"
"""

CUPSD_CONF = """Listen {socket}
Browsing No
WebInterface No
DefaultAuthType None
LogLevel warn
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """ServerRoot {root}
ServerBin {root}/bin
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/run
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
"""


@dataclass(frozen=True)
class Job:
    pdf: bytes
    title: str
    copies: int
    options: str = ""


@dataclass
class PrivateCups:
    """A running private cupsd with the raw queue QUEUE; jobs land in ``out``."""

    root: Path
    out: Path
    process: subprocess.Popen[bytes]

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "LC_ALL": "C", "CUPS_SERVER": str(self.root / "run" / "cups.sock")}
        return subprocess.run(
            list(command), capture_output=True, text=True, env=env, timeout=10, check=False
        )

    def log(self) -> str:
        error_log = self.root / "log" / "error_log"
        return error_log.read_text(errors="replace") if error_log.exists() else "(no error_log)"

    def wait_until_idle(self) -> None:
        """Every job sent so far has left the queue (completed, or failed: see the log)."""
        deadline = time.monotonic() + JOB_SECONDS
        while True:
            listed = self.run("lpstat", "-W", "not-completed", "-o", QUEUE)
            if listed.returncode == 0 and not listed.stdout.strip():
                return
            if time.monotonic() > deadline:
                pytest.fail(f"jobs still queued: {listed.stdout}{listed.stderr}\n{self.log()}")
            time.sleep(0.02)

    def jobs(self) -> list[Job]:
        """The jobs the backend wrote, oldest first."""
        self.wait_until_idle()
        found = []
        for pdf in sorted(self.out.glob("job-*.pdf"), key=lambda p: int(p.stem.split("-")[1])):
            info = dict(
                line.split("=", 1)
                for line in pdf.with_suffix(".info").read_text().splitlines()
                if "=" in line
            )
            found.append(
                Job(pdf.read_bytes(), info["title"], int(info["copies"]), info.get("options", ""))
            )
        return found

    def clear(self) -> None:
        self.wait_until_idle()
        for path in self.out.iterdir():
            path.unlink()


def _reset_libcups_server() -> None:
    """Make libcups read CUPS_SERVER again on this thread (it caches the server it first used)."""
    name = ctypes.util.find_library("cups")
    if name is None:
        return
    libcups = ctypes.CDLL(name)
    libcups.cupsSetServer.argtypes = [ctypes.c_char_p]
    libcups.cupsSetServer.restype = None
    libcups.cupsSetServer(None)


def _private_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cups")
    if len(str(root / "run" / "cups.sock")) < 100:  # a Unix socket path holds ~107 bytes
        return root
    return Path(tempfile.mkdtemp(prefix="vomdesk-cups-", dir="/tmp"))


def _make_server_bin(root: Path) -> None:
    """ServerBin: symlinks to the system's CUPS programs, plus our backend (0700: runs as us)."""
    server_bin = root / "bin"
    backends = server_bin / "backend"
    backends.mkdir(parents=True)
    system = Path("/usr/lib/cups")
    for entry in system.iterdir() if system.is_dir() else ():
        if entry.name != "backend":
            (server_bin / entry.name).symlink_to(entry)
    for entry in (system / "backend").iterdir() if (system / "backend").is_dir() else ():
        (backends / entry.name).symlink_to(entry)
    script = backends / BACKEND
    script.write_text(BACKEND_SCRIPT)
    script.chmod(0o700)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def cups(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateCups]:
    """A private cupsd for this module, with CUPS_SERVER pointing at it; stopped at the end."""
    if sys.platform == "win32":
        pytest.skip("CUPS is not used on Windows")
    cupsd = shutil.which("cupsd", path=SBIN_PATH)
    lpadmin = shutil.which("lpadmin", path=SBIN_PATH)
    if cupsd is None or lpadmin is None or shutil.which("lp") is None:
        pytest.skip("CUPS is not installed: needs cupsd, lpadmin and lp (cups-daemon, cups-client)")
    root = _private_folder(tmp_path_factory)
    for folder in ("run", "spool/tmp", "cache", "log", "out"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    socket = root / "run" / "cups.sock"
    _make_server_bin(root)
    (root / "cupsd.conf").write_text(CUPSD_CONF.format(socket=socket))
    (root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))

    with pytest.MonkeyPatch.context() as patch:
        # Before the first lp or Qt printer call: lp is a child and inherits it.
        patch.setenv("CUPS_SERVER", str(socket))
        _reset_libcups_server()
        with (root / "log" / "cupsd.out").open("wb") as output:
            process = subprocess.Popen(
                [cupsd, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
                stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT,
            )  # fmt: skip
        server = PrivateCups(root, root / "out", process)
        try:
            deadline = time.monotonic() + READY_SECONDS
            while server.run("lpstat", "-r").stdout.strip() != "scheduler is running":
                if process.poll() is not None or time.monotonic() > deadline:
                    output_text = (root / "log" / "cupsd.out").read_text(errors="replace")
                    pytest.fail(f"private cupsd did not start:\n{output_text}\n{server.log()}")
                time.sleep(0.02)
            added = server.run(lpadmin, "-p", QUEUE, "-v", f"{BACKEND}:{server.out}", "-E")
            assert added.returncode == 0, f"{added.stderr}\n{server.log()}"
            yield server
        finally:
            _stop(process)
            patch.undo()
            _reset_libcups_server()
            if not root.is_relative_to(tmp_path_factory.getbasetemp()):
                shutil.rmtree(root, ignore_errors=True)  # the short /tmp fallback folder


@pytest.fixture
def queue(cups: PrivateCups) -> PrivateCups:
    """The private queue with no finished jobs in its output folder."""
    cups.clear()
    return cups


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where print_pdf_file's temporary copies go during the test: the app's private folder
    (services/temp_files) and, should anything still use it, tempfile's folder."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv(TEMP_DIR_ENV, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture(scope="module")
def kit_pdf() -> bytes:
    return build_recovery_kit(
        RecoveryKit(
            program_name="Valle Verde Mediation Program",
            store_id="7f3a-91c2",
            recovery_key=KEY,
            created=datetime.date(2026, 11, 28),
            data_folder="/home/mediator/.local/share/vomdesk",
        )
    )


def _print_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_recovery_kit_reaches_the_queue_byte_for_byte(
    queue: PrivateCups, temp_folder: Path, kit_pdf: bytes
) -> None:
    print_pdf_file(kit_pdf, printer=QUEUE, copies=1, title=TITLE)

    jobs = queue.jobs()
    assert len(jobs) == 1
    assert jobs[0].pdf == kit_pdf
    assert (jobs[0].title, jobs[0].copies) == (TITLE, 1)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(jobs[0].pdf)).pages)
    assert KEY in text
    assert _print_leftovers(temp_folder) == []


def test_two_copies_are_one_raw_job_that_asks_the_printer_for_two(
    queue: PrivateCups, temp_folder: Path, kit_pdf: bytes
) -> None:
    # A raw queue runs no filters, so CUPS does not repeat the document: it hands the one file to
    # the backend with copies=2, and the backend (the printer, for ipp/socket) makes the copies.
    print_pdf_file(kit_pdf, printer=QUEUE, copies=2, title=TITLE)

    jobs = queue.jobs()
    assert len(jobs) == 1
    assert jobs[0].pdf == kit_pdf
    assert jobs[0].copies == 2
    assert _print_leftovers(temp_folder) == []


def test_the_page_range_and_two_sided_printing_reach_the_queue(
    queue: PrivateCups, temp_folder: Path, kit_pdf: bytes
) -> None:
    print_pdf_file(kit_pdf, printer=QUEUE, copies=1, title=TITLE, pages="1", two_sided=True)

    [job] = queue.jobs()
    assert job.pdf == kit_pdf, "the PDF itself: the queue applies the options"
    options = dict(item.split("=", 1) for item in job.options.split() if "=" in item)
    assert options.get("page-ranges") == "1"
    assert options.get("sides") == "two-sided-long-edge"
    assert _print_leftovers(temp_folder) == []


def test_an_unknown_printer_fails_with_what_lp_said_and_leaves_no_file(
    queue: PrivateCups, temp_folder: Path, kit_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "C")  # lp's own message, untranslated

    with pytest.raises(PrintingFailed) as raised:
        print_pdf_file(kit_pdf, printer="NO_SUCH_QUEUE", copies=1, title=TITLE)

    assert "lp: Error - The printer or class does not exist." in raised.value.detail
    assert raised.value.detail in raised.value.message(), "the mediator sees what lp said"
    assert _print_leftovers(temp_folder) == []
    assert queue.jobs() == []


def test_without_lp_printing_fails_saying_cups_is_missing(
    tmp_path: Path, temp_folder: Path, kit_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    if sys.platform == "win32":
        pytest.skip("Windows prints through the shell, not lp")
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))

    with pytest.raises(PrintingFailed) as raised:
        print_pdf_file(kit_pdf, printer=QUEUE, copies=1, title=TITLE)

    assert "CUPS is not installed" in raised.value.detail
    assert _print_leftovers(temp_folder) == []


def test_print_to_file_writes_the_pdf_itself_privately(tmp_path: Path, kit_pdf: bytes) -> None:
    target = tmp_path / "chosen" / "kit.pdf"
    target.parent.mkdir()
    target.write_bytes(b"an older file the mediator chose to replace")

    print_to_file(kit_pdf, target)

    assert target.read_bytes() == kit_pdf
    assert [p.name for p in target.parent.iterdir()] == ["kit.pdf"]  # no temporary file left
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def _qt_printer(name: str) -> QPrinter:
    """The printer the print dialog gives for ``name``; a skip when Qt does not see the queue."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        pytest.skip(
            f"Qt does not list {name}: its CUPS support is missing or has cached another server "
            "in this process"
        )
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def test_the_print_dialog_choice_reaches_the_queue(
    queue: PrivateCups, temp_folder: Path, kit_pdf: bytes, qapp: QApplication
) -> None:
    printer = _qt_printer(QUEUE)
    assert printer.printerName() == QUEUE
    assert printer.outputFileName() == ""

    send(destination_of(printer), kit_pdf, TITLE)

    jobs = queue.jobs()
    assert len(jobs) == 1
    assert jobs[0].pdf == kit_pdf
    assert (jobs[0].title, jobs[0].copies) == (TITLE, 1)
    assert _print_leftovers(temp_folder) == []


def test_the_print_dialog_print_to_file_writes_the_pdf_not_a_job(
    queue: PrivateCups, tmp_path: Path, kit_pdf: bytes, qapp: QApplication
) -> None:
    printer = _qt_printer(QUEUE)
    target = tmp_path / "kit.pdf"
    printer.setOutputFileName(str(target))

    send(destination_of(printer), kit_pdf, TITLE)

    assert target.read_bytes() == kit_pdf
    assert queue.jobs() == []


def test_a_built_agreement_is_printed_through_the_apps_print_path(
    queue: PrivateCups,
    temp_folder: Path,
    store: Any,
    case_in_preparation: Any,
    prepare: Any,
) -> None:
    from vomdesk.domain.agreements import SessionOutcome, TermKind
    from vomdesk.services.agreements import TermInput, save_draft, start_agreement
    from vomdesk.services.cases import read_case
    from vomdesk.services.documents import DocumentKind, Request, build_document
    from vomdesk.services.session_records import record_session

    case = case_in_preparation
    prepare(store, case, on=datetime.date.today() - datetime.timedelta(days=3))
    record_session(
        store, case.case_id, held_at=datetime.datetime.now(datetime.UTC), minutes=60,
        attendees=[case.victim, case.offender, case.guardian],
        speaking_order=[case.victim, case.offender], outcome=SessionOutcome.AGREEMENT,
    )  # fmt: skip
    agreement = start_agreement(store, case.case_id, governing_language="en")
    apology = TermInput(
        TermKind.APOLOGY, "Letter of apology", (case.offender,), item="A handwritten letter",
        deadline=datetime.date.today() + datetime.timedelta(days=10),
    )  # fmt: skip
    save_draft(store, agreement, [apology])
    number = read_case(store, case.case_id).case.number
    built = build_document(store, Request(DocumentKind.AGREEMENT, case.case_id))

    print_pdf_file(built.pdf, printer=QUEUE, copies=1, title=built.job_title)

    jobs = queue.jobs()
    assert len(jobs) == 1
    assert jobs[0].pdf == built.pdf
    assert jobs[0].title == f"{number} agreement", "the job names the case, never a person"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(jobs[0].pdf)).pages)
    assert number in text and "Restitution agreement" in text
    assert _print_leftovers(temp_folder) == []
