"""Record a participant's consent to take part, or its withdrawal."""

from __future__ import annotations

from datetime import date

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.consent import GIVEN_HOW_LABELS, INFORMED_OF, GivenHow
from vomdesk.services import errors
from vomdesk.services.consents import record_consent, withdraw_consent
from vomdesk.services.open_store import OpenStore
from vomdesk.services.participants import ParticipantView
from vomdesk.store.preparation_models import Consent
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.date_field import DateField, format_date
from vomdesk.ui.widgets.field_message import FieldMessage


def save_buttons(dialog: QDialog, save_text: str) -> QDialogButtonBox:
    """Save and Cancel, in the mediator's words."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(save_text)
    save.setIcon(qta.icon("mdi6.content-save-outline"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("ConsentDialog", "Cancel")
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


class _FormDialog(QDialog):
    """A dialog of labelled fields with a message under each and one for the rest."""

    def __init__(self, keys: tuple[str, ...], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.messages = {key: FieldMessage() for key in keys}
        self.general = FieldMessage()
        self.fields: dict[str, QWidget] = {}

    def row(self, form: QFormLayout, label: str, widget: QWidget, key: str) -> None:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        if key in self.messages:
            column.addWidget(self.messages[key])
        caption = QLabel(label)
        caption.setBuddy(widget)
        name = label.replace("&", "").rstrip(" *")
        widget.setAccessibleName(name)
        if isinstance(widget, DateField):
            widget.set_accessible_name(name)
        self.fields[key] = widget
        form.addRow(caption, column)

    def show_problems(self, problems: dict[str, str]) -> None:
        shown = {key.partition(".")[0]: text for key, text in problems.items()}
        for key, message in self.messages.items():
            message.show_problem(shown.get(key, ""))
        others = [text for key, text in shown.items() if key not in self.messages]
        self.general.show_problem(" ".join(others))
        first = next((key for key in self.messages if key in shown), None)
        if first is not None:
            self.focus_field(first, problems)

    def focus_field(self, key: str, problems: dict[str, str]) -> None:
        self.fields[key].setFocus(Qt.FocusReason.OtherFocusReason)


class ConsentDialog(_FormDialog):
    """Consent given: when, how, and each point the participant was told."""

    def __init__(
        self, store: OpenStore, participant: ParticipantView, parent: QWidget | None = None
    ) -> None:
        super().__init__(("given_on", "informed"), parent)
        self.store, self.participant = store, participant
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Consent of {name}").format(name=participant.name))
        self.given_on = DateField()
        self.given_on.set_value(date.today())
        self.how = QComboBox()
        for how, label in GIVEN_HOW_LABELS.items():
            self.how.addItem(domain_text(label), how.value)
        self.informed: dict[str, QCheckBox] = {}
        told = QGroupBox(self.tr("The participant was told *"))
        told_layout = QVBoxLayout(told)
        for key, text in INFORMED_OF.items():
            box = QCheckBox(domain_text(text))
            box.setAccessibleName(box.text())
            self.informed[key] = box
            told_layout.addWidget(box)
        told_layout.addWidget(self.messages["informed"])
        self.fields["informed"] = told
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        form = QFormLayout()
        self.row(form, self.tr("&Given on *"), self.given_on, "given_on")
        self.row(form, self.tr("&How"), self.how, "how")
        note_form = QFormLayout()
        self.row(note_form, self.tr("N&ote"), self.note, "note")
        self.buttons = save_buttons(self, self.tr("&Save"))
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(told)
        layout.addLayout(note_form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 60)
        self.given_on.setFocus()

    def focus_field(self, key: str, problems: dict[str, str]) -> None:
        if key == "informed":
            unticked = [k for k, box in self.informed.items() if not box.isChecked()]
            if unticked:
                self.informed[unticked[0]].setFocus(Qt.FocusReason.OtherFocusReason)
                return
        super().focus_field(key, problems)

    def save(self) -> None:
        """Record the consent; on a problem, say what and keep everything ticked and typed."""
        if self.given_on.problem():
            self.show_problems({"given_on": self.given_on.problem()})
            return
        try:
            self.saved_id = record_consent(
                self.store,
                self.participant.id,
                given_on=self.given_on.value(),
                how=GivenHow(self.how.currentData()),
                informed=[key for key, box in self.informed.items() if box.isChecked()],
                note=self.note.text(),
            )
        except errors.NeedsCorrection as refused:
            self.show_problems(correction_texts(refused))
            return
        except (errors.StoreProblem, OSError) as error:
            self.show_problems({"store": problem_text(error)})
            return
        self.accept()


class WithdrawDialog(_FormDialog):
    """A withdrawal of consent: when, and why; it blocks scheduling at once."""

    def __init__(
        self,
        store: OpenStore,
        participant: ParticipantView,
        consent: Consent,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(("withdrawn_on", "withdrawal_reason"), parent)
        self.store, self.participant, self.consent = store, participant, consent
        self.moved = False
        self.setWindowTitle(self.tr("Withdrawal of consent"))
        intro = QLabel(
            self.tr(
                "{name} gave consent on {date}. A withdrawal blocks scheduling at once."
            ).format(name=participant.name, date=format_date(consent.given_on))
        )
        intro.setWordWrap(True)
        self.withdrawn_on = DateField()
        self.withdrawn_on.set_value(date.today())
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(self.fontMetrics().height() * 5)
        form = QFormLayout()
        self.row(form, self.tr("&Withdrawn on *"), self.withdrawn_on, "withdrawn_on")
        self.row(form, self.tr("&Reason *"), self.reason, "withdrawal_reason")
        self.buttons = save_buttons(self, self.tr("Record &withdrawal"))
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def save(self) -> None:
        """Record the withdrawal; on a problem, say what and keep what was typed."""
        if self.withdrawn_on.problem():
            self.show_problems({"withdrawn_on": self.withdrawn_on.problem()})
            return
        assert self.consent.id is not None
        try:
            self.moved = withdraw_consent(
                self.store,
                self.consent.id,
                withdrawn_on=self.withdrawn_on.value(),
                reason=self.reason.toPlainText(),
            )
        except errors.NeedsCorrection as refused:
            self.show_problems(correction_texts(refused))
            return
        except (errors.StoreProblem, OSError) as error:
            self.show_problems({"store": problem_text(error)})
            return
        self.accept()
