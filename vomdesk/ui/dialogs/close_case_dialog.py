"""Close a case: a closing reason that fits its stage, and the mediator's written reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.stages import CLOSING_FROM, CLOSING_LABELS, ClosingReason, Stage
from vomdesk.services import errors
from vomdesk.services.case_stages import close_case
from vomdesk.services.closing import close_with_summary
from vomdesk.services.open_store import OpenStore
from vomdesk.ui.events import app_events
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.text_box import text_box


class CloseCaseDialog(QDialog):
    """Offers only the reasons that fit the stage; a written reason is always required."""

    def __init__(
        self,
        store: OpenStore,
        case_id: int,
        stage: Stage,
        suggested: ClosingReason | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        # A monitored case closes with a summary of how the agreement ended.
        self.monitored = stage in (Stage.AGREEMENT_SIGNED, Stage.MONITORING)
        self.setWindowTitle(self.tr("Close the case"))
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Closing reason"))
        for reason, stages in CLOSING_FROM.items():
            if stage in stages:
                self.reason.addItem(domain_text(CLOSING_LABELS[reason]), reason)
        if suggested is not None and self.reason.findData(suggested) >= 0:
            self.reason.setCurrentIndex(self.reason.findData(suggested))
        self.why = text_box(self.tr("Why the case is closed"), 5)
        self.message = FieldMessage()
        note = QLabel(
            self.tr("A closed case can be reopened later, with a reason; its history stays.")
        )
        note.setObjectName("help")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Reason *"), self.reason)
        if self.monitored:
            self.why.setAccessibleName(self.tr("Summary of how the case ended"))
            form.addRow(self.tr("&Summary *"), self.why)
        else:
            form.addRow(self.tr("&Why *"), self.why)
        form.addRow("", self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Close the case"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def save(self) -> bool:
        why = self.why.toPlainText().strip()
        if not why:
            self.message.show_problem(
                self.tr("Write a short summary of how the case ended.")
                if self.monitored
                else self.tr("Write why the case is closed.")
            )
            self.why.setFocus()
            return False
        try:
            if self.monitored:
                close_with_summary(self.store, self.case_id, self.reason.currentData(), why)
            else:
                close_case(self.store, self.case_id, self.reason.currentData(), why)
        except errors.NeedsCorrection as refused:
            self.message.show_problem(" ".join(correction_texts(refused).values()))
            return False
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return False
        app_events().data_changed.emit("case")
        self.accept()
        return True
