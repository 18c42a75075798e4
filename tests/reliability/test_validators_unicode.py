"""Arbitrary Unicode into every validator of typed input: accepted or refused, never a crash.

Each validator gets hypothesis' text (every code point but surrogates) plus explicit examples:
right-to-left text with direction marks, NUL alone and inside text, combining marks, emoji and
1 MB strings. A refusal is a message (a non-empty ``str``, a ``NeedsCorrection`` or
``InvalidSettings`` with messages, a ``RecoveryKeyError`` with its message); anything else
raised fails. Where accepted input is stored, it is read back from a real encrypted store and
must be exactly what was typed, or its ``strip()`` where the service documents that it strips
(participant names, contact notes, venue fields).

Validators covered (pure):
- domain.choices.parse_cents, domain.choices.loss_problem (money and loss description);
  found "²" crashing parse_cents (isdigit but not int()-readable), fixed there
- domain.case_numbers.pattern_problem (and format_case_number on an accepted pattern)
- domain.recovery_key.check_recovery_key, recovery_key_secret
- domain.passphrase_rules.judge_passphrase (typed passphrase, typed personal words)
- domain.settings: Setting.problem for every setting, with text for each
- domain.gates.override_problem (the reason, for every gate)
- domain.retention.reason_problem (seal, unseal and purge reasons)
- domain.intake.participant_problems (a participant's name)
- domain.ledger.reversal_problem (the reason for reversing a payment line)

Through the services into a store, read back:
- cases.create_case (participants.add_participant_in): a participant's name (NeedsCorrection
  for a blank one)
- meetings.save_contact: a preparation contact's notes
- venues.save_venue: a venue's name and notes (within the form's length limits)
- settings.save_settings: the program's name (InvalidSettings beyond its length)
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vomdesk.domain import case_numbers, choices, gates, intake, ledger, recovery_key, retention
from vomdesk.domain.parties import Role
from vomdesk.domain.passphrase_rules import judge_passphrase
from vomdesk.domain.settings import BY_KEY
from vomdesk.services import errors

BASE_EXAMPLES = 60  # per validator at scale 1
MEGABYTE = 1_000_000
NASTY = [
    "",
    "\x00",
    "a\x00b",
    "\u200fשלום עולם\u200e",  # right-to-left with direction marks
    "\u202eevil\u202c",  # right-to-left override
    "مرحبا بالعالم ١٢٣٫٤٥",
    "e\u0301\u0301\u0301",  # combining marks
    "👩‍👩‍👧 \U0010ffff",
    "  padded  ",
    "\t\n\r",
    "x" * MEGABYTE,
    "مرح" * (MEGABYTE // 3),
    "\x00" * MEGABYTE,
]
TEXT = st.text()


STORED_EXAMPLES = 15  # per service at scale 1: each one is a real write and read back
NASTY_STORED = [*NASTY[:10], "\u200fש" * (MEGABYTE // 2), "a\x00" * (MEGABYTE // 2)]


def with_nasty(test, values=NASTY):  # type: ignore[no-untyped-def]
    for value in values:
        test = example(value)(test)
    return test


def run(scale: int, check, strategy=TEXT, examples: int = BASE_EXAMPLES) -> None:  # type: ignore[no-untyped-def]
    """``check`` over ``strategy`` and the explicit examples, ``examples × scale`` times."""
    test = with_nasty(given(strategy)(check))
    settings(
        max_examples=examples * scale,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
        database=None,
    )(test)()


def is_message(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def test_money_and_losses(scale: int) -> None:
    def check(text: str) -> None:
        cents = choices.parse_cents(text)
        assert cents is None or isinstance(cents, int)
        problem = choices.loss_problem(text, cents)
        assert problem is None or is_message(problem)
        if problem is None:
            assert text.strip() and cents is not None and cents > 0

    run(scale, check)


def test_case_number_patterns(scale: int) -> None:
    def check(text: str) -> None:
        problem = case_numbers.pattern_problem(text)
        assert problem is None or is_message(problem)
        if problem is None:
            number = case_numbers.format_case_number(text, year=2026, sequence=7)
            assert isinstance(number, str) and "7" in number

    run(scale, check)


def test_recovery_keys(scale: int) -> None:
    def check(text: str) -> None:
        result = recovery_key.check_recovery_key(text)
        if not result.valid:
            assert is_message(result.message())
        try:
            secret = recovery_key.recovery_key_secret(text)
        except recovery_key.RecoveryKeyError as refused:
            assert not result.valid and is_message(str(refused))
        else:
            assert result.valid and isinstance(secret, bytes)

    run(scale, check)
    from vomdesk.services.recovery import new_recovery_key

    key = new_recovery_key()  # random text is never a key: the accepting side, explicitly
    for typed in (key, key.lower(), f"  {key}  ", key.replace("-", " ")):
        check(typed)
        assert recovery_key.check_recovery_key(typed).valid, typed


def test_passphrases(scale: int) -> None:
    def check(pair: tuple[str, str]) -> None:
        typed, personal = pair
        verdict = judge_passphrase(typed, [personal])
        if not verdict.acceptable:
            messages = verdict.messages()
            assert messages and all(is_message(m) for m in messages)

    strategy = st.tuples(TEXT, TEXT)
    test = given(strategy)(check)
    for value in NASTY[:10]:  # the 1 MB examples below, separately: one is enough per side
        test = example((value, "Ana Ruiz"))(test)
    test = example(("x" * MEGABYTE, "x"))(example(("correct horse", "ש" * MEGABYTE))(test))
    settings(max_examples=BASE_EXAMPLES * scale, deadline=None, database=None)(test)()


def test_every_setting(scale: int) -> None:
    def check(text: str) -> None:
        for setting in BY_KEY.values():
            for value in (text, text.strip()):
                problem = setting.problem(value)
                assert problem is None or is_message(problem), setting.key

    run(scale, check)


def test_reasons(scale: int) -> None:
    def check(text: str) -> None:
        for gate in gates.Gate:
            problem = gates.override_problem(gate, text)
            assert problem is None or is_message(problem)
        problem = retention.reason_problem(text)
        assert problem is None or is_message(problem)
        problem = ledger.reversal_problem([], 0, text)
        assert problem is None or is_message(problem)

    run(scale, check)


def test_participant_names(scale: int) -> None:
    def check(text: str) -> None:
        problems = intake.participant_problems(
            name=text, birth=None, role=Role.VICTIM, accompanies=None,
            incident_date=None, today=date(2026, 3, 2),
        )  # fmt: skip
        assert all(is_message(m) for m in problems.values())
        assert ("name" in problems) == (not text.strip())

    run(scale, check)


# --- through the services, into a real store ---------------------------------------------------
STORED = settings(
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.large_base_example,
    ],
    database=None,
)


def test_participant_names_round_trip(store, scale: int) -> None:  # type: ignore[no-untyped-def]
    """Each name in a referral of its own: a case's derived fields (its parties' names) are
    rebuilt on every save, so a 1 MB name would slow every later example in a shared case."""
    from vomdesk.services.cases import create_case, read_case
    from vomdesk.store.case_models import CaseCreate, ParticipantCreate

    def check(text: str) -> None:
        referral = CaseCreate(received_on=date(2026, 3, 2), source_type="judge")
        try:
            case = create_case(store, referral, [ParticipantCreate(role="victim", name=text)])
        except errors.NeedsCorrection as refused:
            assert not text.strip(), "refused a name that is not blank"
            assert refused.problems and all(is_message(m) for m in refused.problems.values())
            return
        assert case.id is not None
        (view,) = read_case(store, case.id).participants
        assert view.name == text.strip(), "the name did not come back as typed (stripped)"

    STORED.__class__(STORED, max_examples=STORED_EXAMPLES * scale)(
        with_nasty(given(TEXT)(check), NASTY_STORED)
    )()


def test_contact_notes_round_trip(store, case_in_preparation, scale: int) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.domain.meetings import ContactMode
    from vomdesk.services.meetings import save_contact
    from vomdesk.services.preparation import read_preparation

    case = case_in_preparation

    def check(text: str) -> None:
        saved = save_contact(  # notes are never refused: any text is kept as typed
            store, case.case_id, on=date(2026, 3, 3), done=True, mode=ContactMode.PHONE,
            minutes=5, with_whom=[case.victim], notes=text,
        )  # fmt: skip
        (contact,) = [c for c in read_preparation(store, case.case_id).contacts if c.id == saved]
        assert contact.notes == text.strip(), "the notes did not come back as typed (stripped)"

    STORED.__class__(STORED, max_examples=STORED_EXAMPLES * scale)(
        with_nasty(given(TEXT)(check), NASTY_STORED)
    )()


def test_venues_round_trip(store, scale: int) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.services.venues import save_venue, venues
    from vomdesk.store.preparation_models import VenueBase

    def check(pair: tuple[str, str]) -> None:
        name, notes = pair
        try:
            saved = save_venue(store, VenueBase(name=name, notes=notes))
        except errors.NeedsCorrection as refused:  # blank, or the name of another venue
            assert refused.problems and all(is_message(m) for m in refused.problems.values())
            return
        assert name.strip(), "a venue without a name was saved"
        (venue,) = [v for v in venues(store, with_retired=True) if v.id == saved]
        assert (venue.name, venue.notes) == (name.strip(), notes.strip())

    strategy = st.tuples(st.text(max_size=120), st.text(max_size=500))
    test = given(strategy)(check)
    for value in NASTY[:10]:
        test = example((value, value))(test)
    STORED.__class__(STORED, max_examples=STORED_EXAMPLES * scale)(test)()


def test_program_name_round_trip(store, scale: int) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.services.settings import read_settings, save_settings

    def check(text: str) -> None:
        try:
            save_settings(store, {"program.name": text})
        except errors.InvalidSettings as refused:
            assert refused.problems and all(is_message(m) for m in refused.problems.values())
            assert BY_KEY["program.name"].problem(text) is not None, "refused, yet valid"
            return
        assert read_settings(store)["program.name"] == text

    STORED.__class__(STORED, max_examples=STORED_EXAMPLES * scale)(
        with_nasty(given(TEXT)(check), NASTY_STORED)
    )()
