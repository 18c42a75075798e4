"""Record a session that took place: when, how long, who came, the order, how it ended, notes."""

from __future__ import annotations

from datetime import date, datetime

import qtawesome as qta
from PySide6.QtCore import QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.agreements import OUTCOME_LABELS, SessionOutcome
from vomdesk.domain.parties import ROLE_LABELS, Role
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation
from vomdesk.services.session_records import record_session
from vomdesk.services.sessions import suggested_speaking_order
from vomdesk.store.preparation_models import SessionPlan
from vomdesk.ui.models.speaking_order import SpeakingOrderModel
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.date_field import DateField
from vomdesk.ui.widgets.field_message import FieldMessage

FIELDS = ("held_at", "minutes", "attendees", "outcome", "general")


class SessionRecordDialog(QDialog):
    """Filled from the session planned (or the plan's defaults); ``recorded`` after saving."""

    recorded = Signal(object)  # the SessionOutcome

    def __init__(
        self,
        store: OpenStore,
        prep: Preparation,
        plan: SessionPlan | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.prep, self.plan = store, prep, plan
        self.case_id = prep.case.id or 0
        self.setWindowTitle(self.tr("Record the session"))
        self.messages = {key: FieldMessage() for key in FIELDS}
        self.day = DateField()
        self.time = QTimeEdit()
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.time.setAccessibleName(self.tr("Time held"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 12 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.attendees = QListWidget()
        self.attendees.setMaximumHeight(self.fontMetrics().height() * 7)
        self.order_model = SpeakingOrderModel(self)
        self.order_view = QListView()
        self.order_view.setModel(self.order_model)
        self.order_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.order_view.setMaximumHeight(self.fontMetrics().height() * 7)
        self.order_view.setToolTip(self.tr("Drag to reorder, or press Alt+Up and Alt+Down."))
        self.up_button = QPushButton(qta.icon("mdi6.arrow-up"), self.tr("Move &up"))
        self.down_button = QPushButton(qta.icon("mdi6.arrow-down"), self.tr("Move do&wn"))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.order_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_selected(step))
        self.outcome = QButtonGroup(self)
        self.outcome_buttons: dict[SessionOutcome, QRadioButton] = {}
        outcomes = QWidget()
        outcome_column = QVBoxLayout(outcomes)
        outcome_column.setContentsMargins(0, 0, 0, 0)
        for outcome, label in OUTCOME_LABELS.items():
            button = QRadioButton(domain_text(label))
            self.outcome.addButton(button)
            self.outcome_buttons[outcome] = button
            outcome_column.addWidget(button)
        outcomes.setAccessibleName(self.tr("How the session ended"))
        self.outcomes = outcomes
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setToolTip(self.confidential())
        self.notes.setAccessibleName(self.tr("Confidential notes"))
        self.notes.setAccessibleDescription(self.confidential())
        self.notes.setMinimumHeight(self.fontMetrics().height() * 5)
        self._build()
        self._fill()
        self.attendees.itemChanged.connect(self._attendees_changed)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.day.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build(self) -> None:
        self.form = QFormLayout()
        when = QHBoxLayout()
        when.addWidget(self.day, 2)
        time_caption = QLabel(self.tr("&Time *"))
        time_caption.setBuddy(self.time)
        when.addWidget(time_caption)
        when.addWidget(self.time, 1)
        self._row(self.tr("&Date held *"), self.day, "held_at", when)
        self._row(self.tr("&Length"), self.minutes, "minutes")
        self._row(self.tr("Who &attended *"), self.attendees, "attendees")
        moves = QVBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        order = QHBoxLayout()
        order.addWidget(self.order_view, 1)
        order.addLayout(moves)
        self._row(self.tr("Speaking &order followed"), self.order_view, None, order)
        self._row(self.tr("How it &ended *"), self.outcome_buttons[SessionOutcome.AGREEMENT],
                  "outcome", self.outcomes)  # fmt: skip
        lock = QLabel()
        size = self.fontMetrics().height()
        lock.setPixmap(qta.icon("mdi6.lock-outline").pixmap(QSize(size, size)))
        lock.setToolTip(self.confidential())
        notes_caption = QLabel(self.tr("Confidential &notes"))
        notes_caption.setBuddy(self.notes)
        notes_caption.setToolTip(self.confidential())
        caption = QHBoxLayout()
        caption.addWidget(lock)
        caption.addWidget(notes_caption)
        caption.addStretch(1)
        caption_holder = QWidget()
        caption_holder.setLayout(caption)
        caption.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(caption_holder, self.notes)
        self.form.addRow("", self.messages["general"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def _row(
        self, label: str, widget: QWidget, key: str | None, row: QLayout | QWidget | None = None
    ) -> None:
        column = QVBoxLayout()
        column.setSpacing(2)
        if isinstance(row, QLayout):
            column.addLayout(row)
        else:
            column.addWidget(row if row is not None else widget)
        if key is not None:
            column.addWidget(self.messages[key])
        caption = QLabel(label)
        caption.setBuddy(widget)
        name = label.replace("&", "").rstrip(" *")
        if isinstance(widget, DateField):
            widget.set_accessible_name(name)
        elif not isinstance(widget, QRadioButton):
            widget.setAccessibleName(name)
        self.form.addRow(caption, column)

    def confidential(self) -> str:
        return self.tr("Confidential: never printed on any document")

    # --- filling ----------------------------------------------------------------------
    def _fill(self) -> None:
        plan, prep = self.plan, self.prep
        now = datetime.now().astimezone()
        if plan is not None:
            local = plan.starts_at.astimezone()
            self.day.set_value(local.date() if local <= now else date.today())
            self.time.setTime(QTime(local.hour, local.minute))
            self.minutes.setValue(plan.minutes)
            attendees = list(plan.attendees)
        else:
            self.day.set_value(date.today())
            self.time.setTime(QTime(now.hour, 0))
            self.minutes.setValue(90)
            attendees = [p.id for p in prep.participants
                         if p.role in (Role.VICTIM, Role.OFFENDER) and p.taking_part]  # fmt: skip
        labels = {}
        for person in prep.participants:
            label = self.tr("{name} ({role})").format(
                name=person.name, role=domain_text(ROLE_LABELS[person.role])
            )
            labels[person.id] = label
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = person.id in attendees
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.order_model.labels = labels
        checked = self.checked_attendees()
        suggested = suggested_speaking_order(prep, checked)
        self.order_model.set_order(list(plan.speaking_order) if plan else suggested)
        self.order_model.keep_in_step(checked, suggested)

    def checked_attendees(self) -> list[int]:
        items = [self.attendees.item(i) for i in range(self.attendees.count())]
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items
                if i.checkState() == Qt.CheckState.Checked]  # fmt: skip

    def _attendees_changed(self) -> None:
        checked = self.checked_attendees()
        self.order_model.keep_in_step(checked, suggested_speaking_order(self.prep, checked))

    def move_selected(self, step: int) -> None:
        """Move the chosen speaker up (-1) or down (1) and keep it chosen."""
        index = self.order_view.currentIndex()
        if not index.isValid():
            return
        row = self.order_model.move(index.row(), step)
        self.order_view.setCurrentIndex(self.order_model.index(row))

    # --- saving -----------------------------------------------------------------------
    def held_at(self) -> datetime | None:
        day = self.day.value()
        if day is None:
            return None
        return datetime.combine(day, self.time.time().toPython()).astimezone()  # type: ignore[arg-type]

    def chosen_outcome(self) -> SessionOutcome | None:
        return next((o for o, b in self.outcome_buttons.items() if b.isChecked()), None)

    def show_problems(self, problems: dict[str, str]) -> None:
        rest = dict(problems)
        for key in ("held_at", "minutes", "attendees", "outcome"):
            self.messages[key].show_problem(rest.pop(key, ""))
        self.messages["general"].show_problem(" ".join(rest.values()))
        widgets: dict[str, QWidget] = {
            "held_at": self.day, "minutes": self.minutes, "attendees": self.attendees,
            "outcome": self.outcome_buttons[SessionOutcome.AGREEMENT],
        }  # fmt: skip
        first = next((widgets[k] for k in widgets if k in problems), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Record the session; on a refusal say why next to the fields and keep what was typed."""
        if self.day.problem():
            self.show_problems({"held_at": self.day.problem()})
            return False
        outcome = self.chosen_outcome()
        try:
            record_session(
                self.store, self.case_id, held_at=self.held_at(), minutes=self.minutes.value(),
                attendees=self.checked_attendees(), speaking_order=self.order_model.order(),
                outcome=outcome, notes=self.notes.toPlainText(),
                session_plan_id=self.plan.id if self.plan else None,
            )  # fmt: skip
        except errors.NeedsCorrection as refused:
            self.show_problems(correction_texts(refused))
            return False
        except (errors.StoreProblem, OSError) as error:
            self.show_problems({"general": problem_text(error)})
            return False
        self.accept()
        self.recorded.emit(outcome)
        return True
