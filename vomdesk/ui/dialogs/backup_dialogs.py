"""Pieces the backup dialogs share: a folder field with a chooser, and how backups are described."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from vomdesk.domain.folder_kinds import FolderKind, Mount
from vomdesk.services.backup_log import is_inside
from vomdesk.services.folder_kinds import kind_of_folder


class FolderField(QWidget):
    """A folder typed or chosen with the system's folder dialog; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, accessible_name: str, choose_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.choose_button = QPushButton(choose_text)
        self.choose_button.setAccessibleName(
            accessible_name + " — " + QCoreApplication.translate("BackupDialogs", "choose")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        self.edit.textChanged.connect(self.changed)
        self.choose_button.clicked.connect(self.choose)

    def choose(self) -> None:
        start = self.edit.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.edit.accessibleName(), start)
        if chosen:
            self.set_path(Path(chosen))

    def set_path(self, path: Path | str) -> None:
        self.edit.setText(str(path))

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


def holds_anything(folder: Path) -> bool:
    """True when ``folder`` is a file, or a folder with anything in it (even hidden files)."""
    try:
        return folder.exists() and (not folder.is_dir() or any(folder.iterdir()))
    except OSError:
        return True


def target_warnings(folder: Path, data_folder: Path, mounts: list[Mount]) -> list[str]:
    """What to say about a folder chosen for a backup (warnings, never refusals)."""
    notes: list[str] = []
    if is_inside(folder, data_folder):
        notes.append(
            QCoreApplication.translate(
                "BackupDialogs",
                "This folder is inside the data folder, on this computer: the copy is lost "
                "with it. This does not protect against a lost laptop.",
            )
        )
    kind = kind_of_folder(folder, mounts)
    if kind is FolderKind.CLOUD_SYNC:
        notes.append(
            QCoreApplication.translate(
                "BackupDialogs",
                "This folder is synced to a cloud service. The backup is encrypted, so this is "
                "fine for a copy, but the service keeps copies that you cannot purge later.",
            )
        )
    elif kind is FolderKind.NETWORK:
        notes.append(
            QCoreApplication.translate(
                "BackupDialogs",
                "This is a network folder. Fine for a copy if the connection holds; the backup "
                "is verified after it is written.",
            )
        )
    return notes


def data_folder_warning(kind: FolderKind | None) -> str:
    """What to say when the case records themselves are in a cloud-sync or network folder."""
    if kind is FolderKind.CLOUD_SYNC:
        return QCoreApplication.translate(
            "BackupDialogs",
            "The case records are in a cloud-sync folder: the sync service keeps copies that "
            "vomdesk cannot purge. Move the data folder to this computer's own disk.",
        )
    if kind is FolderKind.NETWORK:
        return QCoreApplication.translate(
            "BackupDialogs",
            "The case records are in a network folder: a dropped connection can damage them. "
            "Move the data folder to this computer's own disk.",
        )
    return ""


def when_text(moment: datetime | None) -> str:
    if moment is None:
        return QCoreApplication.translate("BackupDialogs", "unknown")
    local = moment.astimezone()
    return local.strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def fit_height(dialog: QDialog) -> None:
    """Let a dialog take the height its wrapped messages need, once the layout has settled."""

    def fit() -> None:
        layout = dialog.layout()
        if layout is None:
            return
        width = dialog.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        needed = max(needed, layout.totalSizeHint().height())
        if needed > dialog.height() or needed < dialog.height() - 4:
            dialog.resize(width, needed)

    QTimer.singleShot(0, dialog, fit)
