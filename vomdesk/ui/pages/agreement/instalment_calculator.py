"""An instalment plan: total, first due date, frequency, by count or by amount, and a preview."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from vomdesk.domain.choices import parse_cents
from vomdesk.domain.instalments import (
    FREQUENCY_LABELS,
    MAX_PAYMENTS,
    Frequency,
    Payment,
    PlanProblem,
    plan,
    split_evenly,
)
from vomdesk.ui.pages.agreement.texts import money_text, plain_money
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.date_field import DateField, format_date
from vomdesk.ui.widgets.field_message import FieldMessage


class InstalmentCalculator(QGroupBox):
    """Makes the plan as the mediator types; ``payments()`` is the plan shown in the preview."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Instalment plan"))
        self.total_cents: int | None = None
        self._payments: list[Payment] = []
        self._problem = ""
        self.total = QLabel()
        self.first_due = DateField(accessible_name=self.tr("First payment due"))
        self.frequency = QComboBox()
        self.frequency.setAccessibleName(self.tr("How often"))
        for frequency, label in FREQUENCY_LABELS.items():
            self.frequency.addItem(domain_text(label), frequency)
        self.frequency.setCurrentIndex(self.frequency.findData(Frequency.MONTHLY))
        self.by_count = QRadioButton(self.tr("By &number of payments"))
        self.by_amount = QRadioButton(self.tr("By amount &each"))
        self.by_count.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_count)
        self.mode.addButton(self.by_amount)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_PAYMENTS)
        self.count.setValue(3)
        self.count.setAccessibleName(self.tr("Number of payments"))
        self.each = QLineEdit()
        self.each.setPlaceholderText(self.tr("e.g. 50.00"))
        self.each.setAccessibleName(self.tr("Amount of each payment"))
        self.preview = QTableWidget(0, 2)
        self.preview.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Amount")])
        self.preview.setAccessibleName(self.tr("Payment schedule"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        self.preview.verticalHeader().hide()
        self.preview.setShowGrid(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.setMaximumHeight(self.fontMetrics().height() * 9)
        self.message = FieldMessage()
        form = QFormLayout(self)
        form.addRow(self.tr("Total"), self.total)
        first_caption = QLabel(self.tr("&First payment due *"))
        first_caption.setBuddy(self.first_due)
        form.addRow(first_caption, self.first_due)
        often_caption = QLabel(self.tr("&How often *"))
        often_caption.setBuddy(self.frequency)
        form.addRow(often_caption, self.frequency)
        count_row = QHBoxLayout()
        count_row.addWidget(self.by_count)
        count_row.addWidget(self.count)
        count_row.addStretch(1)
        each_row = QHBoxLayout()
        each_row.addWidget(self.by_amount)
        each_row.addWidget(self.each)
        form.addRow(count_row)
        form.addRow(each_row)
        form.addRow(self.preview)
        form.addRow(self.message)
        self.first_due.changed.connect(self.recalculate)
        self.frequency.currentIndexChanged.connect(self.recalculate)
        self.count.valueChanged.connect(self.recalculate)
        self.each.textChanged.connect(self.recalculate)
        self.mode.buttonToggled.connect(self._toggled)
        self.set_total(None)

    # --- values -----------------------------------------------------------------------
    def set_total(self, cents: int | None) -> None:
        self.total_cents = cents
        self.total.setText(money_text(cents) if cents else self.tr("Enter the amount first."))
        self.recalculate()

    def set_plan(self, frequency: Frequency | None, payments: list[Payment]) -> None:
        """Show a plan made before (a term being edited)."""
        if not payments:
            return
        total = sum(p.cents for p in payments)
        self.total_cents = total
        self.total.setText(money_text(total))
        index = self.frequency.findData(frequency or Frequency.MONTHLY)
        self.frequency.setCurrentIndex(max(index, 0))
        self.first_due.set_value(payments[0].due)
        amounts = [p.cents for p in payments]
        if amounts == split_evenly(total, len(amounts)):
            self.by_count.setChecked(True)
            self.count.setValue(len(amounts))
        else:
            self.by_amount.setChecked(True)
            self.each.setText(plain_money(amounts[0]))
        self.recalculate()

    def payments(self) -> list[Payment]:
        return list(self._payments)

    def current_frequency(self) -> Frequency:
        return Frequency(self.frequency.currentData())

    def problem(self) -> str:
        return self._problem

    def first_day(self) -> date | None:
        return self.first_due.value()

    # --- making the plan --------------------------------------------------------------
    def _make(self) -> list[Payment]:
        if not self.total_cents:
            raise PlanProblem("")
        if self.first_due.problem():
            raise PlanProblem(self.first_due.problem())
        first = self.first_due.value()
        if first is None:
            raise PlanProblem(self.tr("Enter when the first payment is due."))
        if self.by_count.isChecked():
            return plan(self.total_cents, first, self.current_frequency(), count=self.count.value())
        each = parse_cents(self.each.text())
        if each is None:
            raise PlanProblem(self.tr("Type the amount of each payment, like 50.00."))
        return plan(self.total_cents, first, self.current_frequency(), amount_cents=each)

    def _toggled(self, _button: object, on: bool) -> None:
        if on:
            self.recalculate()

    def recalculate(self) -> None:
        """Make the plan again from what is typed and show it (or why it cannot be made)."""
        self.count.setEnabled(self.by_count.isChecked())
        self.each.setEnabled(self.by_amount.isChecked())
        try:
            self._payments, self._problem = self._make(), ""
        except PlanProblem as problem:
            self._payments, self._problem = [], domain_text(str(problem))
        self.message.show_problem(self._problem)
        self.preview.setRowCount(len(self._payments))
        for row, payment in enumerate(self._payments):
            due = QTableWidgetItem(format_date(payment.due))
            due.setData(Qt.ItemDataRole.UserRole, payment.due)
            amount = QTableWidgetItem(money_text(payment.cents))
            amount.setData(Qt.ItemDataRole.UserRole, payment.cents)
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.preview.setItem(row, 0, due)
            self.preview.setItem(row, 1, amount)
        self.changed.emit()

    def preview_rows(self) -> list[tuple[date, int]]:
        """The preview as shown: (due date, cents) per row."""
        rows = []
        for row in range(self.preview.rowCount()):
            due, amount = self.preview.item(row, 0), self.preview.item(row, 1)
            assert due is not None and amount is not None
            rows.append(
                (due.data(Qt.ItemDataRole.UserRole), int(amount.data(Qt.ItemDataRole.UserRole)))
            )
        return rows

    def show_problem(self, text: str) -> None:
        """A check of the whole term about the plan (e.g. the first payment is in the past)."""
        self.message.show_problem(text or self._problem)
