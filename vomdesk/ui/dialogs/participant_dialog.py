"""Add or change a participant: role, who they are, their needs, whom they accompany, contact."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain import settings as setting
from vomdesk.domain.intake import participant_problems, removal_problem
from vomdesk.domain.parties import (
    COMPANIONS,
    PRINCIPALS,
    ROLE_LABELS,
    Role,
    contact_is_confidential,
    side_of,
)
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.participants import add_participant, update_participant
from vomdesk.store.case_models import ParticipantCreate, ParticipantUpdate
from vomdesk.ui.events import app_events
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.contact_fields import ContactBox
from vomdesk.ui.widgets.date_field import DateField
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.same_person import SamePersonPanel

_FIELDS = ("role", "name", "birth", "is_organisation", "preferred_language",
           "interpreter_needed", "accessibility_needs")  # fmt: skip


@dataclass(frozen=True)
class Principal:
    """A victim or offender a companion may accompany: a participant id, or a row of a form."""

    key: int
    name: str
    role: Role


class ParticipantDialog(QDialog):
    """Without ``case_id`` it only checks and returns the participant (a referral not yet saved);
    with it, it adds (or, with ``participant_id``, changes) the participant in the store."""

    def __init__(
        self,
        store: OpenStore,
        *,
        principals: Sequence[Principal] = (),
        case_id: int | None = None,
        participant_id: int | None = None,
        initial: ParticipantCreate | None = None,
        accompanies: int | None = None,
        known_people: Collection[int] = (),
        incident_date: date | None = None,
        accompanied_by: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.case_id, self.participant_id = store, case_id, participant_id
        self.initial, self.initial_accompanies = initial, accompanies
        self.principals = {p.key: p for p in principals}
        self.incident_date, self.accompanied_by = incident_date, accompanied_by
        self.saved_id: int | None = participant_id
        adding = participant_id is None and initial is None
        self.setWindowTitle(self.tr("Add a participant") if adding else self.tr("Participant"))
        self.messages = {key: FieldMessage() for key in ("role", "name", "birth", "accompanies")}
        self.general = FieldMessage()

        self.role = QComboBox()
        for role in Role:
            self.role.addItem(domain_text(ROLE_LABELS[role]), role.value)
        self.organisation = QCheckBox(self.tr("An &organisation, not a person"))
        self.organisation.setToolTip(self.tr("For example a shop or a school that was harmed."))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.birth = DateField()
        self.same_person = SamePersonPanel(store, known_people) if participant_id is None else None
        self.accompanies = QComboBox()
        self.accompanies.addItem(self.tr("Nobody"), None)
        for principal in principals:
            label = f"{principal.name} ({domain_text(ROLE_LABELS[principal.role])})"
            self.accompanies.addItem(label, principal.key)
        self.language = QComboBox()
        for code, name in setting.LANGUAGE.choices:
            self.language.addItem(name, code)
        self.interpreter = QCheckBox(self.tr("&Interpreter needed"))
        self.accessibility = QLineEdit()
        self.accessibility.setMaxLength(300)
        self.accessibility.setPlaceholderText(self.tr("e.g. wheelchair access, hearing loop"))
        self.contact = ContactBox()

        who = QGroupBox(self.tr("Who"))
        who_form = QFormLayout(who)
        self._row(who_form, self.tr("&Role"), self.role, "role")
        who_form.addRow("", self.organisation)
        self._row(who_form, self.tr("&Name *"), self.name, "name")
        self.birth_caption = self._row(who_form, self.tr("Date of &birth"), self.birth, "birth")
        if self.same_person is not None:
            who_form.addRow(self.same_person)
        self.accompanies_caption = self._row(
            who_form, self.tr("Acco&mpanies"), self.accompanies, "accompanies"
        )
        needs = QGroupBox(self.tr("Language and needs"))
        needs_form = QFormLayout(needs)
        self._row(needs_form, self.tr("Preferred &language"), self.language, None)
        needs_form.addRow("", self.interpreter)
        self._row(needs_form, self.tr("A&ccessibility needs"), self.accessibility, None)
        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(needs)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 3)
        columns.addWidget(self.contact, 2, Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setIcon(qta.icon("mdi6.content-save-outline"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

        if initial is not None:
            self.fill(initial, accompanies)
        self._role_changed()
        self.role.currentIndexChanged.connect(self._role_changed)
        self.accompanies.currentIndexChanged.connect(self._side_changed)
        self.organisation.toggled.connect(self._role_changed)
        self.name.textChanged.connect(self._who_changed)
        self.birth.changed.connect(self._who_changed)
        if self.same_person is not None:
            self.same_person.linked_changed.connect(self._linked)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        (self.name if initial is not None else self.role).setFocus()

    def _row(self, form: QFormLayout, label: str, widget: QWidget, key: str | None) -> QLabel:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        if key is not None:
            column.addWidget(self.messages[key])
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(" *"))
        if isinstance(widget, DateField):
            widget.set_accessible_name(widget.accessibleName())
        form.addRow(caption, column)
        return caption

    # --- values -----------------------------------------------------------------------
    def fill(self, data: ParticipantCreate, accompanies: int | None) -> None:
        self.role.setCurrentIndex(max(self.role.findData(data.role), 0))
        self.organisation.setChecked(data.is_organisation)
        self.name.setText(data.name)
        self.birth.set_value(data.birth)
        self.language.setCurrentIndex(max(self.language.findData(data.preferred_language), 0))
        self.interpreter.setChecked(data.interpreter_needed)
        self.accessibility.setText(data.accessibility_needs)
        self.accompanies.setCurrentIndex(max(self.accompanies.findData(accompanies), 0))
        self.contact.set_values(data.contact)

    def current_role(self) -> Role:
        return Role(self.role.currentData())

    def accompanies_key(self) -> int | None:
        key = self.accompanies.currentData()
        return key if self.current_role() in COMPANIONS and key is not None else None

    def participant(self) -> ParticipantCreate:
        """What the dialog holds; ``accompanies_id`` is set only for a saved case."""
        organisation = self.organisation.isChecked()
        linked = self.same_person.linked if self.same_person is not None else None
        person_id = linked.person_id if linked else None
        if person_id is None and self.initial is not None:
            person_id = self.initial.person_id
        return ParticipantCreate(
            role=self.current_role().value,
            name=self.name.text().strip(),
            birth=None if organisation else self.birth.value(),
            is_organisation=organisation,
            person_id=person_id,
            accompanies_id=self.accompanies_key() if self.case_id is not None else None,
            preferred_language=str(self.language.currentData()),
            interpreter_needed=self.interpreter.isChecked(),
            accessibility_needs=self.accessibility.text().strip(),
            contact=self.contact.values(),
        )

    def changes(self) -> ParticipantUpdate:
        """Only what differs from the participant as it was opened."""
        assert self.initial is not None
        now = self.participant()
        update: dict[str, object] = {
            key: getattr(now, key)
            for key in _FIELDS
            if getattr(now, key) != getattr(self.initial, key)
        }
        if self.accompanies_key() != self.initial_accompanies:
            update["accompanies_id"] = self.accompanies_key()
        if now.contact != self.initial.contact:
            update["contact"] = now.contact
        return ParticipantUpdate.model_validate(update)

    # --- reacting ---------------------------------------------------------------------
    def _role_changed(self) -> None:
        companion = self.current_role() in COMPANIONS
        self.accompanies.setVisible(companion)
        self.accompanies_caption.setVisible(companion)
        organisation = self.organisation.isChecked()
        self.birth.setVisible(not organisation)
        self.birth_caption.setVisible(not organisation)
        self._side_changed()

    def _side_changed(self) -> None:
        key = self.accompanies_key()
        accompanied = self.principals[key].role if key in self.principals else None
        side = side_of(self.current_role(), accompanied)
        self.contact.set_confidential(contact_is_confidential(side))

    def _who_changed(self) -> None:
        if self.same_person is not None:
            self.same_person.look_up(self.name.text(), self.birth.value())

    def _linked(self) -> None:
        assert self.same_person is not None
        match = self.same_person.linked
        if match is None:
            return
        if self.name.text().strip() != match.name:
            self.name.setText(match.name)
        if match.birth is not None and self.birth.value() is None:
            self.birth.set_value(match.birth)

    # --- checking and saving ----------------------------------------------------------
    def check(self) -> dict[str, str]:
        """Problems found before asking the store (the service checks the same again)."""
        key = self.accompanies_key()
        problems = {
            field: domain_text(text)
            for field, text in participant_problems(
                name=self.name.text(),
                birth=None if self.organisation.isChecked() else self.birth.value(),
                role=self.current_role(),
                accompanies=self.principals[key].role if key in self.principals else None,
                incident_date=self.incident_date,
                today=date.today(),
            ).items()
        }
        if self.birth.problem() and not self.organisation.isChecked():
            problems["birth"] = self.birth.problem()
        if self.accompanied_by and self.current_role() not in PRINCIPALS:
            problems["role"] = domain_text(removal_problem(self.accompanied_by) or "")
        return problems

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, message in self.messages.items():
            message.show_problem(problems.get(key, ""))
        others = [text for key, text in problems.items() if key not in self.messages]
        self.general.show_problem(" ".join(others))
        for key in ("role", "name", "birth", "accompanies"):
            if key in problems:
                self.focus_field(key)
                break

    def focus_field(self, key: str) -> None:
        widget = {"role": self.role, "name": self.name, "birth": self.birth,
                  "accompanies": self.accompanies}.get(key, self.name)  # fmt: skip
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Check, then save into the case (if there is one); on a problem, keep what was typed."""
        problems = self.check()
        if problems:
            self.show_problems(problems)
            return
        if self.case_id is not None:
            try:
                if self.participant_id is None:
                    self.saved_id = add_participant(self.store, self.case_id, self.participant())
                else:
                    update_participant(self.store, self.participant_id, self.changes())
            except errors.NeedsCorrection as refused:
                self.show_problems(correction_texts(refused))
                return
            except (errors.StoreProblem, OSError) as error:
                self.show_problems({"store": problem_text(error)})
                return
            app_events().data_changed.emit("case")
        self.accept()
