"""Add or reword a screening checklist question: its words and the answers that raise a flag."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.screening import ANSWER_LABELS, Answer
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.field_message import FieldMessage


def row_of(*widgets: QWidget | None) -> QHBoxLayout:
    """Widgets side by side; None is a stretch."""
    row = QHBoxLayout()
    for widget in widgets:
        if widget is None:
            row.addStretch(1)
        else:
            row.addWidget(widget)
    return row


class QuestionDialog(QDialog):
    """A checklist question's words and the answers that raise a red flag."""

    def __init__(
        self, title: str, text: str = "", flag_on: frozenset[Answer] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QLineEdit(text)
        self.text.setMaxLength(300)
        self.text.setAccessibleName(self.tr("Question"))
        self.text_message = FieldMessage()
        self.flags = {
            answer: QCheckBox(domain_text(label)) for answer, label in ANSWER_LABELS.items()
        }
        for answer, box in self.flags.items():
            box.setChecked(answer in flag_on)
            box.setAccessibleName(
                self.tr("Red flag on {answer}").format(answer=domain_text(ANSWER_LABELS[answer]))
            )
        caption = QLabel(self.tr("&Question *"))
        caption.setBuddy(self.text)
        form = QFormLayout()
        column = QVBoxLayout()
        column.addWidget(self.text)
        column.addWidget(self.text_message)
        form.addRow(caption, column)
        form.addRow(self.tr("Red flag when the answer is"), row_of(*self.flags.values(), None))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        self.text.setFocus()

    def flag_on(self) -> frozenset[Answer]:
        return frozenset(answer for answer, box in self.flags.items() if box.isChecked())

    def check_and_accept(self) -> None:
        if not self.text.text().strip():
            self.text_message.show_problem(self.tr("Type the question."))
            self.text.setFocus()
            return
        self.accept()
