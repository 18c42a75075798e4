"""The mediator's declaration of any conflict of interest in a case, and the last one made."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.safety import declare_conflict
from vomdesk.store.preparation_models import ConflictDeclaration
from vomdesk.ui.texts import correction_texts, problem_text
from vomdesk.ui.widgets.date_field import format_date
from vomdesk.ui.widgets.field_message import FieldMessage


class ConflictBox(QGroupBox):
    """Who declares, no conflict / a conflict with a note, and Declare; ``declared`` after,
    ``changed`` when the choice or the note is edited."""

    declared = Signal()
    changed = Signal()

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.setTitle(self.tr("Conflict of interest"))
        self.mediator = QLineEdit()
        self.mediator.setMaxLength(120)
        self.mediator.setAccessibleName(self.tr("Mediator"))
        self.no_conflict = QRadioButton(self.tr("I have no &conflict of interest in this case"))
        self.has_conflict = QRadioButton(self.tr("I &have a conflict of interest:"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.no_conflict)
        self.choice.addButton(self.has_conflict)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("What the conflict is"))
        self.note.setPlaceholderText(self.tr("e.g. I know the offender's family"))
        self.note.setEnabled(False)
        self.declare_button = QPushButton(
            qta.icon("mdi6.check-decagram-outline"), self.tr("&Declare")
        )
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.mediator_message, self.message = FieldMessage(), FieldMessage()
        caption = QLabel(self.tr("&Mediator"))
        caption.setBuddy(self.mediator)
        mediator_column = QVBoxLayout()
        mediator_column.setSpacing(2)
        mediator_column.addWidget(self.mediator)
        mediator_column.addWidget(self.mediator_message)
        form = QFormLayout(self)
        form.addRow(caption, mediator_column)
        form.addRow(self.no_conflict)
        form.addRow(self.has_conflict)
        form.addRow(self.note)
        form.addRow(self.message)
        declare_row = QHBoxLayout()
        declare_row.addWidget(self.declare_button)
        declare_row.addStretch(1)
        form.addRow(declare_row)
        form.addRow(self.last)
        self.has_conflict.toggled.connect(self.note.setEnabled)
        self.choice.buttonToggled.connect(lambda *_: self.changed.emit())
        self.note.textChanged.connect(lambda *_: self.changed.emit())
        self.declare_button.clicked.connect(self.declare)

    def show_declaration(self, last: ConflictDeclaration | None, default_name: str) -> None:
        """Show the last declaration; offer a name unless the mediator is typing one."""
        if not self.mediator.isModified() and not self.mediator.text().strip():
            self.mediator.setText(default_name or (last.mediator if last else ""))
        if last is None:
            self.last.setText(self.tr("No declaration yet."))
        elif last.has_conflict:
            self.last.setText(
                self.tr("Declared on {date} by {name}: a conflict of interest ({note}).").format(
                    date=format_date(last.declared_on), name=last.mediator, note=last.note
                )
            )
        else:
            self.last.setText(
                self.tr("Declared on {date} by {name}: no conflict of interest.").format(
                    date=format_date(last.declared_on), name=last.mediator
                )
            )

    def pending(self) -> bool:
        """A choice made (or a note typed) but not declared yet."""
        return self.choice.checkedButton() is not None or bool(self.note.text().strip())

    def typed(self) -> dict[str, Any]:
        """The choice ("no", "yes" or "") and the note, as plain values for a draft."""
        chosen = (
            "yes" if self.has_conflict.isChecked() else "no" if self.no_conflict.isChecked() else ""
        )
        return {"conflict": chosen, "conflict_note": self.note.text()}

    def restore(self, values: Mapping[str, Any]) -> None:
        """Show a choice and note as ``typed()`` gives them."""
        self.clear()
        chosen = values.get("conflict")
        if chosen in ("yes", "no"):
            (self.has_conflict if chosen == "yes" else self.no_conflict).setChecked(True)
        self.note.setText(str(values.get("conflict_note") or ""))

    def clear(self) -> None:
        self.choice.setExclusive(False)
        self.no_conflict.setChecked(False)
        self.has_conflict.setChecked(False)
        self.choice.setExclusive(True)
        self.note.clear()

    def declare(self) -> bool:
        self.mediator_message.show_problem("")
        self.message.show_problem("")
        if self.choice.checkedButton() is None:
            self.message.show_problem(self.tr("Choose whether you have a conflict of interest."))
            self.no_conflict.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        has_conflict = self.has_conflict.isChecked()
        try:
            declare_conflict(
                self.store,
                self.case_id,
                mediator=self.mediator.text(),
                has_conflict=has_conflict,
                note=self.note.text() if has_conflict else "",
            )
        except errors.NeedsCorrection as refused:
            problems = correction_texts(refused)
            self.mediator_message.show_problem(problems.pop("mediator", ""))
            self.message.show_problem(" ".join(problems.values()))
            return False
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return False
        self.clear()
        self.declared.emit()
        return True
