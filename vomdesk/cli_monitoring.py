"""``vomdesk due``: what is due or overdue, as a table or JSON, for a morning check."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from vomdesk.cli_cases import CaseCommandFailed, write_out
from vomdesk.domain.monitoring import DUE_LABELS, DueItem, due_within
from vomdesk.services.due import due_items
from vomdesk.services.open_store import OpenStore

MAX_DAYS = 3660


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"give a number of days from 0 to {MAX_DAYS}")
    return days


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"give a date as YYYY-MM-DD, not {text!r}") from None


def add_monitoring_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Declare ``due``; it takes the data folder and passphrase options."""
    due = commands.add_parser(
        "due", parents=[common],
        help="what is due or overdue: payments, hours, terms, follow-ups, referral deadlines",
    )  # fmt: skip
    due.add_argument("--days", type=_days, default=7,
                     help="also what falls due in the next N days (default: 7)")  # fmt: skip
    due.add_argument("--format", choices=("table", "json"), default="table")
    due.add_argument("--date", dest="on", type=_day, metavar="YYYY-MM-DD",
                     help="as on this day (default: today)")  # fmt: skip


def _outstanding(item: DueItem) -> str:
    if item.outstanding_cents:
        return f"${item.outstanding_cents / 100:,.2f}"
    if item.outstanding_hours:
        return f"{item.outstanding_hours:g} h"
    return ""


def _json(item: DueItem, on: date) -> dict[str, Any]:
    return {
        "due": item.due.isoformat(),
        "days_late": item.days_late(on),
        "kind": item.kind.value,
        "kind_label": DUE_LABELS[item.kind],
        "case": item.case_number,
        "what": item.what,
        "outstanding_cents": item.outstanding_cents,
        "outstanding_hours": item.outstanding_hours,
    }


def run_due(store: OpenStore, args: argparse.Namespace) -> int:
    on = args.on or date.today()
    try:
        items = due_within(due_items(store, on), on, args.days)
    except OSError as error:  # pragma: no cover - the store's own errors are one line already
        raise CaseCommandFailed(str(error)) from error
    if args.format == "json":
        write_out(json.dumps([_json(i, on) for i in items], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not items:
        write_out(f"Nothing due or overdue on {on.isoformat()} or in the next {args.days} days.\n")
        return 0
    table = [("Due", "Days late", "Kind", "Case", "What", "Outstanding")]
    table += [
        (
            i.due.isoformat(),
            str(i.days_late(on)) if i.days_late(on) else "",
            DUE_LABELS[i.kind],
            i.case_number,
            i.what,
            _outstanding(i),
        )
        for i in items
    ]
    widths = [max(len(line[column]) for line in table) for column in range(5)]
    lines = [
        "  ".join([*(cell.ljust(w) for cell, w in zip(line[:5], widths, strict=True)), line[5]])
        for line in table
    ]
    late = sum(1 for i in items if i.days_late(on))
    noun = "item" if len(items) == 1 else "items"
    write_out("\n".join(line.rstrip() for line in lines)
              + f"\n{len(items)} {noun}, {late} overdue, as on {on.isoformat()}\n")  # fmt: skip
    return 0


MONITORING_COMMANDS: dict[str, Callable[[OpenStore, argparse.Namespace], int]] = {"due": run_due}
