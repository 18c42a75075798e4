"""Dialogs that ask for a written reason: going ahead without a gate, cancelling a session."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.gates import GATE_LABELS, Gate
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.safety import override_gate
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.field_message import FieldMessage


class ReasonDialog(QDialog):
    """A short explanation, a required reason, and a button that hands the reason to ``act``.

    ``act`` writes to the store; a refusal is shown under the reason and the text is kept.
    """

    def __init__(
        self,
        title: str,
        explanation: str,
        act: Callable[[str], None],
        *,
        ok_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.act = act
        self.setWindowTitle(title)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("help")
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMinimumHeight(self.fontMetrics().height() * 4)
        self.message = FieldMessage()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        caption = QLabel(self.tr("&Reason *"))
        caption.setBuddy(self.reason)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.reason)
        column.addWidget(self.message)
        self.form.addRow(caption, column)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or self.tr("&Save"))
        self.ok_button.setIcon(qta.icon("mdi6.check"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Hand over the reason; on a refusal say why and keep what was typed."""
        try:
            self.act(self.reason.toPlainText())
        except errors.NeedsCorrection as refused:
            self.message.show_problem(" ".join(correction_texts(refused).values()))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return False
        self.accept()
        return True


class OverrideDialog(ReasonDialog):
    """Go ahead without one of the gates that may be set aside, with the reason in writing."""

    def __init__(
        self,
        store: OpenStore,
        case_id: int,
        gates: Sequence[Gate],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", "", self._override, parent=parent)
        self.store, self.case_id = store, case_id
        self.setWindowTitle(self.tr("Go ahead without a gate"))
        self.explanation.setText(
            self.tr(
                "Consent and a no-contact order cannot be set aside. The reason is kept in the "
                "case history, with your name and the time."
            )
        )
        self.ok_button.setText(self.tr("&Go ahead"))
        self.gate = QComboBox()
        for gate in gates:
            self.gate.addItem(domain_text(GATE_LABELS[gate]), gate.value)
        self.gate.setAccessibleName(self.tr("Gate"))
        caption = QLabel(self.tr("&Without"))
        caption.setBuddy(self.gate)
        self.form.insertRow(0, caption, self.gate)
        self.reason.setPlaceholderText(
            self.tr(
                "e.g. The victim asked to meet before the plan is written; we agreed it by phone."
            )
        )
        self.ok_button.setEnabled(bool(gates))
        self.gate.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> Gate | None:
        value = self.gate.currentData()
        return Gate(value) if value else None

    def _override(self, reason: str) -> None:
        gate = self.chosen()
        if gate is None:
            return
        override_gate(self.store, self.case_id, gate, reason)
