"""The top of a case: header with flags, the stepper, and the "What is missing" panel."""

from __future__ import annotations

from html import escape

import qtawesome as qta
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.readiness import Missing
from vomdesk.domain.referrals import CARE_FLAG_LABELS
from vomdesk.domain.stages import STAGE_LABELS, STEP_LABELS, STEP_OF_STAGE, Stage, Step
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services.cases import CaseRecord
from vomdesk.ui.pages.referral_fields import CARE_FIELDS
from vomdesk.ui.style import ACCENT, is_dark
from vomdesk.ui.texts import domain_text, missing_text

_LOCAL_SHEET = f"""
QFrame#chip {{ border: 1px solid palette(mid); border-radius: 10px; }}
QFrame#chip[tone="care"] {{ border-color: #b26a00; }}
QToolButton#step {{ border: none; border-radius: 12px; padding: 4px 10px; }}
QToolButton#step[state="current"] {{ background: {ACCENT.name()}; color: white; font-weight: 600; }}
QToolButton#step[state="later"] {{ color: palette(placeholder-text); }}
QFrame#missing {{ background: palette(alternate-base); border-radius: 8px; }}
"""


# Steps with pages.
WITH_PAGES = frozenset(
    {Step.REFERRAL, Step.PREPARATION, Step.SESSION, Step.AGREEMENT, Step.MONITORING, Step.CLOSED}
)
# The button under "What is missing": the next move a mediator makes from each stage.
NEXT_MOVE = {
    Stage.REFERRAL: QT_TRANSLATE_NOOP("CaseOverview", "Start intake"),
    Stage.INTAKE: QT_TRANSLATE_NOOP("CaseOverview", "Start preparation"),
    Stage.PREPARATION: QT_TRANSLATE_NOOP("CaseOverview", "Mark ready to schedule"),
    Stage.READY: QT_TRANSLATE_NOOP("CaseOverview", "Schedule the session…"),
    Stage.AGREEMENT_SIGNED: QT_TRANSLATE_NOOP("CaseOverview", "Start monitoring"),
}


class Chip(QFrame):
    """A small rounded label with an icon: a flag of the case."""

    def __init__(self, icon: str, text: str, tone: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chip")
        self.setProperty("tone", tone)
        size = self.fontMetrics().height()
        picture = QLabel()
        colour = "#b26a00" if tone == "care" else None
        picture.setPixmap(qta.icon(icon, color=colour).pixmap(QSize(size, size)))
        self.label = QLabel(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 10, 2)
        layout.setSpacing(4)
        layout.addWidget(picture)
        layout.addWidget(self.label)
        self.setAccessibleName(text)


class CaseHeader(QWidget):
    """Back arrow, case number, short names, juvenile or adult, flags and stage."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_LOCAL_SHEET)
        self.back_button = QToolButton()
        self.back_button.setIcon(qta.icon("mdi6.arrow-left"))
        self.back_button.setText(self.tr("Cases"))
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setAutoRaise(True)
        self.back_button.setToolTip(self.tr("Back to the case list (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("Back to the case list"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.clicked.connect(self.back)
        self.title = QLabel(self.tr("Opening the case…"))
        self.title.setObjectName("pageTitle")
        self.names = QLabel()
        self.names.setWordWrap(True)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.title)
        top.addWidget(self.names, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.chips)

    def show_record(self, record: CaseRecord, withdrawn: bool = False) -> None:
        case = record.case
        self.title.setText(self.tr("Case {number}").format(number=case.number))
        names = case.parties_short.strip(" /")
        self.names.setText(case.parties_short if names else self.tr("No victim or offender yet"))
        while self.chips.count():
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        age = {True: self.tr("Juvenile"), False: self.tr("Adult")}.get(
            case.juvenile,  # type: ignore[arg-type]
            self.tr("Juvenile or adult: not known yet"),
        )
        self.chips.addWidget(Chip("mdi6.account-outline", age))
        care = [domain_text(CARE_FLAG_LABELS[flag]) for flag, key in CARE_FIELDS.items()
                if getattr(case, key)]  # fmt: skip
        if care:
            # One flag by name, more as a count, so the header never outgrows the window;
            # the tooltip (and the accessible description) names them all.
            shown = care[0] if len(care) == 1 else self.tr("{count} flags").format(count=len(care))
            chip = Chip(
                "mdi6.alert-outline", self.tr("Extra care: {flags}").format(flags=shown), "care"
            )
            chip.setToolTip(", ".join(care))
            chip.setAccessibleDescription(", ".join(care))
            self.chips.addWidget(chip)
        if case.no_contact_order:
            self.chips.addWidget(
                Chip("mdi6.hand-back-left-off-outline", self.tr("No-contact order"), "care")
            )
        if withdrawn:
            self.chips.addWidget(
                Chip("mdi6.account-cancel-outline", self.tr("Consent withdrawn"), "care")
            )
        stage = domain_text(STAGE_LABELS[record.stage])
        self.chips.addWidget(
            Chip("mdi6.flag-outline", self.tr("Stage: {stage}").format(stage=stage))
        )
        self.chips.addStretch(1)


class Stepper(QWidget):
    """The steps of a case along the top, each shown as done, current or not yet."""

    step_clicked = Signal(object)  # Step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_LOCAL_SHEET)
        self.buttons: dict[Step, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        for index, step in enumerate(Step):
            if index:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                line.setMinimumWidth(12)
                layout.addWidget(line, 1)
            button = QToolButton()
            button.setObjectName("step")
            button.setText(domain_text(STEP_LABELS[step]))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.clicked.connect(lambda _=False, s=step: self.step_clicked.emit(s))
            self.buttons[step] = button
            layout.addWidget(button)
        self.current: Step | None = None

    def show_stage(self, stage: Stage, has_page: frozenset[Step] = WITH_PAGES) -> None:
        steps = list(Step)
        self.current = STEP_OF_STAGE[stage]
        now = steps.index(self.current)
        for index, step in enumerate(steps):
            button = self.buttons[step]
            state = "done" if index < now else "current" if index == now else "later"
            label = domain_text(STEP_LABELS[step])
            words = {"done": self.tr("done"), "current": self.tr("current step"),
                     "later": self.tr("not yet")}[state]  # fmt: skip
            icon = {"done": ("mdi6.check-circle", ACCENT.name()),
                    "current": ("mdi6.record-circle-outline", "white"),
                    "later": ("mdi6.circle-outline", "gray")}[state]  # fmt: skip
            button.setIcon(qta.icon(icon[0], color=icon[1]))
            button.setProperty("state", state)
            button.setToolTip(f"{label}: {words}")
            button.setAccessibleName(f"{label}: {words}")
            button.setEnabled(step in has_page and state != "later")
            button.style().unpolish(button)
            button.style().polish(button)


class MissingPanel(QFrame):
    """The unmet gates for the next step, each a link to its field."""

    go_to = Signal(str)  # the field of a Missing item
    next_move = Signal(object)  # the Stage the case is in when the mediator takes its next move
    close_requested = Signal()
    reopen_requested = Signal()
    seal_requested = Signal()
    purge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missing")
        self.setStyleSheet(_LOCAL_SHEET)
        self.items: list[QLabel] = []
        heading = QLabel(self.tr("What is missing"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("help")
        self.subtitle.setWordWrap(True)
        self.list = QVBoxLayout()
        self.list.setSpacing(6)
        self.nothing = QLabel(self.tr("Nothing is missing for the next step."))
        self.nothing.setWordWrap(True)
        self.nothing.hide()
        self.move_button = QPushButton()
        self.move_button.hide()
        self.move_button.clicked.connect(lambda: self.next_move.emit(self.stage))
        self.close_button = QPushButton(self.tr("C&lose the case…"))
        self.close_button.clicked.connect(self.close_requested)
        self.stage: Stage | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(heading)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.list)
        layout.addWidget(self.nothing)
        layout.addWidget(self.move_button)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.reopen_button = QPushButton(self.tr("Re&open the case…"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.reopen_button.hide()
        layout.addWidget(self.reopen_button)
        self.seal_button = QPushButton(self.tr("Seal the case…"))
        self.seal_button.setToolTip(self.tr("Show only its number until the seal is lifted"))
        self.seal_button.clicked.connect(self.seal_requested)
        self.purge_button = QPushButton(self.tr("Purge the case…"))
        self.purge_button.setToolTip(self.tr("Remove it from the records for good"))
        self.purge_button.clicked.connect(self.purge_requested)
        for button in (self.seal_button, self.purge_button):
            button.hide()
            layout.addWidget(button)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 17)

    def texts(self) -> list[str]:
        return [label.accessibleName() for label in self.items]

    def show_missing(self, missing: list[Missing], stage: Stage) -> None:
        for label in self.items:
            label.setParent(None)
            label.deleteLater()
        self.items = []
        self.stage = stage
        checked = stage in (
            Stage.REFERRAL,
            Stage.INTAKE,
            Stage.PREPARATION,
            Stage.READY,
            Stage.SESSION_HELD,
        )
        if stage in (Stage.REFERRAL, Stage.INTAKE):
            self.subtitle.setText(self.tr("Before preparation can start:"))
        elif stage in (Stage.PREPARATION, Stage.READY):
            self.subtitle.setText(self.tr("Before scheduling:"))
        elif stage is Stage.SESSION_HELD:
            self.subtitle.setText(self.tr("Before the agreement is signed:"))
        else:
            self.subtitle.setText(self.tr("Checks for this step come with its page."))
        link_colour = ACCENT.lighter(150) if is_dark() else ACCENT
        for item in missing:
            text = missing_text(item)
            if item.overridden:
                label = QLabel(self.tr("Going ahead without: {item}").format(item=text))
                label.setObjectName("help")
                label.setAccessibleName(label.text())
            else:
                label = QLabel(
                    f'<a href="{escape(item.field)}" style="color: {link_colour.name()}">'
                    f"{escape(text)}</a>"
                )
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
                label.setAccessibleName(text)
                label.linkActivated.connect(self.go_to)
            label.setWordWrap(True)
            self.items.append(label)
            self.list.addWidget(label)
        blocked = any(not item.overridden for item in missing)
        self.nothing.setVisible(not blocked and checked)
        self.close_button.setVisible(stage is not Stage.CLOSED)
        self.reopen_button.setVisible(stage is Stage.CLOSED)
        self.seal_button.setVisible(stage is Stage.CLOSED)
        self.purge_button.setVisible(stage is Stage.CLOSED)
        move = NEXT_MOVE.get(stage)
        self.move_button.setVisible(move is not None)
        if move is not None:
            self.move_button.setText(domain_text(move))
            self.move_button.setEnabled(stage in (Stage.REFERRAL, Stage.READY) or not blocked)
