"""The speaking order of a session as a list model: reordered by drag and drop or by keyboard."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from vomdesk.domain.schedule import move_in_order

AnyIndex = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-vomdesk-speaking-order"
_ROOT = QModelIndex()


class SpeakingOrderModel(QAbstractListModel):
    """Participant ids in the order they speak; each row shows its place, the name and the role."""

    order_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: list[int] = []
        self.labels: dict[int, str] = {}

    # --- the order --------------------------------------------------------------------
    def set_order(self, ids: Sequence[int], labels: Mapping[int, str] | None = None) -> None:
        """Show ``ids`` in this order; ``labels`` name each one ("Laura Gómez (Victim)")."""
        self.beginResetModel()
        self.ids = list(dict.fromkeys(ids))
        if labels is not None:
            self.labels = dict(labels)
        self.endResetModel()
        self.order_changed.emit()

    def order(self) -> list[int]:
        return list(self.ids)

    def keep_in_step(self, attendees: Sequence[int], suggested: Sequence[int]) -> None:
        """Keep the order of those still attending; newcomers take their suggested places at
        the end (as the service completes a partial order)."""
        kept = [p for p in self.ids if p in attendees]
        added = [p for p in suggested if p in attendees and p not in kept]
        added += [p for p in attendees if p not in kept and p not in added]
        if kept + added != self.ids:
            self.set_order(kept + added)

    def move(self, row: int, step: int) -> int:
        """Move the entry at ``row`` by ``step`` places (clamped); returns its new row."""
        moved = move_in_order(self.ids, row, step)
        if moved == self.ids:
            return row
        target = moved.index(self.ids[row])
        destination = target + 1 if target > row else target
        self.beginMoveRows(_ROOT, row, row, _ROOT, destination)
        self.ids = moved
        self.endMoveRows()
        self._renumbered()
        return target

    def _renumbered(self) -> None:
        """Each row shows its place: after a move every place number may have changed."""
        if self.ids:
            self.dataChanged.emit(self.index(0), self.index(len(self.ids) - 1))
        self.order_changed.emit()

    # --- reading ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        person = self.ids[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{place}. {name}").format(
                place=index.row() + 1, name=self.labels.get(person, str(person))
            )
        if role == Qt.ItemDataRole.UserRole:
            return person
        return None

    # --- moving -----------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops go between rows, never onto one
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        sourceParent: AnyIndex,
        sourceRow: int,
        count: int,
        destinationParent: AnyIndex,
        destinationChild: int,
    ) -> bool:
        """Move ``count`` rows from ``sourceRow`` to before ``destinationChild``."""
        if sourceParent.isValid() or destinationParent.isValid() or count < 1:
            return False
        if sourceRow < 0 or sourceRow + count > len(self.ids):
            return False
        if not 0 <= destinationChild <= len(self.ids):
            return False
        if sourceRow <= destinationChild <= sourceRow + count:
            return False  # onto itself: nothing moves
        if not self.beginMoveRows(_ROOT, sourceRow, sourceRow + count - 1, _ROOT, destinationChild):
            return False
        block = self.ids[sourceRow : sourceRow + count]
        rest = self.ids[:sourceRow] + self.ids[sourceRow + count :]
        at = destinationChild if destinationChild < sourceRow else destinationChild - count
        self.ids = rest[:at] + block + rest[at:]
        self.endMoveRows()
        self._renumbered()
        return True

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        payload = json.dumps([self.ids[r] for r in rows]).encode()
        data.setData(MIME_TYPE, QByteArray(payload))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Move the dragged entries to ``row`` (or before ``parent``'s row when dropped on it)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            dragged = [int(p) for p in json.loads(bytes(data.data(MIME_TYPE).data()).decode())]
        except (ValueError, TypeError):
            return False
        dragged = [p for p in self.ids if p in dragged]  # in their present order
        if not dragged:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.ids)
        after = [p for p in self.ids[row:] if p not in dragged]
        rest = [p for p in self.ids if p not in dragged]
        at = rest.index(after[0]) if after else len(rest)
        wanted = rest[:at] + dragged + rest[at:]
        if wanted == self.ids:
            return True  # dropped back where it was: nothing moves
        if len(dragged) == 1:
            source, target = self.ids.index(dragged[0]), wanted.index(dragged[0])
            return self.moveRows(_ROOT, source, 1, _ROOT, target + 1 if target > source else target)
        self.set_order(wanted)
        return True
