"""Store benchmark: unlock, open and SQLCipher-vs-SQLite query timings checked against targets."""

from __future__ import annotations

import argparse
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3
from figures import Figure, fmt, print_table
from sqlalchemy import func, insert
from sqlmodel import Session, select

from vomdesk.security import keyslots
from vomdesk.security.kdf import MIN_MEMORY_KIB, calibrate
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.setup import create_store
from vomdesk.services.unlock import Unlocker
from vomdesk.store.engine import CONNECTION_PRAGMAS, connect, open_engine
from vomdesk.store.files import StoreFiles
from vomdesk.store.models import AuditEntry, SettingValue

PASSPHRASE = "river kettle maple lantern"
SETTINGS = {"program.name": "Benchmark Mediation Program", "mediator.name": "Bench Mediator"}
SQLITE_HEADER = b"SQLite format 3\x00"

UNLOCK_TARGET_S = 1.0
OPEN_TARGET_MS = 150.0
RATIO_TARGET = 1.3

# The same schema, data and queries on both sides of the SQLCipher/SQLite comparison.
SCHEMA = (
    """CREATE TABLE case_file (
        id INTEGER PRIMARY KEY,
        case_number TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL,
        referral_source TEXT NOT NULL,
        offence TEXT NOT NULL,
        opened_on TEXT NOT NULL,
        victim_name TEXT NOT NULL,
        offender_name TEXT NOT NULL,
        notes TEXT NOT NULL
    )""",
    "CREATE INDEX ix_case_file_status ON case_file (status)",
    "CREATE INDEX ix_case_file_opened_on ON case_file (opened_on)",
)
INSERT = "INSERT INTO case_file VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
LOOKUPS = 500
Q_LOOKUP = (
    "SELECT id, status, offence, opened_on, victim_name, offender_name "
    "FROM case_file WHERE case_number = ?"
)
Q_LIKE = "SELECT id, case_number FROM case_file WHERE notes LIKE '%restitution agreement%'"
Q_GROUP = (
    "SELECT status, referral_source, count(*), min(opened_on), max(opened_on) "
    "FROM case_file GROUP BY status, referral_source ORDER BY status, referral_source"
)
Q_PAGE = (
    "SELECT id, case_number, status, offence, opened_on, victim_name, offender_name "
    "FROM case_file ORDER BY opened_on DESC, id DESC LIMIT 50 OFFSET 100"
)
QUERY_NAMES = (f"{LOOKUPS} point lookups", "LIKE '%..%' on notes", "GROUP BY 2 columns", "page")

STATUSES = ("referred", "contacted", "preparing", "meeting_set", "agreement", "closed")
SOURCES = ("court", "police", "prosecutor", "school", "probation", "community")
OFFENCES = ("theft", "vandalism", "assault", "burglary", "fraud", "threats", "shoplifting")
FIRST = ("Ana", "Luis", "Marta", "Jorge", "Lucia", "Pablo", "Elena", "Diego", "Sara", "Ivan")
LAST = ("Ruiz", "Garcia", "Lopez", "Ortega", "Moreno", "Navarro", "Castro", "Vidal", "Soto")
NOTE_TEXT = (
    "the parties met at the centre and talked about what happened on the night of the event "
    "victim asked for an apology offender agreed to pay for the damage mediator explained "
    "the process both families attended phone call follow up meeting postponed school "
    "counsellor letter sent court deadline reminder restitution agreement signed in full"
)
WORDS = NOTE_TEXT.split()


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def machine_info() -> list[str]:
    probe = sqlcipher3.connect(":memory:")
    cipher_version = probe.execute("PRAGMA cipher_version").fetchone()[0]
    sqlcipher_sqlite = probe.execute("SELECT sqlite_version()").fetchone()[0]
    probe.close()
    cpu_model = platform.processor() or "?"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    return [
        f"machine   : {platform.platform()}; {cpu_model}",
        f"cpus      : os.cpu_count()={os.cpu_count()}, usable={usable}",
        f"python    : {platform.python_implementation()} {platform.python_version()}",
        f"sqlcipher : {cipher_version} (sqlcipher3 module, SQLite {sqlcipher_sqlite})",
        f"sqlite3   : stdlib module, SQLite {sqlite3.sqlite_version}",
    ]


# 1 and 2: unlock with calibrated Argon2id, and open + first query from the data key.


def fill_audit_trail(folder: Path, data_key: bytes, rows: int) -> None:
    """Give the real store a realistic audit trail, written through its own engine and model."""
    rng = random.Random(7)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    entries = [
        {
            "at": start + timedelta(minutes=13 * i),
            "actor": "mediator",
            "action": rng.choice(("create", "update", "delete")),
            "record_kind": rng.choice(("case", "party", "meeting", "setting")),
            "record_id": str(rng.randint(1, rows // 4 + 1)),
            "fields": '["notes", "status"]',
            "detail": None,
        }
        for i in range(rows)
    ]
    engine = open_engine(StoreFiles(folder).database, data_key)
    try:
        with engine.begin() as connection:
            connection.execute(insert(AuditEntry), entries)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def bench_store(root: Path, rows: int, repeat: int) -> tuple[list[Figure], list[str]]:
    notes: list[str] = []
    started = time.perf_counter()
    params = calibrate()
    calibration_s = time.perf_counter() - started
    if params.memory_kib < MIN_MEMORY_KIB:  # never benchmark the cheap test parameters
        raise SystemExit("calibrate() returned parameters below the 64 MiB floor")
    notes.append(
        f"Argon2id calibrated in {calibration_s:.1f} s: memory {params.memory_kib // 1024} MiB, "
        f"{params.iterations} passes, {params.lanes} lanes"
    )
    folder = root / "store"
    store, _ = create_store(
        folder,
        passphrase=PASSPHRASE,
        recovery_key=new_recovery_key(),
        settings=dict(SETTINGS),
        params=params,
    )
    data_key = store.key_bytes()
    store.close()
    fill_audit_trail(folder, data_key, rows)

    slots = keyslots.KeySlots.load(StoreFiles(folder).key_file)
    unlock_s: list[float] = []
    kdf_s: list[float] = []
    for _ in range(repeat):
        started = time.perf_counter()  # the key derivation alone, paired with the unlock after it
        opened_key = slots.open_with_passphrase(PASSPHRASE)
        kdf_s.append(time.perf_counter() - started)
        if opened_key != data_key:
            raise SystemExit("the passphrase slot gave a different data key")
        unlocker = Unlocker(folder)
        started = time.perf_counter()
        opened = unlocker.with_passphrase(PASSPHRASE)
        unlock_s.append(time.perf_counter() - started)
        unlocker.lock(opened)
    rest_s = median([u - k for u, k in zip(unlock_s, kdf_s, strict=True)])
    notes.append(
        "unlock runs "
        + ", ".join(f"{t:.3f}" for t in unlock_s)
        + " s; Argon2id alone "
        + ", ".join(f"{t:.3f}" for t in kdf_s)
        + f" s; so unwrap + open + schema check + audit write ~ {rest_s:.3f} s"
    )

    open_ms = []
    audit_count = 0
    for _ in range(repeat):
        started = time.perf_counter()
        engine = open_engine(StoreFiles(folder).database, data_key)
        with Session(engine) as session:
            session.exec(select(SettingValue)).all()
            audit_count = session.exec(select(func.count()).select_from(AuditEntry)).one()
        open_ms.append((time.perf_counter() - started) * 1000)
        engine.dispose()
    notes.append(
        f"open = open_engine + SELECT setting_value + count(*) of audit_entry ({audit_count} rows);"
        " runs " + ", ".join(f"{t:.1f}" for t in open_ms) + " ms"
    )
    figures = [
        Figure("unlock incl. Argon2id (median)", median(unlock_s), UNLOCK_TARGET_S, "s"),
        Figure("open + first query (median)", median(open_ms), OPEN_TARGET_MS, "ms"),
    ]
    return figures, notes


# 3: the same data and queries in an SQLCipher file and in a plain SQLite file.


def case_rows(rows: int) -> list[tuple[Any, ...]]:
    rng = random.Random(42)
    first_day = date(2015, 1, 1)
    data = []
    for i in range(1, rows + 1):
        opened = first_day + timedelta(days=rng.randint(0, 3650))
        words = [rng.choice(WORDS) for _ in range(rng.randint(25, 70))]
        data.append(
            (
                i,
                f"VV-{opened.year}-{i:06d}",
                rng.choice(STATUSES),
                rng.choice(SOURCES),
                rng.choice(OFFENCES),
                opened.isoformat(),
                f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}",
                f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}",
                " ".join(words),
            )
        )
    return data


Opener = Callable[[], Any]


def plain_opener(module: Any, path: Path, *, create: bool = False) -> Opener:
    """A connection made like vomdesk.store.engine.connect, minus the key."""

    def open_plain() -> Any:
        mode = "rwc" if create else "rw"
        connection = module.connect(
            f"{path.resolve().as_uri()}?mode={mode}", uri=True, check_same_thread=False
        )
        if module is sqlcipher3:
            connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in CONNECTION_PRAGMAS:
            connection.execute(pragma)
        return connection

    return open_plain


def build(connection: Any, data: list[tuple[Any, ...]]) -> None:
    connection.isolation_level = None
    connection.execute("BEGIN")
    for statement in SCHEMA:
        connection.execute(statement)
    connection.executemany(INSERT, data)
    connection.execute("COMMIT")
    connection.execute("ANALYZE")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def run_queries(connection: Any, numbers: Sequence[str]) -> tuple[list[float], list[Any]]:
    """The query set: seconds per query, and the results (to check both sides agree)."""
    times = []
    started = time.perf_counter()
    found = [connection.execute(Q_LOOKUP, (number,)).fetchone() for number in numbers]
    times.append(time.perf_counter() - started)
    results: list[Any] = [found]
    for query in (Q_LIKE, Q_GROUP, Q_PAGE):
        started = time.perf_counter()
        results.append(connection.execute(query).fetchall())
        times.append(time.perf_counter() - started)
    return times, results


def pick_plain_module(root: Path) -> Any:
    """sqlcipher3 without a key if it writes a real plain SQLite file; else the stdlib sqlite3."""
    path = root / "probe-plain.db"
    try:
        connection = plain_opener(sqlcipher3, path, create=True)()
        connection.execute("CREATE TABLE t (x)")
        connection.execute("INSERT INTO t VALUES (1)")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
        with sqlite3.connect(path) as check:
            ok = check.execute("SELECT x FROM t").fetchone() == (1,)
        check.close()
        return sqlcipher3 if ok and path.read_bytes()[:16] == SQLITE_HEADER else sqlite3
    except Exception:
        return sqlite3


def bench_cipher_vs_plain(
    root: Path, rows: int, repeat: int, plain_module: Any, extra_pragma: str | None = None
) -> tuple[list[Figure], list[str]]:
    notes: list[str] = []
    data = case_rows(rows)
    data_key = os.urandom(32)
    tag = "" if extra_pragma is None else "-extra"
    cipher_path = root / f"cipher{tag}.db"
    plain_path = root / f"plain{tag}.db"
    build(connect(cipher_path, data_key, create=True), data)
    build(plain_opener(plain_module, plain_path, create=True)(), data)
    if cipher_path.read_bytes()[:16] == SQLITE_HEADER:
        raise SystemExit("the SQLCipher file is not encrypted")
    if plain_path.read_bytes()[:16] != SQLITE_HEADER:
        raise SystemExit("the plain file is not a plain SQLite file")

    def with_extra(opener: Opener) -> Opener:
        def opened() -> Any:
            connection = opener()
            connection.isolation_level = None
            if extra_pragma is not None:
                connection.execute(extra_pragma)
            return connection

        return opened

    sides: dict[str, Opener] = {
        "cipher": with_extra(lambda: connect(cipher_path, data_key)),
        "plain": with_extra(plain_opener(plain_module, plain_path)),
    }
    rng = random.Random(99)
    numbers = [data[rng.randrange(rows)][1] for _ in range(LOOKUPS)]

    cold: dict[str, list[float]] = {side: [] for side in sides}
    cold_parts: dict[str, list[list[float]]] = {side: [] for side in sides}
    results: dict[str, list[Any]] = {}
    for i in range(repeat):
        for side in sorted(sides, reverse=bool(i % 2)):  # alternate which side goes first
            started = time.perf_counter()
            connection = sides[side]()
            connect_s = time.perf_counter() - started
            times, results[side] = run_queries(connection, numbers)
            cold[side].append(time.perf_counter() - started)
            cold_parts[side].append([connect_s, *times])
            connection.close()
    if results["cipher"] != results["plain"]:
        raise SystemExit("the two files gave different results: not the same data")

    warm: dict[str, list[float]] = {side: [] for side in sides}
    warm_parts: dict[str, list[list[float]]] = {side: [] for side in sides}
    connections = {side: opener() for side, opener in sides.items()}
    for connection in connections.values():
        run_queries(connection, numbers)  # the cold pass, not counted
    for i in range(repeat):
        for side in sorted(sides, reverse=bool(i % 2)):
            times, _ = run_queries(connections[side], numbers)
            warm[side].append(sum(times))
            warm_parts[side].append(times)
    info = connections["cipher"]
    page_size = info.execute("PRAGMA page_size").fetchone()[0]
    cache_size = info.execute("PRAGMA cache_size").fetchone()[0]
    cipher_pages = info.execute("PRAGMA page_count").fetchone()[0]
    plain_pages = connections["plain"].execute("PRAGMA page_count").fetchone()[0]
    for connection in connections.values():
        connection.close()

    plain_version = (
        sqlite3.sqlite_version
        if plain_module is sqlite3
        else sqlcipher3.connect(":memory:").execute("SELECT sqlite_version()").fetchone()[0]
    )
    notes.append(
        f"plain side: {plain_module.__name__} with no key (SQLite {plain_version}); file header "
        "checked: plain = 'SQLite format 3', SQLCipher = random bytes"
    )
    notes.append(
        f"data: {rows} case_file rows, {cipher_pages} pages encrypted / {plain_pages} plain, "
        f"page_size {page_size}, cache_size {cache_size}"
        + ("" if extra_pragma is None else f", extra on both sides: {extra_pragma}")
    )
    notes.append(
        "cold = new connection (key + PRAGMAs) + first run of the query set: SQLite's page cache"
        " is empty, the OS file cache is warm (it cannot be dropped here)"
    )
    notes.append("warm = the query set again on the same open connection")
    for label, parts, names in (
        ("cold", cold_parts, ("connect", *QUERY_NAMES)),
        ("warm", warm_parts, QUERY_NAMES),
    ):
        for index, name in enumerate(names):
            c = median([p[index] for p in parts["cipher"]]) * 1000
            p = median([p[index] for p in parts["plain"]]) * 1000
            notes.append(
                f"  {label} {name:<24} cipher {c:8.2f} ms  plain {p:8.2f} ms  "
                f"ratio {c / p if p else float('nan'):.2f}x"
            )
    suffix = "" if extra_pragma is None else f" [{extra_pragma}]"
    figures = []
    for label, runs in (("cold", cold), ("warm", warm)):
        cipher_s, plain_s = median(runs["cipher"]), median(runs["plain"])
        notes.append(
            f"{label} query set median: cipher {cipher_s * 1000:.1f} ms, "
            f"plain {plain_s * 1000:.1f} ms"
        )
        figures.append(
            Figure(f"SQLCipher/SQLite {label} ratio{suffix}", cipher_s / plain_s, RATIO_TARGET, "x")
        )
    return figures, notes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20000, help="rows of data (default 20000)")
    parser.add_argument("--repeat", type=int, default=5, help="repeats per figure (default 5)")
    parser.add_argument(
        "--pragma",
        help="investigation only: one more PRAGMA run on BOTH sides of the comparison, "
        "e.g. 'PRAGMA cache_size = -32000' (reported separately, never in place of the default)",
    )
    args = parser.parse_args(argv)
    if args.rows < 1 or args.repeat < 1:
        parser.error("--rows and --repeat must be at least 1")

    started = time.perf_counter()
    for line in machine_info():
        print(line)
    print(
        f"run       : {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}, --rows {args.rows} "
        f"--repeat {args.repeat}"
    )
    print()
    with tempfile.TemporaryDirectory(prefix="vomdesk-bench-") as temp:
        root = Path(temp)
        figures, notes = bench_store(root, args.rows, args.repeat)
        plain_module = pick_plain_module(root)
        more, more_notes = bench_cipher_vs_plain(root, args.rows, args.repeat, plain_module)
        figures += more
        notes += more_notes
        if args.pragma:
            extra, extra_notes = bench_cipher_vs_plain(
                root, args.rows, args.repeat, plain_module, args.pragma
            )
            notes += ["", f"investigation with {args.pragma} on both sides:", *extra_notes]
            notes += [f"  {f.name}: {fmt(f.value, f.unit)}" for f in extra]
    print_table(figures)
    print()
    for note in notes:
        print(note)
    print(f"\ntotal run time {time.perf_counter() - started:.1f} s")
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
