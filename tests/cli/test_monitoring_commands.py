"""`vomdesk due` at a chosen date, as a table and as JSON, and `vomdesk print` of a receipt and a
reminder, run in-process on a real store with a case in monitoring."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from vomdesk.cli import main
from vomdesk.domain.agreements import SessionOutcome, TermKind
from vomdesk.domain.instalments import Frequency, plan
from vomdesk.services.agreement_signing import sign
from vomdesk.services.agreements import TermInput, agreements_of, save_draft, start_agreement
from vomdesk.services.cases import read_case
from vomdesk.services.monitoring import record_payment
from vomdesk.services.session_records import record_session

PASSPHRASE = "river kettle maple lantern"  # the store fixture's (tests/conftest.py)
TODAY = date.today()
SIGNED = TODAY - timedelta(days=90)
NAMES = ("José", "Muñoz", "Laura", "Gómez")


@dataclass(frozen=True)
class Monitored:
    folder: Path
    number: str
    payment: int
    receipt: str


@pytest.fixture
def monitored(store, data_folder, case_in_preparation, prepare, monkeypatch) -> Monitored:  # type: ignore[no-untyped-def]
    """$480 in four monthly instalments from SIGNED + 14 days, the first paid; an apology due
    three weeks after signing."""
    case = case_in_preparation
    prepare(store, case, on=SIGNED - timedelta(days=10))
    people = [case.victim, case.offender, case.guardian]
    record_session(store, case.case_id, held_at=datetime.combine(SIGNED, datetime.min.time(),
                   tzinfo=UTC) + timedelta(hours=17), minutes=90, attendees=people,
                   speaking_order=[case.victim, case.offender],
                   outcome=SessionOutcome.AGREEMENT)  # fmt: skip
    agreement = start_agreement(store, case.case_id, governing_language="en")
    payments = tuple(plan(48_000, SIGNED + timedelta(days=14), Frequency.MONTHLY, count=4))
    save_draft(store, agreement, [
        TermInput(TermKind.FINANCIAL, "Pay for the broken window", (case.offender,),
                  amount_cents=48_000, payee="Laura Gómez Prieto", frequency="monthly",
                  payments=payments),
        TermInput(TermKind.APOLOGY, "A letter of apology", (case.offender,),
                  item="A handwritten letter", deadline=SIGNED + timedelta(days=21)),
    ], difference_reason="", deadline_reason="Agreed with the referral source")  # fmt: skip
    [view] = agreements_of(store, case.case_id)
    for signer in view.required:
        sign(store, agreement, signer.key, SIGNED)
    line, receipt = record_payment(store, case.case_id, 0, cents=12_000,
                                   on=SIGNED + timedelta(days=13), offender_id=case.offender,
                                   method="cash", received_by="Ana Ruiz",
                                   instalment=1)  # fmt: skip
    number = read_case(store, case.case_id).case.number
    store.close()
    monkeypatch.setenv("VOMDESK_PASSPHRASE", PASSPHRASE)
    return Monitored(data_folder, number, line, receipt)


def due(case: Monitored, *args: str) -> int:
    return main(["due", "--data-dir", str(case.folder), *args])


def test_due_as_json_at_a_chosen_date(monitored, capsys) -> None:  # type: ignore[no-untyped-def]
    on = SIGNED + timedelta(days=50)
    assert due(monitored, "--format", "json", "--date", on.isoformat(), "--days", "0") == 0
    out = capsys.readouterr().out
    items = json.loads(out)
    assert isinstance(items, list) and items
    assert set(items[0]) == {"due", "days_late", "kind", "kind_label", "case", "what",
                             "outstanding_cents", "outstanding_hours"}  # fmt: skip
    payment = next(i for i in items if i["kind"] == "payment")
    assert payment["case"] == monitored.number and payment["outstanding_cents"] == 12_000
    assert payment["days_late"] == (on - date.fromisoformat(payment["due"])).days > 0
    apology = next(i for i in items if i["kind"] == "term")
    assert apology["due"] == (SIGNED + timedelta(days=21)).isoformat()
    assert all(date.fromisoformat(i["due"]) <= on for i in items)
    assert not any(name in out for name in NAMES)


def test_due_as_a_table_looks_ahead_the_days_asked(monitored, capsys) -> None:  # type: ignore[no-untyped-def]
    on = SIGNED + timedelta(days=10)
    assert due(monitored, "--date", on.isoformat(), "--days", "0") == 0
    assert "Nothing due or overdue" in capsys.readouterr().out
    assert due(monitored, "--date", on.isoformat(), "--days", "14") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Due", "Days", "late", "Kind", "Case", "What", "Outstanding"]
    row = next(line for line in lines if "A letter of apology" in line)
    assert monitored.number in row and "Term" in row
    assert lines[-1].endswith(f"as on {on.isoformat()}")
    assert not any(name in "\n".join(lines) for name in NAMES)


def test_due_refuses_a_bad_date(monitored, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        due(monitored, "--date", "31/12/2026")
    assert "YYYY-MM-DD" in capsys.readouterr().err


def run_print(case: Monitored, *args: str | Path) -> int:
    return main(["print", "--data-dir", str(case.folder), "--case", case.number, *map(str, args)])


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_print_a_receipt_and_a_reminder(monitored, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    receipt, reminder = tmp_path / "receipt.pdf", tmp_path / "recordatorio.pdf"
    assert run_print(monitored, "--document", "receipt", "--payment", str(monitored.payment),
                     "--out", receipt) == 0  # fmt: skip
    assert capsys.readouterr().out == (
        f"Wrote {monitored.number} receipt {monitored.receipt} (en) to {receipt}\n"
    )
    text = text_of(receipt)
    assert monitored.receipt in text and "$120.00" in text and "$360.00" in text
    assert run_print(monitored, "--document", "reminder", "--lang", "es", "--out", reminder) == 0
    text = text_of(reminder)
    assert "Vencido desde" in text and "Recordatorio" in text  # the table, the footer
    assert "María Muñoz" in text and "Laura" not in text and "Alamo" not in text


def test_print_receipt_needs_its_payment(monitored, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "r.pdf"
    assert run_print(monitored, "--document", "receipt", "--out", out) == 1
    assert "--payment" in capsys.readouterr().err
    assert run_print(monitored, "--document", "receipt", "--payment", "99999", "--out", out) == 1
    assert "Choose a payment of this case." in capsys.readouterr().err
    assert not out.exists()


def test_print_victim_notice_waits_for_the_case_to_close(monitored, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "n.pdf"
    assert run_print(monitored, "--document", "victim-notice", "--out", out) == 1
    assert "closed" in capsys.readouterr().err and not out.exists()
