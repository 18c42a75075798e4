"""The unlocked workspace: navigation on the left, the chosen section on the right."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain import settings as setting
from vomdesk.services.open_store import OpenStore
from vomdesk.services.settings import read_settings
from vomdesk.ui.events import app_events
from vomdesk.ui.pages.agenda_page import AgendaPage
from vomdesk.ui.pages.cases_area import CasesArea
from vomdesk.ui.pages.monitoring_page import MonitoringPage
from vomdesk.ui.pages.settings_page import SettingsPage


class Workspace(QWidget):
    """Everything shown while the store is open; it is destroyed whole when the store locks."""

    lock_requested = Signal()
    attention = Signal(object)  # services.due.Attention, after each Monitoring read

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.pages = QStackedWidget()
        self.cases = CasesArea(store)
        self.agenda = AgendaPage(store)
        self.monitoring = MonitoringPage(store)
        self.settings_page = SettingsPage(store)
        self._add_page(self.cases, "mdi6.folder-account-outline", self.tr("Cases"))
        self._add_page(self.agenda, "mdi6.calendar-month-outline", self.tr("Agenda"))
        self._add_page(self.monitoring, "mdi6.clipboard-check-outline", self.tr("Monitoring"))
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
        self.agenda.open_case.connect(self.open_case)
        self.monitoring.open_case.connect(self.open_case)
        self.monitoring.attention.connect(self.attention)
        to_monitoring = QShortcut(QKeySequence("Ctrl+M"), self, self.show_monitoring)
        to_monitoring.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        app_events().data_changed.connect(self._refresh_program_name)
        new_referral = QShortcut(QKeySequence.StandardKey.New, self, self.new_referral)
        new_referral.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.navigation.setCurrentRow(0)
        self._refresh_program_name()

    def _add_page(self, page: QWidget, icon: str, title: str) -> None:
        item = QListWidgetItem(qta.icon(icon), title)
        item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 8))
        self.navigation.addItem(item)
        self.pages.addWidget(page)

    def _refresh_program_name(self, _kind: str = "") -> None:
        if not self.store.is_open:  # a locked store: this workspace is on its way out
            return
        name = str(read_settings(self.store)[setting.PROGRAM_NAME.key])
        self.program_label.setText(name)

    def _navigate(self, row: int) -> None:
        if self.pages.currentWidget() is self.pages.widget(row) or self.confirm_leave():
            self.pages.setCurrentIndex(row)
        else:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.pages.currentIndex())
            self.navigation.blockSignals(False)

    def new_referral(self) -> None:
        """Ctrl+N from anywhere in the workspace: the Cases section with a new referral."""
        if self.pages.currentWidget() is not self.cases:
            self.navigation.setCurrentRow(self.pages.indexOf(self.cases))
        if self.pages.currentWidget() is self.cases:
            self.cases.new_referral()

    def show_monitoring(self) -> None:
        """Ctrl+M, or the status bar's summary: the Monitoring section."""
        self.navigation.setCurrentRow(self.pages.indexOf(self.monitoring))

    def open_case(self, case_id: int) -> None:
        """Open a case from another section (the Agenda): the Cases section with that case."""
        if self.pages.currentWidget() is not self.cases:
            self.navigation.setCurrentRow(self.pages.indexOf(self.cases))
        if self.pages.currentWidget() is self.cases:
            self.cases.open_case(case_id)

    def confirm_leave(self) -> bool:
        """Ask the current section about unsaved changes; True when it is fine to go on."""
        current = self.pages.currentWidget()
        confirm = getattr(current, "confirm_leave", None)
        return True if confirm is None else bool(confirm())

    def keep_drafts(self) -> None:
        """Write any pending draft now (before locking or quitting)."""
        self.settings_page.keep_drafts()
        self.cases.keep_drafts()

    def focus_first(self) -> None:
        self.navigation.setFocus(Qt.FocusReason.OtherFocusReason)
