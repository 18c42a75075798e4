"""The Meetings page: the suggested order of preparation meetings, and every contact."""

from __future__ import annotations

from datetime import date

import qtawesome as qta
from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.meetings import MODE_LABELS, ContactMode, suggested_order
from vomdesk.domain.parties import Role
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.meetings import remove_contact
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation
from vomdesk.store.preparation_models import PreparationContact
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.contact_dialog import ContactDialog
from vomdesk.ui.pages.preparation.section import Section
from vomdesk.ui.texts import domain_text, problem_text
from vomdesk.ui.widgets.date_field import format_date
from vomdesk.ui.widgets.field_message import FieldMessage

COLUMNS = 6
COL_DATE, COL_STATUS, COL_MODE, COL_WHO, COL_MINUTES, COL_NOTES = range(COLUMNS)


def short_date(day: date, locale: QLocale | None = None) -> str:
    """A day as "3 Mar" (with the year when it is not this year)."""
    locale = locale or QLocale()
    pattern = "d MMM" if day.year == date.today().year else "d MMM yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


class MeetingsSection(Section):
    """Whom to meet first and whether it happened; the contacts table with Add / Edit / Remove."""

    title = QT_TRANSLATE_NOOP("Preparation", "Meetings")

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(store, case_id, parent)
        self.dialog: ContactDialog | None = None
        self.focus_participant: int | None = None
        self.contacts: list[PreparationContact] = []
        plan_box = QGroupBox(self.tr("Suggested plan"))
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.plan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan.setAccessibleName(self.tr("Suggested plan"))
        self.plan_help = QLabel(
            self.tr(
                "Practice suggests meeting the offender first, then the victim, each in person."
            )
        )
        self.plan_help.setObjectName("help")
        self.plan_help.setWordWrap(True)
        self.remote_note = QLabel(
            self.tr("The program allows preparation by phone or video instead of in person.")
        )
        self.remote_note.setObjectName("help")
        self.remote_note.setWordWrap(True)
        plan_layout = QVBoxLayout(plan_box)
        for widget in (self.plan, self.plan_help, self.remote_note):
            plan_layout.addWidget(widget)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Status"), self.tr("How"), self.tr("With whom"),
             self.tr("Minutes"), self.tr("Notes")]
        )  # fmt: skip
        self.table.setAccessibleName(self.tr("Meetings and contacts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.add_button = QPushButton(qta.icon("mdi6.calendar-plus"), self.tr("&Add meeting…"))
        self.edit_button = QPushButton(qta.icon("mdi6.pencil-outline"), self.tr("&Edit…"))
        self.remove_button = QPushButton(qta.icon("mdi6.trash-can-outline"), self.tr("Re&move"))
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(plan_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.activated.connect(lambda _index: self.edit())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    # --- showing ----------------------------------------------------------------------
    def show_preparation(self, prep: Preparation) -> None:
        chosen = self.current()
        super().show_preparation(prep)
        self.plan.setText("\n".join(self.plan_lines(prep)))
        self.remote_note.setVisible(not prep.in_person_required)
        self.contacts = list(prep.contacts)
        names = {p.id: p.name for p in prep.participants}
        self.table.setRowCount(len(self.contacts))
        for row, contact in enumerate(self.contacts):
            when = format_date(contact.on)
            if contact.starts_at is not None and not contact.done:
                local = contact.starts_at.astimezone()
                time = QTime(local.hour, local.minute)
                when += " " + QLocale().toString(time, QLocale.FormatType.ShortFormat)
            mode = ContactMode(contact.mode)
            cells = [
                when,
                self.tr("Took place") if contact.done else self.tr("Planned"),
                domain_text(MODE_LABELS[mode]),
                ", ".join(names.get(pid, self.tr("(removed)")) for pid in contact.with_whom),
                "" if mode is ContactMode.LETTER else str(contact.minutes),
                contact.notes.splitlines()[0] if contact.notes.strip() else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                self.table.setItem(row, column, item)
        if chosen is not None:
            self.select(chosen.id)
        self._selection_changed()

    def plan_lines(self, prep: Preparation) -> list[str]:
        """Each victim and offender taking part, offenders first, and whether they were met."""
        people = {p.id: p for p in prep.participants}
        principals = [(p.id, p.role) for p in prep.participants
                      if p.role in (Role.VICTIM, Role.OFFENDER) and p.taking_part]  # fmt: skip
        lines = []
        for number, pid in enumerate(suggested_order(principals), start=1):
            person = people[pid]
            role = self.tr("offender") if person.role is Role.OFFENDER else self.tr("victim")
            mine = [c for c in prep.contacts if pid in c.with_whom]
            met = [c for c in mine if c.done and (
                c.mode == ContactMode.IN_PERSON.value or not prep.in_person_required)]  # fmt: skip
            planned = [c for c in mine if not c.done and c.on >= date.today()]
            if met:
                state = self.tr("done {day}").format(day=short_date(met[-1].on))
            elif planned:
                state = self.tr("planned {day}").format(day=short_date(planned[0].on))
            else:
                state = self.tr("not yet")
            lines.append(
                self.tr("{number}. Meet {name} ({role}) — {state}").format(
                    number=number, name=person.name, role=role, state=state
                )
            )
        return lines or [self.tr("Nobody on either side is taking part.")]

    def current(self) -> PreparationContact | None:
        rows = self.table.selectionModel().selectedRows()
        return self.contacts[rows[0].row()] if rows else None

    def select(self, contact_id: int | None) -> None:
        for row, contact in enumerate(self.contacts):
            if contact.id == contact_id:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def focus_item(self, field: str) -> None:
        """``meetings.<participant id>``: Add meeting, that participant ticked in the dialog."""
        _, _, rest = field.partition(".")
        self.focus_participant = int(rest) if rest.isdigit() else None
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- changes ----------------------------------------------------------------------
    def _open(self, contact: PreparationContact | None, preselect: list[int]) -> ContactDialog:
        assert self.prep is not None
        dialog = ContactDialog(self.store, self.case_id, self.prep.participants,
                               contact=contact, preselect=preselect, parent=self)  # fmt: skip
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_saved(dialog))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def _dialog_saved(self, dialog: ContactDialog) -> None:
        self.message.show_problem("")
        self.saved()
        self.select(dialog.saved_id)

    def add(self) -> ContactDialog | None:
        if self.prep is None:
            return None
        preselect = [self.focus_participant] if self.focus_participant is not None else []
        self.focus_participant = None
        return self._open(None, preselect)

    def edit(self) -> ContactDialog | None:
        chosen = self.current()
        return self._open(chosen, []) if chosen is not None and self.prep is not None else None

    def remove(self) -> None:
        chosen = self.current()
        if chosen is None or chosen.id is None:
            return
        answer = prompts.ask(
            self,
            self.tr("Remove meeting"),
            self.tr("Remove the meeting of {day}? Remove only one entered by mistake.").format(
                day=format_date(chosen.on)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_contact(self.store, chosen.id)
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return
        self.message.show_problem("")
        self.saved()
