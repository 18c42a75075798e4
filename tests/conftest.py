"""Shared fixtures: offscreen Qt, private folders, an in-memory keyring, real store files."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_API", "pyside6")

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import keyring
import keyring.backend
import pytest

from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services.open_store import OpenStore
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.setup import create_store

PASSPHRASE = "river kettle maple lantern"
PROGRAM = {"program.name": "Valle Verde Mediación", "mediator.name": "Ana Ruiz"}


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain that lives in memory: for tests that are not about the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise keyring.errors.PasswordDeleteError(username)
        del self.secrets[(service, username)]


@pytest.fixture(autouse=True)
def private_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MemoryKeyring]:
    """Every test: its own config and log folders, cheap key derivation, a fresh memory keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("VOMDESK_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("VOMDESK_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("VOMDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("VOMDESK_TEMP_DIR", str(home / "tmp"))
    monkeypatch.setenv("VOMDESK_INSECURE_TEST_KDF", "1")
    monkeypatch.delenv("VOMDESK_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(private_environment: MemoryKeyring) -> MemoryKeyring:
    return private_environment


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def recovery_key() -> str:
    return new_recovery_key()


@pytest.fixture
def store(data_folder: Path, recovery_key: str) -> Iterator[OpenStore]:
    """A real encrypted store on disk, open; closed again after the test."""
    opened, _ = create_store(
        data_folder,
        passphrase=PASSPHRASE,
        recovery_key=recovery_key,
        settings=dict(PROGRAM),
        params=CHEAP_TEST_PARAMS,
        allow_weak_kdf=True,
    )
    yield opened
    opened.close()


@dataclass(frozen=True)
class PreparationCase:
    """A juvenile case in preparation: its id and the ids of its victim, offender and guardian."""

    case_id: int
    victim: int
    offender: int
    guardian: int


@pytest.fixture
def case_in_preparation(store: OpenStore) -> PreparationCase:
    """A referral with a victim (confidential phone), a juvenile offender and his mother,
    moved on to preparation."""
    from vomdesk.domain.stages import Stage
    from vomdesk.services.case_stages import move_case
    from vomdesk.services.cases import create_case
    from vomdesk.store.case_models import (
        CaseCreate,
        ContactFields,
        OffenceCreate,
        ParticipantCreate,
    )

    case = create_case(
        store,
        CaseCreate(
            received_on=date(2026, 3, 2),
            source_type="probation_officer",
            source_agency="Valle Verde Juvenile Probation",
            incident_date=date(2026, 2, 14),
            offences=[
                OffenceCreate(description="Vandalism", category="property", level="misdemeanour")
            ],
        ),
        [
            ParticipantCreate(
                role="victim",
                name="Laura Gómez Prieto",
                contact=ContactFields(address="44 Alamo Lane", phone="970-555-0199"),
            ),
            ParticipantCreate(
                role="offender",
                name="José Muñoz",
                birth=date(2010, 7, 1),
                contact=ContactFields(phone="970-555-0123"),
            ),
            ParticipantCreate(role="parent_guardian", name="María Muñoz"),
        ],
        {2: 1},
    )
    assert case.id is not None
    move_case(store, case.id, Stage.INTAKE)
    move_case(store, case.id, Stage.PREPARATION)
    ids = {p.role.value: p.id for p in read_participants(store, case.id)}
    return PreparationCase(case.id, ids["victim"], ids["offender"], ids["parent_guardian"])


def read_participants(store: OpenStore, case_id: int) -> list:  # type: ignore[type-arg]
    from vomdesk.services.cases import read_case

    return read_case(store, case_id).participants


def complete_preparation(store: OpenStore, case: PreparationCase, *, on: date) -> None:
    """Screen, consent, meet and record the victim's choices and the conflict declaration."""
    from vomdesk.domain.consent import INFORMED_OF, GivenHow
    from vomdesk.domain.meetings import ContactMode
    from vomdesk.domain.parties import Side
    from vomdesk.domain.screening import Answer, Outcome, Response, default_template
    from vomdesk.services.choices import save_victim_choices
    from vomdesk.services.consents import record_consent
    from vomdesk.services.meetings import save_contact
    from vomdesk.services.safety import declare_conflict
    from vomdesk.services.screenings import record_screening
    from vomdesk.store.preparation_models import VictimChoicesBase

    for person, side in ((case.offender, Side.OFFENDER), (case.victim, Side.VICTIM)):
        template = default_template(side)
        answers = {
            item.key: Response(_calm_answer(item.flag_on, Answer)) for item in template.asked
        }
        record_screening(
            store, person, template_id=None, done_on=on, answers=answers, outcome=Outcome.READY
        )
        save_contact(
            store,
            case.case_id,
            on=on,
            done=True,
            mode=ContactMode.IN_PERSON,
            minutes=60,
            with_whom=[person],
        )
    for person in (case.victim, case.offender, case.guardian):
        record_consent(store, person, given_on=on, how=GivenHow.WRITTEN, informed=INFORMED_OF)
    save_victim_choices(
        store,
        case.victim,
        VictimChoicesBase(form="direct", speaks_first="victim"),
        takes_part=True,
    )
    declare_conflict(store, case.case_id, mediator="Ana Ruiz", has_conflict=False)


def _calm_answer(flag_on, answer_type):  # type: ignore[no-untyped-def]
    """An answer that raises no red flag."""
    return next(a for a in (answer_type.YES, answer_type.NO) if a not in flag_on)


@pytest.fixture
def prepare():  # type: ignore[no-untyped-def]
    """The ``complete_preparation`` helper, for tests that walk a case to its session."""
    return complete_preparation


@pytest.fixture
def agreed_case(store: OpenStore, case_in_preparation: PreparationCase) -> PreparationCase:
    """The case of ``case_in_preparation`` taken through its session to a signed agreement: a
    money term of 480.00 in four monthly instalments from two weeks ahead, and an apology."""
    from datetime import UTC, datetime, timedelta

    from vomdesk.domain.agreements import SessionOutcome, TermKind
    from vomdesk.domain.instalments import Frequency, plan
    from vomdesk.services.agreement_signing import sign
    from vomdesk.services.agreements import TermInput, agreements_of, save_draft
    from vomdesk.services.agreements import start_agreement as start
    from vomdesk.services.session_records import record_session

    case = case_in_preparation
    today = date.today()
    complete_preparation(store, case, on=today - timedelta(days=3))
    people = [case.victim, case.offender, case.guardian]
    record_session(
        store,
        case.case_id,
        held_at=datetime.now(UTC) - timedelta(hours=2),
        minutes=80,
        attendees=people,
        speaking_order=people[:2],
        outcome=SessionOutcome.AGREEMENT,
    )
    agreement = start(store, case.case_id)
    save_draft(
        store,
        agreement,
        [
            TermInput(
                TermKind.FINANCIAL,
                "Pay for the broken window",
                (case.offender,),
                amount_cents=48_000,
                payee="Laura Gómez Prieto",
                frequency="monthly",
                payments=tuple(
                    plan(48_000, today + timedelta(days=14), Frequency.MONTHLY, count=4)
                ),
            ),
            TermInput(
                TermKind.APOLOGY,
                "Letter of apology",
                (case.offender,),
                item="A handwritten letter",
                deadline=today + timedelta(days=10),
            ),
        ],
    )
    for signer in agreements_of(store, case.case_id)[0].required:
        sign(store, agreement, signer.key, today)
    return case


def session_held(store: OpenStore, case: PreparationCase) -> None:
    """Prepare the case (three days ago), note the victim's loss of 480.00, schedule a session
    and record it as held two hours ago with an agreement reached."""
    from datetime import UTC, datetime, timedelta

    from vomdesk.domain.agreements import SessionOutcome
    from vomdesk.domain.choices import LossKind
    from vomdesk.services.choices import LossLine, save_victim_choices
    from vomdesk.services.session_records import record_session
    from vomdesk.services.sessions import schedule_session
    from vomdesk.store.preparation_models import VictimChoicesBase

    complete_preparation(store, case, on=date.today() - timedelta(days=3))
    save_victim_choices(
        store,
        case.victim,
        VictimChoicesBase(form="direct"),
        takes_part=True,
        losses=[LossLine(LossKind.PROPERTY, "Window", 48_000)],
    )
    attendees = [case.victim, case.offender, case.guardian]
    plan_id = schedule_session(
        store,
        case.case_id,
        starts=datetime.now(UTC) + timedelta(days=2),
        minutes=90,
        other_place="Office",
        attendees=attendees,
    )
    record_session(
        store,
        case.case_id,
        held_at=datetime.now(UTC) - timedelta(hours=2),
        minutes=80,
        attendees=attendees,
        speaking_order=[case.victim, case.offender],
        outcome=SessionOutcome.AGREEMENT,
        notes="He apologised in his own words.",
        session_plan_id=plan_id,
    )


@pytest.fixture
def hold_session():  # type: ignore[no-untyped-def]
    """The ``session_held`` helper: a prepared case taken through its session."""
    return session_held
