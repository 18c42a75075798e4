"""The main window: the unlock screen or the workspace, Lock now, and the status bar."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from vomdesk.domain import settings as setting
from vomdesk.services.backups import backup_if_due, backup_on_close
from vomdesk.services.data_folder import remember_data_folder
from vomdesk.services.due import Attention
from vomdesk.services.open_store import OpenStore
from vomdesk.services.settings import read_settings
from vomdesk.services.unlock import Unlocker
from vomdesk.ui import prompts
from vomdesk.ui.backup_notes import BackupNotes
from vomdesk.ui.events import app_events
from vomdesk.ui.idle_lock import IdleLock
from vomdesk.ui.operations import background_work_running, run_in_background
from vomdesk.ui.pages.unlock_page import UnlockPage
from vomdesk.ui.pages.workspace import Workspace
from vomdesk.ui.session_watch import SessionWatch
from vomdesk.ui.texts import problem_text

log = logging.getLogger(__name__)
WAIT_FOR_WORK_MS = 120_000  # a backup of a large store takes seconds; never wait forever


class MainWindow(QMainWindow):
    """Holds the open store (if any) and swaps between unlock screen and workspace."""

    def __init__(self, unlocker: Unlocker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("vomdesk")
        self.unlocker = unlocker
        self.store: OpenStore | None = None
        self.workspace: Workspace | None = None
        self._copied_here: str | None = None
        self.stack = QStackedWidget()
        self.unlock_page = UnlockPage(unlocker)
        self.stack.addWidget(self.unlock_page)
        self.setCentralWidget(self.stack)

        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)

        self.saved_label = QLabel()
        self.busy_label = QLabel()
        self.lock_state = QLabel()
        self.attention_button = QPushButton()  # "3 things need attention today — see Monitoring"
        self.attention_button.setFlat(True)
        self.attention_button.setToolTip(self.tr("Open Monitoring (Ctrl+M)"))
        self.attention_button.hide()
        self.attention_button.clicked.connect(self._go_to_monitoring)
        bar = self.statusBar()
        bar.addWidget(self.saved_label)
        bar.addWidget(self.attention_button)
        self.backup_notes = BackupNotes(bar, self)  # backup reminder, cloud/network folder
        bar.addWidget(self.busy_label, 1)
        bar.addPermanentWidget(self.lock_state)
        app_events().saved.connect(self._show_saved)
        app_events().data_changed.connect(self._settings_changed)
        app_events().switch_data_folder.connect(self.switch_data_folder)
        self.idle_lock: IdleLock | None = None
        self.session_watch = SessionWatch(
            self, has_store_open=lambda: self.store is not None
        )  # the computer's session locks or sleeps
        self.session_watch.lock_now.connect(self.lock)
        app_events().busy.connect(self.busy_label.setText)
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)

        self.unlock_page.unlocked.connect(self.show_workspace)
        self._show_locked()
        self.resize(1100, 720)

    # --- unlocking and locking -----------------------------------------------------------
    def show_workspace(self, store: OpenStore) -> None:
        if self.store is not None:  # already open (keychain and passphrase both succeeded)
            if store is not self.store:
                store.close()
            return
        self.store = store
        self.workspace = Workspace(store)
        self.workspace.lock_requested.connect(self.lock)
        self.workspace.attention.connect(self._show_attention)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.lock_action.setEnabled(True)
        self.lock_state.setText(self.tr("Unlocked"))
        self.workspace.focus_first()
        self._start_idle_lock(store)
        self.session_watch.hold_sleep(True)  # sleep waits until the store is locked
        self.backup_notes.check(store)
        run_in_background(  # the daily automatic backup, once a day, off the UI thread
            lambda: backup_if_due(store),
            on_done=lambda _record: None,
            on_error=lambda error: log.warning("daily backup failed: %s", type(error).__name__),
            label=self.tr("Backing up…"),
            owner=self,
        )

    def _start_idle_lock(self, store: OpenStore) -> None:
        """Lock after the program's idle time; the setting is read again when it changes."""
        minutes = int(str(read_settings(store).get(setting.AUTO_LOCK_MINUTES.key, 5)))
        if self.idle_lock is None:
            self.idle_lock = IdleLock(minutes, self)
            self.idle_lock.idle.connect(self.lock)
        else:
            self.idle_lock.set_minutes(minutes)

    def _settings_changed(self, kind: str) -> None:
        if kind == "settings" and self.store is not None and self.store.is_open:
            self._start_idle_lock(self.store)
        if kind in ("settings", "backups") and self.store is not None and self.store.is_open:
            self.backup_notes.check(self.store)

    def lock(self) -> None:
        """Close the store, drop every widget that showed case data, and clear our clipboard."""
        if self.idle_lock is not None:
            self.idle_lock.stop()
            self.idle_lock.deleteLater()
            self.idle_lock = None
        if self.store is None:
            return
        self._finish_background_work()
        if self.workspace is not None:
            self.workspace.keep_drafts()
            self.stack.removeWidget(self.workspace)
            self.workspace.hide()
            self.workspace.setParent(None)  # out of the window now, destroyed at the next turn
            self.workspace.deleteLater()
            self.workspace = None
        self.unlocker.lock(self.store)
        self.store = None
        self.session_watch.hold_sleep(False)
        self._clear_own_clipboard()
        self._show_locked()

    def _finish_background_work(self) -> None:
        """Let work on the open store (the daily backup) finish: never close it underneath."""
        if not background_work_running():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            QThreadPool.globalInstance().waitForDone(WAIT_FOR_WORK_MS)
        finally:
            QApplication.restoreOverrideCursor()

    def _show_locked(self) -> None:
        self.attention_button.hide()
        self.backup_notes.clear()
        self.lock_action.setEnabled(False)
        self.lock_state.setText(self.tr("Locked"))
        self.saved_label.clear()
        self.unlock_page.refresh()
        self.stack.setCurrentWidget(self.unlock_page)

    def switch_data_folder(self, folder: Path) -> None:
        """Open another data folder (a restored store): lock this one, remember the new one for
        the next start, and show its unlock screen."""
        if self.workspace is not None and not self.workspace.confirm_leave():
            return
        try:
            remember_data_folder(folder)
        except (OSError, ValueError) as error:
            log.warning("the chosen data folder could not be remembered: %s", type(error).__name__)
            prompts.show_error(
                self,
                self.tr("Switch to the restored records"),
                self.tr("vomdesk could not remember the folder for the next start: {error}").format(
                    error=problem_text(error)
                ),
            )
        self.lock()
        self.unlocker = Unlocker(Path(folder))
        self.unlock_page.unlocker = self.unlocker
        self._show_locked()

    # --- clipboard ------------------------------------------------------------------------
    def _clipboard_changed(self) -> None:
        """Remember text copied while vomdesk had the focus: that text came from vomdesk."""
        if QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            self._copied_here = QGuiApplication.clipboard().text()

    def _clear_own_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        ours = clipboard.ownsClipboard() or (
            self._copied_here is not None and clipboard.text() == self._copied_here
        )
        if ours:
            clipboard.clear()
        self._copied_here = None

    # --- status ---------------------------------------------------------------------------
    def _show_saved(self, when: datetime) -> None:
        self.saved_label.setText(self.tr("Saved {time}").format(time=when.strftime("%H:%M")))

    def _go_to_monitoring(self) -> None:
        if self.workspace is not None:
            self.workspace.show_monitoring()

    def _show_attention(self, seen: Attention) -> None:
        """A short, non-modal note of what needs attention today (never a dialog)."""
        count = seen.total
        self.attention_button.setVisible(count > 0)
        text = (
            self.tr("1 thing needs attention today — see Monitoring")
            if count == 1
            else self.tr("{count} things need attention today — see Monitoring").format(count=count)
        )
        self.attention_button.setText(text)
        self.attention_button.setAccessibleName(text)

    # --- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None and not self.workspace.confirm_leave():
            event.ignore()
            return
        if self.store is not None and self.store.is_open:
            self._finish_background_work()  # the daily backup, if it is still being written
            self._backup_on_close(self.store)
        self.lock()
        event.accept()

    def _backup_on_close(self, store: OpenStore) -> None:
        """An automatic, verified backup as the app closes; a failure never stops closing."""
        self.statusBar().showMessage(self.tr("Backing up before closing…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backup_on_close(store)
        except Exception as error:  # the app must close all the same; the next start retries
            log.warning("backup on close failed: %s", type(error).__name__)
        finally:
            QApplication.restoreOverrideCursor()
