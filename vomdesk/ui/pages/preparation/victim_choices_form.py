"""One victim's choices as fields: form of meeting, times, venue, people, room, words, losses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.choices import (
    FORM_LABELS,
    SEATING_LABELS,
    SPEAKS_FIRST_LABELS,
    LossKind,
    MeetingForm,
    Seating,
    SpeaksFirst,
)
from vomdesk.domain.parties import ROLE_LABELS
from vomdesk.services.choices import LossLine
from vomdesk.services.preparation import Preparation
from vomdesk.store.preparation_models import VictimChoicesBase
from vomdesk.ui.pages.preparation.availability_fields import AvailabilityFields
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.loss_table import LossTable, TypedLoss, format_cents

OTHER_PLACE = -1  # the venue combo's "Another place…"
_TEXTS = ("times_note", "other_place", "support_persons", "topics", "questions", "break_signal")


def _help(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("help")
    label.setWordWrap(True)
    return label


class VictimChoicesForm(QWidget):
    """Every field of the victim's choices; ``changed`` on each edit. Saving is the page's job."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages = {key: FieldMessage() for key in ("form", "venue", "attendees", "losses")}
        self.takes_part = QCheckBox(self.tr("The victim wants to &take part"))
        self.takes_part.setAccessibleName(self.tr("The victim wants to take part"))
        self.forms = QButtonGroup(self)
        self.form_radios: dict[MeetingForm, QRadioButton] = {}
        for kind in MeetingForm:
            radio = QRadioButton(domain_text(FORM_LABELS[kind]))
            radio.setAccessibleName(self.tr("Form of meeting: {form}").format(form=radio.text()))
            self.forms.addButton(radio)
            self.form_radios[kind] = radio
        self.order_warning = QLabel(self.tr("The no-contact order allows only indirect forms."))
        self.order_warning.setObjectName("fieldProblem")
        self.order_warning.setWordWrap(True)
        self.venue = QComboBox()
        self.other_place = QLineEdit()
        self.other_place.setMaxLength(300)
        self.attendees = QListWidget()
        self.attendees.setMaximumHeight(self.fontMetrics().height() * 7)
        self.support = QLineEdit()
        self.support.setMaxLength(300)
        self.support.setPlaceholderText(self.tr("e.g. her sister, a victim advocate"))
        self.seating = QComboBox()
        for seating in Seating:
            self.seating.addItem(domain_text(SEATING_LABELS[seating]), seating.value)
        self.speaks_first = QComboBox()
        for who in SpeaksFirst:
            self.speaks_first.addItem(domain_text(SPEAKS_FIRST_LABELS[who]), who.value)
        self.topics, self.questions = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.topics, self.questions):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(self.fontMetrics().height() * 6)
        self.break_signal = QLineEdit()
        self.break_signal.setMaxLength(300)
        self.break_signal.setPlaceholderText(self.tr("e.g. she turns over her card"))
        self.losses = LossTable()
        self.losses.tab_anchor = self.break_signal

        self.details = QWidget()
        rows = QFormLayout(self.details)
        rows.setContentsMargins(0, 0, 0, 0)
        radios = QVBoxLayout()
        for form_kind, radio in self.form_radios.items():
            radios.addWidget(radio)
            if form_kind is MeetingForm.DIRECT:
                radios.addWidget(self.order_warning)
        radios.addWidget(_help(self.tr("The victim decides.")))
        radios.addWidget(self.messages["form"])
        self._row(rows, self.tr("&Form of meeting *"), radios, self.form_radios[MeetingForm.DIRECT])
        self.times = AvailabilityFields(rows, days_label=self.tr("Preferred &days"),
                                        parts_label=self.tr("Parts of the da&y"),
                                        note_label=self.tr("T&imes"), parent=self)  # fmt: skip
        self._row(rows, self.tr("Ve&nue"), self._stack(self.venue, "venue"), self.venue)
        self._row(rows, self.tr("Other &place"), self.other_place, self.other_place)
        self._row(rows, self.tr("Who the victim &wants there"),
                  self._stack(self.attendees, "attendees"), self.attendees)  # fmt: skip
        self._row(rows, self.tr("S&upport persons"), self.support, self.support)
        self._row(rows, self.tr("&Seating"), self.seating, self.seating)
        speaks = QVBoxLayout()
        speaks.addWidget(self.speaks_first)
        speaks.addWidget(_help(self.tr("The victim decides who speaks first.")))
        self._row(rows, self.tr("Who speaks fi&rst"), speaks, self.speaks_first)
        self._row(rows, self.tr("T&opics to raise"), self._locked(self.topics), self.topics)
        self._row(rows, self.tr("&Questions for the offender"), self._locked(self.questions),
                  self.questions)  # fmt: skip
        self._row(rows, self.tr("How to ask for a &break or end"), self.break_signal,
                  self.break_signal)  # fmt: skip
        losses = QGroupBox(self.tr("Restitution sought"))
        losses_layout = QVBoxLayout(losses)
        losses_layout.addWidget(self.losses)
        losses_layout.addWidget(self.messages["losses"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.takes_part)
        layout.addWidget(self.details)
        layout.addWidget(losses)

        self.takes_part.toggled.connect(self._edited)
        self.forms.buttonToggled.connect(self._edited)
        self.venue.currentIndexChanged.connect(self._edited)
        self.attendees.itemChanged.connect(self._edited)
        for combo in (self.seating, self.speaks_first):
            combo.currentIndexChanged.connect(self._edited)
        for line in (self.other_place, self.support, self.break_signal):
            line.textChanged.connect(self._edited)
        self.topics.textChanged.connect(self._edited)
        self.questions.textChanged.connect(self._edited)
        self.times.changed.connect(self._edited)
        self.losses.changed.connect(self._edited)

    def _stack(self, widget: QWidget, key: str) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.messages[key])
        return column

    def _locked(self, edit: QPlainTextEdit) -> QHBoxLayout:
        """A victim-side field: a lock beside it and the tooltip saying so."""
        tip = self.tr("Never printed on documents for the offender side")
        lock = QLabel()
        size = self.fontMetrics().height()
        lock.setPixmap(qta.icon("mdi6.lock-outline").pixmap(QSize(size, size)))
        lock.setToolTip(tip)
        lock.setAccessibleName(self.tr("Confidential"))
        edit.setToolTip(tip)
        edit.setAccessibleDescription(tip)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(lock, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _row(self, form: QFormLayout, label: str, field: Any, buddy: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(buddy)
        if not buddy.accessibleName():
            buddy.setAccessibleName(label.replace("&", "").rstrip(" *"))
        form.addRow(caption, field)

    def _edited(self) -> None:
        self.other_place.setEnabled(self.venue.currentData() == OTHER_PLACE)
        self.details.setEnabled(self.takes_part.isChecked())
        self.changed.emit()

    # --- values -----------------------------------------------------------------------
    def fill(self, prep: Preparation, victim_id: int) -> None:
        """Show what is saved for this victim (or the defaults when nothing is)."""
        saved = prep.choices.get(victim_id)
        data = (
            VictimChoicesBase.model_validate(saved.model_dump()) if saved else VictimChoicesBase()
        )
        person = prep.participant(victim_id)
        self._list_venues(prep, data.venue_id)
        self._list_people(prep, victim_id)
        losses = [
            TypedLoss(LossKind(loss.kind), loss.description, format_cents(loss.amount_cents))
            for loss in prep.losses if loss.participant_id == victim_id
        ]  # fmt: skip
        self.restore({"takes_part": person.taking_part if person else True,
                      **data.model_dump(mode="json"),
                      "losses": [line.as_dict() for line in losses]})  # fmt: skip

    def _list_venues(self, prep: Preparation, saved_id: int | None) -> None:
        self.venue.blockSignals(True)
        self.venue.clear()
        self.venue.addItem(self.tr("Not chosen yet"), None)
        for venue in prep.venues:
            if not venue.retired:
                self.venue.addItem(venue.name, venue.id)
            elif venue.id == saved_id:
                retired = self.tr("{name} (no longer on the list)").format(name=venue.name)
                self.venue.addItem(retired, venue.id)
        self.venue.addItem(self.tr("Another place…"), OTHER_PLACE)
        self.venue.blockSignals(False)

    def _list_people(self, prep: Preparation, victim_id: int) -> None:
        self.attendees.blockSignals(True)
        self.attendees.clear()
        for other in prep.participants:
            if other.id == victim_id:
                continue
            role = domain_text(ROLE_LABELS[other.role])
            item = QListWidgetItem(self.tr("{name} ({role})").format(name=other.name, role=role))
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        if self.attendees.count():
            self.attendees.setCurrentRow(0)
        self.attendees.blockSignals(False)

    def restore(self, values: Mapping[str, Any]) -> None:
        """Show values as ``values()`` gives them (saved ones, or a kept draft). The places and
        people offered are those ``fill`` listed."""
        self.takes_part.setChecked(bool(values.get("takes_part", True)))
        self.forms.setExclusive(False)
        for form, radio in self.form_radios.items():
            radio.setChecked(values.get("form") == form.value)
        self.forms.setExclusive(True)
        self.times.set_values(values.get("days") or [], values.get("day_parts") or [],
                              str(values.get("times_note") or ""))  # fmt: skip
        other_place = str(values.get("other_place") or "")
        chosen = values.get("venue_id")
        if chosen is None and other_place:
            chosen = OTHER_PLACE
        self.venue.setCurrentIndex(max(self.venue.findData(chosen), 0))
        self.other_place.setText(other_place)
        wanted = set(values.get("attendees") or [])
        self.attendees.blockSignals(True)
        for row in range(self.attendees.count()):
            item = self.attendees.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.attendees.blockSignals(False)
        self.support.setText(str(values.get("support_persons") or ""))
        for combo, key in ((self.seating, "seating"), (self.speaks_first, "speaks_first")):
            combo.setCurrentIndex(max(combo.findData(values.get(key)), 0))
        self.topics.setPlainText(str(values.get("topics") or ""))
        self.questions.setPlainText(str(values.get("questions") or ""))
        self.break_signal.setText(str(values.get("break_signal") or ""))
        self.losses.set_lines([TypedLoss.from_dict(line) for line in values.get("losses") or []])
        self.show_problems({})
        self._edited()

    def chosen_form(self) -> MeetingForm | None:
        return next((f for f, radio in self.form_radios.items() if radio.isChecked()), None)

    def choices(self) -> VictimChoicesBase:
        days, parts, note = self.times.values()
        venue = self.venue.currentData()
        other = venue == OTHER_PLACE
        form = self.chosen_form()
        return VictimChoicesBase(
            form=form.value if form else None, days=days, day_parts=parts, times_note=note,
            venue_id=None if other else venue, other_place=self.other_place.text() if other else "",
            attendees=self.chosen_attendees(), support_persons=self.support.text(),
            seating=self.seating.currentData(), speaks_first=self.speaks_first.currentData(),
            topics=self.topics.toPlainText(), questions=self.questions.toPlainText(),
            break_signal=self.break_signal.text(),
        )  # fmt: skip

    def chosen_attendees(self) -> list[int]:
        items = (self.attendees.item(row) for row in range(self.attendees.count()))
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked]  # fmt: skip

    def loss_lines(self) -> tuple[list[LossLine], list[int]]:
        """The lines to save (blank ones left out) and the table row of each."""
        lines, rows = [], []
        for row, typed in enumerate(self.losses.typed()):
            if not typed.is_blank():
                lines.append(LossLine(typed.kind, typed.description, typed.cents()))
                rows.append(row)
        return lines, rows

    def values(self) -> dict[str, Any]:
        """Everything as typed, as plain JSON values: to tell whether the form differs from what
        was shown, and to keep as a draft (amounts stay as typed)."""
        return {"takes_part": self.takes_part.isChecked(),
                **self.choices().model_dump(mode="json"),
                "losses": [line.as_dict() for line in self.losses.typed()]}  # fmt: skip

    # --- messages ---------------------------------------------------------------------
    def show_problems(self, problems: dict[str, str], loss_rows: list[int] | None = None) -> None:
        for key in ("form", "venue", "attendees"):
            self.messages[key].show_problem(problems.get(key, ""))
        per_line: dict[int, str] = {}
        for key, text in problems.items():
            index = key.removeprefix("losses.")
            if key.startswith("losses.") and index.isdigit() and loss_rows is not None:
                per_line[loss_rows[int(index)]] = text
        self.losses.show_problems(per_line)
        self.messages["losses"].show_problem(
            self.tr("Correct the lines marked above.") if per_line else ""
        )
        fields = {"form": self.form_field(), "venue": self.venue, "attendees": self.attendees}
        for key, widget in fields.items():
            if key in problems:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def form_field(self) -> QWidget:
        """Where the cursor goes for the form of meeting: the chosen radio, else the first."""
        return self.forms.checkedButton() or self.form_radios[MeetingForm.DIRECT]

    def set_contact_order(self, restricts: bool) -> None:
        """Warn beside Direct when a no-contact order allows only indirect forms."""
        self.order_warning.setVisible(restricts)
