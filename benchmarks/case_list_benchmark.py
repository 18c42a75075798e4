"""Case list benchmark: first rows, search keystrokes, opening a case and memory, 100,000 cases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import gc
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import qtawesome as qta
from figures import Figure, print_table
from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from vomdesk.domain.parties import Role
from vomdesk.domain.people import fold, is_juvenile
from vomdesk.domain.referrals import SourceType
from vomdesk.domain.stages import Stage
from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services.case_derived import search_text, short_name
from vomdesk.services.cases import missing_for_next_step, read_case
from vomdesk.services.open_store import OpenStore
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.setup import create_store
from vomdesk.services.unlock import Unlocker
from vomdesk.store.engine import open_engine
from vomdesk.ui.pages.cases_page import CasesPage
from vomdesk.ui.style import apply_style

PASSPHRASE = "river kettle maple lantern"
SETTINGS = {
    "program.name": "Benchmark Mediation Program",
    "mediator.name": "Bench Mediator",
    "cases.number_pattern": "YYYY-NNNNN",  # a program with thousands of cases a year
}
JUVENILE_AGE = 18

FIRST_SHOWN_TARGET_MS = 300.0
KEYSTROKE_MEDIAN_TARGET_MS = 50.0
KEYSTROKE_P95_TARGET_MS = 100.0
OPEN_CASE_TARGET_MS = 100.0
RSS_TARGET_MB = 300.0

FIRST_NAMES = (
    "José", "María", "Ana", "Luis", "Jorge", "Lucía", "Sofía", "Andrés", "Camila", "Tomás",
    "Inés", "Raúl", "Ángel", "Íñigo", "Mónica", "Julián", "Joaquín", "Renée", "Zoë", "Chloé",
    "James", "Emily", "Michael", "Sarah", "Aisha", "Mohammed", "Björn", "Siobhán", "Nicolás",
    "Valentina", "Diego", "Carmen", "Héctor", "Beatriz", "Óscar", "Noémie", "David", "Grace",
    "Kevin", "Linh", "Ximena", "Rubén", "Mateo", "Paula", "Daniel", "Olivia", "Ethan", "Jesús",
)  # fmt: skip
LAST_NAMES = (
    "Muñoz", "Núñez", "García", "Pérez", "López", "Martínez", "Rodríguez", "Hernández",
    "Gómez", "Díaz", "Álvarez", "Sánchez", "Ramírez", "Jiménez", "Ortiz", "Castañeda", "Peña",
    "Ibáñez", "Fernández", "Gutiérrez", "Vázquez", "Smith", "Johnson", "Williams", "Brown",
    "O'Brien", "Nguyen", "Müller", "Kowalski", "Dubois", "Moreno", "Navarro", "Castro",
    "Vidal", "Soto", "Rojas", "Cruz", "Reyes", "Morales", "Ortega", "Delgado", "Guerrero",
)  # fmt: skip
ORGANISATIONS = (
    "Tienda La Económica", "Farmacia San José", "Ferretería El Martillo", "Corner Market",
    "Valle Verde High School", "Iglesia Santa María", "Municipal Transit Authority",
    "Café Olé", "Panadería Núñez", "Lincoln Middle School", "Supermercado El Ahorro",
)  # fmt: skip
AGENCIES = {
    SourceType.JUDGE: ("Juvenile Court Dept. 3", "District Court", "Juzgado de Menores"),
    SourceType.PROBATION_OFFICER: ("County Probation", "Juvenile Probation Services"),
    SourceType.VICTIM_ADVOCATE: ("Victim Services Center", "Centro de Apoyo a Víctimas"),
    SourceType.PROSECUTOR: ("District Attorney's Office", "Fiscalía de Menores"),
    SourceType.DEFENSE_ATTORNEY: ("Public Defender", "Legal Aid Society"),
    SourceType.POLICE: ("Valle Verde Police", "County Sheriff"),
    SourceType.SCHOOL: ("Lincoln Middle School", "Valle Verde High School"),
    SourceType.OTHER: ("Community Center", ""),
}
SOURCE_WEIGHTS = (30, 25, 5, 15, 3, 12, 8, 2)
STAGE_WEIGHTS = {  # a program's case load: many closed cases, the rest across the stages
    Stage.REFERRAL: 10, Stage.INTAKE: 7, Stage.PREPARATION: 9, Stage.READY: 4,
    Stage.SCHEDULED: 5, Stage.SESSION_HELD: 3, Stage.AGREEMENT_SIGNED: 3,
    Stage.MONITORING: 10, Stage.CLOSED: 49,
}  # fmt: skip
DEADLINE_KINDS = ("Report due", "Court date", "Agreement due", "Progress report due")
OFFENCES = (
    ("Theft", "property"), ("Shoplifting", "property"), ("Vandalism", "property"),
    ("Burglary", "property"), ("Assault", "person"), ("Threats", "person"),
    ("Graffiti", "property"), ("Trespass", "other"), ("Robo en tienda", "property"),
)  # fmt: skip
# What a mediator types into the search field, each typed one letter at a time.
TYPED = ("munoz", "garcia jo", "2024-0", "jv-23", "tienda", "nunez ana")


# --- the store -------------------------------------------------------------------------------
def _stamp(day: date, rng: random.Random) -> str:
    moment = datetime(day.year, day.month, day.day, 9, tzinfo=UTC) + timedelta(
        minutes=rng.randint(0, 480)
    )
    return moment.isoformat(timespec="microseconds")


def _person_name(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    return name + (f" {rng.choice(LAST_NAMES)}" if rng.random() < 0.6 else "")


class _Rows:
    """The rows of every table, gathered before one transaction writes them."""

    def __init__(self) -> None:
        self.cases: list[tuple[Any, ...]] = []
        self.people: list[tuple[Any, ...]] = []
        self.participants: list[tuple[Any, ...]] = []
        self.contacts: list[tuple[Any, ...]] = []
        self.offences: list[tuple[Any, ...]] = []
        self.history: list[tuple[Any, ...]] = []
        self.search: list[tuple[int, str]] = []
        self.counters: dict[int, int] = {}


def _make_rows(count: int, seed: int, today: date) -> _Rows:
    rng = random.Random(seed)
    rows = _Rows()
    first_year = today.year - 9
    stages, stage_weights = list(STAGE_WEIGHTS), list(STAGE_WEIGHTS.values())
    days = (today - date(first_year, 1, 1)).days
    received_days = sorted(
        date(first_year, 1, 1) + timedelta(days=rng.randint(0, days)) for _ in range(count)
    )
    person_id = participant_id = offence_id = history_id = 0
    for case_id, received in enumerate(received_days, start=1):
        year = received.year
        rows.counters[year] = rows.counters.get(year, 0) + 1
        number = f"{year:04d}-{rows.counters[year]:05d}"
        source = rng.choices(list(SourceType), SOURCE_WEIGHTS)[0]
        agency = rng.choice(AGENCIES[source])
        source_person = _person_name(rng) if rng.random() < 0.5 else ""
        age_days = (today - received).days
        stage = rng.choices(stages, stage_weights)[0]
        if age_days > 400 and rng.random() < 0.8:
            stage = Stage.CLOSED
        elif age_days < 45 and stage is not Stage.REFERRAL:  # a new referral is still early on
            stage = rng.choice((Stage.REFERRAL, Stage.INTAKE, Stage.PREPARATION))
        incident = received - timedelta(days=rng.randint(1, 120))
        offender_age = rng.choice((13, 14, 15, 16, 17, 17, 19, 22, 25, 31, 44))
        offender_birth = incident - timedelta(days=365 * offender_age + rng.randint(0, 360))
        juvenile_court = offender_age < JUVENILE_AGE
        court = ""
        if source is not SourceType.POLICE or rng.random() < 0.3:
            prefix = "JV" if juvenile_court else "CR"
            court = f"{prefix}-{year % 100:02d}-{rng.randint(1, 999_999):06d}"
        prosecutor = f"DA-{year}-{rng.randint(1, 99_999):05d}" if rng.random() < 0.3 else ""
        deadline = kind = None
        if rng.random() < 0.7:
            deadline = received + timedelta(days=rng.randint(30, 150))
            kind = rng.choice(DEADLINE_KINDS)

        # participants: a victim (sometimes an organisation), one or two offenders, a guardian
        names: list[str] = []
        victims: list[str] = []
        offenders: list[str] = []
        births: list[date | None] = []
        people: list[tuple[str, date | None, bool, str, int | None]] = []
        known: date | None
        if rng.random() < 0.12:
            victim = rng.choice(ORGANISATIONS)
            people.append((victim, None, True, Role.VICTIM.value, None))
            victims.append(short_name(victim, True))
        else:
            victim = _person_name(rng)
            birth = incident - timedelta(days=rng.randint(365 * 12, 365 * 80))
            people.append((victim, birth, False, Role.VICTIM.value, None))
            victims.append(short_name(victim, False))
        for _ in range(2 if rng.random() < 0.1 else 1):
            offender = _person_name(rng)
            known = offender_birth if rng.random() < 0.95 else None
            people.append((offender, known, False, Role.OFFENDER.value, None))
            offenders.append(short_name(offender, False))
            births.append(known)
        if juvenile_court and rng.random() < 0.7:
            guardian = f"{rng.choice(FIRST_NAMES)} {offenders[0].split()[0]}"
            people.append((guardian, None, False, Role.PARENT_GUARDIAN.value, -1))
        offender_participant = 0
        for name, born, organisation, role, accompanies in people:
            person_id += 1
            participant_id += 1
            names.append(name)
            rows.people.append((person_id, name, fold(name), _iso(born), organisation))
            if role == Role.OFFENDER.value and not offender_participant:
                offender_participant = participant_id
            rows.participants.append(
                (participant_id, case_id, person_id, role, "es" if rng.random() < 0.3 else "en",
                 False, "", offender_participant if accompanies == -1 else None)
            )  # fmt: skip
            phone = f"555-{rng.randint(1000, 9999)}" if rng.random() < 0.8 else ""
            rows.contacts.append((participant_id, "", phone, "", ""))
        for _ in range(2 if rng.random() < 0.25 else 1):
            offence_id += 1
            description, category = rng.choice(OFFENCES)
            level = "misdemeanour" if rng.random() < 0.8 else "felony"
            rows.offences.append((offence_id, case_id, description, category, level))
        history_id += 1
        rows.history.append(
            (history_id, case_id, None, Stage.REFERRAL.value, _stamp(received, rng), "mediator")
        )
        if stage is not Stage.REFERRAL:
            history_id += 1
            moved = min(received + timedelta(days=rng.randint(1, 90)), today)
            rows.history.append(
                (history_id, case_id, Stage.REFERRAL.value, stage.value, _stamp(moved, rng),
                 "mediator")
            )  # fmt: skip
        juvenile = is_juvenile(births, incident, JUVENILE_AGE)
        parties = " / ".join(", ".join(group) for group in (victims, offenders))[:300]
        stamp = _stamp(received, rng)
        rows.cases.append(
            (case_id, number, year, received.isoformat(), source.value, agency, source_person,
             court, prosecutor, _iso(deadline), kind or "", incident.isoformat(), stage.value,
             "completed" if stage is Stage.CLOSED else None, juvenile, parties, stamp, stamp)
        )  # fmt: skip
        words = [number, agency, source_person, court, prosecutor, *names]
        rows.search.append((case_id, search_text(words)))
    return rows


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def build_store(folder: Path, count: int, *, seed: int = 2026) -> OpenStore:
    """A real encrypted store (cheap key derivation) holding ``count`` realistic cases.

    The rows are what ``create_case`` and ``refresh_derived`` would write, inserted directly
    in one transaction through the store's own engine, so 100,000 cases take seconds.
    """
    store, _ = create_store(
        folder,
        passphrase=PASSPHRASE,
        recovery_key=new_recovery_key(),
        settings=dict(SETTINGS),
        params=CHEAP_TEST_PARAMS,
        allow_weak_kdf=True,
    )
    rows = _make_rows(count, seed, date.today())
    with store.engine.begin() as connection:
        run = connection.exec_driver_sql
        run(
            "INSERT INTO case_record (id, number, year, received_on, source_type, source_agency,"
            " source_person, court_number, prosecutor_number, deadline, deadline_kind,"
            " incident_date, stage, closing_reason, juvenile, parties_short, created_at,"
            " updated_at, source_contact, justice_stage, incident_place, care_sexual_offence,"
            " care_partner_violence, care_stalking, care_serious_violence, no_contact_order,"
            " no_contact_allows_contact, no_contact_note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " '', NULL, '', 0, 0, 0, 0, 0, 0, '')",
            rows.cases,
        )
        run(
            "INSERT INTO person (id, name, folded_name, birth, is_organisation)"
            " VALUES (?, ?, ?, ?, ?)",
            rows.people,
        )
        run(
            "INSERT INTO participant (id, case_id, person_id, role, preferred_language,"
            " interpreter_needed, accessibility_needs, accompanies_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows.participants,
        )
        run(
            "INSERT INTO participant_contact (participant_id, address, phone, email, employer)"
            " VALUES (?, ?, ?, ?, ?)",
            rows.contacts,
        )
        run(
            "INSERT INTO offence (id, case_id, description, category, level)"
            " VALUES (?, ?, ?, ?, ?)",
            rows.offences,
        )
        run(
            "INSERT INTO stage_history (id, case_id, from_stage, to_stage, at, by, why,"
            " closing_reason) VALUES (?, ?, ?, ?, ?, ?, '', NULL)",
            rows.history,
        )
        run(
            "INSERT INTO case_search (rowid, body) VALUES (?, ?)",
            rows.search,
        )
        run(
            "INSERT INTO case_number_counter (year, last) VALUES (?, ?)",
            list(rows.counters.items()),
        )
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.engine.dispose()  # the measured part starts with fresh connections
    return store


# --- measuring -------------------------------------------------------------------------------
def rss_mb() -> float:
    """Resident memory of this process now (VmRSS), in MB."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # peak, on Linux in KiB


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def wait_for(page: CasesPage, condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Run the Qt event loop (as the app does while idle) until ``condition`` holds."""
    if condition():
        return
    loop = QEventLoop()
    timer = QTimer(interval=int(timeout_s * 1000), singleShot=True)
    timer.timeout.connect(loop.quit)

    def check() -> None:
        if condition():
            loop.quit()

    page.loaded.connect(check)
    page.model.rowsInserted.connect(check)
    timer.start()
    loop.exec()
    page.loaded.disconnect(check)
    page.model.rowsInserted.disconnect(check)
    if not condition():
        raise SystemExit("the case list did not answer within the time allowed")


def rows_at_least(page: CasesPage, count: int) -> bool:
    return bool(page.model.rowCount() >= count)


def idle(page: CasesPage) -> bool:
    return not page.is_loading()


def reopen(store: OpenStore) -> OpenStore:
    """The store as an unlock leaves it: a new engine with its first connection made."""
    return OpenStore(
        files=store.files,
        engine=open_engine(store.files.database, store.key_bytes()),
        slots=store.slots,
        data_key=bytearray(store.key_bytes()),
    )


def measure(
    store: OpenStore, repeat: int, seed: int, rounds: int = 1
) -> tuple[list[Figure], list[str]]:
    notes: list[str] = []
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    gc.disable()  # as the app does (vomdesk/ui/garbage.py): collect on the UI thread only
    QLocale.setDefault(QLocale("en_US"))
    apply_style(app)
    warm = QPushButton(qta.icon("mdi6.plus"), "warm up")  # the app's window is up already
    warm.show()
    app.processEvents()
    warm.close()

    # (a) from creating the page until the model holds its first page, right after an unlock
    first_ms: list[float] = []
    for run in range(repeat):
        opened = store if run == 0 else reopen(store)
        started = time.perf_counter()
        page = CasesPage(opened)
        page.resize(1100, 700)
        page.show()
        wait_for(page, partial(rows_at_least, page, 1))
        first_ms.append((time.perf_counter() - started) * 1000)
        wait_for(page, partial(idle, page))
        if run < repeat - 1:
            page.close()
            page.deleteLater()
            app.processEvents()
            gc.collect()
            if opened is not store:
                opened.close()
    notes.append(
        "first rows: CasesPage created and shown until rowCount() > 0; the first run right"
        " after Unlocker.with_passphrase, the others on a new engine; runs "
        + ", ".join(f"{t:.0f}" for t in first_ms)
        + " ms (the figure is the first)"
    )

    # (b) one keystroke: a text change until its rows are in the model (debounce bypassed)
    keystroke_ms: list[float] = []
    per_word: list[str] = []
    for word in TYPED * rounds:
        page.search.setText("")
        page.search_now()
        wait_for(page, partial(idle, page))
        times = []
        for end in range(1, len(word) + 1):
            started = time.perf_counter()
            page.search.setText(word[:end])
            page.search_now()  # the measurement skips the 150 ms debounce timer
            wait_for(page, partial(idle, page))
            times.append((time.perf_counter() - started) * 1000)
        keystroke_ms += times
        per_word.append(
            f"  {word!r}: " + " ".join(f"{word[: i + 1]}={t:.0f}" for i, t in enumerate(times))
        )
    notes.append(
        f"search keystrokes: {len(keystroke_ms)} ({rounds} x {sum(map(len, TYPED))}), typed"
        " letter by letter; each from setText to"
        " the rows in the model, with the 150 ms debounce timer bypassed (search_now); ms:"
    )
    notes += per_word

    # (c) opening a case: the record and what is missing for its next step
    rng = random.Random(seed)
    page.search.setText("")
    page.search_now()
    wait_for(page, partial(idle, page))
    total = page.model.total
    open_ms = []
    for case_id in rng.sample(range(1, total + 1), 50):
        started = time.perf_counter()
        record = read_case(page.store, case_id)
        missing_for_next_step(page.store, record)
        open_ms.append((time.perf_counter() - started) * 1000)
    notes.append(
        f"open a case: read_case + missing_for_next_step for 50 random cases; median "
        f"{statistics.median(open_ms):.1f} ms, max {max(open_ms):.1f} ms"
    )

    # (d) memory with the list on screen, after browsing five more pages
    for pages in range(2, 7):
        page.table.scrollToBottom()
        wait_for(page, partial(rows_at_least, page, pages * page.page_size))
    app.processEvents()
    gc.collect()
    memory = rss_mb()
    notes.append(
        f"memory: VmRSS with the list on screen, {page.model.rowCount()} rows fetched,"
        f" after the searches above: {memory:.0f} MB"
    )
    figures = [
        Figure("case list first rows shown", first_ms[0], FIRST_SHOWN_TARGET_MS, "ms"),
        Figure(
            "search keystroke, median",
            statistics.median(keystroke_ms),
            KEYSTROKE_MEDIAN_TARGET_MS,
            "ms",
        ),
        Figure(
            "search keystroke, p95", percentile(keystroke_ms, 0.95), KEYSTROKE_P95_TARGET_MS, "ms"
        ),
        Figure("open a case, median", statistics.median(open_ms), OPEN_CASE_TARGET_MS, "ms"),
        Figure("resident memory, list on screen", memory, RSS_TARGET_MB, "MB"),
    ]
    page.close()
    page.deleteLater()
    app.processEvents()
    for used in {id(store): store, id(page.store): page.store}.values():
        used.close()
    return figures, notes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000, help="cases in the store")
    parser.add_argument("--repeat", type=int, default=3, help="first-rows runs (default 3)")
    parser.add_argument("--rounds", type=int, default=3, help="times the words are typed")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--build-only", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.cases < 1000 or args.repeat < 1 or args.rounds < 1:
        parser.error("--cases must be at least 1000, --repeat and --rounds at least 1")
    if args.build_only:  # the child process: its memory never counts in the figures
        build_store(Path(args.build_only), args.cases, seed=args.seed).close()
        return 0
    started = time.perf_counter()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"machine   : {platform.platform()}, {os.cpu_count()} cpus, load average {load}")
    print(f"python    : {platform.python_version()}")
    print(f"run       : {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}, --cases {args.cases}")
    with tempfile.TemporaryDirectory(prefix="vomdesk-caselist-") as temp:
        os.environ.setdefault("VOMDESK_CONFIG_DIR", str(Path(temp) / "config"))
        folder = Path(temp) / "store"
        built = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--build-only", str(folder), "--cases", str(args.cases),
             "--seed", str(args.seed)],
            check=True,
        )  # fmt: skip
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        print(
            f"store     : {args.cases} cases built in {time.perf_counter() - built:.1f} s"
            f" (another process), {size / 1e6:.0f} MB encrypted; not part of any figure"
        )
        print()
        store = Unlocker(folder).with_passphrase(PASSPHRASE)
        figures, notes = measure(store, args.repeat, args.seed, args.rounds)
    print_table(figures)
    print()
    for note in notes:
        print(note)
    print(f"\ntotal run time {time.perf_counter() - started:.1f} s")
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
