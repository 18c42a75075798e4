"""A money term shared by several people: jointly (each owes all) or split in stated shares."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.choices import parse_cents
from vomdesk.domain.instalments import PlanProblem, split_shares
from vomdesk.ui.pages.agreement.texts import plain_money
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.field_message import FieldMessage


class SharesBox(QGroupBox):
    """One share field per responsible person, an "Even split" button, or "jointly"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Shared by several people"))
        self.joint = QRadioButton(self.tr("&Jointly (each owes all)"))
        self.split = QRadioButton(self.tr("Split in &shares"))
        self.joint.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.joint)
        self.mode.addButton(self.split)
        self.even_button = QPushButton(self.tr("E&ven split"))
        self.fields: dict[int, QLineEdit] = {}
        self.share_rows = QFormLayout()
        self.message = FieldMessage()
        self.total_cents: int | None = None
        modes = QHBoxLayout()
        modes.addWidget(self.joint)
        modes.addWidget(self.split)
        modes.addStretch(1)
        modes.addWidget(self.even_button)
        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addLayout(self.share_rows)
        layout.addWidget(self.message)
        self.even_button.clicked.connect(self.even_split)
        self.mode.buttonToggled.connect(self._toggled)
        self._mode_changed()

    def set_people(self, people: Sequence[int], names: Mapping[int, str]) -> None:
        """One share field per person, keeping what was typed for those still there."""
        typed = {p: f.text() for p, f in self.fields.items()}
        while self.share_rows.rowCount():
            self.share_rows.removeRow(0)
        self.fields = {}
        for person in people:
            field = QLineEdit(typed.get(person, ""))
            name = names.get(person, "?")
            field.setAccessibleName(self.tr("Share of {name}").format(name=name))
            field.setPlaceholderText(self.tr("e.g. 50.00"))
            field.textChanged.connect(self.changed)
            self.fields[person] = field
            self.share_rows.addRow(QLabel(name), field)
        self._mode_changed()

    def set_values(self, joint: bool, shares: Sequence[int]) -> None:
        (self.joint if joint else self.split).setChecked(True)
        for field, cents in zip(self.fields.values(), shares, strict=False):
            field.setText(plain_money(cents))
        self._mode_changed()

    def is_joint(self) -> bool:
        return self.joint.isChecked()

    def shares(self) -> tuple[int, ...] | None:
        """Each share in cents, in the order of the people; None when one cannot be read."""
        if self.is_joint():
            return ()
        values = [parse_cents(field.text()) for field in self.fields.values()]
        if any(v is None for v in values):
            return None
        return tuple(int(v or 0) for v in values)

    def even_split(self) -> None:
        if not self.fields or not self.total_cents:
            self.message.show_problem(self.tr("Enter the amount first."))
            return
        try:
            shares = split_shares(self.total_cents, [1] * len(self.fields))
        except PlanProblem as problem:
            self.message.show_problem(domain_text(str(problem)))
            return
        self.split.setChecked(True)
        for field, cents in zip(self.fields.values(), shares, strict=True):
            field.setText(plain_money(cents))
        self.message.show_problem("")

    def _toggled(self, _button: object, on: bool) -> None:
        if on:
            self._mode_changed()

    def _mode_changed(self) -> None:
        split = self.split.isChecked()
        for field in self.fields.values():
            field.setEnabled(split)
        self.changed.emit()
