"""The unlocked workspace: navigation on the left, the chosen page on the right."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain import settings as setting
from vomdesk.services.open_store import OpenStore
from vomdesk.services.settings import read_settings
from vomdesk.ui import prompts
from vomdesk.ui.events import app_events
from vomdesk.ui.pages.settings_page import SettingsPage


class Workspace(QWidget):
    """Everything shown while the store is open; it is destroyed whole when the store locks."""

    lock_requested = Signal()

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.pages = QStackedWidget()
        self.settings_page = SettingsPage(store)
        self._add_page(self.settings_page, "mdi6.cog-outline", self.tr("Settings"))

        self.program_label = QLabel()
        self.program_label.setObjectName("programName")
        self.program_label.setWordWrap(True)
        self.lock_button = QPushButton(qta.icon("mdi6.lock-outline"), self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
        side = QVBoxLayout()
        side.addWidget(self.navigation, 1)
        side.addWidget(self.program_label)
        side.addWidget(self.lock_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addWidget(self.pages, 1)

        self.navigation.currentRowChanged.connect(self._navigate)
        self.lock_button.clicked.connect(self.lock_requested)
        app_events().data_changed.connect(self._refresh_program_name)
        self.navigation.setCurrentRow(0)
        self._refresh_program_name()

    def _add_page(self, page: QWidget, icon: str, title: str) -> None:
        item = QListWidgetItem(qta.icon(icon), title)
        item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 8))
        self.navigation.addItem(item)
        self.pages.addWidget(page)

    def _refresh_program_name(self, _kind: str = "") -> None:
        name = str(read_settings(self.store)[setting.PROGRAM_NAME.key])
        self.program_label.setText(name)

    def _navigate(self, row: int) -> None:
        current = self.pages.currentWidget()
        if current is self.pages.widget(row) or self.confirm_leave():
            self.pages.setCurrentIndex(row)
        else:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.pages.currentIndex())
            self.navigation.blockSignals(False)

    def confirm_leave(self) -> bool:
        """Ask before leaving unsaved changes; True when it is fine to go on."""
        page = self.settings_page
        if not page.is_dirty():
            return True
        answer = prompts.ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to the settings before leaving?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return page.save()
        if answer == QMessageBox.StandardButton.Discard:
            page.discard_draft()
            page.load()
            return True
        return False

    def keep_drafts(self) -> None:
        """Write any pending draft now (before locking or quitting)."""
        self.settings_page.drafts.flush()

    def focus_first(self) -> None:
        self.navigation.setFocus(Qt.FocusReason.OtherFocusReason)
