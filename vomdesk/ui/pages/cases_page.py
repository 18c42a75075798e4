"""The case list: search as you type, filter chips, a sortable table fetched page by page."""

from __future__ import annotations

import dataclasses
import logging
from datetime import date
from itertools import pairwise

import qtawesome as qta
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.referrals import SOURCE_LABELS
from vomdesk.domain.stages import NEXT_STEP_LABELS, Stage
from vomdesk.services import errors
from vomdesk.services.case_list import CasePage, filter_years, list_cases, search_filter
from vomdesk.services.open_store import OpenStore
from vomdesk.store.case_repository import CaseFilter
from vomdesk.ui.events import app_events
from vomdesk.ui.models.case_table import CaseTableModel, short_date, source_label, stage_label
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import deadline_kind_label, domain_text
from vomdesk.ui.widgets.case_table_view import CaseTable
from vomdesk.ui.widgets.row_table import set_up_row_table

log = logging.getLogger(__name__)

PAGE_SIZE = 200
DEBOUNCE_MS = 150
SLOW_QUERY_MS = 400  # after this long, the status line says the search is still running
OPEN = "open"  # the stage filter's choice of every stage but closed
OPEN_STAGES = tuple(stage.value for stage in Stage if stage is not Stage.CLOSED)


class CasesPage(QWidget):
    """The list of cases; queries run in the background and an outdated answer is dropped."""

    open_case = Signal(int)
    new_referral = Signal()
    loaded = Signal()  # the first page of the latest query is on screen

    def __init__(
        self,
        store: OpenStore,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.page_size = page_size
        self._generation = 0  # the latest query asked for
        self._shown_generation = -1  # the query whose rows are on screen
        self._shown_query: CaseFilter | None = None
        self._asked: CaseFilter | None = None
        self._stale = False
        self.model = CaseTableModel(self._fetch_page, self)

        title = QLabel(self.tr("Cases"))
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(qta.icon("mdi6.plus"), self.tr("New referral"))
        self.new_button.setToolTip(self.tr("Record a new referral (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New referral"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search names, case numbers, court numbers, referral sources")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(100)
        self.search.addAction(qta.icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setToolTip(self.tr("Search cases (Ctrl+F)"))

        self.stage_filter = self._chip(self.tr("Stage"))
        self.stage_filter.addItem(self.tr("Any stage"), "")
        self.stage_filter.addItem(self.tr("Open cases"), OPEN)
        for stage in Stage:
            self.stage_filter.addItem(stage_label(stage), stage.value)
        self.juvenile_filter = self._chip(self.tr("Juvenile or adult"))
        self.juvenile_filter.addItem(self.tr("Juvenile or adult"), None)
        self.juvenile_filter.addItem(self.tr("Juvenile"), True)
        self.juvenile_filter.addItem(self.tr("Adult"), False)
        self.year_filter = self._chip(self.tr("Year received"))
        self.year_filter.addItem(self.tr("Any year"), None)
        self.source_filter = self._chip(self.tr("Referral source"))
        self.source_filter.addItem(self.tr("Any referral source"), None)
        for source, label in SOURCE_LABELS.items():
            self.source_filter.addItem(QCoreApplication.translate("Referrals", label), source.value)
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.setObjectName("link")
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_filters_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_filters_button.hide()
        self.status = QLabel()
        self.status.setObjectName("help")
        self.status.setAccessibleName(self.tr("Search result"))

        self.table = CaseTable(self.model.COL_PARTIES)
        self.table.setModel(self.model)
        self._set_up_table()
        self.empty_state = QWidget()
        self.empty_icon = QLabel()
        self.empty_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setAccessibleName(self.tr("No cases to show"))
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("help")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_all_button = QPushButton(self.tr("Clear the search and the filters"))
        self.clear_all_button.setObjectName("link")
        self.clear_all_button.setAccessibleName(self.tr("Clear the search and the filters"))
        self.clear_all_button.setCursor(Qt.CursorShape.PointingHandCursor)
        empty = QVBoxLayout(self.empty_state)
        empty.addStretch(1)
        empty.addWidget(self.empty_icon)
        empty.addWidget(self.empty_text)
        empty.addWidget(self.empty_hint)
        empty.addWidget(self.clear_all_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addStretch(2)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_state)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(self.fontMetrics().horizontalAdvance("M"))
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addStretch(1)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignVCenter)
        chips = QHBoxLayout()
        for chip in self._filters():
            chips.addWidget(chip)
        chips.addWidget(self.clear_filters_button)
        chips.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addLayout(chips)
        layout.addWidget(self.body, 1)
        order = [self.search, *self._filters(), self.clear_filters_button, self.table]
        for first, second in pairwise([*order, self.new_button]):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.table)

        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self.search_now)
        self._slow = QTimer(self, singleShot=True, interval=SLOW_QUERY_MS)
        self._slow.timeout.connect(self._still_searching)
        self.search.textChanged.connect(self._search_edited)
        self.search.installEventFilter(self)
        for chip in self._filters():
            chip.currentIndexChanged.connect(self._filters_changed)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.clear_all_button.clicked.connect(self.clear_search_and_filters)
        self.new_button.clicked.connect(self.new_referral)
        self.table.open_requested.connect(self.open_case)
        self.model.sort_requested.connect(self._sort_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable_indicator)
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        app_events().data_changed.connect(self._data_changed)
        self.refresh()

    # --- building ---------------------------------------------------------------------
    def _chip(self, name: str) -> QComboBox:
        chip = QComboBox()
        chip.setAccessibleName(name)
        chip.setToolTip(name)
        chip.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return chip

    def _filters(self) -> list[QComboBox]:
        return [self.stage_filter, self.juvenile_filter, self.year_filter, self.source_filter]

    def _set_up_table(self) -> None:
        table, model = self.table, self.model
        header = set_up_row_table(table, self.tr("Cases"))
        table.setAlternatingRowColors(True)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(model.COL_NUMBER, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        table.setSortingEnabled(True)  # a header click calls model.sort(), which re-queries
        metrics = table.fontMetrics()
        bold = QFont(table.font())
        bold.setBold(True)
        padding = metrics.horizontalAdvance("M") * 2  # cell margins
        arrow = metrics.horizontalAdvance("M")  # room for the sort arrow beside a header
        sample = short_date(date(2026, 12, 28))
        widest = {
            model.COL_NUMBER: ["2026-00000"],
            model.COL_STAGE: [stage_label(stage) for stage in Stage],
            model.COL_NEXT: [domain_text(text) for text in NEXT_STEP_LABELS.values()],
            model.COL_JUVENILE: [self.tr("Juvenile"), self.tr("Adult")],
            model.COL_RECEIVED: [sample],
            model.COL_DUE: [],  # measured in bold below: a past due date is shown in bold
            model.COL_SOURCE: [source_label(source.value) for source in SOURCE_LABELS],
        }
        for column, texts in widest.items():
            header_text = str(model.headerData(column, Qt.Orientation.Horizontal))
            heading = metrics.horizontalAdvance(header_text)
            heading += arrow if column in model.SORT_KEYS else 0
            width = max([heading, *(metrics.horizontalAdvance(t) for t in texts)])
            if column == model.COL_SOURCE:  # long labels are elided; the tooltip has them whole
                width = min(width, metrics.horizontalAdvance("M") * 10)
            table.setColumnWidth(column, width + padding)
        typical = f"{deadline_kind_label('report_due')} {sample}"
        due = QFontMetrics(bold).horizontalAdvance(typical)
        table.setColumnWidth(model.COL_DUE, due + padding)
        table.fill_minimum = metrics.horizontalAdvance("Fernández L. / Castañeda M.")
        table.fit_fill_column()

    # --- querying ---------------------------------------------------------------------
    def current_filter(self, offset: int = 0) -> CaseFilter:
        """What the search field, the filters and the sort order ask for, one page long."""
        return search_filter(
            self.search.text(),
            stages=self._chosen_stages(),
            juvenile=self.juvenile_filter.currentData(),
            year=self.year_filter.currentData(),
            source_type=self.source_filter.currentData(),
            sort=self.model.sort_key,
            descending=self.model.descending,
            offset=offset,
            limit=self.page_size,
        )

    def _chosen_stages(self) -> tuple[str, ...]:
        chosen = self.stage_filter.currentData() or ""
        if chosen == OPEN:
            return OPEN_STAGES
        return (chosen,) if chosen else ()

    def refresh(self) -> None:
        """Run the current query again from the first page, and reload the years on offer."""
        self._stale = False
        self.search_now(force=True)
        self._load_years()

    def search_now(self, force: bool = False) -> None:
        """Start the query for what is typed and chosen now (without waiting for the debounce)."""
        self._debounce.stop()
        query = self.current_filter()
        if query == self._asked and not force:
            return
        self._asked = query
        self._generation += 1
        generation, store, typed = self._generation, self.store, self.search.text().strip()
        self._slow.start()
        run_in_background(
            lambda: list_cases(store, query, with_total=True),
            on_done=lambda page: self._first_page(generation, query, typed, page),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
        )

    def is_loading(self) -> bool:
        """True until the rows for what is typed and chosen now are on screen."""
        return self._debounce.isActive() or self._shown_generation != self._generation

    def _fetch_page(self, offset: int) -> None:
        """The model wants the rows after ``offset`` (the view scrolled to the bottom)."""
        if self._shown_query is None:
            self.model.fetch_failed()
            return
        generation, store = self._shown_generation, self.store
        query = dataclasses.replace(self._shown_query, offset=offset)
        run_in_background(
            lambda: list_cases(store, query, with_total=False),
            on_done=lambda page: self._next_page(generation, offset, page),
            on_error=lambda error: self._failed(generation, error, paging=True),
            owner=self,
        )

    def _first_page(self, generation: int, query: CaseFilter, typed: str, page: CasePage) -> None:
        if generation != self._generation:
            return  # an answer to a query that has since been replaced: never shown
        self._slow.stop()
        current = self.table.currentIndex()
        selected = self.model.row_at(current).id if current.isValid() else None
        self.model.set_rows(page.rows, page.total)
        self._shown_generation, self._shown_query = generation, query
        if selected is not None and (row := self.model.row_of_case(selected)) >= 0:
            self.table.setCurrentIndex(self.model.index(row, self.model.COL_NUMBER))
        self._show_result(query, typed, page.total)
        self.loaded.emit()

    def _next_page(self, generation: int, offset: int, page: CasePage) -> None:
        if generation != self._shown_generation or self.model.rowCount() != offset:
            self.model.fetch_failed()  # the list was replaced meanwhile
            return
        self.model.append_rows(page.rows)

    def _failed(self, generation: int, error: BaseException, *, paging: bool = False) -> None:
        if paging:
            self.model.fetch_failed()
            if generation != self._shown_generation:
                return  # a page of a list that has since been replaced
        elif generation != self._generation:
            return
        else:
            self._slow.stop()
            self._shown_generation = generation
        log.error("the case list could not be read: %s", type(error).__name__)
        if isinstance(error, errors.StoreProblem):
            text = error.message(QCoreApplication.translate)
        else:
            text = self.tr("The case list could not be read. Try again in a moment.")
        self.status.setText(text)
        self.loaded.emit()

    def _still_searching(self) -> None:
        if self.is_loading():
            self.status.setText(self.tr("Searching…"))

    def _load_years(self) -> None:
        store = self.store
        run_in_background(
            lambda: filter_years(store),
            on_done=self._set_years,
            on_error=lambda error: log.error("no years for the filter: %s", type(error).__name__),
            owner=self,
        )

    def _set_years(self, years: list[int]) -> None:
        chosen = self.year_filter.currentData()
        with QSignalBlocker(self.year_filter):
            while self.year_filter.count() > 1:
                self.year_filter.removeItem(1)
            for year in years:
                self.year_filter.addItem(str(year), year)
            index = self.year_filter.findData(chosen) if chosen is not None else 0
            self.year_filter.setCurrentIndex(max(index, 0))
        if chosen is not None and self.year_filter.currentData() is None:
            self._filters_changed()  # the chosen year has no cases any more

    # --- showing ----------------------------------------------------------------------
    def _show_result(self, query: CaseFilter, typed: str, total: int) -> None:
        filtered = bool(query.stages or query.juvenile is not None or query.year)
        filtered = filtered or bool(query.source_type)
        if total:
            count = self.locale().toString(total)
            self.status.setText(
                self.tr("1 case") if total == 1 else self.tr("{count} cases").format(count=count)
            )
            self.body.setCurrentWidget(self.table)
            return
        size = self.fontMetrics().height() * 3
        if not query.words and not filtered:
            self.status.setText("")
            self.empty_icon.setPixmap(self._icon("mdi6.folder-open-outline", size))
            self.empty_text.setText(
                self.tr("No cases yet. Record the first referral with New referral (Ctrl+N).")
            )
            self.empty_hint.setText("")
            self.clear_all_button.hide()
        else:
            if typed and filtered:
                text = self.tr("No case matches “{text}” with these filters").format(text=typed)
            elif typed:
                text = self.tr("No case matches “{text}”").format(text=typed)
            else:
                text = self.tr("No case matches these filters")
            self.status.setText(text)
            self.empty_icon.setPixmap(self._icon("mdi6.magnify-close", size))
            self.empty_text.setText(text)
            self.empty_hint.setText(
                self.tr("Check the spelling, or look for a case number or a court number.")
            )
            self.clear_all_button.show()
        self.empty_hint.setVisible(bool(self.empty_hint.text()))
        self.body.setCurrentWidget(self.empty_state)

    def _icon(self, name: str, size: int) -> QPixmap:
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        icon: QIcon = qta.icon(name, color=color)
        return icon.pixmap(size, size)

    def filters_active(self) -> bool:
        return any(chip.currentIndex() > 0 for chip in self._filters())

    # --- reacting ---------------------------------------------------------------------
    def _search_edited(self, _text: str) -> None:
        self._debounce.start()

    def _filters_changed(self, _index: int = 0) -> None:
        active = self.filters_active()
        self.clear_filters_button.setVisible(active)
        for chip in self._filters():
            font = QFont(chip.font())
            font.setBold(chip.currentIndex() > 0)  # a chosen filter stands out
            chip.setFont(font)
            chip.updateGeometry()  # its width follows the bold text
        self.search_now()

    def clear_filters(self) -> None:
        for chip in self._filters():
            with QSignalBlocker(chip):
                chip.setCurrentIndex(0)
        self._filters_changed()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_search_and_filters(self) -> None:
        with QSignalBlocker(self.search):
            self.search.clear()
        self.clear_filters()

    def _sort_changed(self, _key: str, _descending: bool) -> None:
        self.search_now()

    def _keep_sortable_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on a column that cannot be sorted leaves the indicator where it was."""
        if column in self.model.SORT_KEYS:
            return
        header = self.table.horizontalHeader()
        order = (
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        )
        with QSignalBlocker(header):
            header.setSortIndicator(self.model.sort_column(), order)
        header.viewport().update()

    def _data_changed(self, _kind: str) -> None:
        if not shiboken6.isValid(self):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when the list is shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search_now(force=True)  # at once, and again after a failed query
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, self.model.COL_NUMBER))
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)
