"""“Restore a backup…”: look inside first, then restore into a new, empty folder, never over one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services.backup_restore import BackupSummary, inspect_backup, restore_backup
from vomdesk.ui.dialogs.backup_dialogs import (
    FolderField,
    fit_height,
    holds_anything,
    size_text,
    when_text,
)
from vomdesk.ui.dialogs.busy_dialog import BusyDialog
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import problem_text
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.recovery_key_edit import RecoveryKeyEdit


class RestoreDialog(BusyDialog):
    """Backup folder, its passphrase or recovery key, a new empty folder; ``switch_to`` after.

    ``target`` is suggested as the new folder when it is empty or absent. ``no_store_open``:
    shown where no case records are open (first start, a store that is gone), so the intro and
    the last button speak of opening the restored records rather than switching to them.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        target: Path | None = None,
        no_store_open: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.restored: Path | None = None
        self.switch_to: Path | None = None
        self.summary: BackupSummary | None = None
        intro = QLabel(
            self.tr(
                "Restores a backup, for example from a USB stick, into a new, empty folder on "
                "this computer. You then open it with the backup's passphrase or recovery kit."
            )
            if no_store_open
            else self.tr(
                "Restores a backup into a new, empty folder. The case records open now are "
                "not changed."
            )
        )
        intro.setWordWrap(True)
        self.backup = FolderField(self.tr("Backup folder"), self.tr("C&hoose…"))
        self.by_passphrase = QRadioButton(self.tr("&Passphrase"))
        self.by_recovery_key = QRadioButton(self.tr("&Recovery key"))
        self.by_passphrase.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_passphrase)
        group.addButton(self.by_recovery_key)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("The backup's passphrase"))
        self.recovery_key = RecoveryKeyEdit()
        self.recovery_key.hide()
        self.look_button = QPushButton(self.tr("&Look inside"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.hide()
        self.target = FolderField(
            self.tr("New folder for the restored records"), self.tr("Ch&oose…")
        )
        self.target_message = FieldMessage()
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.message = FieldMessage()
        self.switch_button = QPushButton(
            self.tr("&Open the restored records")
            if no_store_open
            else self.tr("&Switch to the restored records now")
        )
        self.switch_button.hide()
        self.ok_button.setText(self.tr("Res&tore"))

        secrets = QHBoxLayout()
        secrets.addWidget(self.by_passphrase)
        secrets.addWidget(self.by_recovery_key)
        secrets.addStretch(1)
        look = QHBoxLayout()
        self.look_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        look.addWidget(self.look_button)
        look.addWidget(self.summary_label, 1)
        form = QFormLayout()
        form.addRow(self._buddy(self.tr("&Backup"), self.backup.edit), self.backup)
        form.addRow(self.tr("Open it with"), secrets)
        form.addRow("", self.passphrase)
        form.addRow("", self.recovery_key)
        form.addRow("", look)
        form.addRow(self._buddy(self.tr("&New folder"), self.target.edit), self.target)
        form.addRow("", self.target_message)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.switch_button)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

        for signal in (
            self.backup.changed,
            self.target.changed,
            self.passphrase.textChanged,
            self.recovery_key.changed,
            self.by_recovery_key.toggled,
        ):
            signal.connect(self._update)
        for signal in (
            self.backup.changed,
            self.by_recovery_key.toggled,
            self.passphrase.textChanged,
            self.recovery_key.changed,
        ):
            signal.connect(self._forget_summary)
        self.look_button.clicked.connect(self.look_inside)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.switch_button.clicked.connect(self._switch)
        if target is not None and not holds_anything(target):
            self.target.set_path(target)  # the usual data folder, still empty
        self._update()

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # --- state ------------------------------------------------------------------------------
    def _secrets(self) -> tuple[str | None, str | None]:
        if self.by_recovery_key.isChecked():
            return None, self.recovery_key.value()
        return self.passphrase.text(), None

    def _secret_ready(self) -> bool:
        if self.by_recovery_key.isChecked():
            return self.recovery_key.is_valid()
        return bool(self.passphrase.text())

    def _target_problem(self) -> str:
        target = self.target.path()
        if target is not None and holds_anything(target):
            return self.tr(
                "This folder is not empty. Choose a new, empty folder: a restore never "
                "writes over other files."
            )
        return ""

    def _update(self) -> None:
        if self.restored is not None:
            return
        by_key = self.by_recovery_key.isChecked()
        self.passphrase.setVisible(not by_key)
        self.recovery_key.setVisible(by_key)
        self.target_message.show_problem(self._target_problem())
        can_look = not self.busy and self.backup.path() is not None and self._secret_ready()
        self.look_button.setEnabled(can_look)
        self.ok_button.setEnabled(  # what the backup holds is shown before it is restored
            can_look
            and self.summary is not None
            and self.target.path() is not None
            and not self._target_problem()
        )
        self.ok_button.setToolTip(
            "" if self.summary is not None else self.tr("Look inside the backup first")
        )
        fit_height(self)

    def _forget_summary(self) -> None:
        self.summary = None
        self.summary_label.hide()
        self._update()

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.progress.setVisible(busy)
        for widget in (self.backup, self.by_passphrase, self.by_recovery_key, self.passphrase,
                       self.recovery_key, self.target):  # fmt: skip
            widget.setEnabled(not busy)
        self._update()

    # --- work -------------------------------------------------------------------------------
    def look_inside(self) -> None:
        backup = self.backup.path()
        if backup is None or not self._secret_ready() or self.busy:
            return
        passphrase, recovery_key = self._secrets()
        self._begin(self.tr("Opening the backup and checking it…"))
        run_in_background(
            lambda: inspect_backup(backup, passphrase, recovery_key),
            on_done=self._looked,
            on_error=self._failed,
            label=self.tr("Checking the backup…"),
            owner=self,
        )

    def _looked(self, summary: BackupSummary) -> None:
        self._end()
        self.summary = summary
        self.summary_label.setText(
            self.tr("Made {when} · {cases} cases · {size}").format(
                when=when_text(summary.made_at), cases=summary.cases, size=size_text(summary.size)
            )
        )
        self.summary_label.show()
        self._update()

    def start(self) -> None:
        if self.restored is not None:
            self.accept()
            return
        backup, target = self.backup.path(), self.target.path()
        if backup is None or target is None or not self._secret_ready() or self.busy:
            return
        if self._target_problem():  # refused before any work
            self._update()
            return
        passphrase, recovery_key = self._secrets()
        self._begin(self.tr("Restoring and checking the copy…"))

        known = self.summary

        def work() -> tuple[BackupSummary, Path]:
            summary = known or inspect_backup(backup, passphrase, recovery_key)
            folder = restore_backup(
                backup, target, passphrase=passphrase, recovery_key=recovery_key
            )
            return summary, folder

        run_in_background(
            work, on_done=self._restored, on_error=self._failed,
            label=self.tr("Restoring…"), owner=self,
        )  # fmt: skip

    def _begin(self, text: str) -> None:
        self.message.show_problem("")
        self.status.setText(text)
        self.status.show()
        self.set_busy(True)
        fit_height(self)

    def _end(self) -> None:
        self.set_busy(False)
        self.status.hide()

    def _failed(self, error: BaseException) -> None:
        self._end()
        self.message.show_problem(problem_text(error))
        fit_height(self)

    def _restored(self, result: tuple[BackupSummary, Path]) -> None:
        summary, folder = result
        self.restored = folder
        self.passphrase.clear()  # before the summary: a changed field forgets it
        self._end()
        self._looked(summary)
        self.status.setText(
            self.tr(
                "Restored into {folder} ({cases} cases). Open it with the backup's passphrase "
                "or recovery kit."
            ).format(folder=folder, cases=summary.cases)
        )
        self.status.show()
        for widget in (self.backup, self.by_passphrase, self.by_recovery_key, self.passphrase,
                       self.recovery_key, self.target, self.look_button):  # fmt: skip
            widget.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.switch_button.show()
        self.switch_button.setDefault(True)
        self.switch_button.setFocus()
        fit_height(self)

    def _switch(self) -> None:
        self.switch_to = self.restored
        self.accept()
