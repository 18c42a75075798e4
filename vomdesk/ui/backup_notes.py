"""Status-bar notes after unlocking: nothing backed up to another place for N days, and a data
folder in a cloud-sync or network folder. Worked out off the UI thread; never a dialog."""

from __future__ import annotations

import logging

import qtawesome as qta
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from vomdesk.domain.folder_kinds import FolderKind
from vomdesk.services.backup_log import reminder_due
from vomdesk.services.folder_kinds import kind_of_folder
from vomdesk.services.open_store import OpenStore
from vomdesk.ui.dialogs.backup_dialogs import data_folder_warning
from vomdesk.ui.dialogs.backup_to_dialog import BackupToDialog
from vomdesk.ui.operations import run_in_background

log = logging.getLogger(__name__)


class BackupNotes(QObject):
    """Owns the reminder button and the folder warning in ``bar``; ``check`` after each unlock."""

    def __init__(self, bar: QStatusBar, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.store: OpenStore | None = None
        self.reminder_button = QPushButton(qta.icon("mdi6.usb-flash-drive-outline"), "")
        self.reminder_button.setFlat(True)
        self.reminder_button.setToolTip(self.tr("Make a copy on a USB stick or another disk"))
        self.reminder_button.hide()
        self.folder_warning = QLabel()
        self.folder_warning.setObjectName("fieldProblem")
        self.folder_warning.setWordWrap(True)
        self.folder_warning.hide()
        bar.addWidget(self.reminder_button)
        bar.addWidget(self.folder_warning)
        self.reminder_button.clicked.connect(self.back_up)

    def check(self, store: OpenStore) -> None:
        """Work out both notes in the background and show them when they apply."""
        self.store = store

        def work() -> tuple[int | None, FolderKind | None]:
            return reminder_due(store), kind_of_folder(store.files.folder)

        def failed(error: BaseException) -> None:
            log.warning("the backup reminder could not be worked out: %s", type(error).__name__)

        run_in_background(work, on_done=self._show, on_error=failed, owner=self)

    def _show(self, result: tuple[int | None, FolderKind | None]) -> None:
        if self.store is None or not self.store.is_open:
            return  # locked meanwhile
        days, kind = result
        self.reminder_button.setVisible(days is not None)
        if days is not None:
            text = (
                self.tr("Nothing backed up to another place since yesterday — Back up to…")
                if days == 1
                else self.tr(
                    "Nothing backed up to another place for {days} days — Back up to…"
                ).format(days=days)
            )
            self.reminder_button.setText(text)
            self.reminder_button.setAccessibleName(text)
        warning = data_folder_warning(kind)
        self.folder_warning.setText(warning)
        self.folder_warning.setToolTip(str(self.store.files.folder))
        self.folder_warning.setVisible(bool(warning))

    def clear(self) -> None:
        self.store = None
        self.reminder_button.hide()
        self.folder_warning.hide()

    def back_up(self) -> None:
        if self.store is not None and self.store.is_open:
            BackupToDialog(self.store, self.window).exec()
