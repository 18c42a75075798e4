"""`vomdesk print`, run in-process on real stores: an agreement in both languages, each party's
confirmation letter, and the refusals (existing file, no case, nothing to print yet)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from vomdesk.cli import main
from vomdesk.domain.agreements import SessionOutcome, TermKind
from vomdesk.domain.choices import LossKind
from vomdesk.domain.instalments import Frequency, plan
from vomdesk.services.agreement_signing import sign
from vomdesk.services.agreements import TermInput, agreements_of, save_draft, start_agreement
from vomdesk.services.cases import read_case
from vomdesk.services.choices import LossLine, save_victim_choices
from vomdesk.services.safety import save_safety_plan
from vomdesk.services.session_records import record_session
from vomdesk.services.sessions import schedule_session
from vomdesk.store.preparation_models import SafetyPlanBase, VictimChoicesBase

PASSPHRASE = "river kettle maple lantern"  # the store fixture's (tests/conftest.py)
TODAY = date.today()
VICTIM_ARRIVAL = "9:45 by the side door"
OFFENDER_ARRIVAL = "10:15 at the front desk"


@dataclass(frozen=True)
class Closed:
    """A closed store with one case; the ids of its victim and offender."""

    folder: Path
    number: str
    victim: int
    offender: int


def _closed(store, data_folder, case, monkeypatch) -> Closed:  # type: ignore[no-untyped-def]
    number = read_case(store, case.case_id).case.number
    store.close()  # the command opens the store itself, as a script would
    monkeypatch.setenv("VOMDESK_PASSPHRASE", PASSPHRASE)
    return Closed(data_folder, number, case.victim, case.offender)


@pytest.fixture
def agreed(store, data_folder, case_in_preparation, prepare, monkeypatch) -> Closed:
    """A session held and a signed agreement: the window paid in four monthly instalments."""
    case = case_in_preparation
    prepare(store, case, on=TODAY - timedelta(days=3))
    save_victim_choices(store, case.victim, VictimChoicesBase(form="direct"), takes_part=True,
                        losses=[LossLine(LossKind.PROPERTY, "Window", 48_000)])  # fmt: skip
    attendees = [case.victim, case.offender, case.guardian]
    plan_id = schedule_session(store, case.case_id, starts=datetime.now(UTC) + timedelta(days=2),
                               minutes=90, other_place="Office", attendees=attendees)  # fmt: skip
    record_session(store, case.case_id, held_at=datetime.now(UTC) - timedelta(hours=2),
                   minutes=80, attendees=attendees, speaking_order=[case.victim, case.offender],
                   outcome=SessionOutcome.AGREEMENT, session_plan_id=plan_id)  # fmt: skip
    agreement = start_agreement(store, case.case_id, governing_language="en")
    payments = tuple(plan(48_000, TODAY + timedelta(days=14), Frequency.MONTHLY, count=4))
    save_draft(store, agreement, [TermInput(
        TermKind.FINANCIAL, "Pay for the broken window", (case.offender,), amount_cents=48_000,
        payee="Laura Gómez Prieto", frequency="monthly", payments=payments)])  # fmt: skip
    [view] = agreements_of(store, case.case_id)
    for signer in view.required:
        sign(store, agreement, signer.key, TODAY)
    return _closed(store, data_folder, case, monkeypatch)


@pytest.fixture
def scheduled(store, data_folder, case_in_preparation, prepare, monkeypatch) -> Closed:
    """A joint session next week, with each side's arrival in the safety plan."""
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    save_safety_plan(store, case.case_id, SafetyPlanBase(
        victim_arrival=VICTIM_ARRIVAL, offender_arrival=OFFENDER_ARRIVAL,
        ends_meeting="Either party asks"))  # fmt: skip
    schedule_session(store, case.case_id, starts=datetime.now(UTC) + timedelta(days=7),
                     minutes=90, other_place="Office",
                     attendees=[case.victim, case.offender, case.guardian])  # fmt: skip
    return _closed(store, data_folder, case, monkeypatch)


def run_print(case: Closed, *args: str | Path) -> int:
    return main(["print", "--data-dir", str(case.folder), "--case", case.number, *map(str, args)])


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_agreement_in_english_and_in_spanish(agreed, tmp_path, capsys):
    english, spanish = tmp_path / "agreement.pdf", tmp_path / "acuerdo.pdf"

    assert run_print(agreed, "--document", "agreement", "--out", english) == 0
    assert capsys.readouterr().out == f"Wrote {agreed.number} agreement (en) to {english}\n"
    assert run_print(agreed, "--document", "agreement", "--lang", "es", "--out", spanish) == 0
    assert capsys.readouterr().err == ""

    in_english = text_of(english)
    assert agreed.number in in_english and "Restitution agreement" in in_english
    in_spanish = text_of(spanish)
    assert agreed.number in in_spanish
    assert "Acuerdo de restitución" in in_spanish
    assert english.stat().st_mode & 0o077 == 0, "written privately"


def test_the_offenders_schedule_and_a_missing_participant(agreed, tmp_path, capsys):
    out = tmp_path / "schedule.pdf"
    assert run_print(agreed, "--document", "schedule", "--participant", str(agreed.offender),
                     "--out", out) == 0  # fmt: skip
    assert agreed.number in text_of(out)

    assert run_print(agreed, "--document", "consent", "--participant", "9999",
                     "--out", tmp_path / "x.pdf") == 1  # fmt: skip
    error = capsys.readouterr().err
    assert error.startswith(f"vomdesk print: case {agreed.number} has no participant 9999")
    assert f"{agreed.victim} (victim)" in error and error.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_each_party_gets_its_own_confirmation_letter(scheduled, tmp_path):
    victim, offender = tmp_path / "victim.pdf", tmp_path / "offender.pdf"

    assert run_print(scheduled, "--document", "confirmation", "--participant",
                     str(scheduled.victim), "--out", victim) == 0  # fmt: skip
    assert run_print(scheduled, "--document", "confirmation", "--participant",
                     str(scheduled.offender), "--out", offender) == 0  # fmt: skip

    for_victim = " ".join(text_of(victim).split())
    for_offender = " ".join(text_of(offender).split())
    assert scheduled.number in for_victim and scheduled.number in for_offender
    assert VICTIM_ARRIVAL in for_victim
    assert VICTIM_ARRIVAL not in for_offender, "the victim's arrival stays off the offender's"
    assert OFFENDER_ARRIVAL in for_offender
    for secret in ("970-555-0199", "44 Alamo Lane"):  # the victim's contact details
        assert secret not in for_offender


def test_an_existing_file_is_refused_before_and_kept(agreed, tmp_path, capsys):
    out = tmp_path / "agreement.pdf"
    out.write_bytes(b"the mediator's own file")

    assert run_print(agreed, "--document", "agreement", "--out", out) == 1
    assert capsys.readouterr().err == (
        f"vomdesk print: {out} already exists; use --force to replace it\n"
    )
    assert out.read_bytes() == b"the mediator's own file"

    assert run_print(agreed, "--document", "agreement", "--out", out, "--force") == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_no_such_case_and_nothing_to_print_yet_are_one_line(scheduled, tmp_path, capsys):
    out = tmp_path / "agreement.pdf"
    assert main(["print", "--data-dir", str(scheduled.folder), "--case", "1999-999",
                 "--document", "agreement", "--out", str(out)]) == 1  # fmt: skip
    assert capsys.readouterr().err == "vomdesk print: no case 1999-999\n"

    assert run_print(scheduled, "--document", "agreement", "--out", out) == 1
    assert capsys.readouterr().err == "vomdesk print: This case has no agreement yet.\n"
    assert run_print(scheduled, "--document", "consent", "--out", out) == 1
    assert capsys.readouterr().err == "vomdesk print: Choose who the document is for.\n"
    assert not out.exists()


def test_out_and_printer_cannot_both_be_given(scheduled, tmp_path, capsys):
    with pytest.raises(SystemExit):
        run_print(scheduled, "--document", "agreement", "--out", tmp_path / "a.pdf",
                  "--printer", "OFFICE")  # fmt: skip
    assert "not allowed with argument" in capsys.readouterr().err


def test_printer_sends_the_pdf_to_the_queue_with_a_neutral_title(agreed, monkeypatch, capsys):
    import vomdesk.cli_cases

    sent: list[tuple[bytes, str, str]] = []

    def queued(pdf: bytes, *, printer: str, title: str) -> None:
        sent.append((pdf, printer, title))

    monkeypatch.setattr(vomdesk.cli_cases, "print_pdf_file", queued)

    assert run_print(agreed, "--document", "agreement", "--printer", "OFFICE") == 0

    [(pdf, printer, title)] = sent
    assert (printer, title) == ("OFFICE", f"{agreed.number} agreement")
    assert pdf.startswith(b"%PDF-")
    assert capsys.readouterr().out == f"Sent {agreed.number} agreement to OFFICE\n"
