"""When a party can meet: days of the week, parts of the day and a note, as a few form rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
)

from vomdesk.domain.choices import DAY_PART_LABELS, WEEKDAYS, DayPart
from vomdesk.ui.texts import domain_text


class AvailabilityFields(QObject):
    """Seven day boxes, the parts of the day and a times note, added as rows of a form."""

    changed = Signal()

    def __init__(self, form: QFormLayout, *, days_label: str, parts_label: str,
                 note_label: str, parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.days = [QCheckBox(domain_text(name)) for name in WEEKDAYS]
        self.parts = {part: QCheckBox(domain_text(DAY_PART_LABELS[part])) for part in DayPart}
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.note.setPlaceholderText(self.tr("e.g. not before 4 pm on weekdays"))
        self.captions: list[QLabel] = []
        day_row = QGridLayout()  # two rows: the week fits a narrow form column
        for index, box in enumerate(self.days):
            day_row.addWidget(box, index // 4, index % 4)
            box.toggled.connect(self.changed)
        day_row.setColumnStretch(4, 1)
        part_row = QHBoxLayout()
        for box in self.parts.values():
            part_row.addWidget(box)
            box.toggled.connect(self.changed)
        part_row.addStretch(1)
        self.note.textChanged.connect(self.changed)
        for label, buddy, row in (
            (days_label, self.days[0], day_row),
            (parts_label, next(iter(self.parts.values())), part_row),
            (note_label, self.note, None),
        ):
            caption = QLabel(label)
            caption.setBuddy(buddy)
            self.captions.append(caption)
            form.addRow(caption, row if row is not None else buddy)
        plain_days, plain_parts = days_label.replace("&", ""), parts_label.replace("&", "")
        for box in self.days:
            box.setAccessibleName(f"{plain_days}: {box.text()}")
        for box in self.parts.values():
            box.setAccessibleName(f"{plain_parts}: {box.text()}")
        self.note.setAccessibleName(note_label.replace("&", ""))

    def values(self) -> tuple[list[int], list[str], str]:
        """The chosen days (0 = Monday), parts of the day (codes) and the note."""
        days = [index for index, box in enumerate(self.days) if box.isChecked()]
        parts = [part.value for part, box in self.parts.items() if box.isChecked()]
        return days, parts, self.note.text()

    def set_values(self, days: Sequence[int], parts: Sequence[str], note: str) -> None:
        for index, box in enumerate(self.days):
            box.setChecked(index in days)
        for part, box in self.parts.items():
            box.setChecked(part.value in parts)
        self.note.setText(note)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (*self.days, *self.parts.values(), self.note, *self.captions):
            widget.setEnabled(enabled)
