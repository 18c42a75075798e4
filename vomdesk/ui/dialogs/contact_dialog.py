"""Add or change a contact or pre-mediation meeting: when, how, with whom, how long, notes."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from datetime import time as dt_time

import qtawesome as qta
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.meetings import MAX_MINUTES, MODE_LABELS, ContactMode
from vomdesk.domain.parties import ROLE_LABELS
from vomdesk.services import errors
from vomdesk.services.meetings import save_contact
from vomdesk.services.open_store import OpenStore
from vomdesk.services.participants import ParticipantView
from vomdesk.store.preparation_models import PreparationContact
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.date_field import DateField
from vomdesk.ui.widgets.field_message import FieldMessage

_KEYS = ("on", "with_whom", "minutes")


class ContactDialog(QDialog):
    """Saves the contact in the store on Save; ``saved_id`` is its id afterwards."""

    def __init__(
        self,
        store: OpenStore,
        case_id: int,
        participants: Sequence[ParticipantView],
        *,
        contact: PreparationContact | None = None,
        preselect: Collection[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.contact_id = contact.id if contact is not None else None
        self.saved_id: int | None = self.contact_id
        self.setWindowTitle(self.tr("Add a meeting") if contact is None else self.tr("Meeting"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)  # names fit
        self.messages = {key: FieldMessage() for key in _KEYS}
        self.general = FieldMessage()

        self.on = DateField()
        self.took_place = QCheckBox(self.tr("&Took place"))
        self.took_place.setToolTip(self.tr("Leave unticked for a meeting that is planned."))
        self.timed = QCheckBox(self.tr("At a set ti&me"))
        self.time = QTimeEdit(QTime(10, 0))
        self.time.setAccessibleName(self.tr("Time"))
        self.mode = QComboBox()
        for mode in ContactMode:
            self.mode.addItem(domain_text(MODE_LABELS[mode]), mode.value)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.with_whom = QListWidget()
        self.with_whom.setMaximumHeight(self.fontMetrics().height() * 7)
        for person in participants:
            role = domain_text(ROLE_LABELS[person.role])
            item = QListWidgetItem(self.tr("{name} ({role})").format(name=person.name, role=role))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
            item.setCheckState(Qt.CheckState.Unchecked)
            self.with_whom.addItem(item)
        if self.with_whom.count():
            self.with_whom.setCurrentRow(0)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 6)

        form = QFormLayout()
        self._row(form, self.tr("&Date *"), self.on, "on")
        form.addRow("", self.took_place)
        time_row = QHBoxLayout()
        time_row.addWidget(self.timed)
        time_row.addWidget(self.time)
        time_row.addStretch(1)
        self.time_caption = QLabel(self.tr("Time"))
        form.addRow(self.time_caption, time_row)
        self._row(form, self.tr("&How"), self.mode, None)
        self.minutes_caption = self._row(form, self.tr("&Length"), self.minutes, "minutes")
        self._row(form, self.tr("With &whom *"), self.with_whom, "with_whom")
        self._row(form, self.tr("&Notes"), self.notes, None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setIcon(qta.icon("mdi6.content-save-outline"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

        self.fill(contact, preselect)
        self.took_place.toggled.connect(self._timing_changed)
        self.timed.toggled.connect(self._timing_changed)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.on.setFocus()

    def _row(self, form: QFormLayout, label: str, widget: QWidget, key: str | None) -> QLabel:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        if key is not None:
            column.addWidget(self.messages[key])
        caption = QLabel(label)
        caption.setBuddy(widget)
        name = label.replace("&", "").rstrip(" *")
        widget.setAccessibleName(name)
        if isinstance(widget, DateField):
            widget.set_accessible_name(name)
        form.addRow(caption, column)
        return caption

    # --- values -----------------------------------------------------------------------
    def fill(self, contact: PreparationContact | None, preselect: Collection[int]) -> None:
        chosen = set(contact.with_whom if contact is not None else preselect)
        for row in range(self.with_whom.count()):
            item = self.with_whom.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if contact is None:
            self.on.set_value(date.today())
            self.took_place.setChecked(True)
            self.minutes.setValue(60)
        else:
            self.on.set_value(contact.on)
            self.took_place.setChecked(contact.done)
            self.mode.setCurrentIndex(max(self.mode.findData(contact.mode), 0))
            self.minutes.setValue(contact.minutes)
            self.notes.setPlainText(contact.notes)
            if contact.starts_at is not None:
                local = contact.starts_at.astimezone()
                self.timed.setChecked(True)
                self.time.setTime(QTime(local.hour, local.minute))
        self._timing_changed()
        self._mode_changed()

    def chosen_people(self) -> list[int]:
        return [
            int(self.with_whom.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.with_whom.count())
            if self.with_whom.item(row).checkState() == Qt.CheckState.Checked
        ]

    def current_mode(self) -> ContactMode:
        return ContactMode(self.mode.currentData())

    def starts_at(self, on: date | None) -> datetime | None:
        """A planned meeting's start, in local time; None for one that took place."""
        if on is None or self.took_place.isChecked() or not self.timed.isChecked():
            return None
        time = self.time.time()
        return datetime.combine(on, dt_time(time.hour(), time.minute())).astimezone()

    # --- reacting ---------------------------------------------------------------------
    def _timing_changed(self) -> None:
        planned = not self.took_place.isChecked()
        self.timed.setEnabled(planned)
        self.time.setEnabled(planned and self.timed.isChecked())
        self.time_caption.setEnabled(planned)

    def _mode_changed(self) -> None:
        letter = self.current_mode() is ContactMode.LETTER
        self.minutes.setVisible(not letter)
        self.minutes_caption.setVisible(not letter)
        if letter:
            self.messages["minutes"].show_problem("")

    # --- saving -----------------------------------------------------------------------
    def show_problems(self, problems: dict[str, str]) -> None:
        for key, message in self.messages.items():
            message.show_problem(problems.get(key, ""))
        self.general.show_problem(" ".join(t for k, t in problems.items() if k not in _KEYS))
        fields = {"on": self.on, "with_whom": self.with_whom, "minutes": self.minutes}
        for key in _KEYS:
            if key in problems:
                fields[key].setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def save(self) -> None:
        """Save into the case; on a problem keep everything typed and say what to correct."""
        if self.on.problem():
            self.show_problems({"on": self.on.problem()})
            return
        on = self.on.value()
        try:
            self.saved_id = save_contact(
                self.store,
                self.case_id,
                contact_id=self.contact_id,
                on=on,
                starts_at=self.starts_at(on),
                done=self.took_place.isChecked(),
                mode=self.current_mode(),
                minutes=self.minutes.value(),
                with_whom=self.chosen_people(),
                notes=self.notes.toPlainText(),
            )
        except errors.NeedsCorrection as refused:
            self.show_problems(correction_texts(refused))
            return
        except (errors.StoreProblem, OSError) as error:
            self.show_problems({"store": problem_text(error)})
            return
        self.accept()
