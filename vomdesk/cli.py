"""The commands: ``vomdesk init``, ``check``, and the case commands; errors are one clear line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from vomdesk import __version__
from vomdesk.cli_backups import (
    BackupCommandFailed,
    add_backup_commands,
    add_recovery_key_option,
    check_backup_target,
    run_backup,
    run_check_backup,
    run_restore,
)
from vomdesk.cli_cases import CASE_CHECKS, CASE_COMMANDS, CaseCommandFailed, add_case_commands
from vomdesk.cli_monitoring import MONITORING_COMMANDS, add_monitoring_commands
from vomdesk.cli_retention import RETENTION_COMMANDS, add_retention_commands
from vomdesk.domain import settings as setting
from vomdesk.domain.passphrase_rules import judge_passphrase
from vomdesk.log import start_logging
from vomdesk.security.kdf import Argon2Params
from vomdesk.services import errors
from vomdesk.services.checks import (
    chain_report,
    check_store,
    opened_for_checking,
    verify_audit_chain,
)
from vomdesk.services.data_folder import current_data_folder
from vomdesk.services.open_store import OpenStore
from vomdesk.services.passphrases import INSECURE_TEST_KDF_ENV, params_for_new_passphrase
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.setup import create_store
from vomdesk.services.unlock import Unlocker, read_key_file
from vomdesk.store.files import FolderState, StoreFiles

PASSPHRASE_ENV = "VOMDESK_PASSPHRASE"


class CommandFailed(Exception):
    """A command could not do its work; the message is printed as one line."""


def _common_options(default: object) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", type=Path, default=default,
        help="the folder that holds the store (default: the per-user data folder)",
    )  # fmt: skip
    common.add_argument(
        "--passphrase-file", type=Path, default=default,
        help=f"read the passphrase from this file (else ${PASSPHRASE_ENV}, else a prompt)",
    )  # fmt: skip
    return common


def build_parser() -> argparse.ArgumentParser:
    # The options may come before or after the command. A subcommand's own default would
    # overwrite a value given before it, so the subcommands' copies have no default at all.
    common = _common_options(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="vomdesk",
        description="Victim offender mediation case records. Without a command, opens the app.",
        parents=[_common_options(None)],
    )
    parser.add_argument("--version", action="version", version=f"vomdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = commands.add_parser(
        "init", parents=[common], help="create a new encrypted store and print its recovery key"
    )
    init.add_argument("--program-name", default="", help="the program's name, for letterheads")
    init.add_argument("--mediator-name", default="", help="the mediator's name")
    check = commands.add_parser(
        "check", parents=[common], help="check the store's integrity and encryption"
    )
    check.add_argument(
        "--backup", type=Path, metavar="FOLDER",
        help="check this backup instead (opened with its own passphrase or recovery key)",
    )  # fmt: skip
    add_recovery_key_option(check)
    add_backup_commands(commands, common)
    add_case_commands(commands, common)
    add_monitoring_commands(commands, common)
    add_retention_commands(commands, common)
    return parser


def _folder(args: argparse.Namespace) -> Path:
    """--data-dir, else $VOMDESK_DATA_DIR, else the folder chosen in the app, else the usual."""
    return Path(args.data_dir) if args.data_dir else current_data_folder()


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The passphrase from --passphrase-file, then $VOMDESK_PASSPHRASE, then a silent prompt."""
    if args.passphrase_file:
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as error:
            raise CommandFailed(f"cannot read the passphrase file: {error.strerror}") from error
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise CommandFailed(
            f"no passphrase: use --passphrase-file or set {PASSPHRASE_ENV} when not at a terminal"
        )
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Type it again: ") != first:
        raise CommandFailed("the two passphrases differ; nothing was created")
    return first


def kdf_params() -> tuple[Argon2Params, bool]:
    params, weak = params_for_new_passphrase()
    if weak:
        print(
            f"warning: {INSECURE_TEST_KDF_ENV}=1: weak key derivation, for tests only",
            file=sys.stderr,
        )
    return params, weak


def run_init(args: argparse.Namespace) -> int:
    folder = _folder(args)
    if StoreFiles(folder).state() is not FolderState.EMPTY:
        raise errors.StoreExists()
    store_settings = {
        setting.PROGRAM_NAME.key: args.program_name,
        setting.MEDIATOR_NAME.key: args.mediator_name,
    }
    passphrase = read_passphrase(args, confirm=True)
    verdict = judge_passphrase(passphrase, [args.program_name, args.mediator_name])
    if not verdict.acceptable:
        raise CommandFailed("passphrase not accepted: " + " ".join(verdict.messages()))
    params, weak = kdf_params()
    recovery_key = new_recovery_key()
    store, _ = create_store(
        folder,
        passphrase=passphrase,
        recovery_key=recovery_key,
        settings=store_settings,
        params=params,
        allow_weak_kdf=weak,
    )
    store.close()
    print(f"Created encrypted case records in {folder}")
    print("Recovery key, shown only now. Write it down and keep it locked away, apart from")
    print("this computer (Settings > Security in the app prints a kit with a new key):")
    print(f"  {recovery_key}")
    return 0


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[OpenStore]:
    """The store, opened with the passphrase and locked again afterwards."""
    unlocker = Unlocker(_folder(args))
    read_key_file(unlocker.files)  # a missing or damaged store is reported before any prompt
    store = unlocker.with_passphrase(read_passphrase(args))
    try:
        yield store
    finally:
        unlocker.lock(store)


def run_check(args: argparse.Namespace) -> int:
    if args.backup:
        return run_check_backup(args, lambda: read_passphrase(args))
    folder = _folder(args)
    read_key_file(StoreFiles(folder))  # a missing or damaged store is reported before any prompt
    with opened_for_checking(folder, read_passphrase(args)) as store:  # read-only: no writes
        problems = check_store(store)
        verdict = verify_audit_chain(store) if not problems else None
    if problems:
        for problem in problems:
            print(problem)
        return 1
    assert verdict is not None
    print(chain_report(verdict))
    if not verdict.ok:
        return 1
    print("ok")
    return 0


def run_case_command(args: argparse.Namespace) -> int:
    check = {**CASE_CHECKS, "backup": check_backup_target}.get(args.command)
    if check is not None:
        check(args)  # what can be refused without the store is refused before the passphrase
    with unlocked(args) as store:
        return STORE_COMMANDS[args.command](store, args)


STORE_COMMANDS = {
    **CASE_COMMANDS, **MONITORING_COMMANDS, **RETENTION_COMMANDS, "backup": run_backup,
}  # fmt: skip

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": run_init,
    "check": run_check,
    "restore": lambda args: run_restore(args, lambda: read_passphrase(args)),
    **dict.fromkeys(STORE_COMMANDS, run_case_command),
}


def run_command(args: argparse.Namespace) -> int:
    """Run an admin command; any failure becomes one line on stderr and a non-zero exit."""
    start_logging()
    try:
        return COMMANDS[args.command](args)
    except (CommandFailed, CaseCommandFailed, BackupCommandFailed, errors.StoreProblem) as error:
        print(f"vomdesk {args.command}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"vomdesk {args.command}: interrupted; nothing was changed", file=sys.stderr)
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from vomdesk.app import run_app

        return run_app(_folder(args))
    return run_command(args)
