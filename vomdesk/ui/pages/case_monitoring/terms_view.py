"""One term of the agreement in force as the Monitoring tab shows it, with its buttons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain import ledger
from vomdesk.domain.agreements import Measure
from vomdesk.domain.ledger import ENTRY_LABELS, EntryKind
from vomdesk.domain.monitoring import MISSED_LABELS, MissedAction
from vomdesk.services.monitoring_view import TermProgress
from vomdesk.store.monitoring_models import LedgerLine
from vomdesk.ui.pages.agreement.texts import hours_text, kind_text, money_text
from vomdesk.ui.pages.case_monitoring.payment_dialog import method_text
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.date_field import format_date
from vomdesk.ui.widgets.field_message import FieldMessage

SHEET = "QFrame#missed { border: 1px solid #b26a00; border-radius: 6px; }"


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setShowGrid(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class TermBox(QGroupBox):
    """Money, hours or an item: progress, its lines, and what the mediator can record."""

    pay = Signal(object)  # TermProgress
    correct = Signal(object, object)  # TermProgress, LedgerLine
    pass_on = Signal(object)
    hours = Signal(object)
    done = Signal(object)
    missed_action = Signal(object, object)  # TermProgress, MissedAction

    def __init__(
        self,
        term: TermProgress,
        names: dict[int, str],
        on: date,
        *,
        read_only: bool,
        missed: bool,
        grace_days: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(f"{kind_text(term.term)}: {term.term.description}", parent)
        self.setStyleSheet(SHEET)
        self.term, self.names, self.on = term, names, on
        self.buttons: dict[str, QPushButton] = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Progress"))
        self.message = FieldMessage()
        self.ledger: QTableWidget | None = None
        self.lines: list[LedgerLine] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        if term.measure is Measure.MONEY:
            self._money(layout, row)
        elif term.measure is Measure.HOURS:
            self._hours(layout, row)
        else:
            self._item(row)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        if missed and not read_only:
            layout.addWidget(self._missed(grace_days))
        for action in term.actions:
            label = QLabel(
                self.tr("{action} on {day}: {reason}").format(
                    action=domain_text(MISSED_LABELS[MissedAction(action.action)]),
                    day=format_date(action.on),
                    reason=action.reason,
                )
            )
            label.setObjectName("help")
            label.setWordWrap(True)
            layout.addWidget(label)
        for button in self.buttons.values():
            button.setEnabled(not read_only)

    def _button(self, key: str, text: str, signal: SignalInstance, *args: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: signal.emit(*args))
        self.buttons[key] = button
        return button

    # --- money --------------------------------------------------------------------------
    def _money(self, layout: QVBoxLayout, row: QHBoxLayout) -> None:
        term, money = self.term, self.term.money
        assert money is not None
        entries = term.entries
        texts = [
            self.tr("Total {total} · received {received} · still owed {balance}").format(
                total=money_text(money.total),
                received=money_text(ledger.received(entries)),
                balance=money_text(term.open_cents()),
            )
        ]
        late = ledger.overdue(money, entries, self.on)
        since = ledger.overdue_since(money, entries, self.on)
        if late and since:
            texts.append(
                self.tr("Overdue: {amount} since {day}").format(
                    amount=money_text(late), day=format_date(since)
                )
            )
        coming = ledger.next_due(money, entries, self.on)
        if coming is not None:
            texts.append(
                self.tr("Next due: {amount} on {day}").format(
                    amount=money_text(coming.cents), day=format_date(coming.due)
                )
            )
        passed = ledger.passed_on(entries)
        if passed:
            texts.append(
                self.tr("Passed on to the payee: {amount}").format(amount=money_text(passed))
            )
        if not money.joint and len(money.offenders) > 1:
            for person in money.offenders:
                texts.append(
                    self.tr("{name}: share {share}, paid {paid}, still owed {balance}").format(
                        name=self.names.get(person, str(person)),
                        share=money_text(money.share_of(person)),
                        paid=money_text(ledger.received(entries, person)),
                        balance=money_text(max(0, ledger.balance(money, entries, person))),
                    )
                )
        self.summary.setText("\n".join(texts))
        self.ledger = _table(
            [
                self.tr("Date"),
                self.tr("What"),
                self.tr("Amount"),
                self.tr("Receipt"),
                self.tr("Paid by"),
                self.tr("Note"),
            ],
            self.tr("Ledger"),
        )
        self._fill_ledger()
        layout.addWidget(self.ledger)
        row.addWidget(self._button("pay", self.tr("Record a &payment…"), self.pay, term))
        correct = QPushButton(self.tr("C&orrect a line…"))
        correct.clicked.connect(self.correct_selected)
        self.buttons["correct"] = correct
        row.addWidget(correct)
        row.addWidget(
            self._button("pass_on", self.tr("Pass o&n to the payee…"), self.pass_on, term)
        )

    def _fill_ledger(self) -> None:
        assert self.ledger is not None
        self.lines = list(self.term.lines)
        corrected = {x.reverses_id for x in self.lines if x.reverses_id}
        self.ledger.setRowCount(len(self.lines))
        for index, line in enumerate(self.lines):
            kind = EntryKind(line.kind)
            what = domain_text(ENTRY_LABELS[kind])
            if line.id in corrected:
                what = self.tr("{what} (corrected)").format(what=what)
            elif kind is EntryKind.REVERSAL:
                target = next((x for x in self.lines if x.id == line.reverses_id), None)
                if target is not None and target.receipt_number:
                    what = self.tr("{what} of {receipt}").format(
                        what=what, receipt=target.receipt_number
                    )
            payer = self.names.get(line.offender_id or 0, "") if kind is EntryKind.PAYMENT else ""
            if kind is EntryKind.PAYMENT and line.method:
                payer = (
                    f"{payer} ({method_text(line.method)})" if payer else method_text(line.method)
                )
            amount = money_text(line.cents)
            if kind is EntryKind.REVERSAL:
                amount = f"−{amount}"
            cells = (
                format_date(line.on),
                what,
                amount,
                line.receipt_number or "",
                payer,
                line.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if line.id in corrected:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.ledger.setItem(index, column, item)
        self.ledger.setMinimumHeight(
            self.ledger.fontMetrics().height() * (min(len(self.lines), 6) + 3)
        )

    def select_line(self, line_id: int) -> None:
        assert self.ledger is not None
        row = next(i for i, x in enumerate(self.lines) if x.id == line_id)
        self.ledger.selectRow(row)

    def correct_selected(self) -> None:
        row = self.ledger.currentRow() if self.ledger is not None else -1
        if not 0 <= row < len(self.lines):
            self.message.show_problem(self.tr("Choose the line to correct in the ledger."))
            return
        self.message.show_problem("")
        self.correct.emit(self.term, self.lines[row])

    # --- hours and items ----------------------------------------------------------------
    def _hours(self, layout: QVBoxLayout, row: QHBoxLayout) -> None:
        term = self.term
        self.summary.setText(
            self.tr("{done} of {required} done").format(
                done=hours_text(term.hours_done), required=hours_text(term.term.hours)
            )
        )
        table = _table(
            [self.tr("Date"), self.tr("Hours"), self.tr("Site"), self.tr("Verified by")],
            self.tr("Hours worked"),
        )
        table.setRowCount(len(term.hours))
        for index, line in enumerate(term.hours):
            cells = (format_date(line.on), hours_text(line.hours), line.site, line.verified_by)
            for column, text in enumerate(cells):
                table.setItem(index, column, QTableWidgetItem(text))
        layout.addWidget(table)
        row.addWidget(self._button("hours", self.tr("Record &hours…"), self.hours, term))

    def _item(self, row: QHBoxLayout) -> None:
        term = self.term
        if term.done is not None:
            self.summary.setText(
                self.tr("Done on {day}: {evidence}").format(
                    day=format_date(term.done.done_on), evidence=term.done.evidence
                )
            )
            return
        deadline = term.term.deadline
        self.summary.setText(
            self.tr("Not done yet (by {day}).").format(day=format_date(deadline))
            if deadline
            else self.tr("Not done yet.")
        )
        row.addWidget(self._button("done", self.tr("&Mark done…"), self.done, term))

    # --- missed -------------------------------------------------------------------------
    def _missed(self, grace_days: int) -> QFrame:
        frame = QFrame()
        frame.setObjectName("missed")
        since = self.term.late_since(self.on)
        text = QLabel(
            self.tr("Behind since {day}, past the {days}-day grace period. What now?").format(
                day=format_date(since), days=grace_days
            )
        )
        text.setWordWrap(True)
        row = QHBoxLayout()
        for action, words in (
            (MissedAction.REMINDER, self.tr("Send a &reminder…")),
            (MissedAction.AMENDMENT, self.tr("&Amend the agreement…")),
            (MissedAction.RETURN, self.tr("Return to the referral &source…")),
        ):
            button = QPushButton(words)
            button.clicked.connect(lambda _=False, a=action: self.missed_action.emit(self.term, a))
            self.buttons[f"missed.{action.value}"] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(frame)
        layout.addWidget(text)
        layout.addLayout(row)
        return frame
