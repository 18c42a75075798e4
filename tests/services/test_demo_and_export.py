"""The demo fills a new store with varied, realistic cases; the export carries every field."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from vomdesk.domain.agreements import Status
from vomdesk.domain.gates import blocking
from vomdesk.domain.parties import Role, Side
from vomdesk.domain.people import age_on
from vomdesk.domain.referrals import JusticeStage, OffenceCategory, OffenceLevel, SourceType
from vomdesk.domain.stages import CLOSING_FROM, ClosingReason, Stage, allowed_moves
from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services import errors
from vomdesk.services.agreements import agreements_of
from vomdesk.services.case_list import list_cases, search_filter
from vomdesk.services.cases import CaseRecord, case_id_of, missing_for_next_step, read_case
from vomdesk.services.closing import FOLLOWED, recidivism_check_due
from vomdesk.services.demo import StoreHasCases, fill_with_demo_cases
from vomdesk.services.due import due_items
from vomdesk.services.export import CONTACT_KEYS, export_case
from vomdesk.services.monitoring_view import read_monitoring
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import before_scheduling, read_preparation
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.session_records import sessions_held
from vomdesk.services.setup import create_store
from vomdesk.store.case_models import CaseBase

PASSPHRASE = "river kettle maple lantern"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "export-format.md"
FOUR = {"address", "phone", "email", "employer"}


def new_store(folder: Path) -> OpenStore:
    store, _ = create_store(
        folder,
        passphrase=PASSPHRASE,
        recovery_key=new_recovery_key(),
        settings={"program.name": "Valle Verde Mediación"},
        params=CHEAP_TEST_PARAMS,
        allow_weak_kdf=True,
    )
    return store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[OpenStore, list[str]]]:
    """One store with the default demo (40 cases, seed 2026), shared by the tests that read."""
    store = new_store(tmp_path_factory.mktemp("demo") / "data")
    numbers = fill_with_demo_cases(store)
    yield store, numbers
    store.close()


@pytest.fixture(scope="module")
def records(demo: tuple[OpenStore, list[str]]) -> list[CaseRecord]:
    store, numbers = demo
    return [read_case(store, case_id_of(store, number)) for number in numbers]


@pytest.fixture(scope="module")
def exports(demo: tuple[OpenStore, list[str]]) -> list[dict[str, Any]]:
    store, numbers = demo
    return [export_case(store, case_id_of(store, number)) for number in numbers]


def offenders(record: CaseRecord) -> list[Any]:
    return [p for p in record.participants if p.role is Role.OFFENDER]


def exports_of(store: OpenStore, numbers: list[str]) -> list[dict[str, Any]]:
    """Exports without the moment of export, to compare two stores."""
    documents = [export_case(store, case_id_of(store, number)) for number in numbers]
    for document in documents:
        document.pop("exported_at")
    return documents


# --- the demo -------------------------------------------------------------------------------
def test_forty_cases_in_every_stage_with_every_closing_reason(
    demo: tuple[OpenStore, list[str]], records: list[CaseRecord]
) -> None:
    store, numbers = demo
    assert len(numbers) == len(set(numbers)) == 40
    listed = list_cases(store, search_filter(sort="number", descending=False))
    assert listed.total == 40
    assert sorted(numbers) == numbers == [row.number for row in listed.rows]
    stages = Counter(record.stage for record in records)
    assert set(stages) == set(Stage)
    assert all(stages[stage] >= 2 for stage in Stage), stages
    assert stages[Stage.CLOSED] >= 8
    reasons = {record.case.closing_reason for record in records if record.stage is Stage.CLOSED}
    assert reasons == {reason.value for reason in ClosingReason}
    assert all(r.case.closing_reason is None for r in records if r.stage is not Stage.CLOSED)


def test_juveniles_have_a_guardian_and_the_flag_follows_their_age(
    demo: tuple[OpenStore, list[str]], records: list[CaseRecord]
) -> None:
    store, _ = demo
    juvenile_ages = []
    for record in records:
        incident = record.case.incident_date
        assert incident is not None
        ages = []
        for offender in offenders(record):
            assert offender.birth is not None
            age = age_on(offender.birth, incident)
            ages.append(age)
            if age < 18:
                juvenile_ages.append(age)
                guardians = [
                    p for p in record.participants
                    if p.role is Role.PARENT_GUARDIAN and p.accompanies_id == offender.id
                ]  # fmt: skip
                assert len(guardians) == 1, record.case.number
                assert guardians[0].side is Side.OFFENDER
        assert record.case.juvenile == any(age < 18 for age in ages)
        # intake is complete wherever the case stands
        if record.stage in (Stage.REFERRAL, Stage.INTAKE):
            assert missing_for_next_step(store, record) == [], record.case.number
    assert min(juvenile_ages) >= 13 and max(juvenile_ages) <= 17
    assert len(set(juvenile_ages)) >= 4
    assert sum(bool(r.case.juvenile) for r in records) >= 15
    assert sum(r.case.juvenile is False for r in records) >= 10


def test_preparation_stands_at_every_point(
    demo: tuple[OpenStore, list[str]], records: list[CaseRecord]
) -> None:
    store, _ = demo
    waiting = {}
    for record in records:
        prep = read_preparation(store, record.case.id)
        unmet = blocking(before_scheduling(prep))
        if record.stage in (Stage.READY, Stage.SCHEDULED):
            assert unmet == [], record.case.number
        if record.stage is Stage.SCHEDULED:
            assert prep.upcoming and all(s.starts_at > datetime.now(UTC) for s in prep.upcoming)
        if record.stage is Stage.PREPARATION:
            waiting[record.case.number] = {item.gate for item in unmet}
    assert len(waiting) == 4
    blocked = [gates for gates in waiting.values() if "consent" in gates]
    assert blocked, "one case is blocked by a withdrawal"
    assert any(len(gates) >= 5 for gates in waiting.values()), "one has barely started"
    withdrawn = [
        c for r in records for c in read_preparation(store, r.case.id).consents if c.withdrawn_on
    ]
    assert len(withdrawn) == 1 and withdrawn[0].withdrawal_reason


def test_sessions_held_and_agreements_signed(
    demo: tuple[OpenStore, list[str]], records: list[CaseRecord]
) -> None:
    store, _ = demo
    signed_stages = {Stage.AGREEMENT_SIGNED, Stage.MONITORING}
    versions, languages, guardians, shared = [], set(), 0, 0
    for record in records:
        views = agreements_of(store, record.case.id)
        held = sessions_held(store, record.case.id)
        if record.stage in signed_stages or record.case.closing_reason == "completed":
            assert held and views and views[-1].status is Status.SIGNED, record.case.number
            assert not views[-1].missing_signers
            versions.append(len(views))
            languages.add(views[-1].agreement.governing_language)
            guardians += any(s.role == "parent_guardian" for s in views[-1].signatures)
            shared += any(len(t.responsible) > 1 for t in views[-1].terms)
            assert all(v.status is Status.SUPERSEDED for v in views[:-1])
        if record.case.closing_reason == "no_agreement":
            assert [h.outcome for h in held] == ["no_agreement"] and not views
    assert max(versions) >= 2, "an amended agreement"
    assert languages == {"en", "es"} and guardians and shared


def test_the_cases_have_the_variety_the_program_meets(records: list[CaseRecord]) -> None:
    offender_counts = Counter(len(offenders(r)) for r in records)
    assert offender_counts[2] >= 2 and offender_counts[3] >= 1
    assert sum(len([p for p in r.participants if p.role is Role.VICTIM]) > 1 for r in records)
    business = [p for r in records for p in r.participants if p.is_organisation]
    assert business and all(p.role is Role.VICTIM and p.birth is None for p in business)
    no_contact = [r.case for r in records if r.case.no_contact_order]
    assert len(no_contact) == 1 and no_contact[0].no_contact_note.strip()
    cared = [
        r for r in records
        if r.case.care_serious_violence or r.case.care_partner_violence
        or r.case.care_sexual_offence or r.case.care_stalking
    ]  # fmt: skip
    assert cared
    assert {p.role for r in records for p in r.participants} == set(Role)
    assert any(p.accessibility_needs for r in records for p in r.participants)
    # one person in two cases: the re-arrested offender referred again
    cases_of_person = Counter(pid for r in records for pid in {p.person_id for p in r.participants})
    assert max(cases_of_person.values()) >= 2


def test_spanish_speakers_have_an_interpreter_and_names_keep_their_accents(
    records: list[CaseRecord],
) -> None:
    people = [p for r in records for p in r.participants]
    assert sum(bool(re.search("[áéíóúñÁÉÍÓÚÑ]", p.name)) for p in people) >= 20
    assert sum(p.preferred_language == "es" for p in people) >= 6
    needing = [(r, p) for r in records for p in r.participants if p.interpreter_needed]
    assert len(needing) >= 5
    for record, person in needing:
        assert person.preferred_language == "es"
        principal = person.accompanies_id or person.id
        assert any(
            p.role is Role.INTERPRETER and p.accompanies_id == principal
            for p in record.participants
        ), record.case.number
    assert any(p.side is Side.VICTIM for _, p in needing)
    assert any(p.side is Side.OFFENDER for _, p in needing)


def test_referrals_come_from_every_source_with_numbers_deadlines_and_offences(
    records: list[CaseRecord],
) -> None:
    cases = [r.case for r in records]
    assert {c.source_type for c in cases} == {s.value for s in SourceType}
    assert {c.justice_stage for c in cases} >= {j.value for j in JusticeStage}
    assert all(c.source_agency and c.source_person and c.source_contact for c in cases)
    courts = [c.court_number for c in cases if c.court_number]
    assert len(courts) >= 10 and len(set(courts)) == len(courts)
    assert any(c.prosecutor_number for c in cases)
    assert any(c.deadline and c.deadline_kind for c in cases)
    offences = [o for r in records for o in r.offences]
    assert {o.category for o in offences} == {c.value for c in OffenceCategory}
    assert {o.level for o in offences} == {level.value for level in OffenceLevel}
    assert any(len(r.offences) > 1 for r in records)


def test_dates_reach_back_about_eighteen_months_and_never_into_the_future(
    records: list[CaseRecord],
) -> None:
    today = date.today()
    for record in records:
        case = record.case
        assert case.incident_date is not None
        assert case.incident_date < case.received_on <= today
        assert case.received_on >= today - timedelta(days=550)
        if case.deadline is not None:
            assert case.deadline >= case.received_on
        for person in record.participants:
            assert person.birth is None or person.birth < case.incident_date
    oldest = min(r.case.received_on for r in records)
    assert oldest <= today - timedelta(days=365)
    assert len({(r.case.received_on.year, r.case.received_on.month) for r in records}) >= 10


def test_victims_have_contact_details(records: list[CaseRecord]) -> None:
    for record in records:
        for victim in (p for p in record.participants if p.role is Role.VICTIM):
            assert victim.contact.address and victim.contact.phone, record.case.number
            assert victim.contact_confidential


def test_each_history_follows_the_allowed_moves_in_time(records: list[CaseRecord]) -> None:
    now = datetime.now(UTC)
    went_back = 0
    for record in records:
        history = record.history
        assert history[0].from_stage is None and history[0].to_stage == Stage.REFERRAL.value
        assert history[0].at.date() == record.case.received_on
        assert history[-1].to_stage == record.case.stage
        for before, entry in itertools.pairwise(history):
            assert before.at < entry.at <= now
            assert entry.from_stage == before.to_stage
            source, target = Stage(entry.from_stage), Stage(entry.to_stage)
            if target is Stage.CLOSED:
                reason = ClosingReason(entry.closing_reason)
                assert source in CLOSING_FROM[reason]
                assert entry.why
            else:
                assert target in allowed_moves(source)
                if list(Stage).index(target) < list(Stage).index(source):
                    went_back += 1
                    assert entry.why
        assert record.case.created_at == history[0].at
    assert went_back >= 2


def test_the_same_seed_gives_the_same_cases_and_another_seed_others(
    tmp_path: Path, demo: tuple[OpenStore, list[str]]
) -> None:
    first, numbers = demo
    again = new_store(tmp_path / "again")
    other = new_store(tmp_path / "other")
    try:
        assert fill_with_demo_cases(again) == numbers
        assert exports_of(again, numbers) == exports_of(first, numbers)
        few = fill_with_demo_cases(other, count=5, seed=7)
        assert len(few) == 5
        names = {p["name"] for d in exports_of(other, few) for p in d["participants"]}
        first_names = {p["name"] for d in exports_of(first, numbers[:5]) for p in d["participants"]}
        assert names != first_names
    finally:
        again.close()
        other.close()


def test_the_demo_refuses_a_store_that_has_cases(store: OpenStore) -> None:
    assert len(fill_with_demo_cases(store, count=3)) == 3
    with pytest.raises(StoreHasCases) as refused:
        fill_with_demo_cases(store)
    assert isinstance(refused.value, errors.StoreProblem)
    assert "already hold cases" in str(refused.value)
    assert list_cases(store, search_filter()).total == 3
    with pytest.raises(ValueError):
        fill_with_demo_cases(store, count=0)


def test_more_than_forty_cases_repeat_the_plan_without_a_second_no_contact_order(
    store: OpenStore,
) -> None:
    numbers = fill_with_demo_cases(store, count=45)
    assert len(numbers) == 45
    records = [read_case(store, case_id_of(store, n)) for n in numbers]
    assert sum(r.case.no_contact_order for r in records) == 1


def test_monitoring_on_time_behind_completed_returned_and_followed_up(
    demo: tuple[OpenStore, list[str]], records: list[CaseRecord]
) -> None:
    store, _ = demo
    today = date.today()
    seen: Counter[str] = Counter()
    reversals = 0
    for record in records:
        view = read_monitoring(store, record.case.id)
        agreement = view.agreement
        lines = [line for term in view.terms for line in term.lines]
        reversals += sum(line.kind == "reversal" for line in lines)
        for line in lines:
            assert agreement is not None and agreement.signed_on is not None
            assert agreement.signed_on <= line.on <= today, record.case.number
        if record.stage is Stage.MONITORING and lines:
            if view.missed(today):
                assert any(a.action == "reminder" for t in view.terms for a in t.actions)
                seen["behind"] += 1
            else:
                seen["on_time"] += 1
            seen["followed_up"] += any(f.done_on for f in view.follow_ups)
        reason = record.case.closing_reason
        if reason == "completed":
            assert view.open_cents == 0 and view.open_hours == 0 and view.open_terms == 0
            assert any(t.entries for t in view.terms)
            seen["completed"] += 1
        if reason == "not_completed_returned":
            assert view.open_cents > 0
            assert {a.action for t in view.terms for a in t.actions} == {"reminder", "return"}
            seen["returned"] += 1
        if record.stage is Stage.CLOSED and reason in {r.value for r in FOLLOWED}:
            if recidivism_check_due(store, record.case.id) is None:
                seen["rechecked"] += 1
            else:
                seen["awaiting"] += 1
    assert reversals >= 1, "a corrected payment"
    assert seen["followed_up"] >= 3, seen
    assert seen["on_time"] >= 2 and seen["behind"] >= 1, seen
    assert seen["completed"] >= 2 and seen["returned"] >= 1, seen
    assert seen["awaiting"] >= 3 and seen["rechecked"] == 1, seen
    kinds = {item.kind.value for item in due_items(store, today)}
    assert {"payment", "follow_up", "referral_deadline", "recidivism_check"} <= kinds


# --- the export -----------------------------------------------------------------------------
def _back(exported: Any, stored: Any) -> Any:
    """An exported value read back into the type it was stored as."""
    if isinstance(stored, datetime):
        return datetime.fromisoformat(exported)
    if isinstance(stored, date):
        return date.fromisoformat(exported)
    return exported


def test_the_export_round_trips_every_field_of_every_case(
    records: list[CaseRecord], exports: list[dict[str, Any]]
) -> None:
    for record, document in zip(records, exports, strict=True):
        case = document["case"]
        fixed = {"number", "stage", "closing_reason", "juvenile", "created_at", "updated_at"}
        assert set(case) == fixed | set(CaseBase.model_fields)
        for key in case:
            stored = getattr(record.case, key)
            assert _back(case[key], stored) == stored, key
        assert document["offences"] == [
            {"description": o.description, "category": o.category, "level": o.level}
            for o in record.offences
        ]
        assert len(document["participants"]) == len(record.participants)
        for exported, view in zip(document["participants"], record.participants, strict=True):
            assert exported["id"] == view.id
            assert exported["person_id"] == view.person_id
            assert exported["role"] == view.role.value
            assert exported["side"] == view.side.value
            assert exported["name"] == view.name
            assert _back(exported["birth"], view.birth) == view.birth
            assert exported["is_organisation"] == view.is_organisation
            assert exported["accompanies"] == view.accompanies_id
            assert exported["preferred_language"] == view.preferred_language
            assert exported["interpreter_needed"] == view.interpreter_needed
            assert exported["accessibility_needs"] == view.accessibility_needs
            merged = {**exported["confidential"], **exported["contact"]}
            assert merged == view.contact.model_dump()
        assert [
            (h["from_stage"], h["to_stage"], datetime.fromisoformat(h["at"]), h["by"], h["why"],
             h["closing_reason"])
            for h in document["history"]
        ] == [
            (h.from_stage, h.to_stage, h.at, h.by, h.why, h.closing_reason)
            for h in record.history
        ]  # fmt: skip


def test_confidential_holds_exactly_the_victim_sides_four_contact_fields(
    exports: list[dict[str, Any]],
) -> None:
    assert set(CONTACT_KEYS) == FOUR
    companions_with_secrets = 0
    for document in exports:
        for person in document["participants"]:
            assert {"id", "role", "confidential", "contact"} <= set(person)
            if person["side"] == Side.VICTIM.value:
                assert set(person["confidential"]) == FOUR
                assert person["contact"] == {}
                if person["role"] != Role.VICTIM.value and any(person["confidential"].values()):
                    companions_with_secrets += 1
            else:
                assert person["confidential"] == {}
                assert set(person["contact"]) == FOUR
    assert companions_with_secrets >= 5  # support persons, advocates, interpreters, parents


def _strings_outside_confidential(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "confidential":
                yield key
                yield from _strings_outside_confidential(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_outside_confidential(item)
    elif isinstance(value, str):
        yield value


def test_no_confidential_value_appears_anywhere_else_in_the_export(
    exports: list[dict[str, Any]],
) -> None:
    for document in exports:
        secrets = {
            value
            for person in document["participants"]
            for value in person["confidential"].values()
            if value
        }
        assert len(secrets) >= 2, document["case"]["number"]  # a victim's address and phone
        others = list(_strings_outside_confidential(document))
        for secret in secrets:
            found = re.compile(rf"(?<![\w.@-]){re.escape(secret)}(?![\w@-])")
            leaks = [text for text in others if found.search(text)]
            assert leaks == [], (document["case"]["number"], secret)


def test_the_export_is_json_with_version_one(
    demo: tuple[OpenStore, list[str]], exports: list[dict[str, Any]]
) -> None:
    for document in exports:
        assert json.loads(json.dumps(document, ensure_ascii=False)) == document
        assert (document["format"], document["version"]) == ("vomdesk-case", 1)
        exported_at = datetime.fromisoformat(document["exported_at"])
        assert exported_at.tzinfo is not None
        assert abs(datetime.now(UTC) - exported_at) < timedelta(minutes=10)
    store, _ = demo
    with pytest.raises(errors.CaseNotFound):
        export_case(store, 999_999)


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for item in value.values() for k in _keys(item)}
    if isinstance(value, list):
        return {k for item in value for k in _keys(item)}
    return set()


def test_the_documented_format_names_every_key_and_code(exports: list[dict[str, Any]]) -> None:
    text = DOCS.read_text(encoding="utf-8")
    keys = set().union(*(_keys(document) for document in exports))
    assert {f"`{key}`" for key in keys if f"`{key}`" not in text} == set()
    codes = [
        *Stage, *ClosingReason, *Role, *Side, *SourceType, *JusticeStage, *OffenceCategory,
        *OffenceLevel,
    ]  # fmt: skip
    assert [c.value for c in codes if f"`{c.value}`" not in text] == []
    assert "version 1" in text and "## Versions" in text
    example = re.search(r"```json\n(.*?)```", text, re.DOTALL)
    assert example is not None
    shown = json.loads(example.group(1))
    assert _keys(shown) == keys  # the example shows the whole format
