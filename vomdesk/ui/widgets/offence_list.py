"""The offences of a referral: one row each (description, category, level), added and removed."""

from __future__ import annotations

from typing import Any

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.referrals import (
    CATEGORY_LABELS,
    LEVEL_LABELS,
    OffenceCategory,
    OffenceLevel,
)
from vomdesk.store.case_models import OffenceCreate
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.field_message import FieldMessage


class OffenceRow:
    """The widgets of one offence."""

    def __init__(self, owner: OffenceList) -> None:
        self.description = QLineEdit()
        self.description.setMaxLength(300)
        self.description.setPlaceholderText(
            QCoreApplication.translate("OffenceList", "What happened, e.g. vandalism of a car")
        )
        self.category = QComboBox()
        for category, label in CATEGORY_LABELS.items():
            self.category.addItem(domain_text(label), category.value)
        self.level = QComboBox()
        for level, label in LEVEL_LABELS.items():
            self.level.addItem(domain_text(label), level.value)
        self.remove = QToolButton()
        self.remove.setIcon(qta.icon("mdi6.trash-can-outline"))
        self.remove.setToolTip(QCoreApplication.translate("OffenceList", "Remove this offence"))
        self.message = FieldMessage()

    def widgets(self) -> list[QWidget]:
        return [self.description, self.category, self.level, self.remove, self.message]

    def value(self) -> dict[str, Any]:
        return {
            "description": self.description.text().strip(),
            "category": self.category.currentData(),
            "level": self.level.currentData(),
        }


class OffenceList(QWidget):
    """Rows of offences with an "Add an offence" button below them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, required: bool = True) -> None:
        super().__init__(parent)
        self.required = required
        self.rows: list[OffenceRow] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setColumnStretch(0, 1)
        self.add_button = QPushButton(qta.icon("mdi6.plus"), self.tr("Add an o&ffence"))
        self.add_button.clicked.connect(self._add_clicked)
        self.message = FieldMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    # --- values -----------------------------------------------------------------------
    def values(self) -> list[dict[str, Any]]:
        return [row.value() for row in self.rows]

    def set_values(self, values: list[dict[str, Any]]) -> None:
        while self.rows:
            self._drop(self.rows[-1])
        for value in values:
            row = self.add_row()
            row.description.setText(str(value.get("description", "")))
            row.category.setCurrentIndex(max(row.category.findData(value.get("category")), 0))
            row.level.setCurrentIndex(max(row.level.findData(value.get("level")), 0))

    def offences(self) -> list[OffenceCreate]:
        return [OffenceCreate.model_validate(value) for value in self.values()]

    def problems(self) -> dict[str, str]:
        """Each row needs a description; at least one offence when ``required``."""
        found = {
            f"offences.{index}": domain_text("Describe the offence.")  # as the service says
            for index, row in enumerate(self.rows)
            if not row.description.text().strip()
        }
        if self.required and not self.rows:
            found["offences"] = self.tr("Record at least one offence.")
        return found

    def show_problems(self, problems: dict[str, str]) -> None:
        for index, row in enumerate(self.rows):
            row.message.show_problem(problems.get(f"offences.{index}", ""))
        self.message.show_problem(problems.get("offences", ""))

    def focus_first(self) -> None:
        target = self.rows[0].description if self.rows else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_problem_widget(self, problems: dict[str, str]) -> QWidget | None:
        for index, row in enumerate(self.rows):
            if f"offences.{index}" in problems:
                return row.description
        return self.add_button if "offences" in problems else None

    # --- rows -------------------------------------------------------------------------
    def add_row(self) -> OffenceRow:
        row = OffenceRow(self)
        self.rows.append(row)
        row.description.textChanged.connect(self.changed)
        row.category.currentIndexChanged.connect(self.changed)
        row.level.currentIndexChanged.connect(self.changed)
        row.remove.clicked.connect(lambda _=False, r=row: self.remove_row(r))
        self._relayout()
        return row

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.description.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def remove_row(self, row: OffenceRow) -> None:
        index = self.rows.index(row)
        self._drop(row)
        self._relayout()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].description.setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def _drop(self, row: OffenceRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.setParent(None)
            widget.deleteLater()

    def _relayout(self) -> None:
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
        for index, row in enumerate(self.rows):
            number = index + 1
            row.description.setAccessibleName(self.tr("Offence {n}").format(n=number))
            row.category.setAccessibleName(self.tr("Offence {n}: category").format(n=number))
            row.level.setAccessibleName(self.tr("Offence {n}: level").format(n=number))
            row.remove.setAccessibleName(self.tr("Remove offence {n}").format(n=number))
            for column, widget in enumerate(row.widgets()[:4]):
                self.grid.addWidget(widget, index * 2, column)
            self.grid.addWidget(row.message, index * 2 + 1, 0, 1, 4)
        previous: QWidget | None = None
        for row in self.rows:
            for widget in row.widgets()[:4]:
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)


OFFENCE_DEFAULT = {
    "description": "",
    "category": OffenceCategory.PROPERTY.value,
    "level": OffenceLevel.MISDEMEANOUR.value,
}
