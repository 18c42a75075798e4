"""Seal a closed case, or lift its seal to open it: either way with a reason, kept in the audit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.retention import seal_case, unseal_case
from vomdesk.ui.events import app_events
from vomdesk.ui.pages.case_monitoring.closing_dialog import RecidivismDialog
from vomdesk.ui.texts import correction_texts, problem_text
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.text_box import text_box


class SealDialog(QDialog):
    """Asks why; ``lifting`` opens a sealed case, otherwise the case is sealed."""

    def __init__(
        self, store: OpenStore, case_id: int, number: str, *, lifting: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.store, self.case_id, self.lifting = store, case_id, lifting
        if lifting:
            self.setWindowTitle(self.tr("Case {number} is sealed").format(number=number))
            text = self.tr(
                "This case is sealed under the program's retention policy or by a decision. "
                "To open it, lift the seal and say why: the reason is kept in the audit trail."
            )
            action = self.tr("Lift the seal and open")
        else:
            self.setWindowTitle(self.tr("Seal case {number}").format(number=number))
            text = self.tr(
                "A sealed case shows only its number in the list and in searches. Opening it "
                "again needs a reason, kept in the audit trail. Follow-ups can still be recorded."
            )
            action = self.tr("Seal the case")
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.why = text_box(self.tr("Reason"), 5)
        self.message = FieldMessage()
        form = QFormLayout()
        form.addRow(self.tr("&Why *"), self.why)
        form.addRow("", self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.follow_up_button = buttons.addButton(
            self.tr("Record the one-year check…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.follow_up_button.setToolTip(self.tr("Recorded without lifting the seal"))
        self.follow_up_button.clicked.connect(self.record_follow_up)
        self.follow_up_button.setVisible(lifting)
        self.follow_up: RecidivismDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)
        self.why.setFocus()

    def record_follow_up(self) -> RecidivismDialog:
        """The one-year check, recorded while the case stays sealed; then this dialog closes."""
        dialog = RecidivismDialog(self.store, self.case_id, self)
        dialog.accepted.connect(self.reject)  # recorded; the case is not opened
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        self.follow_up = dialog
        return dialog

    def save(self) -> bool:
        """Seal or lift; on a refusal the reason typed stays in the field."""
        why = self.why.toPlainText()
        try:
            if self.lifting:
                unseal_case(self.store, self.case_id, why)
            else:
                seal_case(self.store, self.case_id, why)
        except errors.NeedsCorrection as refused:
            self.message.show_problem(" ".join(correction_texts(refused).values()))
            self.why.setFocus()
            return False
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return False
        app_events().data_changed.emit("case")
        self.accept()
        return True
