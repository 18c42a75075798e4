"""The case commands: ``vomdesk demo``, ``list``, ``export``, ``calendar`` and ``print``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from vomdesk.domain.stages import STAGE_LABELS
from vomdesk.services import errors
from vomdesk.services.calendar_file import write_calendar
from vomdesk.services.case_list import CaseRow, list_cases, search_filter
from vomdesk.services.cases import case_id_of, read_case
from vomdesk.services.demo import fill_with_demo_cases
from vomdesk.services.documents import DocumentKind, Request, build_document
from vomdesk.services.export import export_case, export_for_participant
from vomdesk.services.open_store import OpenStore
from vomdesk.services.printing import print_pdf_file, print_to_file
from vomdesk.services.retention import is_sealed

MAX_DEMO_CASES = 1000
DOCUMENT_CHOICES = [k.value.replace("_", "-") for k in DocumentKind]


class CaseCommandFailed(Exception):
    """A case command could not do its work; the message is printed as one line."""


def _demo_count(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_DEMO_CASES:
        raise argparse.ArgumentTypeError(f"give a number from 1 to {MAX_DEMO_CASES}")
    return count


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"give a date as YYYY-MM-DD, not {text!r}") from None


def add_case_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Declare the case commands; each takes the data folder and passphrase options."""
    demo = commands.add_parser(
        "demo", parents=[common], help="fill a new, empty store with made-up demo cases"
    )
    demo.add_argument("--count", type=_demo_count, default=40, help="how many (default: 40)")
    demo.add_argument("--seed", type=int, default=2026, help="the same seed, the same cases")
    listing = commands.add_parser("list", parents=[common], help="list the cases")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    export = commands.add_parser(
        "export", parents=[common], help="write a whole case record as JSON to standard output"
    )
    export.add_argument("--case", required=True, metavar="CASE_NO", help="the case number")
    export.add_argument("--format", choices=("json",), default="json")
    export.add_argument(
        "--for", dest="for_participant", type=int, metavar="PARTICIPANT_ID",
        help="only what this participant may see (a data-access request)",
    )  # fmt: skip
    calendar = commands.add_parser(
        "calendar", parents=[common],
        help="write what is scheduled to an iCalendar file: case numbers, times and venues only",
    )  # fmt: skip
    calendar.add_argument("--out", required=True, type=Path, metavar="FILE.ics",
                          help="the calendar file to write")  # fmt: skip
    calendar.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD",
                          help="from this day on (default: today)")  # fmt: skip
    calendar.add_argument("--case", metavar="CASE_NO", help="only this case's appointments")
    calendar.add_argument("--force", action="store_true", help="replace FILE.ics if it exists")
    add_print_command(commands, common)


def add_print_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    printing = commands.add_parser(
        "print", parents=[common],
        help="make one of a case's documents as a PDF file, or send it to a print queue",
    )  # fmt: skip
    printing.add_argument("--case", required=True, metavar="CASE_NO", help="the case number")
    printing.add_argument("--document", required=True, choices=DOCUMENT_CHOICES,
                          help="which document")  # fmt: skip
    printing.add_argument("--payment", type=int, metavar="ID",
                          help="the payment a receipt is for: its ledger line id")  # fmt: skip
    printing.add_argument("--participant", type=int, metavar="ID",
                          help="who it is for: a participant id, as `export` shows")  # fmt: skip
    printing.add_argument("--lang", choices=("en", "es"),
                          help="the language (default: the recipient's own)")  # fmt: skip
    target = printing.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, metavar="FILE.pdf", help="the PDF file to write")
    target.add_argument("--printer", metavar="QUEUE", help="send it to this print queue instead")
    printing.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")


def check_calendar_target(args: argparse.Namespace) -> None:
    """Refuse an existing file without --force (asked before the passphrase, and again after)."""
    if Path(args.out).exists() and not args.force:
        raise CaseCommandFailed(f"{args.out} already exists; use --force to replace it")


def check_print_target(args: argparse.Namespace) -> None:
    """Refuse an existing --out file without --force (before the passphrase, and after)."""
    if args.out is not None and Path(args.out).exists() and not args.force:
        raise CaseCommandFailed(f"{args.out} already exists; use --force to replace it")


def write_out(text: str) -> None:
    """Write to standard output as UTF-8, whatever the console's code page."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def run_demo(store: OpenStore, args: argparse.Namespace) -> int:
    try:
        numbers = fill_with_demo_cases(store, count=args.count, seed=args.seed)
    except KeyboardInterrupt:  # each case is saved as it is made: some may be there already
        raise CaseCommandFailed(
            "interrupted; some demo cases may have been added: for the demo, start again "
            "with a new, empty folder"
        ) from None
    span = numbers[0] if len(numbers) == 1 else f"{numbers[0]} to {numbers[-1]}"
    noun = "case" if len(numbers) == 1 else "cases"
    write_out(f"Added {len(numbers)} made-up demo {noun}: {span}\n")
    return 0


def all_rows(store: OpenStore) -> list[CaseRow]:
    """Every case, oldest number first, read a page at a time."""
    rows: list[CaseRow] = []
    while True:
        page = list_cases(
            store,
            search_filter(sort="number", descending=False, offset=len(rows)),
            with_total=False,
        )
        rows.extend(page.rows)
        if not page.rows:
            return rows


def _age_group(juvenile: bool | None) -> str:
    return "unknown" if juvenile is None else "juvenile" if juvenile else "adult"


def run_list(store: OpenStore, args: argparse.Namespace) -> int:
    rows = all_rows(store)
    if args.format == "json":
        items = [
            {
                "number": row.number,
                "stage": row.stage.value,
                "stage_label": STAGE_LABELS[row.stage],
                "received_on": row.received_on.isoformat(),
                "juvenile": row.juvenile,
            }
            for row in rows
        ]
        write_out(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        write_out("No cases yet.\n")
        return 0
    table = [("Number", "Stage", "Referral date", "Juvenile/adult")]
    table += [
        (row.number, STAGE_LABELS[row.stage], row.received_on.isoformat(), _age_group(row.juvenile))
        for row in rows
    ]
    widths = [max(len(line[column]) for line in table) for column in range(3)]
    lines = [
        "  ".join([*(cell.ljust(width) for cell, width in zip(line, widths)), line[3]])  # noqa: B905
        for line in table
    ]
    noun = "case" if len(rows) == 1 else "cases"
    write_out("\n".join(lines) + f"\n{len(rows)} {noun}\n")
    return 0


def unsealed_case_id(store: OpenStore, number: str) -> int:
    """The id of the case with this number; a sealed case is refused (lift its seal in the app)."""
    try:
        case_id = case_id_of(store, number)
    except errors.CaseNotFound as error:
        raise CaseCommandFailed(f"no case {number.strip()}") from error
    if is_sealed(store, case_id):
        raise CaseCommandFailed(
            f"case {number.strip()} is sealed: lift the seal in the app first, with a reason"
        )
    return case_id


def run_export(store: OpenStore, args: argparse.Namespace) -> int:
    case_id = unsealed_case_id(store, args.case)
    try:
        if args.for_participant is None:
            document: dict[str, Any] = export_case(store, case_id)
        else:
            document = export_for_participant(store, case_id, args.for_participant)
    except errors.CaseNotFound as error:
        raise CaseCommandFailed(f"no case {args.case.strip()}") from error
    except errors.ParticipantNotInCase as error:
        raise CaseCommandFailed(
            f"participant {args.for_participant} does not take part in case {args.case.strip()}"
        ) from error
    write_out(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return 0


def run_calendar(store: OpenStore, args: argparse.Namespace) -> int:
    check_calendar_target(args)
    case_id = None
    if args.case is not None:
        try:
            case_id = case_id_of(store, args.case)
        except errors.CaseNotFound as error:
            raise CaseCommandFailed(f"no case {args.case.strip()}") from error
    out = Path(args.out)
    try:
        count = write_calendar(store, out, start=args.start, case_id=case_id)
    except OSError as error:
        raise CaseCommandFailed(f"cannot write {out}: {error.strerror or error}") from error
    noun = "event" if count == 1 else "events"
    write_out(f"Wrote {count} {noun} to {out}\n")
    return 0


def corrections(error: errors.NeedsCorrection) -> str:
    """A refusal's messages in English, placeholders filled, on one line."""
    return " ".join(
        text.format(**error.params.get(field, {})) for field, text in error.problems.items()
    )


def run_print(store: OpenStore, args: argparse.Namespace) -> int:
    check_print_target(args)
    case_id = unsealed_case_id(store, args.case)
    people = read_case(store, case_id).participants
    if args.participant is not None and args.participant not in {p.id for p in people}:
        listed = ", ".join(f"{p.id} ({p.role.value})" for p in people)
        raise CaseCommandFailed(
            f"case {args.case.strip()} has no participant {args.participant}; it has {listed}"
        )
    kind = DocumentKind(args.document.replace("-", "_"))
    if (kind is DocumentKind.RECEIPT) != (args.payment is not None):
        raise CaseCommandFailed("--payment ID goes with --document receipt, and only with it")
    request = Request(kind, case_id, participant_id=args.participant, language=args.lang,
                      ledger_line_id=args.payment)  # fmt: skip
    try:
        built = build_document(store, request)
    except errors.NeedsCorrection as error:
        raise CaseCommandFailed(corrections(error)) from error
    if args.printer is not None:
        print_pdf_file(built.pdf, printer=args.printer, title=built.job_title)
        write_out(f"Sent {built.job_title} to {args.printer}\n")
        return 0
    out = Path(args.out)
    try:
        print_to_file(built.pdf, out)
    except OSError as error:
        raise CaseCommandFailed(f"cannot write {out}: {error.strerror or error}") from error
    write_out(f"Wrote {built.job_title} ({built.language}) to {out}\n")
    return 0


CASE_CHECKS: dict[str, Callable[[argparse.Namespace], None]] = {
    "calendar": check_calendar_target,
    "print": check_print_target,
}

CASE_COMMANDS: dict[str, Callable[[OpenStore, argparse.Namespace], int]] = {
    "demo": run_demo,
    "list": run_list,
    "export": run_export,
    "calendar": run_calendar,
    "print": run_print,
}
