"""The Screening page of preparation: each victim's and offender's latest screening and history."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.parties import ROLE_LABELS, Role
from vomdesk.domain.screening import OUTCOME_LABELS, Outcome, Template, red_flags
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.participants import ParticipantView
from vomdesk.services.preparation import Preparation
from vomdesk.services.screenings import responses_of, template_by_id
from vomdesk.store.preparation_models import Screening
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.screening_dialog import ScreeningDialog
from vomdesk.ui.pages.preparation.section import Section
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.date_field import format_date
from vomdesk.ui.widgets.field_message import FieldMessage

SCREENED_ORDER = {Role.OFFENDER: 0, Role.VICTIM: 1}  # practice: the offender first


def read_only_table(name: str, headers: list[str]) -> QTableWidget:
    """A table of whole rows, one chosen at a time, read only."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def fill_row(table: QTableWidget, row: int, values: list[str]) -> list[QTableWidgetItem]:
    items = []
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        table.setItem(row, column, item)
        items.append(item)
    return items


class ScreeningSection(Section):
    """Who is screened, with what outcome; screen again or look at an earlier screening."""

    title = QT_TRANSLATE_NOOP("Preparation", "Screening")

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(store, case_id, parent)
        self.people: list[ParticipantView] = []
        self.history_rows: list[Screening] = []
        self.templates: dict[int, Template] = {}
        self.dialog: ScreeningDialog | None = None
        self.table = read_only_table(
            self.tr("Screenings"),
            [self.tr("Name"), self.tr("Role"), self.tr("Screened on"), self.tr("Outcome"),
             self.tr("Open red flags"), self.tr("Checklist version"), self.tr("Taking part")],
        )  # fmt: skip
        help_ = QLabel(self.tr("Practice suggests meeting and screening the offender first."))
        help_.setObjectName("help")
        help_.setWordWrap(True)
        self.screen_button = QPushButton(
            qta.icon("mdi6.clipboard-check-outline"), self.tr("&Screen…")
        )
        self.view_button = QPushButton(qta.icon("mdi6.eye-outline"), self.tr("&View…"))
        self.view_button.setToolTip(self.tr("Look at the chosen earlier screening, read only"))
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.screen_button)
        buttons.addWidget(self.view_button)
        buttons.addStretch(1)
        self.history_caption = QLabel(self.tr("&History"))
        self.history = read_only_table(
            self.tr("Screening history"),
            [self.tr("Screened on"), self.tr("Outcome"), self.tr("Reasons")],
        )
        self.history_caption.setBuddy(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(help_)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.history, 1)
        self.screen_button.clicked.connect(lambda: self.new_screening())
        self.view_button.clicked.connect(lambda: self.view())
        self.table.activated.connect(lambda _index: self.new_screening())
        self.history.activated.connect(lambda _index: self.view())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.history.itemSelectionChanged.connect(self._history_selection_changed)
        self._selection_changed()

    # --- showing ----------------------------------------------------------------------
    def show_preparation(self, prep: Preparation) -> None:
        chosen = self.current()
        super().show_preparation(prep)
        self.people = sorted(
            (p for p in prep.participants if p.role in SCREENED_ORDER),
            key=lambda p: SCREENED_ORDER[p.role],
        )
        self.table.setRowCount(len(self.people))
        for index, person in enumerate(self.people):
            latest = prep.latest_screening(person.id)
            flags, version = "", ""
            if latest is not None:
                template = self.template(latest.template_id)
                if template is not None:
                    flags = str(len(red_flags(template, responses_of(latest))))
                    version = str(template.version)
            fill_row(
                self.table,
                index,
                [
                    person.name,
                    domain_text(ROLE_LABELS[person.role]),
                    format_date(latest.done_on) if latest else self.tr("Not screened yet"),
                    domain_text(OUTCOME_LABELS[Outcome(latest.outcome)]) if latest else "",
                    flags,
                    version,
                    "" if person.taking_part else self.tr("Not taking part"),
                ],
            )
        if chosen is not None:
            self.select(chosen.id)
        elif self.people:
            self.table.selectRow(0)
        self._selection_changed()

    def template(self, template_id: int) -> Template | None:
        """A checklist version (they never change once written, so they are kept)."""
        if template_id not in self.templates:
            try:
                self.templates[template_id] = template_by_id(self.store, template_id)
            except (errors.StoreProblem, OSError):
                return None
        return self.templates[template_id]

    def current(self) -> ParticipantView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows and rows[0].row() < len(self.people) else None

    def select(self, participant_id: int) -> bool:
        for index, person in enumerate(self.people):
            if person.id == participant_id:
                self.table.selectRow(index)
                return True
        return False

    def _selection_changed(self) -> None:
        chosen = self.current()
        self.screen_button.setEnabled(chosen is not None)
        screenings = (
            [s for s in self.prep.screenings if s.participant_id == chosen.id]
            if chosen is not None and self.prep is not None
            else []
        )
        self.history_rows = list(reversed(screenings))  # newest first
        self.history.setRowCount(len(self.history_rows))
        for index, screening in enumerate(self.history_rows):
            reasons = screening.reasons
            if screening.flags_reason:
                reasons = self.tr("{reasons} (Ready despite red flags: {why})").format(
                    reasons=reasons, why=screening.flags_reason
                )
            fill_row(
                self.history,
                index,
                [
                    format_date(screening.done_on),
                    domain_text(OUTCOME_LABELS[Outcome(screening.outcome)]),
                    " ".join(reasons.split()),
                ],
            )
        caption = self.tr("&History of {name}") if chosen else self.tr("&History")
        self.history_caption.setText(caption.format(name=chosen.name if chosen else ""))
        if self.history_rows:
            self.history.selectRow(0)
        self._history_selection_changed()

    def _history_selection_changed(self) -> None:
        self.view_button.setEnabled(self.chosen_screening() is not None)

    def chosen_screening(self) -> Screening | None:
        rows = self.history.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.history_rows):
            return self.history_rows[rows[0].row()]
        return None

    def focus_item(self, field: str) -> None:
        kind, _, rest = field.partition(".")
        if kind == "screening" and rest.isdigit() and self.select(int(rest)):
            self.screen_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- dialogs ----------------------------------------------------------------------
    def _open(self, chosen: ParticipantView, screening: Screening | None) -> ScreeningDialog | None:
        try:
            dialog = ScreeningDialog(self.store, chosen, screening=screening, parent=self)
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(self.messages_of(error)[""])
            return None
        self.message.show_problem("")
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        if screening is None:
            dialog.accepted.connect(lambda: self._screened(dialog))
        dialog.open()
        return dialog

    def new_screening(self) -> ScreeningDialog | None:
        """A new screening (or re-screening) of the chosen participant."""
        chosen = self.current()
        return self._open(chosen, None) if chosen is not None else None

    def view(self) -> ScreeningDialog | None:
        """The chosen earlier screening, as it was recorded, read only."""
        chosen, screening = self.current(), self.chosen_screening()
        if chosen is None or screening is None:
            return None
        return self._open(chosen, screening)

    def _screened(self, dialog: ScreeningDialog) -> None:
        self.saved()
        if dialog.saved_outcome is Outcome.NOT_SUITABLE:
            prompts.show_info(
                self,
                self.tr("Not suitable"),
                self.tr(
                    "{name} was screened not suitable. "
                    "Close the case as not suitable, or return it to the referral source, "
                    "with a reason."
                ).format(name=dialog.participant.name),
            )
