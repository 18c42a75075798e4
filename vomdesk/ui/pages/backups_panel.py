"""Settings > Backups: how many automatic backups to keep, the reminder, and the backup dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain import settings as setting
from vomdesk.services.backup_log import last_automatic_backup, last_outside_backup
from vomdesk.services.open_store import OpenStore
from vomdesk.store.models import BackupRecord
from vomdesk.ui.dialogs.backup_dialogs import when_text
from vomdesk.ui.dialogs.backup_log_dialog import BackupLogDialog
from vomdesk.ui.dialogs.backup_restore_dialog import RestoreDialog
from vomdesk.ui.dialogs.backup_to_dialog import BackupToDialog
from vomdesk.ui.events import app_events
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import domain_text

AddRow = Callable[[QFormLayout, str, QWidget, setting.Setting], None]


class BackupsPanel(QGroupBox):
    """The Backups group; the settings page reads and fills its four numbers."""

    def __init__(self, store: OpenStore, add_row: AddRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.store = store
        self.daily = self._spin(setting.BACKUP_DAILY)
        self.weekly = self._spin(setting.BACKUP_WEEKLY)
        self.monthly = self._spin(setting.BACKUP_MONTHLY)
        self.reminder_days = self._spin(setting.BACKUP_REMINDER_DAYS)
        form = QFormLayout()
        add_row(form, self.tr("Dail&y backups kept"), self.daily, setting.BACKUP_DAILY)
        add_row(form, self.tr("Weekly backups kept"), self.weekly, setting.BACKUP_WEEKLY)
        add_row(form, self.tr("Monthly backups kept"), self.monthly, setting.BACKUP_MONTHLY)
        add_row(
            form, self.tr("Remind me after (days)"), self.reminder_days,
            setting.BACKUP_REMINDER_DAYS,
        )  # fmt: skip
        self.latest = QLabel()
        self.latest.setWordWrap(True)
        self.back_up_button = QPushButton(self.tr("Back up to…"))
        self.back_up_button.setToolTip(
            self.tr("An encrypted, verified copy on a USB stick or another disk")
        )
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.setToolTip(self.tr("Into a new, empty folder; nothing is overwritten"))
        self.log_button = QPushButton(self.tr("Backups made…"))
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.log_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.latest)
        layout.addLayout(buttons)
        self.back_up_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore)
        self.log_button.clicked.connect(lambda: BackupLogDialog(self.store, self).exec())
        app_events().data_changed.connect(self._changed)
        self.show_latest()

    def _spin(self, definition: setting.Setting) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(definition.minimum or 0, definition.maximum or 999)
        spin.setAccessibleName(domain_text(definition.label))
        spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 8 + 40)
        return spin

    def spins(self) -> dict[str, QSpinBox]:
        return {
            setting.BACKUP_DAILY.key: self.daily,
            setting.BACKUP_WEEKLY.key: self.weekly,
            setting.BACKUP_MONTHLY.key: self.monthly,
            setting.BACKUP_REMINDER_DAYS.key: self.reminder_days,
        }

    def values(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins().items()}

    def fill(self, values: dict[str, object]) -> None:
        for key, spin in self.spins().items():
            spin.setValue(int(str(values.get(key, setting.BY_KEY[key].default))))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.store.is_open:  # the automatic backup may have been made meanwhile
            self.show_latest()

    # --- the latest backups ---------------------------------------------------------------
    def _changed(self, kind: str) -> None:
        if kind == "backups" and self.store.is_open:
            self.show_latest()

    def show_latest(self) -> None:
        """The newest copy outside the data folder and the newest automatic backup, read off
        the UI thread (a location on an unplugged or network disk may be slow to look at)."""
        store = self.store
        run_in_background(
            lambda: (last_outside_backup(store), last_automatic_backup(store)),
            on_done=lambda found: self._show_latest(*found),
            on_error=lambda _error: self.latest.setText(""),
            owner=self,
        )

    def _show_latest(self, outside: BackupRecord | None, automatic: BackupRecord | None) -> None:
        lines = [
            self.tr("Last copy to another place: {what}").format(what=self._describe(outside))
            if outside
            else self.tr("No copy has been made to another place yet."),
            self.tr("Last automatic backup: {what}").format(what=self._describe(automatic))
            if automatic
            else self.tr("No automatic backup yet."),
        ]
        self.latest.setText("\n".join(lines))

    def _describe(self, record: BackupRecord) -> str:
        verified = self.tr("verified") if record.verified else self.tr("not verified")
        return self.tr("{when}, {where} ({verified}, {cases} cases)").format(
            when=when_text(record.made_at), where=record.location, verified=verified,
            cases=record.cases,
        )  # fmt: skip

    # --- the dialogs --------------------------------------------------------------------------
    def back_up(self) -> None:
        BackupToDialog(self.store, self).exec()

    def restore(self) -> None:
        dialog = RestoreDialog(self)
        if dialog.exec() and dialog.switch_to is not None:
            app_events().switch_data_folder.emit(dialog.switch_to)
