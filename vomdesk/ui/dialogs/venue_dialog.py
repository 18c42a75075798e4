"""Add or change one of the program's venues: name, address, access, waiting rooms, notes."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.venues import save_venue
from vomdesk.store.preparation_models import Venue, VenueBase
from vomdesk.ui.texts import correction_texts, problem_text
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.text_box import text_box


class VenueDialog(QDialog):
    """Saves the venue straight to the store; a refused save keeps what was typed."""

    def __init__(
        self, store: OpenStore, venue: Venue | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.venue_id = venue.id if venue is not None else None
        self.saved_id: int | None = self.venue_id
        self.setWindowTitle(self.tr("Add a venue") if venue is None else self.tr("Venue"))
        self.name_message = FieldMessage()
        self.general = FieldMessage()

        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.address = text_box()
        self.accessible = QCheckBox(self.tr("&Accessible"))
        self.accessible.setAccessibleName(self.tr("Accessible"))
        self.accessible.setToolTip(self.tr("Step-free entrance and an accessible toilet."))
        self.waiting_rooms = QCheckBox(self.tr("Separate &private waiting rooms"))
        self.waiting_rooms.setAccessibleName(self.tr("Private waiting rooms"))
        self.waiting_rooms.setToolTip(
            self.tr("Lets the victim and the offender wait apart before the meeting.")
        )
        self.notes = QLineEdit()
        self.notes.setMaxLength(500)
        self.notes.setPlaceholderText(self.tr("e.g. ask the caretaker for the key"))

        form = QFormLayout()
        self._row(form, self.tr("&Name *"), self.name, self.name_message)
        self._row(form, self.tr("A&ddress"), self.address)
        form.addRow("", self.accessible)
        form.addRow("", self.waiting_rooms)
        self._row(form, self.tr("N&otes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setIcon(qta.icon("mdi6.content-save-outline"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

        if venue is not None:
            self.name.setText(venue.name)
            self.address.setPlainText(venue.address)
            self.accessible.setChecked(venue.accessible)
            self.waiting_rooms.setChecked(venue.private_waiting_rooms)
            self.notes.setText(venue.notes)
        self.name.textChanged.connect(lambda _text: self.name_message.show_problem(""))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.name.setFocus()

    def _row(
        self, form: QFormLayout, label: str, widget: QWidget, message: FieldMessage | None = None
    ) -> None:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        if message is not None:
            column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(" *"))
        form.addRow(caption, column)

    def data(self) -> VenueBase:
        return VenueBase(
            name=self.name.text().strip(),
            address=self.address.toPlainText().strip(),
            accessible=self.accessible.isChecked(),
            private_waiting_rooms=self.waiting_rooms.isChecked(),
            notes=self.notes.text().strip(),
        )

    def save(self) -> None:
        """Save the venue; a problem is shown next to its field and the dialog stays open."""
        if not self.name.text().strip():
            self.show_problems({"name": self.tr("Give the venue a name.")})
            return
        try:
            self.saved_id = save_venue(self.store, self.data(), self.venue_id)
        except errors.NeedsCorrection as refused:
            self.show_problems(correction_texts(refused))
            return
        except (errors.StoreProblem, OSError) as error:
            self.show_problems({"store": problem_text(error)})
            return
        self.accept()

    def show_problems(self, problems: dict[str, str]) -> None:
        self.name_message.show_problem(problems.get("name", ""))
        self.general.show_problem(" ".join(t for k, t in problems.items() if k != "name"))
        if "name" in problems:
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
