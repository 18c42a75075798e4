"""The Agenda: upcoming sessions and planned meetings of every case, and a calendar file of them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

import qtawesome as qta
import shiboken6
from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services.calendar_file import write_calendar
from vomdesk.services.open_store import OpenStore
from vomdesk.services.sessions import AgendaEntry, agenda
from vomdesk.ui import prompts
from vomdesk.ui.events import app_events
from vomdesk.ui.models.agenda_table import AgendaTableModel
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import problem_text
from vomdesk.ui.widgets.row_table import set_up_row_table

log = logging.getLogger(__name__)

DEFAULT_DAYS = 30
RELOAD_ON = frozenset({"case", "settings"})  # what changes the agenda (venues are settings)


class AgendaTable(QTableView):
    """The agenda's table; Enter (or Return) or a double click opens the row's case."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            self._open(index.row())
            return
        super().mouseDoubleClickEvent(event)

    def _open(self, row: int) -> None:
        model = self.model()
        case_id = model.index(row, 0).data(AgendaTableModel.CASE_ID_ROLE)
        if case_id is not None:
            self.open_requested.emit(int(case_id))


class AgendaPage(QWidget):
    """What is coming; reads run in the background and an outdated answer is dropped."""

    open_case = Signal(int)
    loaded = Signal()  # the answer to the latest read is on screen

    def __init__(
        self,
        store: OpenStore,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._today = today
        self._generation = 0  # the latest read asked for
        self._shown_generation = -1  # the read whose rows are on screen
        self._shown_day: date | None = None
        self._stale = False
        self.model = AgendaTableModel(self)

        title = QLabel(self.tr("Agenda"))
        title.setObjectName("pageTitle")
        self.range_box = QComboBox()
        self.range_box.addItem(self.tr("Next 7 days"), 7)
        self.range_box.addItem(self.tr("Next 30 days"), DEFAULT_DAYS)
        self.range_box.addItem(self.tr("Next 90 days"), 90)
        self.range_box.addItem(self.tr("Everything ahead"), None)
        self.range_box.setCurrentIndex(self.range_box.findData(DEFAULT_DAYS))
        self.range_box.setAccessibleName(self.tr("Show"))
        self.range_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        range_label = QLabel(self.tr("&Show:"))
        range_label.setBuddy(self.range_box)
        self.calendar_button = QPushButton(
            qta.icon("mdi6.calendar-export-outline"), self.tr("Add to &calendar…")
        )
        self.calendar_button.setAccessibleName(self.tr("Add to calendar"))
        self.calendar_button.setToolTip(
            self.tr(
                "Write everything scheduled from today on to a calendar file (.ics): case "
                "numbers, times and venues only, never names"
            )
        )
        self.status = QLabel()
        self.status.setObjectName("help")
        self.status.setAccessibleName(self.tr("Agenda status"))
        self.calendar_status = QLabel()
        self.calendar_status.setObjectName("help")
        self.calendar_status.setWordWrap(True)
        self.calendar_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.calendar_status.setAccessibleName(self.tr("Calendar file"))
        self.calendar_status.hide()

        self.table = AgendaTable()
        self.table.setModel(self.model)
        self._set_up_table()
        self.empty_state = QWidget()
        self.empty_icon = QLabel()
        self.empty_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel(
            self.tr("Nothing scheduled. Sessions and planned meetings appear here once scheduled.")
        )
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("help")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty = QVBoxLayout(self.empty_state)
        empty.addStretch(1)
        empty.addWidget(self.empty_icon)
        empty.addWidget(self.empty_text)
        empty.addWidget(self.empty_hint)
        empty.addStretch(2)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_state)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(self.fontMetrics().horizontalAdvance("M"))
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addStretch(1)
        top.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignVCenter)
        choice = QHBoxLayout()
        choice.addWidget(range_label)
        choice.addWidget(self.range_box)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(choice)
        layout.addWidget(self.calendar_status)
        layout.addWidget(self.body, 1)
        QWidget.setTabOrder(self.range_box, self.table)
        QWidget.setTabOrder(self.table, self.calendar_button)
        self.setFocusProxy(self.table)

        self.range_box.currentIndexChanged.connect(self._range_changed)
        self.table.open_requested.connect(self.open_case)
        self.calendar_button.clicked.connect(self.add_to_calendar)
        app_events().data_changed.connect(self._data_changed)
        self.refresh()

    def _set_up_table(self) -> None:
        header = set_up_row_table(self.table, self.tr("Agenda"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.COL_PLACE, QHeaderView.ResizeMode.Stretch)

    # --- reading ----------------------------------------------------------------------
    def days(self) -> int | None:
        """The chosen range in days (None: everything ahead)."""
        chosen = self.range_box.currentData()
        return None if chosen is None else int(chosen)

    def refresh(self) -> None:
        """Read the agenda again for the chosen range, from today on."""
        self._stale = False
        self._generation += 1
        generation, store, days, today = self._generation, self.store, self.days(), self._today()
        run_in_background(
            lambda: agenda(store, today, days),
            on_done=lambda entries: self._show(generation, today, days, entries),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
        )

    def is_loading(self) -> bool:
        """True until the rows for the chosen range are on screen."""
        return self._shown_generation != self._generation

    def _show(
        self, generation: int, today: date, days: int | None, entries: list[AgendaEntry]
    ) -> None:
        if generation != self._generation:
            return  # an answer to a read that has since been replaced: never shown
        current = self.table.currentIndex()
        kept = None
        if current.isValid():
            entry = self.model.entry_at(current.row())
            kept = (entry.kind, entry.record_id)
        self.model.set_entries(entries)
        self._shown_generation, self._shown_day = generation, today
        if kept is not None and (row := self.model.row_of(*kept)) >= 0:
            self.table.setCurrentIndex(self.model.index(row, self.model.COL_WHAT))
        count = len(entries)
        if count:
            self.status.setText(
                self.tr("1 appointment")
                if count == 1
                else self.tr("{count} appointments").format(count=self.locale().toString(count))
            )
            self.body.setCurrentWidget(self.table)
        else:
            self.status.setText("")
            size = self.fontMetrics().height() * 3
            color = self.palette().color(QPalette.ColorRole.PlaceholderText)
            icon = qta.icon("mdi6.calendar-blank-outline", color=color)
            self.empty_icon.setPixmap(icon.pixmap(size, size))
            self.empty_hint.setText(
                ""
                if days is None
                else self.tr(
                    "This shows the next {count} days. Choose Everything ahead to see what comes "
                    "later."
                ).format(count=days)
            )
            self.empty_hint.setVisible(days is not None)
            self.body.setCurrentWidget(self.empty_state)
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._shown_generation = generation
        log.error("the agenda could not be read: %s", type(error).__name__)
        self.status.setText(problem_text(error))
        self.loaded.emit()

    # --- the calendar file --------------------------------------------------------------
    def add_to_calendar(self) -> None:
        """Ask where, then write everything scheduled from today on as a calendar file."""
        path = prompts.save_file_name(
            self,
            self.tr("Add to calendar"),
            Path.home() / self.tr("vomdesk-agenda.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".ics")
        store, today = self.store, self._today()
        self.calendar_button.setEnabled(False)
        self.calendar_status.setText(self.tr("Writing the calendar file…"))
        self.calendar_status.show()
        run_in_background(
            lambda: write_calendar(store, path, start=today),
            on_done=lambda count: self._calendar_written(path, count),
            on_error=self._calendar_failed,
            label=self.tr("Writing the calendar file…"),
            owner=self,
        )

    def _calendar_written(self, path: Path, count: int) -> None:
        self.calendar_button.setEnabled(True)
        where = QDir.toNativeSeparators(str(path))
        if count == 0:
            text = self.tr("Nothing is scheduled: wrote an empty calendar file to {file}.")
        elif count == 1:
            text = self.tr("Wrote 1 event to {file}.")
        else:
            text = self.tr("Wrote {count} events to {file}.")
        self.calendar_status.setText(text.format(count=self.locale().toString(count), file=where))

    def _calendar_failed(self, error: BaseException) -> None:
        self.calendar_button.setEnabled(True)
        log.error("the calendar file could not be written: %s", type(error).__name__)
        self.calendar_status.setText(
            self.tr("The calendar file was not written. {problem}").format(
                problem=problem_text(error)
            )
        )

    # --- reacting ---------------------------------------------------------------------
    def _range_changed(self, _index: int) -> None:
        self.refresh()

    def _data_changed(self, kind: str) -> None:
        if not shiboken6.isValid(self) or kind not in RELOAD_ON:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read again when the page is shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or (self._shown_day is not None and self._shown_day != self._today()):
            self.refresh()  # something changed meanwhile, or a new day began
