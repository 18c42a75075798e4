"""A field for typing a recovery key that checks each group as it is typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from vomdesk.domain.recovery_key import KeyProblem, check_recovery_key, normalise
from vomdesk.ui.widgets.field_message import FieldMessage


class RecoveryKeyEdit(QWidget):
    """Recovery key entry: names a mistyped group at once, before anything is tried."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Recovery key"))
        self.edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), QFont().pointSizeF()) * 1.2)
        self.edit.setFont(mono)
        room = self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText() + "  ")
        self.edit.setMinimumWidth(room + 16)
        self.message = FieldMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.edit.textChanged.connect(self._update)

    def _update(self) -> None:
        result = check_recovery_key(self.edit.text())
        # Only complain about a mistake or excess; an unfinished key is simply not ready yet.
        quiet = result.problem in (None, KeyProblem.INCOMPLETE)
        self.message.show_problem("" if quiet else result.message(QCoreApplication.translate))
        self.changed.emit()

    def is_valid(self) -> bool:
        return check_recovery_key(self.edit.text()).valid

    def normalised(self) -> str:
        return normalise(self.edit.text())

    def value(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
