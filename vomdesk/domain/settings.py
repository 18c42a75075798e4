"""Every setting declared once: its type, default, label and whether it lives in the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from vomdesk.domain.case_numbers import DEFAULT_PATTERN, pattern_problem
from vomdesk.domain.translation import QT_TRANSLATE_NOOP

_CONTEXT = "Settings"


class Scope(Enum):
    """Where a setting is kept."""

    STORE = "store"  # inside the encrypted store: program details, rules
    COMPUTER = "computer"  # in a small plain file for this computer: needed before unlocking


@dataclass(frozen=True)
class Setting:
    """One setting: key, Python type, default, a translatable label and help text."""

    key: str
    kind: type
    default: Any
    label: str
    help: str = ""
    scope: Scope = Scope.STORE
    choices: tuple[tuple[str, str], ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    max_length: int = 200
    check: Callable[[Any], str | None] | None = field(default=None, compare=False)

    def problem(self, value: Any) -> str | None:
        """Why ``value`` cannot be saved for this setting (English, marked for translation)."""
        if not isinstance(value, self.kind) or (self.kind is int and isinstance(value, bool)):
            return QT_TRANSLATE_NOOP("Settings", "This value has the wrong form.")
        if isinstance(value, int):
            if self.minimum is not None and value < self.minimum:
                return QT_TRANSLATE_NOOP("Settings", "This number is too small.")
            if self.maximum is not None and value > self.maximum:
                return QT_TRANSLATE_NOOP("Settings", "This number is too large.")
        if isinstance(value, str) and len(value) > self.max_length:
            return QT_TRANSLATE_NOOP("Settings", "This text is too long.")
        if self.choices and value not in {code for code, _ in self.choices}:
            return QT_TRANSLATE_NOOP("Settings", "Choose one of the offered values.")
        return self.check(value) if self.check else None


PROGRAM_NAME = Setting(
    "program.name", str, "", QT_TRANSLATE_NOOP("Settings", "Program name"),
    QT_TRANSLATE_NOOP("Settings", "Shown on the letterhead of every document."), max_length=120,
)  # fmt: skip
PROGRAM_ADDRESS = Setting(
    "program.address", str, "", QT_TRANSLATE_NOOP("Settings", "Program address"), max_length=300
)
PROGRAM_PHONE = Setting(
    "program.phone", str, "", QT_TRANSLATE_NOOP("Settings", "Program phone"), max_length=40
)
PROGRAM_LOGO = Setting(
    "program.logo", str, "", QT_TRANSLATE_NOOP("Settings", "Program logo"),
    QT_TRANSLATE_NOOP("Settings", "A PNG image for the letterhead (at most 500 KB)."),
    max_length=700_000,  # base64 of 500 KB
)  # fmt: skip
MEDIATOR_NAME = Setting(
    "mediator.name", str, "", QT_TRANSLATE_NOOP("Settings", "Mediator name"),
    QT_TRANSLATE_NOOP("Settings", "Printed under the mediator's signature line."), max_length=120,
)  # fmt: skip
JUVENILE_AGE = Setting(
    "cases.juvenile_age", int, 18, QT_TRANSLATE_NOOP("Settings", "Juvenile age threshold"),
    QT_TRANSLATE_NOOP(
        "Settings", "An offender younger than this on the incident date makes the case juvenile."
    ),
    minimum=10, maximum=25,
)  # fmt: skip
CASE_NUMBER_PATTERN = Setting(
    "cases.number_pattern", str, DEFAULT_PATTERN,
    QT_TRANSLATE_NOOP("Settings", "Case number format"),
    QT_TRANSLATE_NOOP(
        "Settings", "YYYY is the year, NNN the running number: YYYY-NNN gives 2026-014."
    ),
    max_length=30, check=pattern_problem,
)  # fmt: skip
IN_PERSON_REQUIRED = Setting(
    "preparation.in_person_required", bool, True,
    QT_TRANSLATE_NOOP("Settings", "Meet each victim and offender in person before a joint session"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "Practice standards ask for it. Turn off only if your program's policy allows phone or "
        "video preparation; the change is recorded.",
    ),
)  # fmt: skip
GRACE_DAYS = Setting(
    "monitoring.grace_days", int, 14,
    QT_TRANSLATE_NOOP("Settings", "Grace period for a missed term (days)"),
    QT_TRANSLATE_NOOP(
        "Settings", "After this many days a missed payment or term is shown as missed."
    ),
    minimum=0, maximum=90,
)  # fmt: skip
AUTO_LOCK_MINUTES = Setting(
    "security.auto_lock_minutes", int, 5,
    QT_TRANSLATE_NOOP("Settings", "Lock after this many minutes without use"),
    QT_TRANSLATE_NOOP(
        "Settings", "What was typed and not saved comes back from its draft after unlocking."
    ),
    minimum=1, maximum=60,
)  # fmt: skip
BACKUP_DAILY = Setting(
    "backups.keep_daily", int, 7,
    QT_TRANSLATE_NOOP("Settings", "Daily automatic backups kept"), minimum=1, maximum=60,
)  # fmt: skip
BACKUP_WEEKLY = Setting(
    "backups.keep_weekly", int, 4,
    QT_TRANSLATE_NOOP("Settings", "Weekly automatic backups kept"), minimum=0, maximum=52,
)  # fmt: skip
BACKUP_MONTHLY = Setting(
    "backups.keep_monthly", int, 12,
    QT_TRANSLATE_NOOP("Settings", "Monthly automatic backups kept"), minimum=0, maximum=120,
)  # fmt: skip
BACKUP_REMINDER_DAYS = Setting(
    "backups.reminder_days", int, 7,
    QT_TRANSLATE_NOOP("Settings", "Remind me to back up to another place after (days)"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "Automatic backups stay on this computer; a lost laptop takes them with it.",
    ),
    minimum=1, maximum=90,
)  # fmt: skip
RETENTION_PURGE_YEARS = Setting(
    "retention.purge_after_years", int, 0,
    QT_TRANSLATE_NOOP("Settings", "Purge closed cases after (years, 0 = never)"),
    minimum=0, maximum=50,
)  # fmt: skip
RETENTION_SEAL_JUVENILE_YEARS = Setting(
    "retention.seal_juvenile_after_years", int, 0,
    QT_TRANSLATE_NOOP("Settings", "Seal closed juvenile cases after (years, 0 = never)"),
    minimum=0, maximum=50,
)  # fmt: skip
LANGUAGE = Setting(
    "ui.language", str, "en", QT_TRANSLATE_NOOP("Settings", "Language of the application"),
    scope=Scope.COMPUTER, choices=(("en", "English"), ("es", "Español")),
)  # fmt: skip

DATA_FOLDER = Setting(
    "data.folder", str, "", QT_TRANSLATE_NOOP("Settings", "Folder of the case records"),
    QT_TRANSLATE_NOOP("Settings", "Empty: the usual folder for this user."),
    scope=Scope.COMPUTER, max_length=4096,
)  # fmt: skip

ALL_SETTINGS: tuple[Setting, ...] = (
    PROGRAM_NAME,
    PROGRAM_ADDRESS,
    PROGRAM_PHONE,
    PROGRAM_LOGO,
    MEDIATOR_NAME,
    JUVENILE_AGE,
    CASE_NUMBER_PATTERN,
    IN_PERSON_REQUIRED,
    GRACE_DAYS,
    AUTO_LOCK_MINUTES,
    BACKUP_DAILY,
    BACKUP_WEEKLY,
    BACKUP_MONTHLY,
    BACKUP_REMINDER_DAYS,
    RETENTION_PURGE_YEARS,
    RETENTION_SEAL_JUVENILE_YEARS,
    LANGUAGE,
    DATA_FOLDER,
)
BY_KEY = {setting.key: setting for setting in ALL_SETTINGS}
