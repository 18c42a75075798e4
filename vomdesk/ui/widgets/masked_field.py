"""A contact field that hides a victim's details (••••) until the mediator chooses Show."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

MASK = "••••"  # always four: the mask says nothing about the length


class MaskedField(QWidget):
    """A line of text; when confidential it shows •••• until Show, and hides again afterwards.

    While masked the real value is kept here, never in the line edit, so nothing on screen
    (or read by a screen reader) gives it away. It is masked again when typing ends, when
    focus leaves the field, and when the page is hidden.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        accessible_name: str = "",
        confidential: bool = True,
        read_only: bool = False,
        max_length: int = 300,
    ) -> None:
        super().__init__(parent)
        self._value = ""
        self._name = accessible_name
        self._confidential = confidential
        self._read_only = read_only
        self._revealed = False
        tip = self.tr("Never printed on documents for the offender side")
        self.lock = QLabel()
        size = self.fontMetrics().height()
        self.lock.setPixmap(qta.icon("mdi6.lock-outline").pixmap(QSize(size, size)))
        self.lock.setToolTip(tip)
        self.lock.setAccessibleName(self.tr("Confidential"))
        self.edit = QLineEdit()
        self.edit.setMaxLength(max_length)
        self.edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.show_button = QToolButton()
        self.show_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.show_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.lock)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_button)
        self.setFocusProxy(self.edit)

        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._later_mask_if_left)
        self.show_button.clicked.connect(self.toggle)
        self.show_button.installEventFilter(self)
        self._refresh()

    # --- value ------------------------------------------------------------------------
    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        self._value = value
        self._revealed = False
        self._refresh()

    def set_confidential(self, confidential: bool) -> None:
        """Victim side: masked, with the lock; anyone else: a plain field."""
        if confidential != self._confidential:
            self._confidential = confidential
            self._revealed = False
            self._refresh()

    def is_confidential(self) -> bool:
        return self._confidential

    def is_masked(self) -> bool:
        return self._confidential and bool(self._value) and not self._revealed

    def set_accessible_name(self, name: str) -> None:
        self._name = name
        self._refresh()

    # --- showing and hiding -----------------------------------------------------------
    def reveal(self) -> None:
        self._revealed = True
        self._refresh()
        if not self._read_only:
            self.edit.setFocus()
            self.edit.end(False)

    def conceal(self) -> None:
        if self._revealed:
            self._revealed = False
            self._refresh()

    def toggle(self) -> None:
        if self.is_masked():
            self.reveal()
        else:
            self.conceal()

    def _typed(self, text: str) -> None:
        self._value = text
        if self._confidential:
            self._revealed = True  # typing into an empty field: shown until typing ends
            self._refresh()
        self.changed.emit()

    def _later_mask_if_left(self) -> None:
        QTimer.singleShot(0, self, self._mask_if_left)  # dropped if the field is gone

    def _mask_if_left(self) -> None:
        if not (self.edit.hasFocus() or self.show_button.hasFocus()):
            self.conceal()

    def _refresh(self) -> None:
        masked = self.is_masked()
        shown = MASK if masked else self._value
        if self.edit.text() != shown:
            self.edit.setText(shown)
        self.edit.setReadOnly(self._read_only or masked)
        self.lock.setVisible(self._confidential)
        self.show_button.setVisible(self._confidential)
        self.show_button.setEnabled(bool(self._value))
        offer_show = masked or not self._value
        self.show_button.setText(self.tr("Show") if offer_show else self.tr("Hide"))
        self.show_button.setIcon(
            qta.icon("mdi6.eye-outline" if offer_show else "mdi6.eye-off-outline")
        )
        self.show_button.setAccessibleName(
            (self.tr("Show {field}") if offer_show else self.tr("Hide {field}")).format(
                field=self._name
            )
        )
        self.edit.setAccessibleName(self._name)
        self.setAccessibleName(self._name)
        tip = self.tr("Never printed on documents for the offender side")
        self.edit.setToolTip(tip if self._confidential else "")
        self.edit.setAccessibleDescription(
            self.tr("Confidential, hidden: choose Show to see it.")
            if masked
            else (tip if self._confidential else "")
        )

    # --- Qt events --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.show_button and event.type() == QEvent.Type.FocusOut:
            self._later_mask_if_left()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (or closing the dialog) hides the details again."""
        self._revealed = False
        self._refresh()
        super().hideEvent(event)
