"""What is done about a missed term, and the one-year follow-up of a closed case."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from vomdesk.domain.monitoring import MISSED_LABELS, MissedAction
from vomdesk.services.closing import record_recidivism
from vomdesk.services.monitoring import record_missed
from vomdesk.services.open_store import OpenStore
from vomdesk.ui.pages.case_monitoring.form_dialog import FormDialog
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.date_field import DateField
from vomdesk.ui.widgets.text_box import text_box


class MissedDialog(FormDialog):
    """A reminder, an amendment or a return, recorded with its reason."""

    def __init__(
        self,
        store: OpenStore,
        case_id: int,
        position: int,
        action: MissedAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(domain_text(MISSED_LABELS[action]), self.tr("Record"), parent)
        self.store, self.case_id, self.position, self.action = store, case_id, position, action
        self.reason = text_box()
        self.add_field("reason", self.tr("&Why *"), self.reason, self.tr("Reason"))

    def save(self) -> bool:
        return self.attempt(
            lambda: record_missed(
                self.store, self.case_id, self.position, self.action, self.reason.toPlainText()
            )
        )


class RecidivismDialog(FormDialog):
    """The one-year follow-up, recorded on the closed case without reopening it."""

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("One-year follow-up"), self.tr("Record the follow-up"), parent)
        self.store, self.case_id = store, case_id
        self.checked_on = DateField()
        self.checked_on.set_value(date.today())
        self.add_field(
            "checked_on", self.tr("&Checked on *"), self.checked_on, self.tr("Checked on")
        )
        self.new_charge = QCheckBox(self.tr("A &new charge was filed within 365 days of closing"))
        self.add_field("new_charge", "", self.new_charge, self.tr("New charge within 365 days"))
        self.add_help(
            self.tr("Status offences and technical violations do not count as a new charge.")
        )
        self.charged_on = DateField()
        self.add_field(
            "charged_on", self.tr("Charge &filed on"), self.charged_on, self.tr("Charge filed on")
        )
        self.level = QComboBox()
        self.level.addItem(self.tr("Choose…"), "")
        self.level.addItem(self.tr("Misdemeanour"), "misdemeanour")
        self.level.addItem(self.tr("Felony"), "felony")
        self.add_field("level", self.tr("&Level"), self.level, self.tr("Level of the charge"))
        self.note = QLineEdit()
        self.add_field("note", self.tr("N&ote"), self.note, self.tr("Note"))
        self.new_charge.toggled.connect(self._charge_toggled)
        self._charge_toggled(False)

    def _charge_toggled(self, on: bool) -> None:
        self.charged_on.setEnabled(on)
        self.level.setEnabled(on)

    def save(self) -> bool:
        charged = self.new_charge.isChecked()
        return self.attempt(
            lambda: record_recidivism(
                self.store,
                self.case_id,
                checked_on=self.checked_on.value(),
                new_charge=charged,
                charged_on=self.charged_on.value() if charged else None,
                level=str(self.level.currentData()) if charged else "",
                note=self.note.text(),
            )
        )
