"""A date that may be left empty: typed in the locale's format, or picked from a calendar."""

from __future__ import annotations

from datetime import date

import qtawesome as qta
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

EARLIEST, LATEST = date(1900, 1, 1), date(2099, 12, 31)


def display_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, always with a four-digit year (ISO for the C locale)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    """A date as the mediator types it here ("3/14/2026" in the US); "" for no date."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), display_format(locale))


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """A typed date in the locale's format (leading zeros and two-digit years allowed) or ISO."""
    text = text.strip()
    if not text:
        return None
    locale = locale or QLocale()
    loose = display_format(locale).replace("dd", "d").replace("MM", "M")
    for pattern in (loose, loose.replace("yyyy", "yy"), "yyyy-M-d"):
        found = locale.toDate(text, pattern)
        if found.isValid():
            year = found.year()
            if "yyyy" not in pattern:  # two digits: the nearest fitting century
                year = 2000 + year % 100
                if year > date.today().year + 10:
                    year -= 100
            return date(year, found.month(), found.day())
    return None


class DateField(QWidget):
    """A line for typing the date, a calendar button, and empty meaning "no date"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        example = format_date(date(date.today().year, 3, 14))
        self.edit.setPlaceholderText(self.tr("e.g. {example}").format(example=example))
        self.edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 22 + 40)
        self.edit.setToolTip(
            self.tr("Type the date, or press Alt+Down for a calendar. Leave empty if not known.")
        )
        self.calendar_button = QToolButton()
        self.calendar_button.setIcon(qta.icon("mdi6.calendar-month-outline"))
        self.calendar_button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down from the field
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        layout.addStretch(0)
        self.setFocusProxy(self.edit)
        self._popup: QFrame | None = None
        if accessible_name:
            self.set_accessible_name(accessible_name)

        self.edit.textChanged.connect(self.changed)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.installEventFilter(self)
        self.calendar_button.clicked.connect(self.open_calendar)

    # --- value ------------------------------------------------------------------------
    def value(self) -> date | None:
        """The date, or None when the field is empty or cannot be read (see ``problem()``)."""
        found = parse_date(self.edit.text())
        return found if found is not None and EARLIEST <= found <= LATEST else None

    def set_value(self, value: date | None) -> None:
        self.edit.setText(format_date(value))

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Put back text as typed (a draft may hold a date that is not finished yet)."""
        self.edit.setText(text)

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def problem(self) -> str:
        """Why the typed text is not a usable date ("" when it is a date or empty)."""
        if self.is_empty():
            return ""
        found = parse_date(self.edit.text())
        if found is None:
            return self.tr("Type the date like {example}, or leave it empty.").format(
                example=format_date(date(date.today().year, 3, 14))
            )
        if not EARLIEST <= found <= LATEST:
            return self.tr("Check the year.")
        return ""

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.calendar_button.setAccessibleDescription(name)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)

    # --- calendar ---------------------------------------------------------------------
    def open_calendar(self) -> None:
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        calendar = QCalendarWidget()
        calendar.setGridVisible(False)
        calendar.setDateRange(QDate(1900, 1, 1), QDate(2099, 12, 31))
        shown = self.value() or date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        QVBoxLayout(popup).addWidget(calendar)
        calendar.activated.connect(lambda day: self._picked(day, popup))
        calendar.clicked.connect(lambda day: self._picked(day, popup))
        popup.adjustSize()
        popup.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self._popup = popup
        popup.show()
        calendar.setFocus()

    def _picked(self, day: QDate, popup: QFrame) -> None:
        self.set_value(date(day.year(), day.month(), day.day()))
        popup.close()
        popup.deleteLater()
        self._popup = None
        self.edit.setFocus()

    def _tidy(self) -> None:
        """Once typing ends, show a readable date in the locale's own form."""
        found = self.value()
        if found is not None and self.edit.text() != format_date(found):
            self.edit.setText(format_date(found))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if (alt_down or event.key() == Qt.Key.Key_F4) and not self.edit.isReadOnly():
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)
