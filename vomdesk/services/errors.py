"""Errors a service raises, each with a message for the mediator that says what to do."""

from __future__ import annotations

from vomdesk.domain.translation import QT_TRANSLATE_NOOP, Translate, untranslated

_CONTEXT = "StoreErrors"


class StoreProblem(Exception):
    """Base of the errors shown to the mediator; ``text`` is English, marked for translation."""

    text = QT_TRANSLATE_NOOP("StoreErrors", "Something went wrong with the case records.")

    def message(self, translate: Translate = untranslated) -> str:
        return translate(_CONTEXT, self.text)

    def __str__(self) -> str:
        return self.message()


class WrongPassphrase(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "That passphrase does not open the case records. Check Caps Lock and the keyboard "
        "language, then try again. If you have forgotten it, use your recovery kit.",
    )


class WrongRecoveryKey(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "That recovery key does not open these case records. Check that the kit is the newest "
        "one printed for this computer.",
    )


class RecoveryKeyMistyped(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The recovery key has a typing mistake: compare each group with the printed kit.",
    )


class KeychainEmpty(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The computer's keychain no longer holds the key. Unlock with your passphrase; "
        "nothing is lost.",
    )


class NoStoreYet(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors", "There are no case records in this folder yet. Set up vomdesk first."
    )


class StoreExists(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors", "This folder already holds case records. Choose an empty folder."
    )


class KeyFileMissing(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The key file (vomdesk.keys) is missing beside the case records. Put it back from a "
        "backup of this folder; the records cannot be opened without it. Nothing was changed.",
    )


class DatabaseMissing(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The case records file (vomdesk.db) is missing beside its key file. Put it back from a "
        "backup of this folder. Nothing was changed.",
    )


class KeyFileDamaged(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The key file (vomdesk.keys) is damaged. Put it back from a backup of this folder. "
        "Nothing was changed.",
    )


class StoreMismatch(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The key file and the case records file do not belong together, or the records file is "
        "damaged. Put both back from the same backup. Nothing was changed.",
    )


class StoreTooNew(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "These case records were saved by a newer version of vomdesk. Install that version to "
        "open them. Nothing was changed.",
    )


class FolderNotWritable(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "vomdesk cannot write to the data folder. Check that the disk is not read-only and that "
        "you may write there. Nothing was changed.",
    )


class DiskFull(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The disk is full. Free some space and try again; what was saved before is safe.",
    )


class DiskTrouble(StoreProblem):
    """The disk refused a write without saying why (SQLite's "disk I/O error")."""

    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The disk could not be written: it may be full or failing. Nothing was written; what "
        "was saved before is safe. Free some space and try again.",
    )


class WeakPassphrase(StoreProblem):
    text = QT_TRANSLATE_NOOP("StoreErrors", "Choose a stronger passphrase.")


class InvalidSettings(StoreProblem):
    """Some settings cannot be saved; ``problems`` maps each key to its message."""

    text = QT_TRANSLATE_NOOP(
        "StoreErrors", "Some settings need correcting before they can be saved."
    )

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__()
        self.problems = problems


class StoreLocked(StoreProblem):
    text = QT_TRANSLATE_NOOP("StoreErrors", "The case records are locked. Unlock them first.")


class NotSaved(StoreProblem):
    """The database refused a write that is not the mediator's to fix (busy, damaged)."""

    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The change could not be saved just now; nothing was written. Try again in a moment.",
    )


class NeedsCorrection(StoreProblem):
    """Some fields need correcting; ``problems`` maps each field to its message (English)."""

    text = QT_TRANSLATE_NOOP("StoreErrors", "Some fields need correcting before saving.")

    def __init__(
        self, problems: dict[str, str], params: dict[str, dict[str, str]] | None = None
    ) -> None:
        super().__init__()
        self.problems = problems
        self.params = params or {}  # per field, the values for the message's {placeholders}


class CaseNotFound(StoreProblem):
    text = QT_TRANSLATE_NOOP("StoreErrors", "That case does not exist (any more).")


class ParticipantNotInCase(StoreProblem):
    text = QT_TRANSLATE_NOOP("StoreErrors", "That person does not take part in this case.")


class CaseClosed(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors", "This case is closed. Reopen it, with a reason, to change its records."
    )


class Clashes(StoreProblem):
    """The time chosen overlaps other appointments; ``labels`` name them (case numbers, times)."""

    text = QT_TRANSLATE_NOOP(
        "StoreErrors", "This time overlaps other appointments. Choose another time or confirm."
    )

    def __init__(self, labels: list[str]) -> None:
        super().__init__()
        self.labels = labels


class BackupNotVerified(StoreProblem):
    """A backup just written did not open, check or match the store: it was deleted."""

    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The backup could not be verified: nothing was kept. Check the disk and try again.",
    )


class BackupDamaged(StoreProblem):
    """A backup's files are cut short, altered or not a vomdesk backup."""

    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "This backup is damaged (cut short or altered) and cannot be used. Use another backup. "
        "Nothing was changed.",
    )


class BackupNotFound(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "There is no vomdesk backup there: choose the backup's folder (it holds vomdesk.db and "
        "vomdesk.keys). Nothing was changed.",
    )


class RestoreTargetNotEmpty(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors", "Restore only into a new, empty folder: nothing was overwritten."
    )


class PurgeRefused(StoreProblem):
    """A case that may not be purged; ``number`` names it, ``reason`` says why (English)."""

    text = QT_TRANSLATE_NOOP("StoreErrors", "Case {number} cannot be purged: {reason}")

    def __init__(self, number: str, reason: str) -> None:
        super().__init__()
        self.number = number
        self.reason = reason

    def message(self, translate: Translate = untranslated) -> str:
        return translate(_CONTEXT, self.text).format(
            number=self.number, reason=translate("Retention", self.reason)
        )


class CaseSealed(StoreProblem):
    text = QT_TRANSLATE_NOOP(
        "StoreErrors", "This case is sealed. Lift the seal, with a reason, to open it."
    )


class BackupNeedsItsPassphrase(StoreProblem):
    """A backup made with a separate passphrase carries no recovery slot."""

    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "This backup was made with its own backup passphrase: the recovery kit does not open it. "
        "Type the backup passphrase. Nothing was changed.",
    )


class BackupFolderNotWritable(FolderNotWritable):
    """The folder chosen for a backup cannot be written (not the data folder)."""

    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "vomdesk cannot write to the backup folder. Check that the disk or USB stick is plugged "
        "in, not read-only, and that you may write there. Nothing was kept.",
    )


class BackupDiskFull(DiskFull):
    """The disk of the folder chosen for a backup is full."""

    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The disk of the backup folder is full. Free some space there or choose another disk. "
        "Nothing was kept; the case records are safe.",
    )


class BackupDiskTrouble(DiskTrouble):
    """The disk of the folder chosen for a backup refused a write."""

    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The disk of the backup folder could not be written: it may be full, failing or "
        "unplugged. Nothing was kept; the case records are safe.",
    )
