"""The Consent page of preparation: consent to take part, withdrawals, and consent to share."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

import qtawesome as qta
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.consent import GIVEN_HOW_LABELS, SHAREABLE_LABELS, GivenHow, Shareable
from vomdesk.domain.parties import ROLE_LABELS, Role
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.consents import record_sharing
from vomdesk.services.open_store import OpenStore
from vomdesk.services.participants import ParticipantView
from vomdesk.services.preparation import Preparation
from vomdesk.store.preparation_models import Consent, SharingConsent
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.consent_dialog import ConsentDialog, WithdrawDialog
from vomdesk.ui.pages.preparation.screening_section import fill_row, read_only_table
from vomdesk.ui.pages.preparation.section import Section
from vomdesk.ui.style import PROBLEM_DARK, PROBLEM_LIGHT, is_dark
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.date_field import DateField, format_date
from vomdesk.ui.widgets.field_message import FieldMessage

D = TypeVar("D", ConsentDialog, WithdrawDialog)
SHARING_PARTIES = frozenset({Role.VICTIM, Role.OFFENDER})


def consenting(people: list[ParticipantView]) -> list[ParticipantView]:
    """Offenders, victims and guardians; each guardian right after the one they accompany."""
    principals = [p for p in people if p.role is Role.OFFENDER]
    principals += [p for p in people if p.role is Role.VICTIM]
    guardians = [p for p in people if p.role is Role.PARENT_GUARDIAN]
    ordered: list[ParticipantView] = []
    for principal in principals:
        ordered.append(principal)
        ordered += [g for g in guardians if g.accompanies_id == principal.id]
    return ordered + [g for g in guardians if g not in ordered]


def active_sharing(prep: Preparation, participant_id: int) -> SharingConsent | None:
    rows = [s for s in prep.sharing if s.participant_id == participant_id and not s.withdrawn_on]
    return rows[-1] if rows else None


class ConsentSection(Section):
    """Who has consented, withdrawals shown plainly, and what each party allows to be shared."""

    title = QT_TRANSLATE_NOOP("Preparation", "Consent")

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(store, case_id, parent)
        self.people: list[ParticipantView] = []
        self.dialog: ConsentDialog | WithdrawDialog | None = None
        self.shown_id: int | None = None  # whose sharing the form holds
        self.loaded: tuple[object, ...] = ()
        self.table = read_only_table(
            self.tr("Consent"), [self.tr("Name"), self.tr("Role"), self.tr("Consent")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.record_button = QPushButton(
            qta.icon("mdi6.handshake-outline"), self.tr("&Record consent…")
        )
        self.withdraw_button = QPushButton(qta.icon("mdi6.cancel"), self.tr("&Withdraw…"))
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)

        self.sharing = QGroupBox(self.tr("Sharing with the referral source"))
        self.current_sharing = QLabel()
        self.current_sharing.setWordWrap(True)
        self.not_shared = QLabel(self.tr("Sharing is recorded for victims and offenders."))
        self.not_shared.setObjectName("help")
        self.allowed = {
            what: QCheckBox(domain_text(text)) for what, text in SHAREABLE_LABELS.items()
        }
        self.shared_on, self.until = DateField(), DateField()
        self.sharing_messages = {
            "sharing_given_on": FieldMessage(),
            "sharing_until": FieldMessage(),
        }
        self.sharing_general = FieldMessage()
        self.save_sharing_button = QPushButton(
            qta.icon("mdi6.content-save-outline"), self.tr("Save s&haring")
        )
        form = QFormLayout(self.sharing)
        form.addRow(self.current_sharing)
        form.addRow(self.not_shared)
        allowed = QVBoxLayout()
        for box in self.allowed.values():
            box.setAccessibleName(box.text())
            allowed.addWidget(box)
        form.addRow(QLabel(self.tr("May be shared:")), allowed)
        for label, field, key in (
            (self.tr("Gi&ven on *"), self.shared_on, "sharing_given_on"),
            (self.tr("&Until"), self.until, "sharing_until"),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            field.set_accessible_name(label.replace("&", "").rstrip(" *"))
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(self.sharing_messages[key])
            form.addRow(caption, column)
        self.until.setToolTip(self.tr("Leave empty when it has no end date."))
        form.addRow(self.sharing_general)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_sharing_button)
        save_row.addStretch(1)
        form.addRow("", save_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.sharing)
        self.record_button.clicked.connect(lambda: self.record())
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        self.save_sharing_button.clicked.connect(self.save_sharing)
        self.table.activated.connect(lambda _index: self.record())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    # --- showing ----------------------------------------------------------------------
    def show_preparation(self, prep: Preparation) -> None:
        chosen = self.current()
        super().show_preparation(prep)
        self.people = consenting(prep.participants)
        names = {p.id: p.name for p in prep.participants}
        warning = QColor(PROBLEM_DARK if is_dark() else PROBLEM_LIGHT)
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self.people))
            for index, person in enumerate(self.people):
                role = domain_text(ROLE_LABELS[person.role])
                if person.role is Role.PARENT_GUARDIAN and person.accompanies_id in names:
                    role = self.tr("{role} (guardian of {name})").format(
                        role=role, name=names[person.accompanies_id]
                    )
                consent = prep.latest_consent(person.id)
                items = fill_row(self.table, index, [person.name, role, self.status(consent)])
                if consent is not None and consent.withdrawn_on is not None:
                    items[2].setForeground(warning)
            if (chosen is None or not self.select(chosen.id)) and self.people:
                self.table.selectRow(0)
        self._selection_changed(keep_typed=True)

    def status(self, consent: Consent | None) -> str:
        if consent is None:
            return self.tr("Not yet")
        if consent.withdrawn_on is not None:
            return self.tr("Withdrawn {date}: {reason}").format(
                date=format_date(consent.withdrawn_on), reason=consent.withdrawal_reason
            )
        how = domain_text(GIVEN_HOW_LABELS[GivenHow(consent.how)])
        return self.tr("Given {date} ({how})").format(date=format_date(consent.given_on), how=how)

    def current(self) -> ParticipantView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows and rows[0].row() < len(self.people) else None

    def select(self, participant_id: int) -> bool:
        for index, person in enumerate(self.people):
            if person.id == participant_id:
                self.table.selectRow(index)
                return True
        return False

    def active_consent(self) -> Consent | None:
        chosen = self.current()
        if chosen is None or self.prep is None:
            return None
        consent = self.prep.latest_consent(chosen.id)
        return consent if consent is not None and consent.withdrawn_on is None else None

    def _selection_changed(self, keep_typed: bool = False) -> None:
        chosen = self.current()
        leaving = chosen is not None and self.shown_id not in (None, chosen.id) and not keep_typed
        if leaving and self.has_unsaved_changes() and not self._may_leave_sharing():
            with QSignalBlocker(self.table):
                self.select(self.shown_id or 0)
            return
        self.record_button.setEnabled(chosen is not None)
        self.withdraw_button.setEnabled(self.active_consent() is not None)
        self._show_sharing(chosen, keep_typed=keep_typed)

    def _may_leave_sharing(self) -> bool:
        return prompts.confirm_leave(
            self,
            self.tr("Unsaved sharing consent"),
            self.tr("Save what was changed in the sharing consent first?"),
            save=self.save_sharing,
            discard=lambda: None,
        )

    def focus_item(self, field: str) -> None:
        kind, _, rest = field.partition(".")
        if kind == "consent" and rest.isdigit() and self.select(int(rest)):
            self.record_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- consent and withdrawal -------------------------------------------------------
    def record(self) -> ConsentDialog | None:
        chosen = self.current()
        if chosen is None:
            return None
        dialog = ConsentDialog(self.store, chosen, parent=self)
        dialog.accepted.connect(self.saved)
        return self._open(dialog)

    def withdraw(self) -> WithdrawDialog | None:
        chosen, consent = self.current(), self.active_consent()
        if chosen is None or consent is None:
            return None
        dialog = WithdrawDialog(self.store, chosen, consent, parent=self)
        dialog.accepted.connect(lambda: self._withdrawn(dialog))
        return self._open(dialog)

    def _open(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def _withdrawn(self, dialog: WithdrawDialog) -> None:
        self.saved()
        if dialog.moved:
            prompts.show_info(
                self,
                self.tr("Consent withdrawn"),
                self.tr(
                    "Consent withdrawn. The case is back in preparation and its scheduled "
                    "sessions are cancelled."
                ),
            )

    # --- sharing with the referral source ---------------------------------------------
    def _form_state(self) -> tuple[object, ...]:
        ticked = frozenset(w for w, box in self.allowed.items() if box.isChecked())
        return (ticked, self.shared_on.text(), self.until.text())

    def _show_sharing(self, chosen: ParticipantView | None, *, keep_typed: bool) -> None:
        shares = chosen is not None and chosen.role in SHARING_PARTIES
        self.sharing.setEnabled(shares)
        self.not_shared.setVisible(chosen is not None and not shares)
        title = self.tr("Sharing with the referral source")
        if shares and chosen is not None:
            title = self.tr("Sharing with the referral source: {name}").format(name=chosen.name)
        self.sharing.setTitle(title)
        current = active_sharing(self.prep, chosen.id) if shares and self.prep and chosen else None
        if current is None:
            self.current_sharing.setText(self.tr("Nothing allowed yet: nothing is shared."))
        else:
            allowed = [domain_text(SHAREABLE_LABELS[Shareable(a)]) for a in current.allowed]
            text = self.tr("Allowed since {date}: {what}.").format(
                date=format_date(current.given_on), what="; ".join(allowed) or self.tr("nothing")
            )
            if current.until is not None:
                text += " " + self.tr("Until {date}.").format(date=format_date(current.until))
            self.current_sharing.setText(text)
        self.current_sharing.setVisible(shares)
        new_id = chosen.id if chosen is not None else None
        if keep_typed and new_id == self.shown_id and self.has_unsaved_changes():
            return
        self.shown_id = new_id
        allowed_now = {Shareable(a) for a in current.allowed} if current else set()
        for what, box in self.allowed.items():
            box.setChecked(what in allowed_now)
        self.shared_on.set_value(date.today())
        self.until.set_value(current.until if current else None)
        self._show_sharing_problems({})
        self.loaded = self._form_state()

    def _show_sharing_problems(self, problems: dict[str, str]) -> None:
        for key, message in self.sharing_messages.items():
            message.show_problem(problems.get(key, ""))
        others = [t for k, t in problems.items() if k not in self.sharing_messages]
        self.sharing_general.show_problem(" ".join(others))

    def has_unsaved_changes(self) -> bool:
        return self.shown_id is not None and self._form_state() != self.loaded

    def save(self) -> bool:
        return self.save_sharing() if self.has_unsaved_changes() else True

    def revert(self) -> None:
        self.loaded = ()
        self.shown_id = None
        self._show_sharing(self.current(), keep_typed=False)

    def save_sharing(self) -> bool:
        """Record what the chosen party allows to be shared; True when saved."""
        if self.shown_id is None:
            return True
        problems = {
            key: field.problem()
            for key, field in (("sharing_given_on", self.shared_on), ("sharing_until", self.until))
            if field.problem()
        }
        if problems:
            self._show_sharing_problems(problems)
            return False
        try:
            record_sharing(
                self.store,
                self.shown_id,
                allowed=[w for w, box in self.allowed.items() if box.isChecked()],
                given_on=self.shared_on.value(),
                until=self.until.value(),
            )
        except (errors.StoreProblem, OSError) as error:
            self._show_sharing_problems(self.messages_of(error))
            return False
        self._show_sharing_problems({})
        self.loaded = self._form_state()
        self.saved()
        return True
