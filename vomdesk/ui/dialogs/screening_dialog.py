"""Screen a victim or offender with the program's checklist, or view a past screening."""

from __future__ import annotations

from datetime import date

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.screening import (
    ANSWER_LABELS,
    OUTCOME_LABELS,
    Answer,
    Item,
    Outcome,
    Response,
    Template,
    red_flags,
)
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.participants import ParticipantView
from vomdesk.services.screenings import (
    SCREENED_SIDES,
    current_template,
    record_screening,
    responses_of,
    template_by_id,
)
from vomdesk.store.preparation_models import Screening
from vomdesk.ui.dialogs.consent_dialog import save_buttons
from vomdesk.ui.style import ACCENT, PROBLEM_DARK, PROBLEM_LIGHT, is_dark
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.date_field import DateField
from vomdesk.ui.widgets.field_message import FieldMessage

ANSWERS = (Answer.YES, Answer.NO, Answer.UNSURE)
OUTCOMES = (Outcome.READY, Outcome.NEEDS_MORE, Outcome.NOT_SUITABLE)
GATE_BADGE = "border: 1px solid {accent}; border-radius: 8px; padding: 0 6px; color: {accent};"


class ItemRow:
    """One question of the checklist: its answer buttons, note, red-flag marker and message."""

    def __init__(self, item: Item, question: str, parent: QWidget) -> None:
        self.item = item
        self.label = QLabel(question)
        self.label.setWordWrap(True)
        self.gate = QLabel(QCoreApplication.translate("ScreeningDialog", "Gate"))
        self.gate.setToolTip(
            QCoreApplication.translate("ScreeningDialog", "One of the three gates of mediation")
        )
        accent = ACCENT.lighter(150) if is_dark() else ACCENT
        self.gate.setStyleSheet(GATE_BADGE.format(accent=accent.name()))
        self.gate.setVisible(item.gate)
        if item.gate:
            font = self.label.font()
            font.setBold(True)
            self.label.setFont(font)
        self.group = QButtonGroup(parent)
        self.buttons: dict[Answer, QRadioButton] = {}
        for answer in ANSWERS:
            button = QRadioButton(domain_text(ANSWER_LABELS[answer]))
            button.setAccessibleName(f"{question}: {button.text()}")
            self.group.addButton(button)
            self.buttons[answer] = button
        self.label.setBuddy(self.buttons[Answer.YES])
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(QCoreApplication.translate("ScreeningDialog", "Note"))
        self.note.setAccessibleName(
            QCoreApplication.translate("ScreeningDialog", "{question}: note").format(
                question=question
            )
        )
        self.flag = QWidget()
        icon = QLabel()
        colour = PROBLEM_DARK if is_dark() else PROBLEM_LIGHT
        size = parent.fontMetrics().height()
        icon.setPixmap(qta.icon("mdi6.flag", color=colour).pixmap(size, size))
        words = QLabel(QCoreApplication.translate("ScreeningDialog", "Red flag"))
        words.setObjectName("fieldProblem")
        flag_layout = QHBoxLayout(self.flag)
        flag_layout.setContentsMargins(0, 0, 0, 0)
        flag_layout.addWidget(icon)
        flag_layout.addWidget(words)
        self.flag.setAccessibleName(QCoreApplication.translate("ScreeningDialog", "Red flag"))
        self.flag.hide()
        self.message = FieldMessage()

    def answer(self) -> Answer | None:
        return next((a for a, b in self.buttons.items() if b.isChecked()), None)

    def set_response(self, response: Response | None) -> None:
        if response is not None:
            self.buttons[response.answer].setChecked(True)
            self.note.setText(response.note)

    def set_read_only(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(False)
        self.note.setReadOnly(True)


class ScreeningDialog(QDialog):
    """New screening (or re-screening) of one participant; with ``screening``, read-only."""

    def __init__(
        self,
        store: OpenStore,
        participant: ParticipantView,
        *,
        screening: Screening | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.participant, self.screening = store, participant, screening
        self.read_only = screening is not None
        self.saved_id: int | None = None
        self.saved_outcome: Outcome | None = None
        responses: dict[str, Response] = {}
        if screening is not None:
            self.template_id: int | None = screening.template_id
            self.template: Template = template_by_id(store, screening.template_id)
            responses = responses_of(screening)
        else:
            self.template_id, self.template = current_template(
                store, SCREENED_SIDES[participant.role]
            )
        title = self.tr("Screening of {name}") if self.read_only else self.tr("Screen {name}")
        self.setWindowTitle(title.format(name=participant.name))
        heading = QLabel(
            self.tr("Checklist version {version}").format(version=self.template.version)
        )
        heading.setObjectName("help")

        items = [i for i in self.template.items if not i.retired or i.key in responses]
        self.rows = [ItemRow(item, domain_text(item.text), self) for item in items]
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._checklist(responses))
        self.summary = QLabel()

        self.messages = {
            key: FieldMessage() for key in ("done_on", "outcome", "reasons", "flags_reason")
        }
        self.general = FieldMessage()
        self.done_on = DateField()
        self.done_on.set_value(screening.done_on if screening else date.today())
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        outcome_box = QWidget()
        outcome_layout = QHBoxLayout(outcome_box)
        outcome_layout.setContentsMargins(0, 0, 0, 0)
        mnemonics = {
            Outcome.READY: self.tr("&Ready"),
            Outcome.NEEDS_MORE: self.tr("Needs &more preparation"),
            Outcome.NOT_SUITABLE: self.tr("&Not suitable"),
        }
        for outcome in OUTCOMES:
            button = QRadioButton(mnemonics[outcome])
            button.setAccessibleName(domain_text(OUTCOME_LABELS[outcome]))
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            outcome_layout.addWidget(button)
        outcome_layout.addStretch(1)
        outcome_box.setAccessibleName(self.tr("Outcome"))
        self.reasons, self.flags_reason = self._text_box(), self._text_box()
        if screening is not None:
            self.outcome_buttons[Outcome(screening.outcome)].setChecked(True)
            self.reasons.setPlainText(screening.reasons)
            self.flags_reason.setPlainText(screening.flags_reason)

        conclusion = QGroupBox(self.tr("Outcome"))
        form = QFormLayout(conclusion)
        self._row(form, self.tr("Screened &on *"), self.done_on, "done_on")
        self._row(form, self.tr("Outcome *"), outcome_box, "outcome").setBuddy(
            self.outcome_buttons[Outcome.READY]
        )
        reasons_help = QLabel(self.tr("Required unless the participant is ready."))
        reasons_help.setObjectName("help")
        self._row(form, self.tr("R&easons"), self.reasons, "reasons", reasons_help)
        self.flags_caption = self._row(
            form, self.tr("&Why ready despite the red flags *"), self.flags_reason, "flags_reason"
        )

        if self.read_only:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
            self.buttons.rejected.connect(self.reject)
            for row in self.rows:
                row.set_read_only()
            for button in self.outcome_buttons.values():
                button.setEnabled(False)
            self.done_on.set_read_only(True)
            self.reasons.setReadOnly(True)
            self.flags_reason.setReadOnly(True)
        else:
            self.buttons = save_buttons(self, self.tr("&Save"))
            self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(conclusion)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.outcome_group.buttonToggled.connect(self._answers_changed)
        self._answers_changed()
        width = self.fontMetrics().horizontalAdvance("0") * 120
        self.resize(width, self.fontMetrics().height() * 52)
        if self.rows and not self.read_only:
            self.rows[0].buttons[Answer.YES].setFocus()

    def _checklist(self, responses: dict[str, Response]) -> QWidget:
        """The questions in a grid: question, Yes / No / Unsure, note, red flag; a message below."""
        checklist = QWidget()
        grid = QGridLayout(checklist)
        grid.setHorizontalSpacing(12)
        for index, row in enumerate(self.rows):
            line = index * 2
            question = QVBoxLayout()
            question.setSpacing(2)
            question.addWidget(row.label)
            question.addWidget(row.gate, 0, Qt.AlignmentFlag.AlignLeft)
            grid.addLayout(question, line, 0)
            for column, answer in enumerate(ANSWERS, start=1):
                grid.addWidget(row.buttons[answer], line, column)
            grid.addWidget(row.note, line, 4)
            grid.addWidget(row.flag, line, 5)
            grid.addWidget(row.message, line + 1, 0, 1, 6)
            row.set_response(responses.get(row.item.key))
            row.group.buttonToggled.connect(self._answers_changed)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(4, 2)
        return checklist

    def _text_box(self) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setMaximumHeight(self.fontMetrics().height() * 4)
        return box

    def _row(
        self, form: QFormLayout, label: str, widget: QWidget, key: str, help_: QLabel | None = None
    ) -> QLabel:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        if help_ is not None:
            column.addWidget(help_)
        column.addWidget(self.messages[key])
        caption = QLabel(label)
        caption.setBuddy(widget)
        name = label.replace("&", "").rstrip(" *")
        widget.setAccessibleName(name)
        if isinstance(widget, DateField):
            widget.set_accessible_name(name)
        form.addRow(caption, column)
        return caption

    # --- values -----------------------------------------------------------------------
    def answers(self) -> dict[str, Response]:
        return {
            row.item.key: Response(answer, row.note.text())
            for row in self.rows
            if (answer := row.answer()) is not None
        }

    def outcome(self) -> Outcome | None:
        return next((o for o, b in self.outcome_buttons.items() if b.isChecked()), None)

    def flagged(self) -> list[Item]:
        return red_flags(self.template, self.answers())

    def _answers_changed(self) -> None:
        flagged = {item.key for item in self.flagged()}
        for row in self.rows:
            row.flag.setVisible(row.item.key in flagged)
        count = len(flagged)
        summary = self.tr("{count} red flags open").format(count=count)
        if count < 2:
            summary = self.tr("1 red flag open") if count else self.tr("No red flags")
        self.summary.setText(summary)
        self.summary.setAccessibleName(self.summary.text())
        self.summary.setObjectName("fieldProblem" if count else "help")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        needs_reason = self.outcome() is Outcome.READY and count > 0
        self.flags_reason.setVisible(needs_reason)
        self.flags_caption.setVisible(needs_reason)
        self.messages["flags_reason"].setVisible(
            needs_reason and bool(self.messages["flags_reason"].text())
        )

    # --- saving -----------------------------------------------------------------------
    def show_problems(self, problems: dict[str, str]) -> None:
        rows = {f"answer.{row.item.key}": row for row in self.rows}
        for key, row in rows.items():
            row.message.show_problem(problems.get(key, ""))
        for key, message in self.messages.items():
            message.show_problem(problems.get(key, ""))
        others = [t for k, t in problems.items() if k not in self.messages and k not in rows]
        self.general.show_problem(" ".join(others))
        self._answers_changed()
        first = next((k for k in problems if k in rows), None)
        if first is not None:
            rows[first].buttons[Answer.YES].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widgets: dict[str, QWidget] = {
            "done_on": self.done_on,
            "outcome": self.outcome_buttons[Outcome.READY],
            "reasons": self.reasons,
            "flags_reason": self.flags_reason,
        }
        for key, widget in widgets.items():
            if key in problems:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def save(self) -> None:
        """Record the screening; on a problem, say what and keep everything typed."""
        if self.read_only:
            return
        if self.done_on.problem():
            self.show_problems({"done_on": self.done_on.problem()})
            return
        outcome = self.outcome()
        needs_reason = outcome is Outcome.READY and bool(self.flagged())
        try:
            self.saved_id = record_screening(
                self.store,
                self.participant.id,
                template_id=self.template_id,
                done_on=self.done_on.value(),
                answers=self.answers(),
                outcome=outcome,
                reasons=self.reasons.toPlainText(),
                flags_reason=self.flags_reason.toPlainText() if needs_reason else "",
            )
        except errors.NeedsCorrection as refused:
            self.show_problems(correction_texts(refused))
            return
        except (errors.StoreProblem, OSError) as error:
            self.show_problems({"store": problem_text(error)})
            return
        self.saved_outcome = outcome
        self.accept()
