"""The losses a victim asks to have repaired: one line each (kind, description, amount), a total."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.choices import LOSS_LABELS, LossKind, loss_problem, parse_cents
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.field_message import FieldMessage


def format_cents(cents: int, locale: QLocale | None = None) -> str:
    """Money in the locale's format without a currency sign ("1,325.50"; plain for C)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{cents / 100:,.2f}"
    return locale.toString(cents / 100, "f", 2)


@dataclass(frozen=True)
class TypedLoss:
    """One line as typed: the amount still as text."""

    kind: LossKind
    description: str
    amount: str

    def cents(self) -> int | None:
        return parse_cents(self.amount)

    def is_blank(self) -> bool:
        return not self.description.strip() and not self.amount.strip()

    def as_dict(self) -> dict[str, str]:
        """The line as plain text values (for a draft): a half-typed amount stays as typed."""
        return {"kind": self.kind.value, "description": self.description, "amount": self.amount}

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> TypedLoss:
        kind = str(values.get("kind", ""))
        known = kind in {k.value for k in LossKind}
        return cls(
            LossKind(kind) if known else next(iter(LossKind)),
            str(values.get("description", "")),
            str(values.get("amount", "")),
        )


class _LossLine:
    """The widgets of one line."""

    def __init__(self, owner: LossTable) -> None:
        self.kind = QComboBox()
        for kind in LossKind:
            self.kind.addItem(domain_text(LOSS_LABELS[kind]), kind.value)
        self.description = QLineEdit()
        self.description.setMaxLength(300)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(QCoreApplication.translate("LossTable", "e.g. 125.50"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(owner.fontMetrics().horizontalAdvance("0") * 16)
        self.remove = QPushButton(
            qta.icon("mdi6.minus-circle-outline"),
            QCoreApplication.translate("LossTable", "Remove line"),
        )
        self.message = FieldMessage()
        for widget in (self.description, self.amount):
            widget.textChanged.connect(owner.changed)
        self.kind.currentIndexChanged.connect(owner.changed)
        self.amount.textChanged.connect(self.check_amount)
        self.owner = owner

    def widgets(self) -> list[QWidget]:
        return [self.kind, self.description, self.amount, self.remove, self.message]

    def number(self, position: int) -> None:
        """Accessible names that say which line a field belongs to."""
        names = (
            (self.kind, QCoreApplication.translate("LossTable", "Kind of loss, line {n}")),
            (self.description, QCoreApplication.translate("LossTable", "Description, line {n}")),
            (self.amount, QCoreApplication.translate("LossTable", "Amount, line {n}")),
            (self.remove, QCoreApplication.translate("LossTable", "Remove line {n}")),
        )
        for widget, name in names:
            widget.setAccessibleName(name.format(n=position + 1))

    def typed(self) -> TypedLoss:
        return TypedLoss(
            LossKind(self.kind.currentData()), self.description.text(), self.amount.text()
        )

    def check_amount(self) -> None:
        """As the mediator types: say at once when an amount cannot be read."""
        text = self.amount.text()
        problem = loss_problem("-", parse_cents(text)) if text.strip() else None
        self.message.show_problem(domain_text(problem) if problem else "")


class LossTable(QWidget):
    """Lines of losses with Add line / Remove line, and the total of the amounts read."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[_LossLine] = []
        self.tab_anchor: QWidget | None = None  # the field before the table, for the tab order
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        for column, text in enumerate((self.tr("Kind"), self.tr("Description"),
                                       self.tr("Amount"))):  # fmt: skip
            header = QLabel(text)
            header.setObjectName("help")
            self.grid.addWidget(header, 0, column)
        self.empty = QLabel(self.tr("No losses entered."))
        self.empty.setObjectName("help")
        self.add_button = QPushButton(qta.icon("mdi6.plus-circle-outline"), self.tr("Add &line"))
        self.add_button.setAccessibleName(self.tr("Add a loss"))
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Total of losses"))
        footer = QHBoxLayout()
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        footer.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addLayout(footer)
        self.add_button.clicked.connect(lambda: self.add_line(focus=True))
        self.changed.connect(self._show_total)
        self._show_total()

    # --- lines ------------------------------------------------------------------------
    def add_line(self, line: TypedLoss | None = None, *, focus: bool = False) -> None:
        widgets = _LossLine(self)
        if line is not None:
            widgets.kind.setCurrentIndex(max(widgets.kind.findData(line.kind.value), 0))
            widgets.description.setText(line.description)
            widgets.amount.setText(line.amount)
        widgets.remove.clicked.connect(lambda: self.remove_line(self.lines.index(widgets)))
        self.lines.append(widgets)
        self._lay_out()
        if focus:
            widgets.kind.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def remove_line(self, index: int) -> None:
        widgets = self.lines.pop(index)
        for widget in widgets.widgets():
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._lay_out()
        if self.lines:
            self.lines[min(index, len(self.lines) - 1)].description.setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def _lay_out(self) -> None:
        """Two grid rows per line (fields, then its message), tab order line by line."""
        previous: QWidget | None = self.tab_anchor
        for position, line in enumerate(self.lines):
            row = 1 + position * 2
            for column, widget in enumerate(line.widgets()[:4]):
                self.grid.addWidget(widget, row, column)
            self.grid.addWidget(line.message, row + 1, 0, 1, 4)
            line.number(position)
            for widget in line.widgets()[:4]:
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)
        self.empty.setVisible(not self.lines)

    # --- values -----------------------------------------------------------------------
    def typed(self) -> list[TypedLoss]:
        return [line.typed() for line in self.lines]

    def set_lines(self, lines: Sequence[TypedLoss]) -> None:
        while self.lines:
            widgets = self.lines.pop()
            for widget in widgets.widgets():
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        for line in lines:
            self.add_line(line)
        self._lay_out()
        self.changed.emit()

    def total_cents(self) -> int:
        return sum(c for line in self.typed() if (c := line.cents()) is not None and c > 0)

    def _show_total(self) -> None:
        self.total.setText(
            self.tr("Total: {amount}").format(amount=format_cents(self.total_cents()))
        )

    def show_problems(self, problems: dict[int, str]) -> None:
        """Messages per line (by position), "" clearing the others."""
        for position, line in enumerate(self.lines):
            line.message.show_problem(problems.get(position, ""))
        first = min(problems, default=None)
        if first is not None and first < len(self.lines):
            line = self.lines[first]
            field = line.amount if line.description.text().strip() else line.description
            field.setFocus(Qt.FocusReason.OtherFocusReason)
