"""The agenda as a Qt table model: what is coming, earliest first, each day named once."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont

from vomdesk.domain.schedule import KIND_LABELS
from vomdesk.ui.models.case_table import NO_VALUE
from vomdesk.ui.texts import domain_text

AnyIndex = QModelIndex | QPersistentModelIndex


class AgendaItem(Protocol):
    """What a row needs: sessions and meetings today, follow-ups or other kinds later."""

    @property
    def kind(self) -> Any: ...  # an enum member; its label is looked up in ``KIND_LABELS``
    @property
    def case_id(self) -> int: ...
    @property
    def case_number(self) -> str: ...
    @property
    def starts(self) -> datetime: ...  # aware
    @property
    def minutes(self) -> int: ...
    @property
    def place(self) -> str: ...
    @property
    def record_id(self) -> int: ...


def kind_label(kind: Any) -> str:
    """What an appointment is, in the mediator's words (a kind without a label: its code)."""
    label = KIND_LABELS.get(kind)
    return domain_text(label) if label else str(getattr(kind, "value", kind))


def local_start(item: AgendaItem) -> datetime:
    return item.starts.astimezone()


def local_day(item: AgendaItem) -> date:
    return local_start(item).date()


def day_text(day: date, locale: QLocale | None = None) -> str:
    """The weekday and the date in the locale's long words, like "Monday, March 9, 2026"."""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def time_range_text(item: AgendaItem, locale: QLocale | None = None) -> str:
    """The local start and end time, like "15:00 – 16:30"."""
    locale = locale or QLocale()
    starts = local_start(item)
    ends = starts + timedelta(minutes=item.minutes)

    def clock(moment: datetime) -> str:
        return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

    return f"{clock(starts)} – {clock(ends)}"


class AgendaTableModel(QAbstractTableModel):
    """Rows of the agenda; the day is written on the first row of each day only (in bold),
    so the appointments of one day read as a group. The row's kind decides the "What" text
    through ``kind_label``: a new kind needs only its label in ``KIND_LABELS``."""

    COL_DAY, COL_TIME, COL_WHAT, COL_CASE, COL_PLACE = range(5)
    COLUMN_COUNT = 5
    CASE_ID_ROLE = Qt.ItemDataRole.UserRole
    DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's local day (a ``date``)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaItem] = []
        self._days: list[date] = []

    def set_entries(self, entries: Iterable[AgendaItem]) -> None:
        """Show these entries, earliest first."""
        self.beginResetModel()
        self._rows = sorted(entries, key=lambda item: item.starts)
        self._days = [local_day(item) for item in self._rows]
        self.endResetModel()

    def entry_at(self, row: int) -> AgendaItem:
        return self._rows[row]

    def entries(self) -> list[AgendaItem]:
        return list(self._rows)

    def row_of(self, kind: Any, record_id: int) -> int:
        """The row showing this appointment, or -1."""
        return next(
            (i for i, e in enumerate(self._rows) if (e.kind, e.record_id) == (kind, record_id)),
            -1,
        )

    def first_of_day(self, row: int) -> bool:
        return row == 0 or self._days[row] != self._days[row - 1]

    def day_count(self) -> int:
        return len(set(self._days))

    # --- what the view shows --------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def _headers(self) -> list[str]:
        return [self.tr("Day"), self.tr("Time"), self.tr("What"), self.tr("Case"), self.tr("Place")]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        item = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_DAY and not self.first_of_day(row):
                return ""  # the day is written once, on its first row
            return self.display(item, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(item, column)  # every row names its day to a screen reader
        if role == Qt.ItemDataRole.FontRole and column == self.COL_DAY:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.CASE_ID_ROLE:
            return item.case_id
        if role == self.DAY_ROLE:
            return self._days[row]
        return None

    def display(self, item: AgendaItem, column: int) -> str:
        """The text of one cell (the day is given on every row here)."""
        if column == self.COL_DAY:
            return day_text(local_day(item))
        if column == self.COL_TIME:
            return time_range_text(item)
        if column == self.COL_WHAT:
            return kind_label(item.kind)
        if column == self.COL_CASE:
            return item.case_number
        if column == self.COL_PLACE:
            return item.place or NO_VALUE
        return ""
