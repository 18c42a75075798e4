"""Beside the terms: what the victim asked for, and the reasons a draft may need."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.agreements import TermFacts, money_total
from vomdesk.domain.choices import LOSS_LABELS, LossKind
from vomdesk.services.agreements import TermInput
from vomdesk.store.preparation_models import Loss
from vomdesk.ui.pages.agreement.texts import money_text
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.date_field import format_date
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.text_box import text_box


class AskedPanel(QWidget):
    """The victim's itemised losses and their total against the money terms; the reasons."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.losses_cents = 0
        self.source_deadline: date | None = None
        box = QGroupBox(self.tr("What the victim asked for"))
        self.losses = QTableWidget(0, 3)
        self.losses.setAccessibleName(self.tr("Losses the victim listed"))
        self.losses.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Description"), self.tr("Amount")]
        )
        self.losses.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.losses.setTabKeyNavigation(False)
        self.losses.verticalHeader().hide()
        self.losses.setShowGrid(False)
        header = self.losses.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.losses.setMaximumHeight(self.fontMetrics().height() * 8)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.losses)
        column.addWidget(self.totals)
        self.difference_caption = QLabel(self.tr("Why the amounts di&ffer *"))
        self.difference_reason = text_box(self.tr("Why the amounts differ"))
        self.difference_caption.setBuddy(self.difference_reason)
        self.difference_message = FieldMessage()
        self.deadline_caption = QLabel(
            self.tr("W&hy a term ends after the referral source's deadline *")
        )
        self.deadline_caption.setWordWrap(True)
        self.deadline_note = QLabel()
        self.deadline_note.setObjectName("help")
        self.deadline_reason = text_box(
            self.tr("Why a term ends after the referral source's deadline")
        )
        self.deadline_caption.setBuddy(self.deadline_reason)
        self.deadline_message = FieldMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        for widget in (self.difference_caption, self.difference_reason, self.difference_message,
                       self.deadline_caption, self.deadline_note, self.deadline_reason,
                       self.deadline_message):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch(1)
        self.difference_reason.textChanged.connect(self.edited)
        self.deadline_reason.textChanged.connect(self.edited)

    def show_losses(self, losses: Sequence[Loss], source_deadline: date | None) -> None:
        self.losses_cents = sum(loss.amount_cents for loss in losses)
        self.source_deadline = source_deadline
        self.losses.setRowCount(len(losses))
        for row, loss in enumerate(losses):
            try:
                kind = domain_text(LOSS_LABELS[LossKind(loss.kind)])
            except ValueError:
                kind = loss.kind
            amount = QTableWidgetItem(money_text(loss.amount_cents))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.losses.setItem(row, 0, QTableWidgetItem(kind))
            self.losses.setItem(row, 1, QTableWidgetItem(loss.description))
            self.losses.setItem(row, 2, amount)
        self.deadline_note.setText(
            self.tr("The referral source's deadline: {date}").format(
                date=format_date(source_deadline)
            )
        )

    def set_reasons(self, difference: str, deadline: str, read_only: bool) -> None:
        for field, text in ((self.difference_reason, difference), (self.deadline_reason, deadline)):
            field.blockSignals(True)
            field.setPlainText(text)
            field.blockSignals(False)
            field.setReadOnly(read_only)

    def reasons(self) -> tuple[str, str]:
        return self.difference_reason.toPlainText(), self.deadline_reason.toPlainText()

    def update_for(self, terms: Sequence[TermInput]) -> None:
        """Totals side by side; each reason field shown only when the terms call for it."""
        facts: list[TermFacts] = [t.facts() for t in terms]
        money = money_total(facts)
        if self.losses_cents:
            text = self.tr("Losses listed: {losses}. Money terms: {money}.").format(
                losses=money_text(self.losses_cents), money=money_text(money)
            )
        else:
            text = self.tr("The victim listed no losses. Money terms: {money}.").format(
                money=money_text(money)
            )
        self.totals.setText(text)
        differ = bool(self.losses_cents) and money != self.losses_cents
        differ = differ or bool(self.difference_reason.toPlainText().strip())
        for widget in (self.difference_caption, self.difference_reason):
            widget.setVisible(differ)
        late = self.source_deadline is not None and any(
            f.last_day is not None and f.last_day > self.source_deadline for f in facts
        )
        late = late or bool(self.deadline_reason.toPlainText().strip())
        for widget in (self.deadline_caption, self.deadline_note, self.deadline_reason):
            widget.setVisible(late)

    def show_problems(self, difference: str, deadline: str) -> None:
        self.difference_message.show_problem(difference)
        self.deadline_message.show_problem(deadline)
