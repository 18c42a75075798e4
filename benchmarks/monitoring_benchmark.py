"""Monitoring figures: the due list across thousands of agreements, and one case's monitoring."""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("VOMDESK_INSECURE_TEST_KDF", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, print_table

from vomdesk.domain.instalments import Frequency, plan
from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services.due import due_items
from vomdesk.services.monitoring_view import read_monitoring
from vomdesk.services.open_store import OpenStore, unit_of_work
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.setup import create_store
from vomdesk.store.agreement_models import Agreement, AgreementTerm
from vomdesk.store.case_models import Case, Participant, Person
from vomdesk.store.monitoring_models import FollowUp, LedgerLine


def fill(store: OpenStore, count: int) -> list[int]:
    """``count`` cases in monitoring, each a signed agreement with a money term of 4-12 monthly
    instalments, some paid, an apology term and two follow-ups; inserted in one transaction."""
    rng = random.Random(6)
    today = date.today()
    ids = []
    with unit_of_work(store) as work:
        session = work.session
        for n in range(count):
            signed = today - timedelta(days=rng.randint(0, 300))
            case = Case(
                received_on=signed - timedelta(days=60),
                source_type="judge",
                number=f"B-{n:05d}",
                year=signed.year,
                stage="monitoring",
            )
            session.add(case)
            session.flush()
            person = Person(name=f"Offender {n}", folded_name=f"offender {n}")
            session.add(person)
            session.flush()
            offender = Participant(case_id=case.id, person_id=person.id, role="offender")
            session.add(offender)
            agreement = Agreement(case_id=case.id, status="signed", signed_on=signed)
            session.add(agreement)
            session.flush()
            total = rng.randint(100, 3000) * 100
            payments = plan(
                total, signed + timedelta(days=14), Frequency.MONTHLY, count=rng.randint(4, 12)
            )
            session.add(
                AgreementTerm(
                    agreement_id=agreement.id,
                    position=0,
                    kind="financial",
                    description="Repair",
                    responsible=[offender.id],
                    amount_cents=total,
                    payee="Victim",
                    frequency="monthly",
                    payments=[{"due": p.due.isoformat(), "cents": p.cents} for p in payments],
                )
            )
            session.add(
                AgreementTerm(
                    agreement_id=agreement.id,
                    position=1,
                    kind="apology",
                    description="Apology",
                    responsible=[offender.id],
                    item="Letter",
                    deadline=signed + timedelta(days=30),
                )
            )
            for p in payments[: rng.randint(0, len(payments))]:
                if p.due <= today:
                    session.add(
                        LedgerLine(
                            case_id=case.id,
                            term_position=0,
                            kind="payment",
                            on=p.due,
                            cents=p.cents,
                            offender_id=offender.id,
                        )
                    )
            for days in (30, 120):
                session.add(
                    FollowUp(case_id=case.id, planned_on=signed + timedelta(days=days), side="both")
                )
            assert case.id is not None
            ids.append(case.id)
    return ids


def median_ms(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agreements", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        store, _ = create_store(
            Path(folder) / "data",
            passphrase="river kettle maple lantern",
            recovery_key=new_recovery_key(),
            settings={"program.name": "Benchmark"},
            params=CHEAP_TEST_PARAMS,
            allow_weak_kdf=True,
        )
        ids = fill(store, args.agreements)
        items = due_items(store, date.today())
        figures = [
            Figure(
                f"due list over {args.agreements} agreements ({len(items)} items)",
                median_ms(lambda: due_items(store, date.today()), args.repeat),
                1500,
                "ms",
            ),
            Figure(
                "one case's monitoring tab data",
                median_ms(lambda: read_monitoring(store, ids[len(ids) // 2]), args.repeat * 4),
                50,
                "ms",
            ),
        ]
        store.close()
    print_table(figures)
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
