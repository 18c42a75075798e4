"""Preparation figures: opening a prepared case, the gates, scheduling with clash checks, agenda."""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("VOMDESK_INSECURE_TEST_KDF", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, print_table

from vomdesk.domain.schedule import AppointmentKind, SessionStatus
from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services.calendar_file import write_calendar
from vomdesk.services.cases import case_id_of, missing_for_next_step, read_case
from vomdesk.services.demo import fill_with_demo_cases
from vomdesk.services.open_store import OpenStore, unit_of_work
from vomdesk.services.preparation import before_scheduling, read_preparation
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.sessions import agenda, cancel_session, schedule_session
from vomdesk.services.setup import create_store
from vomdesk.store.preparation_models import SessionPlan


def median_ms(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def book_sessions(store: OpenStore, count: int, case_ids: Sequence[int]) -> None:
    """``count`` scheduled sessions over the next two years, in one transaction."""
    rng = random.Random(7)
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    with unit_of_work(store) as work:
        for _ in range(count):
            starts = now + timedelta(days=rng.randint(1, 730), hours=rng.randint(0, 9))
            work.session.add(
                SessionPlan(
                    case_id=rng.choice(case_ids),
                    kind=AppointmentKind.JOINT_SESSION.value,
                    starts_at=starts,
                    minutes=90,
                    other_place="Program office",
                    status=SessionStatus.SCHEDULED.value,
                )
            )


def measure(folder: Path, sessions: int, repeat: int) -> list[Figure]:
    store, _ = create_store(
        folder,
        passphrase="river kettle maple lantern",
        recovery_key=new_recovery_key(),
        settings={"program.name": "Benchmark"},
        params=CHEAP_TEST_PARAMS,
        allow_weak_kdf=True,
    )
    numbers = fill_with_demo_cases(store)
    ids = [case_id_of(store, number) for number in numbers]
    book_sessions(store, sessions, ids)
    ready = [i for i in ids if read_preparation(store, i).stage.value == "ready"]

    def open_case(case_id: int) -> None:
        record = read_case(store, case_id)
        missing_for_next_step(store, record)
        before_scheduling(read_preparation(store, case_id))

    open_times = [median_ms(lambda i=i: open_case(i), 3) for i in ids]

    def schedule_and_cancel() -> None:
        starts = datetime.now(UTC) + timedelta(days=900)  # beyond every booking: no clash
        session = schedule_session(
            store,
            ready[0],
            starts=starts,
            minutes=90,
            other_place="Office",
            attendees=[
                p.id
                for p in read_preparation(store, ready[0]).participants
                if p.role.value in ("victim", "offender")
            ],
        )
        cancel_session(store, session, "benchmark")

    target = Path(folder) / "agenda.ics"
    figures = [
        Figure("open a prepared case (median of 40)", statistics.median(open_times), 100, "ms"),
        Figure("open a prepared case (slowest)", max(open_times), 250, "ms"),
        Figure(
            f"schedule + clash check ({sessions} booked)",
            median_ms(schedule_and_cancel, repeat),
            250,
            "ms",
        ),
        Figure(
            f"agenda, next 90 days ({sessions} booked)",
            median_ms(lambda: agenda(store, date.today(), 90), repeat),
            200,
            "ms",
        ),
        Figure(
            f"calendar file, everything ({sessions} events)",
            median_ms(lambda: write_calendar(store, target), repeat),
            3000,
            "ms",
        ),
    ]
    store.close()
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        figures = measure(Path(folder) / "data", args.sessions, args.repeat)
    print_table(figures)
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
