"""The case list as a Qt table model: service rows shown a page at a time, sorted by the query."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from vomdesk.domain.referrals import SOURCE_LABELS, SourceType
from vomdesk.domain.stages import NEXT_STEP_LABELS, STAGE_LABELS, Stage
from vomdesk.services.case_list import CaseRow
from vomdesk.ui.style import PROBLEM_DARK, PROBLEM_LIGHT, is_dark
from vomdesk.ui.texts import deadline_kind_label, domain_text

AnyIndex = QModelIndex | QPersistentModelIndex
NO_VALUE = "—"


def short_date(value: date, locale: QLocale | None = None) -> str:
    """A date in the locale's short format, with a four-digit year (lists span many years)."""
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def source_label(source_type: str) -> str:
    try:
        label = SOURCE_LABELS[SourceType(source_type)]
    except ValueError:
        return source_type
    return QCoreApplication.translate("Referrals", label)


def stage_label(stage: Stage) -> str:
    return QCoreApplication.translate("Stages", STAGE_LABELS[stage])


class CaseTableModel(QAbstractTableModel):
    """Rows of the case list; more rows are asked for through ``fetch_page(offset)``.

    The model never sorts or queries by itself: a header click emits ``sort_requested`` with
    the CaseFilter sort key, and the page runs the query again from the first page.
    """

    (COL_NUMBER, COL_PARTIES, COL_STAGE, COL_NEXT, COL_JUVENILE, COL_RECEIVED, COL_DUE,
     COL_SOURCE) = range(8)  # fmt: skip
    COLUMN_COUNT = 8
    SORT_KEYS: ClassVar[dict[int, str]] = {
        COL_NUMBER: "number",
        COL_PARTIES: "parties",
        COL_STAGE: "stage",
        COL_RECEIVED: "received_on",
        COL_DUE: "deadline",
    }
    CASE_ID_ROLE = Qt.ItemDataRole.UserRole

    sort_requested = Signal(str, bool)  # the CaseFilter sort key, descending

    def __init__(
        self,
        fetch_page: Callable[[int], None] | None = None,
        parent: Any = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._today = today
        self._rows: list[CaseRow] = []
        self._total = 0
        self._fetching = False
        self.sort_key = "number"
        self.descending = True

    # --- filling --------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[CaseRow], total: int) -> None:
        """Show the first page of a new query; ``total`` is how many cases match in all."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = max(total, len(self._rows))
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows: Iterable[CaseRow]) -> None:
        """Add the next page (the answer to a ``fetch_page`` call)."""
        more = list(rows)
        self._fetching = False
        if not more:  # fewer cases than counted (some were removed meanwhile): stop asking
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self._total = max(self._total, len(self._rows))
        self.endInsertRows()

    def fetch_failed(self) -> None:
        """The asked-for page did not come; a later scroll may ask again."""
        self._fetching = False

    @property
    def total(self) -> int:
        return self._total

    @property
    def fetching(self) -> bool:
        return self._fetching

    def row_at(self, index: AnyIndex | int) -> CaseRow:
        return self._rows[index if isinstance(index, int) else index.row()]

    def row_of_case(self, case_id: int) -> int:
        """The row showing ``case_id``, or -1 when it is not among the rows fetched so far."""
        return next((i for i, row in enumerate(self._rows) if row.id == case_id), -1)

    # --- paging ---------------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._fetch_page is not None
            and not self._fetching
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self._fetch_page is not None:
            self._fetching = True
            self._fetch_page(len(self._rows))

    # --- sorting --------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for the query to run again in this order; columns without a sort key are ignored."""
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(key, self.descending)

    def sort_column(self) -> int:
        return next(c for c, key in self.SORT_KEYS.items() if key == self.sort_key)

    # --- what the view shows --------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section not in self.SORT_KEYS:
            return self.tr("This column cannot be sorted")
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("Case"),
            self.tr("Victim / offender"),
            self.tr("Stage"),
            self.tr("Next step"),
            self.tr("Juvenile/adult"),
            self.tr("Received"),
            self.tr("Due"),
            self.tr("Referred by"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if column == self.COL_DUE and self.past_due(row):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(PROBLEM_DARK if is_dark() else PROBLEM_LIGHT)
        if role == self.CASE_ID_ROLE:
            return row.id
        return None

    def display(self, row: CaseRow, column: int) -> str:
        """The text of one cell."""
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_PARTIES:
            return self.tr("Sealed") if row.sealed else self._parties(row.parties)
        if column == self.COL_STAGE:
            return stage_label(row.stage)
        if column == self.COL_NEXT:
            next_step = NEXT_STEP_LABELS.get(row.stage)
            return domain_text(next_step) if next_step else ""
        if column == self.COL_JUVENILE:
            if row.juvenile is None:
                return NO_VALUE
            return self.tr("Juvenile") if row.juvenile else self.tr("Adult")
        if column == self.COL_RECEIVED:
            return short_date(row.received_on)
        if column == self.COL_DUE:
            if row.deadline is None:
                return ""
            when = short_date(row.deadline)
            kind = deadline_kind_label(row.deadline_kind)
            return f"{kind} {when}" if kind else self.tr("Due {date}").format(date=when)
        if column == self.COL_SOURCE:
            return source_label(row.source_type)
        return ""

    def past_due(self, row: CaseRow) -> bool:
        """An open case whose referral source's deadline has passed."""
        return (
            row.deadline is not None
            and row.stage is not Stage.CLOSED
            and row.deadline < self._today()
        )

    @staticmethod
    def _parties(text: str) -> str:
        victims, _, offenders = text.partition(" / ")
        if not victims.strip() and not offenders.strip():
            return NO_VALUE
        return f"{victims.strip() or NO_VALUE} / {offenders.strip() or NO_VALUE}"

    def _tooltip(self, row: CaseRow, column: int) -> str | None:
        if column == self.COL_PARTIES and row.sealed:
            return self.tr("Sealed: opening it needs a reason to lift the seal")
        if column == self.COL_PARTIES:
            return self.tr("Victim / offender: {names}").format(names=self._parties(row.parties))
        if column == self.COL_DUE and row.deadline is not None:
            due = self.display(row, column)
            return self.tr("Past due: {due}").format(due=due) if self.past_due(row) else due
        if column == self.COL_JUVENILE and row.juvenile is None:
            return self.tr("Not known yet: no offender's date of birth")
        if column in (self.COL_NEXT, self.COL_STAGE):
            return self.display(row, column) or None  # whole, where the column elides it
        if column == self.COL_SOURCE:
            agency = row.source_agency.strip()
            label = self.display(row, column)
            return f"{label}: {agency}" if agency else label
        if column == self.COL_NUMBER and row.court_number:
            return self.tr("Court number {number}").format(number=row.court_number)
        return None
