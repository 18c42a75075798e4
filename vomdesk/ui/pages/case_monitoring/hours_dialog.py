"""Hours of service worked, and a non-money term marked done with its evidence."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QWidget

from vomdesk.services.monitoring import mark_done, record_hours
from vomdesk.services.monitoring_view import TermProgress
from vomdesk.services.open_store import OpenStore
from vomdesk.ui.pages.case_monitoring.form_dialog import FormDialog
from vomdesk.ui.widgets.date_field import DateField
from vomdesk.ui.widgets.text_box import text_box


class HoursDialog(FormDialog):
    """Date, hours, site and who verified them."""

    def __init__(
        self, store: OpenStore, case_id: int, term: TermProgress, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record hours"), self.tr("Record the hours"), parent)
        self.store, self.case_id, self.term = store, case_id, term
        self.on = DateField()
        self.on.set_value(date.today())
        self.add_field("on", self.tr("&Date *"), self.on, self.tr("Day worked"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 24)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.5)
        self.add_field("hours", self.tr("&Hours *"), self.hours, self.tr("Hours worked"))
        self.site = QLineEdit()
        self.add_field("site", self.tr("&Site"), self.site, self.tr("Site"))
        self.verified_by = QLineEdit()
        self.add_field(
            "verified_by", self.tr("&Verified by *"), self.verified_by, self.tr("Verified by")
        )

    def save(self) -> bool:
        return self.attempt(
            lambda: record_hours(
                self.store,
                self.case_id,
                self.term.position,
                on=self.on.value(),
                hours=self.hours.value(),
                site=self.site.text(),
                verified_by=self.verified_by.text(),
            )
        )


class DoneDialog(FormDialog):
    """An apology delivered, a commitment kept: the day and the evidence."""

    def __init__(
        self, store: OpenStore, case_id: int, term: TermProgress, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Mark done"), self.tr("Mark done"), parent)
        self.store, self.case_id, self.term = store, case_id, term
        self.add_help(term.term.description)
        self.done_on = DateField()
        self.done_on.set_value(date.today())
        self.add_field("done_on", self.tr("&Done on *"), self.done_on, self.tr("Done on"))
        self.evidence = text_box()
        self.add_field("evidence", self.tr("&Evidence *"), self.evidence, self.tr("Evidence"))
        self.add_help(self.tr("Who saw it, what was handed over."))

    def save(self) -> bool:
        return self.attempt(
            lambda: mark_done(
                self.store,
                self.case_id,
                self.term.position,
                done_on=self.done_on.value(),
                evidence=self.evidence.toPlainText(),
            )
        )
