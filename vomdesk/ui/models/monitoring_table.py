"""The Monitoring page's table: what is due or overdue, and each open agreement's progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from vomdesk.domain.monitoring import DUE_LABELS, DueItem, DueKind
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services.due import AgreementProgress, Overview
from vomdesk.ui.pages.agreement.texts import hours_text, money_text
from vomdesk.ui.style import ACCENT
from vomdesk.ui.texts import deadline_kind_label, domain_text
from vomdesk.ui.widgets.date_field import format_date

AnyIndex = QModelIndex | QPersistentModelIndex
WEEK = 7


def _tr(text: str) -> str:
    return QCoreApplication.translate("MonitoringTable", text)


@dataclass(frozen=True)
class MonitoringRow:
    """One line: a due item (or, for an agreement with nothing due, ``item`` is None)."""

    case_id: int
    case_number: str
    item: DueItem | None
    progress: AgreementProgress | None
    on: date

    @property
    def days_late(self) -> int:
        return self.item.days_late(self.on) if self.item else 0

    @property
    def overdue(self) -> bool:
        return self.item is not None and self.item.due < self.on

    @property
    def this_week(self) -> bool:
        return self.item is not None and self.on <= self.item.due <= self.on + timedelta(WEEK)


def rows_of(overview: Overview) -> list[MonitoringRow]:
    """A row per due item, and one per open agreement that has nothing due."""
    rows = [
        MonitoringRow(i.case_id, i.case_number, i, overview.progress.get(i.case_id), overview.on)
        for i in overview.items
    ]
    listed = {i.case_id for i in overview.items}
    rows += [
        MonitoringRow(p.case_id, p.case_number, None, p, overview.on)
        for p in sorted(overview.progress.values(), key=lambda p: p.case_number)
        if p.case_id not in listed
    ]
    return rows


SIDES = {
    "victim": QT_TRANSLATE_NOOP("MonitoringTable", "With the victim"),
    "offender": QT_TRANSLATE_NOOP("MonitoringTable", "With the offender"),
    "both": QT_TRANSLATE_NOOP("MonitoringTable", "With both"),
}


def what_text(item: DueItem | None) -> str:
    if item is None:
        return _tr("Nothing due")
    label = domain_text(DUE_LABELS[item.kind])
    if item.kind is DueKind.FOLLOW_UP:
        detail = _tr(SIDES[item.what]) if item.what in SIDES else item.what
    elif item.kind is DueKind.REFERRAL_DEADLINE:
        detail = deadline_kind_label(item.what)
    else:
        detail = item.what
    return f"{label}: {detail}" if detail else label


def status_text(row: MonitoringRow) -> str:
    if row.item is None:
        return _tr("On track")
    if row.overdue:
        days = row.days_late
        return _tr("Overdue, 1 day") if days == 1 else _tr("Overdue, {days} days").format(days=days)
    if row.item.due == row.on:
        return _tr("Due today")
    return _tr("Due this week") if row.this_week else _tr("Later")


def outstanding_text(item: DueItem | None) -> str:
    if item is None:
        return ""
    if item.outstanding_cents:
        return money_text(item.outstanding_cents)
    if item.outstanding_hours:
        return hours_text(item.outstanding_hours)
    return ""


def progress_text(progress: AgreementProgress | None) -> str:
    if progress is None:
        return ""
    parts = []
    if progress.total_cents:
        parts.append(
            _tr("{paid} of {total}").format(
                paid=money_text(progress.paid_cents), total=money_text(progress.total_cents)
            )
        )
    if progress.hours_required:
        parts.append(
            _tr("{done} of {required}").format(
                done=hours_text(progress.hours_done), required=hours_text(progress.hours_required)
            )
        )
    parts.append(
        _tr("{done} of {total} terms").format(done=progress.terms_done, total=progress.terms_total)
    )
    return " · ".join(parts)


def progress_ratio(progress: AgreementProgress | None) -> float | None:
    """Money paid of the total (terms done, when there is no money term)."""
    if progress is None:
        return None
    if progress.total_cents:
        return min(1.0, progress.paid_cents / progress.total_cents)
    return progress.terms_done / progress.terms_total if progress.terms_total else None


class MonitoringTableModel(QAbstractTableModel):
    """The rows as read; sorting and filtering happen in ``MonitoringFilter``."""

    COL_CASE, COL_WHAT, COL_DUE, COL_STATUS, COL_OUTSTANDING, COL_PROGRESS = range(6)
    CASE_ID_ROLE = Qt.ItemDataRole.UserRole
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    RATIO_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MonitoringRow] = []

    def set_rows(self, rows: list[MonitoringRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> MonitoringRow:
        return self._rows[row]

    def rows(self) -> list[MonitoringRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Case"),
                self.tr("What"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Outstanding"),
                self.tr("Progress"),
            ][section]
        return None

    def display(self, row: MonitoringRow, column: int) -> str:
        item = row.item
        if column == self.COL_CASE:
            return row.case_number
        if column == self.COL_WHAT:
            return what_text(item)
        if column == self.COL_DUE:
            return format_date(item.due) if item else ""
        if column == self.COL_STATUS:
            return status_text(row)
        if column == self.COL_OUTSTANDING:
            return outstanding_text(item)
        return progress_text(row.progress)

    def sort_key(self, row: MonitoringRow, column: int) -> Any:
        item = row.item
        if column == self.COL_DUE or column == self.COL_STATUS:
            return item.due.toordinal() if item else 10**7
        if column == self.COL_OUTSTANDING:
            return (item.outstanding_cents + item.outstanding_hours) if item else 0
        if column == self.COL_PROGRESS:
            return progress_ratio(row.progress) or 0.0
        return self.display(row, column).casefold()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS and row.overdue:
            return QColor("#b3261e")
        if role == self.CASE_ID_ROLE:
            return row.case_id
        if role == self.SORT_ROLE:
            return self.sort_key(row, column)
        if role == self.RATIO_ROLE and column == self.COL_PROGRESS:
            return progress_ratio(row.progress)
        return None


class MonitoringFilter(QSortFilterProxyModel):
    """Sorts by the real values; filters by kind ("overdue", "week", a DueKind value, or "")
    and by a piece of the case number."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.number = ""
        self.setSortRole(MonitoringTableModel.SORT_ROLE)

    def set_kind(self, kind: str) -> None:
        self._refilter(lambda: setattr(self, "kind", kind))

    def set_number(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "number", text.strip().casefold()))

    def _refilter(self, change: Any) -> None:
        """Change what is filtered, telling the views (Qt 6.10 wants begin/end around it)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:  # Qt before 6.10
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MonitoringTableModel)
        row = model.row_at(source_row)
        if self.number and self.number not in row.case_number.casefold():
            return False
        if self.kind == "overdue":
            return row.overdue
        if self.kind == "week":
            return row.overdue or row.this_week
        if self.kind == "none":
            return row.item is None
        if self.kind:
            return row.item is not None and row.item.kind.value == self.kind
        return True


class ProgressDelegate(QStyledItemDelegate):
    """A small bar before the progress text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        ratio = index.data(MonitoringTableModel.RATIO_ROLE)
        if ratio is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        rect = option.rect.adjusted(4, 0, -4, 0)
        width = option.fontMetrics.horizontalAdvance("M") * 4
        height = max(4, option.fontMetrics.height() // 3)
        bar = rect.adjusted(0, (rect.height() - height) // 2, 0, 0)
        bar.setWidth(width)
        bar.setHeight(height)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.mid())
        painter.drawRoundedRect(bar, 2, 2)
        filled = bar.adjusted(0, 0, 0, 0)
        filled.setWidth(int(width * float(ratio)))
        painter.setBrush(ACCENT)
        painter.drawRoundedRect(filled, 2, 2)
        painter.restore()
        text_rect = rect.adjusted(width + 8, 0, 0, 0)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.highlightedText().color() if selected
                       else option.palette.text().color())  # fmt: skip
        elided = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), elided)
