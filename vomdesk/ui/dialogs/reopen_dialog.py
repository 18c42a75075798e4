"""Reopen a closed case at an open stage, with the reason kept in its history."""

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

from vomdesk.domain.stages import STAGE_LABELS, Stage
from vomdesk.services import errors
from vomdesk.services.case_stages import reopen_case
from vomdesk.services.open_store import OpenStore
from vomdesk.ui.events import app_events
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.text_box import text_box


class ReopenDialog(QDialog):
    """Offers the open stages, the one the case was closed from first; a reason is required."""

    def __init__(
        self, store: OpenStore, case_id: int, closed_from: Stage | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.setWindowTitle(self.tr("Reopen the case"))
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Reopen at"))
        for stage in Stage:
            if stage is not Stage.CLOSED:
                self.stage.addItem(domain_text(STAGE_LABELS[stage]), stage)
        if closed_from is not None and self.stage.findData(closed_from) >= 0:
            self.stage.setCurrentIndex(self.stage.findData(closed_from))
        self.why = text_box(self.tr("Why the case is reopened"), 5)
        self.message = FieldMessage()
        note = QLabel(self.tr("The case's history keeps its closing and this reopening."))
        note.setObjectName("help")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reopen &at"), self.stage)
        form.addRow(self.tr("&Why *"), self.why)
        form.addRow("", self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Reopen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def save(self) -> bool:
        why = self.why.toPlainText().strip()
        if not why:
            self.message.show_problem(self.tr("Write why the case is reopened."))
            self.why.setFocus()
            return False
        try:
            reopen_case(self.store, self.case_id, self.stage.currentData(), why)
        except errors.NeedsCorrection as refused:
            self.message.show_problem(" ".join(correction_texts(refused).values()))
            return False
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return False
        app_events().data_changed.emit("case")
        self.accept()
        return True
