"""Canary strings in every sensitive field through a whole working session, then a hunt for them.

The session goes as a mediator's day does, through the services and with the app's logging on:
unlock with the passphrase; record a referral whose every sensitive field holds its own canary;
a refused save (the canaries in a form that needs correcting); a wrong passphrase typed once;
preparation (victim's topics, questions, support persons, times, arrival and waiting area, the
safety plan's notes, a contact's notes), the session and its notes, the agreement's terms and
payee; search by the victim's name; documents built and "printed" (through the app's private
temporary folder, as printing hands a file over) and saved to a file; a backup to a folder and
the automatic one; the store locked. Then the raw bytes of the database, its -wal and -shm, the
temporary folder, the log folder, the config folder, both backups and each PDF's metadata and
XMP are searched for every canary, as UTF-8, UTF-16 (either order) and in the folded form the
search index uses. A PDF's page content may name the people it is for: only its metadata counts.
"""

from __future__ import annotations

import io
import logging
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from vomdesk.domain.agreements import SessionOutcome, TermKind
from vomdesk.domain.choices import LossKind
from vomdesk.domain.instalments import Frequency, plan
from vomdesk.domain.meetings import ContactMode
from vomdesk.domain.people import fold
from vomdesk.domain.stages import Stage
from vomdesk.log import start_logging
from vomdesk.paths import config_folder, log_folder
from vomdesk.services import errors
from vomdesk.services.agreement_signing import sign
from vomdesk.services.agreements import TermInput, agreements_of, save_draft, start_agreement
from vomdesk.services.backups import FOLDER, backup_on_close, make_backup
from vomdesk.services.case_list import list_cases, search_filter
from vomdesk.services.case_stages import move_case
from vomdesk.services.cases import create_case, read_case
from vomdesk.services.choices import LossLine, save_victim_choices
from vomdesk.services.documents import DocumentKind, Request, build_document
from vomdesk.services.meetings import save_contact
from vomdesk.services.printing import print_to_file
from vomdesk.services.safety import save_safety_plan
from vomdesk.services.session_records import record_session
from vomdesk.services.settings import save_settings
from vomdesk.services.temp_files import private_copy, temp_folder
from vomdesk.services.unlock import Unlocker
from vomdesk.store.case_models import CaseCreate, ContactFields, OffenceCreate, ParticipantCreate
from vomdesk.store.preparation_models import SafetyPlanBase, VictimChoicesBase

PASSPHRASE = "river kettle maple lantern"
TODAY = date.today()
FIELDS = (
    "victim name", "offender name", "guardian name", "address", "employer", "access",
    "offender address", "incident place", "no contact note", "source person", "offence",
    "topics", "questions", "support", "times", "arrival", "waiting", "safety notes",
    "contact notes", "session notes", "term", "apology", "payee", "program", "mediator",
)  # fmt: skip


def canary(field: str) -> str:
    """A word found nowhere else: letters only, so every validator takes it."""
    return "Zq" + "".join(part.capitalize() for part in field.split()) + "Xw"


CANARIES = {field: canary(field) for field in FIELDS}
CANARIES["phone"] = "970-555-0147"
CANARIES["offender phone"] = "970-555-0163"
CANARIES["email"] = "zqmailxw@example.org"


def encodings(text: str) -> set[bytes]:
    forms = {text, text.lower(), fold(text)}
    return {form.encode(codec) for form in forms for codec in ("utf-8", "utf-16-le", "utf-16-be")}


def found_in(data: bytes) -> list[str]:
    return [name for name, text in CANARIES.items() if any(e in data for e in encodings(text))]


@pytest.fixture
def app_logging() -> logging.Handler:  # type: ignore[misc]
    """The app's own log file, as the app starts it (pytest's capture handlers set aside)."""
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    root.handlers = []
    start_logging(logging.DEBUG)
    (handler,) = root.handlers
    yield handler
    handler.close()
    root.handlers, root.level = saved, level


def work_a_day(store, prepare, out: Path) -> list[bytes]:  # type: ignore[no-untyped-def]
    """The session's edits, search, documents and backups; returns every PDF made."""
    c = CANARIES
    save_settings(store, {"program.name": c["program"], "mediator.name": c["mediator"]})
    offence = OffenceCreate(description=c["offence"], category="property", level="misdemeanour")
    case_in = CaseCreate(
        received_on=TODAY - timedelta(days=20), source_type="probation_officer",
        source_person=c["source person"], incident_date=TODAY - timedelta(days=30),
        incident_place=c["incident place"], no_contact_order=True,
        no_contact_note=c["no contact note"], offences=[offence],
    )  # fmt: skip
    victim = ParticipantCreate(
        role="victim", name=c["victim name"], accessibility_needs=c["access"],
        contact=ContactFields(
            address=c["address"], phone=c["phone"], email=c["email"], employer=c["employer"]
        ),
    )  # fmt: skip
    offender = ParticipantCreate(
        role="offender", name=c["offender name"], birth=TODAY - timedelta(days=16 * 366),
        contact=ContactFields(address=c["offender address"], phone=c["offender phone"]),
    )  # fmt: skip
    guardian = ParticipantCreate(role="parent_guardian", name=c["guardian name"])
    with pytest.raises(errors.NeedsCorrection):  # a refused save carries the canaries too
        create_case(store, case_in.model_copy(update={"incident_date": TODAY}), [victim, offender])
    case = create_case(store, case_in, [victim, offender, guardian], {2: 1})
    assert case.id is not None
    ids = {p.role.value: p.id for p in read_case(store, case.id).participants}
    people = SimpleNamespace(
        case_id=case.id, victim=ids["victim"], offender=ids["offender"],
        guardian=ids["parent_guardian"],
    )  # fmt: skip
    move_case(store, case.id, Stage.INTAKE)
    move_case(store, case.id, Stage.PREPARATION)
    prepare(store, people, on=TODAY - timedelta(days=3))
    save_victim_choices(
        store, people.victim,
        VictimChoicesBase(
            form="direct", topics=c["topics"], questions=c["questions"],
            support_persons=c["support"], times_note=c["times"],
        ),
        takes_part=True, losses=[LossLine(LossKind.PROPERTY, c["term"], 48_000)],
    )  # fmt: skip
    save_safety_plan(
        store, case.id,
        SafetyPlanBase(
            victim_arrival=c["arrival"], victim_waiting_area=c["waiting"],
            notes=c["safety notes"], ends_meeting="Either asks",
        ),
    )  # fmt: skip
    save_contact(
        store, case.id, on=TODAY - timedelta(days=2), done=True, mode=ContactMode.PHONE,
        minutes=10, with_whom=[people.victim], notes=c["contact notes"],
    )  # fmt: skip
    attendees = [people.victim, people.offender, people.guardian]
    record_session(
        store, case.id, held_at=datetime.now(UTC) - timedelta(hours=2), minutes=80,
        attendees=attendees, speaking_order=attendees[:2], outcome=SessionOutcome.AGREEMENT,
        notes=c["session notes"],
    )  # fmt: skip
    agreement = start_agreement(store, case.id)
    payments = tuple(plan(48_000, TODAY + timedelta(days=14), Frequency.MONTHLY, count=4))
    save_draft(
        store, agreement,
        [
            TermInput(
                TermKind.FINANCIAL, c["term"], (people.offender,), amount_cents=48_000,
                payee=c["payee"], frequency="monthly", payments=payments,
            ),
            TermInput(
                TermKind.APOLOGY, c["apology"], (people.offender,), item=c["apology"],
                deadline=TODAY + timedelta(days=10),
            ),
        ],
    )  # fmt: skip
    for signer in agreements_of(store, case.id)[0].required:
        sign(store, agreement, signer.key, TODAY)

    for words in (c["victim name"], c["offender name"][3:12]):  # search, as typed in the list
        assert [row.id for row in list_cases(store, search_filter(words)).rows] == [case.id]

    pdfs = []
    requests = [
        Request(DocumentKind.AGREEMENT, case.id, agreement_id=agreement),
        Request(DocumentKind.SCHEDULE, case.id, agreement_id=agreement),
        Request(DocumentKind.ACKNOWLEDGMENT, case.id),
        Request(DocumentKind.CONSENT, case.id, participant_id=people.victim),
        Request(DocumentKind.CONFIDENTIALITY, case.id),
    ]
    for index, request in enumerate(requests):
        built = build_document(store, request)
        assert not found_in(built.job_title.encode()), "a print job title names someone"
        with private_copy(built.pdf, ".pdf") as handed_over:  # what printing hands to lp
            assert handed_over.read_bytes() == built.pdf
        print_to_file(built.pdf, out / f"document-{index}.pdf")
        pdfs.append(built.pdf)
    make_backup(store, out / "usb", FOLDER)
    backup_on_close(store)
    return pdfs


def test_no_canary_is_left_in_plain_anywhere_after_a_whole_session(
    store, prepare, tmp_path: Path, app_logging: logging.Handler
) -> None:  # type: ignore[no-untyped-def]
    folder = store.files.folder
    store.close()
    unlocker = Unlocker(folder)
    with pytest.raises(errors.WrongPassphrase):
        unlocker.with_passphrase("lantern maple kettle river")
    opened = unlocker.with_passphrase(PASSPHRASE)
    out = tmp_path / "outside"
    out.mkdir()
    try:
        pdfs = work_a_day(opened, prepare, out)
        logging.getLogger("vomdesk.test").info("a whole session done")
        sidecars = {p.name: p.read_bytes() for p in opened.files.sidecars() if p.exists()}
        assert "vomdesk.db-wal" in sidecars, "the session's writes went through the WAL"
    finally:
        unlocker.lock(opened)
    app_logging.flush()

    scanned: dict[str, list[str]] = {}

    def scan(label: str, data: bytes) -> None:
        scanned[label] = found_in(data)

    for name, data in sidecars.items():  # as they were while the store was open
        scan(f"{name} (open)", data)
    places = [folder, temp_folder(), log_folder(), config_folder(), out / "usb"]
    for place in places:
        for path in sorted(place.rglob("*")) if place.exists() else []:
            if path.is_file():
                scan(str(path), path.read_bytes())
    assert any("vomdesk.log" in label for label in scanned), "the log was not written"
    assert any(label.endswith("backups") or "/backups/" in label for label in scanned)
    assert any("/usb/" in label for label in scanned)
    assert not list(temp_folder().glob("*")) if temp_folder().exists() else True
    for index, pdf in enumerate(pdfs):
        reader = PdfReader(io.BytesIO(pdf))
        metadata = " ".join(f"{k}={v}" for k, v in (reader.metadata or {}).items())
        xmp = reader.xmp_metadata
        if xmp is not None:
            metadata += xmp.rdf_root.toxml()
        scan(f"PDF {index} metadata", metadata.encode())
        assert "/Author" in (reader.metadata or {}), "metadata was read"
    logged = "".join(p.read_text("utf-8") for p in log_folder().glob("vomdesk.log*"))
    assert "a whole session done" in logged, "the app's log was written and scanned"
    assert found_in(fold(CANARIES["victim name"]).encode("utf-16-be")) == ["victim name"]
    leaks = {label: names for label, names in scanned.items() if names}
    assert not leaks, f"canaries in plain: {leaks}"
    assert os.path.getsize(folder / "vomdesk.db") > 0
