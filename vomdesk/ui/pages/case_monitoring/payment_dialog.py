"""Money dialogs: record a payment, correct a ledger line, pass money on to the payee."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from vomdesk.domain import ledger
from vomdesk.domain.choices import parse_cents
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services.monitoring import pass_on, record_payment, reverse_line
from vomdesk.services.monitoring_view import TermProgress
from vomdesk.services.open_store import OpenStore
from vomdesk.ui.pages.agreement.texts import money_text
from vomdesk.ui.pages.case_monitoring.form_dialog import FormDialog
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.date_field import DateField, format_date
from vomdesk.ui.widgets.text_box import text_box

METHODS = {
    "cash": QT_TRANSLATE_NOOP("PaymentDialog", "Cash"),
    "check": QT_TRANSLATE_NOOP("PaymentDialog", "Check"),
    "money_order": QT_TRANSLATE_NOOP("PaymentDialog", "Money order"),
    "card": QT_TRANSLATE_NOOP("PaymentDialog", "Card"),
    "other": QT_TRANSLATE_NOOP("PaymentDialog", "Other"),
}


def method_text(code: str) -> str:
    return domain_text(METHODS[code]) if code in METHODS else code


class PaymentDialog(FormDialog):
    """A payment received for a money term; an overpayment needs its reason."""

    def __init__(
        self,
        store: OpenStore,
        case_id: int,
        term: TermProgress,
        names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record a payment"), self.tr("Record the payment"), parent)
        self.store, self.case_id, self.term = store, case_id, term
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 120.00"))
        self.add_field("amount", self.tr("&Amount *"), self.amount, self.tr("Amount"))
        self.on = DateField()
        self.on.set_value(date.today())
        self.add_field("on", self.tr("&Date *"), self.on, self.tr("Date of the payment"))
        self.offender = QComboBox()
        for person in term.term.responsible:
            self.offender.addItem(names.get(person, str(person)), person)
        self.add_field("offender", self.tr("&Paid by *"), self.offender, self.tr("Paid by"))
        self.method = QComboBox()
        for code, label in METHODS.items():
            self.method.addItem(domain_text(label), code)
        self.add_field("method", self.tr("&Method"), self.method, self.tr("Method"))
        self.received_by = QLineEdit()
        self.add_field(
            "received_by", self.tr("&Received by"), self.received_by, self.tr("Received by")
        )
        self.instalment = QComboBox()
        self.instalment.addItem(self.tr("Not for a particular instalment"), None)
        for number, payment in enumerate(term.term.payments, start=1):
            self.instalment.addItem(
                self.tr("No. {number}: {amount} due {due}").format(
                    number=number, amount=money_text(payment.cents), due=format_date(payment.due)
                ),
                number,
            )
        self.add_field("instalment", self.tr("&Instalment"), self.instalment, self.tr("Instalment"))
        self.overpayment = QLineEdit()
        self.add_field(
            "overpayment_reason",
            self.tr("&Why more than owed *"),
            self.overpayment,
            self.tr("Why more than what is owed"),
        )
        self.balance_note = self.add_help("")
        self.amount.textChanged.connect(self._amount_changed)
        self.offender.currentIndexChanged.connect(self._amount_changed)
        self._amount_changed()

    def balance(self) -> int:
        """What is still owed, by the chosen offender for a split term."""
        money = self.term.money
        assert money is not None
        offender = None if money.joint else self.offender.currentData()
        return ledger.balance(money, self.term.entries, offender)

    def over_balance(self) -> bool:
        cents = parse_cents(self.amount.text())
        return cents is not None and cents > self.balance()

    def _amount_changed(self) -> None:
        over = self.over_balance()
        holder = self.overpayment.parentWidget()
        assert holder is not None
        holder.setVisible(over)
        label = self.form.labelForField(holder)
        if label is not None:
            label.setVisible(over)
        self.balance_note.setText(
            self.tr("Still owed: {amount}. This is more than what is owed.").format(
                amount=money_text(self.balance())
            )
            if over
            else self.tr("Still owed: {amount}.").format(amount=money_text(self.balance()))
        )

    def save(self) -> bool:
        if self.on.problem():
            self.show_problems({"on": self.on.problem()})
            return False
        return self.attempt(
            lambda: record_payment(
                self.store,
                self.case_id,
                self.term.position,
                cents=parse_cents(self.amount.text()),
                on=self.on.value(),
                offender_id=self.offender.currentData(),
                method=str(self.method.currentData()),
                received_by=self.received_by.text(),
                instalment=self.instalment.currentData(),
                overpayment_reason=self.overpayment.text() if self.over_balance() else "",
            )
        )


class CorrectionDialog(FormDialog):
    """Correct one ledger line with a reversing line; the original stays, marked corrected."""

    def __init__(self, store: OpenStore, line_id: int, what: str, parent: QWidget | None = None):
        super().__init__(self.tr("Correct a line"), self.tr("Correct the line"), parent)
        self.store, self.line_id = store, line_id
        self.add_help(
            self.tr("{line} will be undone by a correcting line; nothing is deleted.").format(
                line=what
            )
        )
        self.reason = text_box()
        self.add_field(
            "reason", self.tr("&Why *"), self.reason, self.tr("Why the line is corrected")
        )

    def save(self) -> bool:
        return self.attempt(
            lambda: reverse_line(self.store, self.line_id, self.reason.toPlainText())
        )


class PassOnDialog(FormDialog):
    """Money handed on to the payee (never more than the program holds for the term)."""

    def __init__(
        self, store: OpenStore, case_id: int, term: TermProgress, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Pass on to the payee"), self.tr("Record"), parent)
        self.store, self.case_id, self.term = store, case_id, term
        held = ledger.received(term.entries) - ledger.passed_on(term.entries)
        self.add_help(
            self.tr("The program holds {amount} for this term.").format(amount=money_text(held))
        )
        self.amount = QLineEdit()
        self.amount.setText(f"{held // 100}.{held % 100:02d}" if held > 0 else "")
        self.add_field("amount", self.tr("&Amount *"), self.amount, self.tr("Amount passed on"))
        self.on = DateField()
        self.on.set_value(date.today())
        self.add_field("on", self.tr("&Date *"), self.on, self.tr("Date passed on"))
        self.note = QLineEdit()
        self.add_field("note", self.tr("&Note"), self.note, self.tr("Note"))

    def save(self) -> bool:
        return self.attempt(
            lambda: pass_on(
                self.store,
                self.case_id,
                self.term.position,
                cents=parse_cents(self.amount.text()),
                on=self.on.value(),
                note=self.note.text(),
            )
        )
