"""The retention commands: ``vomdesk retention [--apply]`` and ``vomdesk purge --case N``."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from vomdesk.domain.retention import Action, reason_problem
from vomdesk.services.cases import case_id_of
from vomdesk.services.open_store import OpenStore
from vomdesk.services.retention import POLICY_REASON, Applied, apply_retention, preview


def add_retention_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Declare ``retention`` and ``purge``; both take the data folder and passphrase options."""
    retention = commands.add_parser(
        "retention", parents=[common],
        help="list the closed cases the retention policy would seal or purge today",
    )  # fmt: skip
    retention.add_argument(
        "--apply", action="store_true", help="seal and purge them (a purge cannot be undone)"
    )
    purge = commands.add_parser(
        "purge", parents=[common],
        help="purge one closed case now, outside the policy, with a reason",
    )  # fmt: skip
    purge.add_argument("--case", required=True, metavar="CASE_NO", help="the case number")
    purge.add_argument("--reason", required=True, help="why (kept in the audit trail)")


def _report(applied: Applied) -> None:
    if applied.sealed:
        print("Sealed: " + ", ".join(applied.sealed))
    result = applied.purge
    if result is None:
        return
    print("Purged: " + ", ".join(result.purged))
    if not result.compacted:
        print("The file could not be rebuilt (no room on the disk): the purged rows are gone,")
        print("but freed pages keep their encrypted old content until the next purge.")
    if result.backup_problem is not None:
        print(f"The new automatic backup failed ({result.backup_problem}); the older automatic")
        print("backups, which still hold the purged cases, were kept. Back up again soon.")
    elif result.automatic_deleted:
        print(f"{len(result.automatic_deleted)} older automatic backups replaced by a new one")
    if result.copies_elsewhere:
        print("These backups made elsewhere still hold the purged cases; destroy them:")
        for record in result.copies_elsewhere:
            print(f"  {record.made_at.astimezone():%Y-%m-%d %H:%M}  {record.location}")


def run_retention(store: OpenStore, args: argparse.Namespace) -> int:
    due = preview(store, date.today())
    if not due:
        print("No case is due under the retention policy today.")
        return 0
    for item in due:
        closed = item.facts.closed_on.isoformat() if item.facts.closed_on else ""
        print(f"{item.facts.number:<14} closed {closed}  {item.action.value} (due {item.due_on})")
    if not args.apply:
        print("Nothing changed; run again with --apply to seal and purge these cases.")
        return 0
    seal = [item.facts.case_id for item in due if item.action is Action.SEAL]
    purge = [item.facts.case_id for item in due if item.action is Action.PURGE]
    _report(apply_retention(store, seal, purge, POLICY_REASON))
    return 0


def run_purge(store: OpenStore, args: argparse.Namespace) -> int:
    problem = reason_problem(args.reason)
    if problem is not None:
        print(f"vomdesk purge: {problem}", file=sys.stderr)
        return 1
    _report(apply_retention(store, [], [case_id_of(store, args.case)], args.reason))
    return 0


RETENTION_COMMANDS = {"retention": run_retention, "purge": run_purge}
