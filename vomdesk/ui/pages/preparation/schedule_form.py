"""The fields of a session: date, time, length, venue, attendees and the speaking order."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.choices import SPEAKS_FIRST_LABELS, SpeaksFirst
from vomdesk.domain.parties import ROLE_LABELS, Role
from vomdesk.domain.schedule import MAX_MINUTES, MIN_MINUTES
from vomdesk.services.preparation import Preparation
from vomdesk.services.sessions import suggested_speaking_order
from vomdesk.store.preparation_models import SessionPlan
from vomdesk.ui.models.speaking_order import SpeakingOrderModel
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.date_field import DateField
from vomdesk.ui.widgets.field_message import FieldMessage

DEFAULT_MINUTES, DEFAULT_TIME = 90, QTime(10, 0)
FIELD_KEYS = ("starts", "minutes", "venue", "attendees", "general")


class ScheduleForm(QGroupBox):
    """A session's fields, filled from the victim's choices or from a session being moved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Schedule a session"))
        self.prep: Preparation | None = None
        self.messages = {key: FieldMessage() for key in FIELD_KEYS}
        self.day = DateField()
        self.time = QTimeEdit(DEFAULT_TIME)
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.time.setAccessibleName(self.tr("Time"))
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.venue = QComboBox()
        self.other_place = QLineEdit()
        self.other_place.setMaxLength(300)
        self.other_place.setPlaceholderText(self.tr("e.g. Community centre, room 2"))
        self.other_place.setAccessibleName(self.tr("Another place"))
        self.attendees = QListWidget()
        self.attendees.setMaximumHeight(self.fontMetrics().height() * 8)
        self.wish = QLabel()
        self.wish.setWordWrap(True)
        self.order_model = SpeakingOrderModel(self)
        self.order_view = QListView()
        self.order_view.setModel(self.order_model)
        self.order_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.order_view.setDropIndicatorShown(True)
        self.order_view.setMaximumHeight(self.fontMetrics().height() * 8)
        self.order_view.setToolTip(self.tr("Drag to reorder, or press Alt+Up and Alt+Down."))
        self.up_button = QPushButton(qta.icon("mdi6.arrow-up"), self.tr("Move &up"))
        self.down_button = QPushButton(qta.icon("mdi6.arrow-down"), self.tr("Move do&wn"))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.order_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_selected(step))
        self.layout_rows()
        self.venue.currentIndexChanged.connect(self._venue_changed)
        self.attendees.itemChanged.connect(self._attendees_changed)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))

    def layout_rows(self) -> None:
        self.form = QFormLayout(self)
        when = QHBoxLayout()
        when.addWidget(self.day, 2)
        time_caption = QLabel(self.tr("&Time *"))
        time_caption.setBuddy(self.time)
        when.addWidget(time_caption)
        when.addWidget(self.time, 1)
        self._row(self.tr("&Date *"), self.day, "starts", when)
        self._row(self.tr("&Expected length"), self.minutes, "minutes")
        place = QHBoxLayout()
        place.addWidget(self.venue, 1)
        place.addWidget(self.other_place, 1)
        self._row(self.tr("&Venue *"), self.venue, "venue", place)
        self._row(self.tr("&Attendees *"), self.attendees, "attendees")
        moves = QVBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        order = QHBoxLayout()
        order.addWidget(self.order_view, 1)
        order.addLayout(moves)
        self.form.addRow("", self.wish)
        self._row(self.tr("Speaking &order"), self.order_view, None, order)

    def _row(
        self, label: str, widget: QWidget, key: str | None, row: QLayout | None = None
    ) -> None:
        column = QVBoxLayout()
        column.setSpacing(2)
        if row is not None:
            column.addLayout(row)
        else:
            column.addWidget(widget)
        if key is not None:
            column.addWidget(self.messages[key])
        caption = QLabel(label)
        caption.setBuddy(widget)
        name = label.replace("&", "").rstrip(" *")
        widget.setAccessibleName(name)
        if isinstance(widget, DateField):
            widget.set_accessible_name(name)
        self.form.addRow(caption, column)

    # --- filling ----------------------------------------------------------------------
    def _chosen(self, prep: Preparation) -> list[Any]:
        """The choices of the victims taking part."""
        return [
            c
            for pid, c in prep.choices.items()
            if (p := prep.participant(pid)) is not None and p.taking_part
        ]

    def show_wish(self, prep: Preparation) -> None:
        wishes = sorted({c.speaks_first for c in self._chosen(prep)})
        texts = [domain_text(SPEAKS_FIRST_LABELS[SpeaksFirst(w)]) for w in wishes]
        self.wish.setText(
            self.tr("The victim asked: {wish}").format(wish="; ".join(texts))
            if texts
            else self.tr("The victim has not said who speaks first.")
        )

    def fill(self, prep: Preparation, plan: SessionPlan | None = None) -> None:
        """The form for a new session from the victim's choices, or ``plan``'s values."""
        self.prep = prep
        chosen = self._chosen(prep)
        self.venue.blockSignals(True)
        self.venue.clear()
        for venue in prep.venues:
            if not venue.retired or (plan is not None and plan.venue_id == venue.id):
                self.venue.addItem(venue.name, venue.id)
        self.venue.addItem(self.tr("Another place"), None)
        venue_id = plan.venue_id if plan else next((c.venue_id for c in chosen if c.venue_id), None)
        other = plan.other_place if plan else next((c.other_place for c in chosen), "")
        index = self.venue.findData(venue_id) if venue_id is not None else -1
        self.venue.setCurrentIndex(index if index >= 0 else self.venue.count() - 1)
        self.venue.blockSignals(False)
        self.other_place.setText("" if index >= 0 else other)
        self._venue_changed()
        if plan is not None:
            local = plan.starts_at.astimezone()
            self.day.set_value(local.date())
            self.time.setTime(QTime(local.hour, local.minute))
            self.minutes.setValue(plan.minutes)
            attendees = list(plan.attendees)
        else:
            self.day.set_value(None)
            self.time.setTime(DEFAULT_TIME)
            self.minutes.setValue(DEFAULT_MINUTES)
            attendees = [p for c in chosen for p in c.attendees]
            attendees += [p.id for p in prep.participants
                          if p.role in (Role.VICTIM, Role.OFFENDER) and p.taking_part]  # fmt: skip
        self._fill_attendees(prep, attendees)
        checked = self.checked_attendees()
        suggested = suggested_speaking_order(prep, checked)
        self.order_model.set_order(list(plan.speaking_order) if plan else suggested)
        self.order_model.keep_in_step(checked, suggested)
        self.show_problems({})

    def _fill_attendees(self, prep: Preparation, attendees: list[int]) -> None:
        self.attendees.blockSignals(True)
        self.attendees.clear()
        labels = {}
        for person in prep.participants:
            label = self.tr("{name} ({role})").format(
                name=person.name, role=domain_text(ROLE_LABELS[person.role])
            )
            labels[person.id] = label
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in attendees
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.attendees.blockSignals(False)
        self.order_model.labels = labels

    # --- values -----------------------------------------------------------------------
    def checked_attendees(self) -> list[int]:
        items = [self.attendees.item(i) for i in range(self.attendees.count())]
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items
                if i.checkState() == Qt.CheckState.Checked]  # fmt: skip

    def starts(self) -> datetime | None:
        """The local date and time chosen, as an aware moment; None without a date."""
        day = self.day.value()
        if day is None:
            return None
        return datetime.combine(day, self.time.time().toPython()).astimezone()  # type: ignore[arg-type]

    def values(self) -> dict[str, Any]:
        return {
            "day": self.day.text(), "time": self.time.time().toString("HH:mm"),
            "minutes": self.minutes.value(), "venue": self.venue.currentData(),
            "other": self.other_place.text(), "attendees": self.checked_attendees(),
            "order": self.order_model.order(),
        }  # fmt: skip

    def show_problems(self, problems: dict[str, str]) -> None:
        """Messages by their fields; the rest (gates, stage) under the form."""
        rest = dict(problems)
        for key in ("starts", "minutes", "venue", "attendees"):
            self.messages[key].show_problem(rest.pop(key, ""))
        self.messages["general"].show_problem(" ".join(rest.values()))
        widgets = {"starts": self.day, "minutes": self.minutes, "venue": self.venue,
                   "attendees": self.attendees}  # fmt: skip
        first = next((widgets[k] for k in widgets if k in problems), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reacting ---------------------------------------------------------------------
    def _venue_changed(self) -> None:
        other = self.venue.currentData() is None
        self.other_place.setEnabled(other)
        if other and self.venue.hasFocus():
            self.other_place.setFocus()

    def _attendees_changed(self) -> None:
        if self.prep is not None:
            checked = self.checked_attendees()
            self.order_model.keep_in_step(checked, suggested_speaking_order(self.prep, checked))

    def move_selected(self, step: int) -> None:
        """Move the chosen speaker up (-1) or down (1) and keep it chosen."""
        index = self.order_view.currentIndex()
        if not index.isValid():
            return
        row = self.order_model.move(index.row(), step)
        self.order_view.setCurrentIndex(self.order_model.index(row))
