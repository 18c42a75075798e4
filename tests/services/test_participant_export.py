"""A data-access export gives a participant only what they may see of their case."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from vomdesk.cli import main
from vomdesk.domain.disclosure import Part, Whose, allowed_fields
from vomdesk.domain.parties import Side
from vomdesk.services import errors
from vomdesk.services.cases import read_case
from vomdesk.services.choices import save_victim_choices
from vomdesk.services.export import export_for_participant
from vomdesk.services.open_store import OpenStore, reading
from vomdesk.services.safety import save_safety_plan
from vomdesk.store import repository
from vomdesk.store.preparation_models import SafetyPlanBase, VictimChoicesBase

VICTIM_PHONE = "970-555-0199"  # the fixture's victim contact
VICTIM_ADDRESS = "44 Alamo Lane"
TOPICS = "CANARY-TOPICS-ZQX the broken window of my late husband's shop"
QUESTIONS = "CANARY-QUESTIONS-ZQX why our house"
ARRIVAL = "CANARY-ARRIVAL-ZQX back door at 17:40"
WAITING = "CANARY-WAITING-ZQX room 2"
NOTES = "CANARY-SESSION-NOTES-ZQX"


@pytest.fixture
def canaried(store: OpenStore, case_in_preparation: Any, prepare: Any) -> Any:
    case = case_in_preparation
    prepare(store, case, on=date.today())
    save_victim_choices(
        store,
        case.victim,
        VictimChoicesBase(form="direct", speaks_first="victim", topics=TOPICS, questions=QUESTIONS),
        takes_part=True,
    )
    plan = SafetyPlanBase(
        victim_arrival=ARRIVAL,
        victim_waiting_area=WAITING,
        offender_arrival="front door at 18:00",
        ends_meeting="either party asks",
    )
    save_safety_plan(store, case.case_id, plan)
    return case


def dump(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False)


def test_the_offender_gets_nothing_of_the_victim_side(store: OpenStore, canaried: Any) -> None:
    document = export_for_participant(store, canaried.case_id, canaried.offender)
    text_of = dump(document)
    for canary in (VICTIM_PHONE, VICTIM_ADDRESS, TOPICS, QUESTIONS, ARRIVAL, WAITING):
        assert canary not in text_of
    assert "CANARY" not in text_of
    assert document["you"]["name"] == "José Muñoz"
    assert document["you"]["contact"]["phone"] == "970-555-0123"
    assert document["your_meeting_wishes"] is None
    assert document["safety_plan"]["offender_arrival"] == "front door at 18:00"
    victim = next(p for p in document["others"] if p["role"] == "victim")
    assert set(victim) == {"id", "name", "role"}
    assert victim["name"] == "Laura Gómez Prieto"
    assert [s["outcome"] for s in document["screenings"]] == ["ready"]
    assert len(document["consents"]) == 1
    assert document["case"]["offences"][0]["description"] == "Vandalism"
    assert "source_agency" not in document["case"]


def test_the_victim_gets_their_own_contact_and_wishes(store: OpenStore, canaried: Any) -> None:
    document = export_for_participant(store, canaried.case_id, canaried.victim)
    assert document["you"]["contact"]["phone"] == VICTIM_PHONE
    assert document["you"]["contact"]["address"] == VICTIM_ADDRESS
    assert document["your_meeting_wishes"]["topics"] == TOPICS
    assert document["safety_plan"]["victim_arrival"] == ARRIVAL
    assert "970-555-0123" not in dump(document)  # the offender's phone
    offender = next(p for p in document["others"] if p["role"] == "offender")
    assert set(offender) == {"id", "name", "role"}


def test_the_guardian_is_on_the_offender_side(store: OpenStore, canaried: Any) -> None:
    text_of = dump(export_for_participant(store, canaried.case_id, canaried.guardian))
    assert "CANARY" not in text_of and VICTIM_PHONE not in text_of


def test_an_unknown_participant_is_refused_and_nothing_is_audited(
    store: OpenStore, canaried: Any
) -> None:
    with reading(store) as session:
        before = len(repository.list_audit_entries(session=session))
    with pytest.raises(errors.ParticipantNotInCase):
        export_for_participant(store, canaried.case_id, 987654)
    with reading(store) as session:
        assert len(repository.list_audit_entries(session=session)) == before


def test_the_export_is_audited_with_the_participant_id(store: OpenStore, canaried: Any) -> None:
    export_for_participant(store, canaried.case_id, canaried.victim)
    with reading(store) as session:
        newest = repository.list_audit_entries(session=session, limit=1)[0]
    assert (newest.action, newest.record_kind) == ("exported", "participant")
    assert newest.record_id == str(canaried.victim)


def test_agreement_terms_but_never_session_notes(store: OpenStore, agreed_case: Any) -> None:
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE session_record SET notes = :n"), {"n": NOTES})
    document = export_for_participant(store, agreed_case.case_id, agreed_case.offender)
    assert NOTES not in dump(document)
    terms = document["agreement"]["terms"]
    assert any(t["amount_cents"] == 48000 for t in terms)


def test_the_command_exports_for_one_participant(
    store: OpenStore, canaried: Any, data_folder: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("VOMDESK_PASSPHRASE", "river kettle maple lantern")
    number = read_case(store, canaried.case_id).case.number
    base = ["export", "--data-dir", str(data_folder), "--case", number]
    assert main([*base, "--for", str(canaried.offender)]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["for"] == canaried.offender
    assert "CANARY" not in out and VICTIM_PHONE not in out
    assert main([*base, "--for", "987654"]) == 1
    err = capsys.readouterr().err
    assert err == f"vomdesk export: participant 987654 does not take part in case {number}\n"


@pytest.mark.parametrize("side", list(Side))
def test_the_rule_never_gives_another_participant_more_than_name_and_role(side: Side) -> None:
    assert allowed_fields(Part.PARTICIPANT, Whose.OTHER, side) == {"id", "name", "role"}
    for part in (Part.SCREENING, Part.CONSENT, Part.VICTIM_CHOICES, Part.SESSION_RECORD):
        assert allowed_fields(part, Whose.OTHER, side) == frozenset()
    assert allowed_fields(Part.SESSION_RECORD, Whose.OWN, side) == frozenset()
    assert allowed_fields(Part.SESSION_RECORD, Whose.CASE, side) == frozenset()
    if side is not Side.VICTIM:
        assert allowed_fields(Part.VICTIM_CHOICES, Whose.OWN, side) == frozenset()
        safety = allowed_fields(Part.SAFETY_PLAN, Whose.CASE, side)
        assert not safety & {"victim_arrival", "victim_waiting_area"}
