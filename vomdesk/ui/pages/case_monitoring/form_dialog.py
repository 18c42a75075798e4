"""A small dialog of labelled fields, each with its message, saved through one service call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services import errors
from vomdesk.ui.texts import correction_texts, problem_text
from vomdesk.ui.widgets.field_message import FieldMessage


class FormDialog(QDialog):
    """Rows keyed like the service's problem fields; a refused save keeps what was typed."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.general = FieldMessage()
        self.result_value: Any = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.general)
        self.layout_.addWidget(self.buttons)

    def add_field(self, key: str, label: str, widget: QWidget, name: str) -> QWidget:
        """A labelled field (``label`` with its mnemonic) and its message below."""
        widget.setAccessibleName(name)
        message = FieldMessage()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, holder)
        self.fields[key], self.messages[key] = widget, message
        return widget

    def add_help(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setObjectName("help")
        note.setWordWrap(True)
        self.form.addRow("", note)
        return note

    def message_texts(self) -> dict[str, str]:
        shown = {k: m.text() for k, m in self.messages.items() if m.text()}
        if self.general.text():
            shown[""] = self.general.text()
        return shown

    def show_problems(self, problems: dict[str, str]) -> None:
        for message in self.messages.values():
            message.show_problem("")
        self.general.show_problem("")
        rest = []
        for key, text in problems.items():
            if key in self.messages:
                self.messages[key].show_problem(text)
            else:
                rest.append(text)
        self.general.show_problem("\n".join(rest))
        first = next((self.fields[k] for k in problems if k in self.fields), None)
        if first is not None:
            first.setFocus()

    def attempt(self, call: Callable[[], Any]) -> bool:
        """Run the save; on success remember its answer and close the dialog."""
        try:
            self.result_value = call()
        except errors.NeedsCorrection as refused:
            self.show_problems(correction_texts(refused))
            return False
        except (errors.StoreProblem, OSError) as error:
            self.show_problems({"": problem_text(error)})
            return False
        self.accept()
        return True

    def save(self) -> bool:  # pragma: no cover - each dialog defines its own
        raise NotImplementedError
