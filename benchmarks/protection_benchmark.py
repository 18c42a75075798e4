"""Protection figures: a verified backup, the retention preview, and a purge (with its VACUUM and
the fresh backup that replaces the automatic ones) on a store of thousands of closed cases."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("VOMDESK_INSECURE_TEST_KDF", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, print_table
from monitoring_benchmark import fill, median_ms
from sqlalchemy import text

from vomdesk.domain import settings as setting
from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services.backups import AUTOMATIC, FOLDER, make_backup
from vomdesk.services.open_store import OpenStore
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.retention import preview, purge_cases
from vomdesk.services.settings import save_settings
from vomdesk.services.setup import create_store


def close_long_ago(store: OpenStore, ids: list[int]) -> None:
    """Close every case, the closings spread over the last ten years."""
    now = datetime.now(UTC)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE case_record SET stage = 'closed'"))
        connection.execute(
            text(
                "INSERT INTO stage_history (case_id, from_stage, to_stage, at, by, why) "
                "VALUES (:id, 'monitoring', 'closed', :at, 'benchmark', '')"
            ),
            [
                {"id": case_id, "at": (now - timedelta(days=n % 3650)).isoformat()}
                for n, case_id in enumerate(ids)
            ],
        )


def seconds(run: object) -> float:
    start = time.perf_counter()
    run()  # type: ignore[operator]
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--purged", type=int, default=10)
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
        ids = fill(store, args.cases)
        close_long_ago(store, ids)
        save_settings(
            store,
            {setting.RETENTION_PURGE_YEARS.key: 7, setting.RETENTION_SEAL_JUVENILE_YEARS.key: 2},
        )
        size_mb = store.files.database.stat().st_size / 1e6
        backup_s = seconds(lambda: make_backup(store, Path(folder) / "usb", FOLDER))
        make_backup(store, store.files.backups, AUTOMATIC)
        due = preview(store, date.today())
        preview_ms = median_ms(lambda: preview(store, date.today()), 5)
        chosen = [item.facts.case_id for item in due[: args.purged]]  # due ones, as a program would
        results = []
        purge_s = seconds(lambda: results.append(purge_cases(store, chosen, "Benchmark purge run")))
        (result,) = results
        if len(result.purged) != args.purged or not result.compacted or result.backup_problem:
            print(f"the purge did not do all its work: {result}", file=sys.stderr)
            return 1
        figures = [
            Figure(f"verified backup of {args.cases} cases ({size_mb:.1f} MB)", backup_s, 5, "s"),
            Figure(
                f"retention preview over {args.cases} closed cases ({len(due)} due)",
                preview_ms,
                500,
                "ms",
            ),
            Figure(
                f"purge {args.purged} cases: delete, VACUUM, fresh backup, old ones deleted",
                purge_s,
                15,
                "s",
            ),
        ]
        store.close()
    print_table(figures)
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
