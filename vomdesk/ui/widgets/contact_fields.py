"""A participant's contact details, masked and marked with a lock when on the victim side."""

from __future__ import annotations

import re

import qtawesome as qta
from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vomdesk.store.case_models import ContactFields
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.masked_field import MaskedField

MAX_LENGTHS = {"address": 300, "phone": 60, "email": 200, "employer": 200}  # as the store keeps


class ContactBox(QGroupBox):
    """Address, phone, email and employer; phone and email are checked gently (never blocked)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Contact"))
        self.note = QWidget()
        lock = QLabel()
        size = self.fontMetrics().height()
        lock.setPixmap(qta.icon("mdi6.lock-outline").pixmap(QSize(size, size)))
        text = QLabel(
            self.tr("Victim side: confidential, never printed on documents for the offender side.")
        )
        text.setObjectName("help")
        text.setWordWrap(True)
        note_layout = QHBoxLayout(self.note)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addWidget(lock)
        note_layout.addWidget(text, 1)
        self.fields: dict[str, MaskedField] = {}
        self.warnings: dict[str, FieldMessage] = {}
        form = QFormLayout()
        labels = {
            "address": self.tr("A&ddress"),
            "phone": self.tr("P&hone"),
            "email": self.tr("&Email"),
            "employer": self.tr("Emplo&yer"),
        }
        for key, label in labels.items():
            field = MaskedField(
                accessible_name=label.replace("&", ""),
                read_only=read_only,
                max_length=MAX_LENGTHS[key],
            )
            field.changed.connect(self._edited)
            self.fields[key] = field
            self.warnings[key] = FieldMessage()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(self.warnings[key])
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        self.set_confidential(False)

    def values(self) -> ContactFields:
        return ContactFields(**{key: field.value().strip() for key, field in self.fields.items()})

    def set_values(self, contact: ContactFields) -> None:
        for key, field in self.fields.items():
            field.set_value(getattr(contact, key))
        self._check()

    def set_confidential(self, confidential: bool) -> None:
        for field in self.fields.values():
            field.set_confidential(confidential)
        self.note.setVisible(confidential)

    def conceal(self) -> None:
        for field in self.fields.values():
            field.conceal()

    def _edited(self) -> None:
        self._check()
        self.changed.emit()

    def _check(self) -> None:
        """Warn when a phone number or an email looks unusual; saving is still allowed."""
        phone = self.fields["phone"].value().strip()
        digits = len(re.sub(r"\D", "", phone))
        self.warnings["phone"].show_problem(
            self.tr("This phone number looks unusual; check it.")
            if phone and not 7 <= digits <= 15
            else ""
        )
        email = self.fields["email"].value().strip()
        self.warnings["email"].show_problem(
            self.tr("This does not look like an email address; check it.")
            if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email)
            else ""
        )
