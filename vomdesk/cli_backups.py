"""The backup commands: ``vomdesk backup --to DIR``, ``restore`` and ``check --backup``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from vomdesk.domain.passphrase_rules import judge_passphrase
from vomdesk.domain.settings import MEDIATOR_NAME, PROGRAM_NAME
from vomdesk.services import errors
from vomdesk.services.backup_restore import (
    BackupFiles,
    check_backup,
    inspect_backup,
    restore_backup,
)
from vomdesk.services.backups import FOLDER, make_backup
from vomdesk.services.open_store import OpenStore
from vomdesk.services.settings import read_settings

RECOVERY_KEY_ENV = "VOMDESK_RECOVERY_KEY"
BACKUP_PASSPHRASE_ENV = "VOMDESK_BACKUP_PASSPHRASE"
AskPassphrase = Callable[[], str]


class BackupCommandFailed(Exception):
    """A backup command could not do its work; the message is printed as one line."""


def add_backup_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Declare ``backup`` and ``restore`` (``check --backup`` is declared with ``check``)."""
    backup = commands.add_parser(
        "backup", parents=[common],
        help="write a verified, encrypted backup of the store into a folder (a USB stick)",
    )  # fmt: skip
    backup.add_argument(
        "--to", required=True, type=Path, metavar="DIR",
        help="the folder to write vomdesk-backup-YYYYMMDD-HHMMSS/ into",
    )  # fmt: skip
    backup.add_argument(
        "--separate-passphrase", action="store_true",
        help="protect the backup with its own passphrase (asked twice, or from "
        f"${BACKUP_PASSPHRASE_ENV}); the store's passphrase and recovery kit will not open it",
    )  # fmt: skip
    restore = commands.add_parser(
        "restore", parents=[common],
        help="restore a backup into a new, empty data folder given with --data-dir",
    )  # fmt: skip
    restore.add_argument("backup", type=Path, metavar="FILE_OR_FOLDER",
                         help="the backup's folder (or its vomdesk.db)")  # fmt: skip
    add_recovery_key_option(restore)


def add_recovery_key_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--recovery-key-file", type=Path, metavar="FILE",
        help=f"open the backup with the recovery key in FILE (or ${RECOVERY_KEY_ENV})",
    )  # fmt: skip


def recovery_key_of(args: argparse.Namespace) -> str | None:
    """The recovery key from --recovery-key-file or $VOMDESK_RECOVERY_KEY; None if neither."""
    path = getattr(args, "recovery_key_file", None)
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as error:
            raise BackupCommandFailed(
                f"cannot read the recovery key file: {error.strerror}"
            ) from error
    return os.environ.get(RECOVERY_KEY_ENV) or None


def backup_passphrase_of(store: OpenStore) -> str:
    """A separate backup passphrase: $VOMDESK_BACKUP_PASSPHRASE, else typed twice at a terminal."""
    passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV)
    if not passphrase:
        if not sys.stdin.isatty():
            raise BackupCommandFailed(
                f"no backup passphrase: set {BACKUP_PASSPHRASE_ENV} when not at a terminal"
            )
        passphrase = getpass.getpass("Backup passphrase: ")
        if getpass.getpass("Type it again: ") != passphrase:
            raise BackupCommandFailed("the two passphrases differ; nothing was backed up")
    settings = read_settings(store)
    verdict = judge_passphrase(
        passphrase, [str(settings[PROGRAM_NAME.key]), str(settings[MEDIATOR_NAME.key])]
    )
    if not verdict.acceptable:
        raise BackupCommandFailed("passphrase not accepted: " + " ".join(verdict.messages()))
    return passphrase


def run_backup(store: OpenStore, args: argparse.Namespace) -> int:
    separate = backup_passphrase_of(store) if getattr(args, "separate_passphrase", False) else None
    record = make_backup(store, args.to, FOLDER, backup_passphrase=separate)
    print(f"Backed up and verified: {record.location} ({record.cases} cases)")
    return 0


def check_backup_target(args: argparse.Namespace) -> None:
    """Refuse an unusable --to before the passphrase is asked."""
    target = Path(args.to)
    if target.exists() and not target.is_dir():
        raise BackupCommandFailed(f"{target} is not a folder")


def _secrets(args: argparse.Namespace, ask: AskPassphrase) -> tuple[str | None, str | None]:
    recovery_key = recovery_key_of(args)
    return (None, recovery_key) if recovery_key else (ask(), None)


def run_restore(args: argparse.Namespace, ask: AskPassphrase) -> int:
    if not args.data_dir:
        raise BackupCommandFailed("give the new, empty data folder with --data-dir NEWDIR")
    target = Path(args.data_dir)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise errors.RestoreTargetNotEmpty()  # refused before the passphrase is asked
    BackupFiles.at(args.backup)
    passphrase, recovery_key = _secrets(args, ask)
    summary = inspect_backup(args.backup, passphrase, recovery_key)
    made = summary.made_at.strftime("%Y-%m-%d %H:%M") if summary.made_at else "unknown"
    print(f"Backup made {made}, {summary.cases} cases")
    restore_backup(args.backup, target, passphrase=passphrase, recovery_key=recovery_key)
    print(f"Restored into {target}; open it with: vomdesk --data-dir {target}")
    return 0


def run_check_backup(args: argparse.Namespace, ask: AskPassphrase) -> int:
    BackupFiles.at(args.backup)  # a missing backup is reported before any prompt
    passphrase, recovery_key = _secrets(args, ask)
    problems = check_backup(args.backup, passphrase, recovery_key)
    if problems:
        for problem in problems:
            print(problem)
        return 1
    print("ok")
    return 0
