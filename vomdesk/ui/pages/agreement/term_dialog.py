"""Add or change one term: kind, description, who is responsible, the measure, when it is due."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.agreements import (
    MAX_HOURS,
    MEASURE_OF,
    TERM_KIND_LABELS,
    Measure,
    TermKind,
    term_problems,
)
from vomdesk.domain.choices import parse_cents
from vomdesk.domain.instalments import Frequency
from vomdesk.services.agreements import TermInput
from vomdesk.ui.pages.agreement.instalment_calculator import InstalmentCalculator
from vomdesk.ui.pages.agreement.shares_box import SharesBox
from vomdesk.ui.pages.agreement.texts import plain_money
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.date_field import DateField
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.text_box import text_box

FIELDS = ("kind", "description", "responsible", "amount", "hours", "item", "payee", "deadline",
          "plan", "shares")  # fmt: skip


class TermDialog(QDialog):
    """Checks the term as the domain does before closing; ``term()`` is what was typed."""

    def __init__(
        self,
        people: Sequence[tuple[int, str]],
        *,
        victim_name: str = "",
        term: TermInput | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the term") if term else self.tr("Add a term"))
        self.names: Mapping[int, str] = dict(people)
        self.victim_name, self.today = victim_name, today or date.today()
        self.result_term: TermInput | None = None
        self.messages = {key: FieldMessage() for key in FIELDS}
        self.kind = QComboBox()
        for kind, label in TERM_KIND_LABELS.items():
            self.kind.addItem(domain_text(label), kind)
        self.description = text_box()
        self.responsible = QListWidget()
        self.responsible.setMaximumHeight(self.fontMetrics().height() * 6)
        for person, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.responsible.addItem(item)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 480.00"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, MAX_HOURS)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setLocale(QLocale())
        self.item = QLineEdit()
        self.item.setMaxLength(300)
        self.item.setPlaceholderText(self.tr("e.g. A handwritten letter of apology"))
        self.payee = QLineEdit()
        self.payee.setMaxLength(200)
        self.by_deadline = QRadioButton(self.tr("&By a deadline"))
        self.in_instalments = QRadioButton(self.tr("In &instalments"))
        self.by_deadline.setChecked(True)
        self.when_mode = QButtonGroup(self)
        self.when_mode.addButton(self.by_deadline)
        self.when_mode.addButton(self.in_instalments)
        self.deadline = DateField()
        self.calculator = InstalmentCalculator()
        self.shares = SharesBox()
        self._build()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.amount.textChanged.connect(self._amount_changed)
        self.responsible.itemChanged.connect(self._responsible_changed)
        self.when_mode.buttonToggled.connect(self._toggled)
        if term is not None:
            self.set_term(term)
        else:
            self._kind_changed()
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build(self) -> None:
        self.form = QFormLayout()
        self.rows: dict[str, QWidget] = {}
        self._row("kind", self.tr("&Kind *"), self.kind)
        self._row("description", self.tr("&Description *"), self.description)
        self._row("responsible", self.tr("&Responsible *"), self.responsible)
        self._row("amount", self.tr("&Amount *"), self.amount)
        self._row("hours", self.tr("H&ours *"), self.hours)
        self._row("item", self.tr("&What is delivered or done *"), self.item)
        self._row("payee", self.tr("&Paid to *"), self.payee)
        modes = QWidget()
        line = QHBoxLayout(modes)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.by_deadline)
        line.addWidget(self.in_instalments)
        line.addStretch(1)
        self.form.addRow("", modes)
        self.modes_row = modes
        self._row("deadline", self.tr("Dead&line *"), self.deadline)
        self.deadline.set_accessible_name(self.tr("Deadline"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Keep this &term"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.calculator)
        layout.addWidget(self.messages["plan"])
        layout.addWidget(self.shares)
        layout.addWidget(self.messages["shares"])
        layout.addWidget(buttons)

    def _row(self, key: str, label: str, widget: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.messages[key])
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(" *"))
        self.form.addRow(caption, holder)
        self.rows[key] = holder

    # --- filling ----------------------------------------------------------------------
    def set_term(self, term: TermInput) -> None:
        self.kind.setCurrentIndex(self.kind.findData(term.kind))
        self.description.setPlainText(term.description)
        for row in range(self.responsible.count()):
            item = self.responsible.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in term.responsible
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        if term.amount_cents is not None:
            self.amount.setText(plain_money(term.amount_cents))
        self.hours.setValue(term.hours or 0)
        self.item.setText(term.item)
        self.payee.setText(term.payee)
        self.deadline.set_value(term.deadline)
        if term.payments:
            frequency = Frequency(term.frequency) if term.frequency else None
            self.in_instalments.setChecked(True)
            self.calculator.set_plan(frequency, list(term.payments))
        self._kind_changed()
        self.shares.set_values(term.joint, term.shares)

    def measure(self) -> Measure:
        return MEASURE_OF[TermKind(self.kind.currentData())]

    def chosen(self) -> list[int]:
        items = [self.responsible.item(i) for i in range(self.responsible.count())]
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items
                if i.checkState() == Qt.CheckState.Checked]  # fmt: skip

    def _kind_changed(self) -> None:
        if self.measure() is Measure.MONEY and not self.payee.text().strip():
            self.payee.setText(self.victim_name)
        self._arrange()

    def _amount_changed(self) -> None:
        cents = parse_cents(self.amount.text())
        self.calculator.set_total(cents if cents and cents > 0 else None)
        self.shares.total_cents = cents

    def _responsible_changed(self) -> None:
        self.shares.set_people(self.chosen(), self.names)
        self._arrange()

    def _toggled(self, _button: object, on: bool) -> None:
        if on:
            self._arrange()

    def _arrange(self) -> None:
        """Show only the fields the kind of term measures."""
        measure = self.measure()
        money = measure is Measure.MONEY
        for key, shown in (("amount", money), ("hours", measure is Measure.HOURS),
                           ("item", measure is Measure.ITEM), ("payee", money)):  # fmt: skip
            self.rows[key].setVisible(shown)
            self.form.labelForField(self.rows[key]).setVisible(shown)
        self.modes_row.setVisible(money)
        planned = money and self.in_instalments.isChecked()
        self.rows["deadline"].setVisible(not planned)
        self.form.labelForField(self.rows["deadline"]).setVisible(not planned)
        self.calculator.setVisible(planned)
        self.shares.setVisible(money and len(self.chosen()) > 1)

    # --- the term ---------------------------------------------------------------------
    def term(self) -> TermInput:
        """The term as typed (fields of other measures left out)."""
        kind = TermKind(self.kind.currentData())
        measure = MEASURE_OF[kind]
        money = measure is Measure.MONEY
        planned = money and self.in_instalments.isChecked()
        responsible = tuple(self.chosen())
        shared = money and len(responsible) > 1
        return TermInput(
            kind=kind,
            description=self.description.toPlainText().strip(),
            responsible=responsible,
            amount_cents=parse_cents(self.amount.text()) if money else None,
            hours=self.hours.value() if measure is Measure.HOURS else None,
            item=self.item.text().strip() if measure is Measure.ITEM else "",
            payee=self.payee.text().strip() if money else "",
            deadline=None if planned else self.deadline.value(),
            frequency=self.calculator.current_frequency().value if planned else "",
            payments=tuple(self.calculator.payments()) if planned else (),
            joint=shared and self.shares.is_joint(),
            shares=(self.shares.shares() or ()) if shared else (),
        )

    def problems(self) -> dict[str, str]:
        """What the domain finds wrong with the term, plus what could not be read."""
        term = self.term()
        checked = term_problems(term.facts(), today=self.today)
        found = {key: domain_text(text) for key, text in checked.items()}
        money = self.measure() is Measure.MONEY
        if money and self.amount.text().strip() and parse_cents(self.amount.text()) is None:
            found["amount"] = self.tr("Type the amount like 480.00.")
        planned = money and self.in_instalments.isChecked()
        if planned and self.calculator.problem():
            found["plan"] = self.calculator.problem()
        elif planned and "deadline" in found:
            found["plan"] = found.pop("deadline")
        if not planned and self.deadline.problem():
            found["deadline"] = self.deadline.problem()
        if money and len(term.responsible) > 1 and self.shares.shares() is None:
            found["shares"] = self.tr("Type each share like 50.00.")
        return found

    def show_problems(self, problems: Mapping[str, str]) -> None:
        for key, message in self.messages.items():
            message.show_problem(problems.get(key, ""))
        widgets: dict[str, QWidget] = {
            "description": self.description, "responsible": self.responsible,
            "amount": self.amount, "hours": self.hours, "item": self.item, "payee": self.payee,
            "deadline": self.deadline, "plan": self.calculator.first_due,
            "shares": self.shares,
        }  # fmt: skip
        first = next((widgets[k] for k in widgets if k in problems), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Close with the term when nothing is wrong with it; else say what, keeping it all."""
        problems = self.problems()
        self.show_problems(problems)
        if problems:
            return False
        self.result_term = self.term()
        self.accept()
        return True
