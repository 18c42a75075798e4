"""Settings: the program edits its screening checklists; each save becomes a new version."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import qtawesome as qta
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.parties import Side
from vomdesk.domain.screening import ANSWER_LABELS, Answer, Item, Template, new_item_key
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.screenings import current_template, save_template, template_versions
from vomdesk.ui.dialogs.question_dialog import QuestionDialog, row_of
from vomdesk.ui.events import app_events
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.field_message import FieldMessage

_KEY = Qt.ItemDataRole.UserRole


class ChecklistEditor(QGroupBox):
    """The "Screening checklists" group: edits stay local until "Save as new version"."""

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Screening checklists"), parent)
        self.store = store
        self.base: dict[Side, Template] = {}
        self.working: dict[Side, list[Item]] = {}
        self.dialog: QuestionDialog | None = None
        self.side = QComboBox()
        self.side.addItem(self.tr("Victims"), Side.VICTIM.value)
        self.side.addItem(self.tr("Offenders"), Side.OFFENDER.value)
        self.side.setAccessibleName(self.tr("Checklist for"))
        side_caption = QLabel(self.tr("Checklist &for"))
        side_caption.setBuddy(self.side)
        self.version = QLabel()
        self.versions = QLabel()
        self.versions.setObjectName("help")
        self.versions.setWordWrap(True)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Questions asked"))
        self.items.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.items.installEventFilter(self)
        self.message = FieldMessage()
        self.unsaved = QLabel(self.tr("Unsaved changes to the checklist"))
        self.undo_button = QPushButton(qta.icon("mdi6.undo"), self.tr("&Undo changes"))
        self.status = QLabel()
        self.status.setObjectName("help")
        self.status.setWordWrap(True)
        self.add_button = QPushButton(qta.icon("mdi6.plus"), self.tr("Add &question…"))
        self.reword_button = QPushButton(qta.icon("mdi6.pencil-outline"), self.tr("Re&word…"))
        self.up_button = QPushButton(qta.icon("mdi6.arrow-up"), self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button = QPushButton(qta.icon("mdi6.arrow-down"), self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.retire_button = QPushButton(qta.icon("mdi6.archive-outline"), self.tr("Re&tire"))
        self.save_button = QPushButton(
            qta.icon("mdi6.content-save-outline"), self.tr("Save as new ve&rsion")
        )

        layout = QVBoxLayout(self)
        layout.addLayout(row_of(side_caption, self.side, self.version, None))
        layout.addWidget(self.versions)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.message)
        layout.addLayout(row_of(self.add_button, self.reword_button, self.up_button,
                              self.down_button, self.retire_button, None))  # fmt: skip
        layout.addLayout(row_of(self.unsaved, self.undo_button, None, self.save_button))
        layout.addWidget(self.status)

        self.side.currentIndexChanged.connect(lambda _index: self.show_side())
        self.items.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.items.itemActivated.connect(lambda _item: self.reword())
        self.add_button.clicked.connect(self.add_question)
        self.reword_button.clicked.connect(self.reword)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.retire_button.clicked.connect(self.retire)
        self.undo_button.clicked.connect(self.undo_changes)
        self.save_button.clicked.connect(self.save)
        self.show_side()

    # --- state ------------------------------------------------------------------------
    def current_side(self) -> Side:
        return Side(self.side.currentData())

    def _load(self, side: Side) -> None:
        _template_id, template = current_template(self.store, side)
        self.base[side] = template
        self.working[side] = list(template.items)

    def has_unsaved_changes(self, side: Side | None = None) -> bool:
        sides = list(self.working) if side is None else [side] if side in self.working else []
        return any(tuple(self.working[s]) != self.base[s].items for s in sides)

    def current_key(self) -> str | None:
        entry = self.items.currentItem()
        return str(entry.data(_KEY)) if entry is not None else None

    def _item(self, key: str | None) -> Item | None:
        return next((i for i in self.working[self.current_side()] if i.key == key), None)

    # --- showing ----------------------------------------------------------------------
    def show_side(self, select: str | None = None) -> None:
        side = self.current_side()
        try:
            if side not in self.base:
                self._load(side)
            versions = template_versions(self.store, side)
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return
        self.version.setText(self.tr("Version {n} in use").format(n=self.base[side].version))
        earlier = [
            self.tr("{n} ({count} questions)").format(n=t.version, count=len(t.asked))
            for _id, t in versions
            if t.version < self.base[side].version
        ]
        self.versions.setText(
            self.tr("Earlier versions: {list}").format(list=", ".join(earlier))
            if earlier
            else self.tr("No earlier versions.")
        )
        self._fill(select)

    def _fill(self, select: str | None = None) -> None:
        select = select or self.current_key()
        self.items.clear()
        for item in self.working[self.current_side()]:
            if item.retired:
                continue
            text = domain_text(item.text)
            entry = QListWidgetItem(
                self.tr("Gate: {text}").format(text=text) if item.gate else text
            )
            entry.setData(_KEY, item.key)
            flags = ", ".join(domain_text(ANSWER_LABELS[a]) for a in Answer if a in item.flag_on)
            entry.setToolTip(
                self.tr("Red flag when the answer is: {answers}").format(answers=flags)
                if flags
                else self.tr("Never raises a red flag.")
            )
            self.items.addItem(entry)
            if item.key == select:
                self.items.setCurrentItem(entry)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self._item(self.current_key())
        row, count = self.items.currentRow(), self.items.count()
        self.reword_button.setEnabled(item is not None)
        self.up_button.setEnabled(item is not None and row > 0)
        self.down_button.setEnabled(item is not None and row < count - 1)
        self.retire_button.setEnabled(item is not None and not item.gate)
        self.retire_button.setToolTip(
            self.tr("The three gates of mediation cannot be retired.")
            if item is not None and item.gate
            else self.tr("Stop asking this question; screenings already done keep it.")
        )
        unsaved = self.has_unsaved_changes(self.current_side())
        self.unsaved.setVisible(unsaved)
        self.undo_button.setVisible(unsaved)
        self.save_button.setEnabled(unsaved)

    def _changed(self, select: str | None = None) -> None:
        self.message.show_problem("")
        self.status.setText("")
        self._fill(select)
        self.items.setFocus()

    # --- editing ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up and Alt+Down move the chosen question in the list."""
        if watched is self.items and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_item(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def _ask(
        self, title: str, text: str, flag_on: frozenset[Answer],
        done: Callable[[str, frozenset[Answer]], None],
    ) -> QuestionDialog:  # fmt: skip
        dialog = QuestionDialog(title, text, flag_on, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: done(dialog.text.text().strip(), dialog.flag_on()))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def add_question(self) -> QuestionDialog:
        def add(text: str, flag_on: frozenset[Answer]) -> None:
            side = self.current_side()
            taken = {i.key for i in self.working[side]} | {i.key for i in self.base[side].items}
            item = Item(new_item_key(text, taken), text, flag_on)
            self.working[side].append(item)
            self._changed(item.key)

        return self._ask(self.tr("Add a question"), "", frozenset(), add)

    def reword(self) -> QuestionDialog | None:
        item = self._item(self.current_key())
        if item is None:
            return None
        shown = domain_text(item.text)

        def change(text: str, flag_on: frozenset[Answer]) -> None:
            words = item.text if text == shown else text  # unchanged: keep the built-in text
            if words == item.text and flag_on == item.flag_on:
                return
            self._replace(item, replace(item, text=words, flag_on=flag_on))

        return self._ask(self.tr("Reword the question"), shown, item.flag_on, change)

    def _replace(self, old: Item, new: Item | None) -> None:
        items = self.working[self.current_side()]
        index = items.index(old)
        if new is None:
            items.pop(index)
        else:
            items[index] = new
        self._changed(new.key if new is not None else None)

    def move_item(self, delta: int) -> None:
        """Move the chosen question up (-1) or down (+1) among the questions asked."""
        item = self._item(self.current_key())
        if item is None:
            return
        items = self.working[self.current_side()]
        asked = [index for index, i in enumerate(items) if not i.retired]
        position = asked.index(items.index(item)) + delta
        if not 0 <= position < len(asked):
            return
        here, there = items.index(item), asked[position]
        items[here], items[there] = items[there], items[here]
        self._changed(item.key)

    def retire(self) -> None:
        item = self._item(self.current_key())
        if item is None:
            return
        if item.gate:
            self.message.show_problem(self.tr("The three gates of mediation cannot be retired."))
            return
        saved = self.base[self.current_side()].item(item.key) is not None
        row = self.items.currentRow()
        self._replace(item, replace(item, retired=True) if saved else None)
        self.items.setCurrentRow(min(row, self.items.count() - 1))

    def undo_changes(self) -> None:
        side = self.current_side()
        self.working[side] = list(self.base[side].items)
        self._changed()

    def revert_all(self) -> None:
        for side in self.working:
            self.working[side] = list(self.base[side].items)
        self._changed()

    # --- saving -----------------------------------------------------------------------
    def save(self) -> bool:
        """Save the shown side's checklist as its next version; old screenings keep theirs."""
        side = self.current_side()
        try:
            saved = save_template(self.store, side, self.working[side])
            self._load(side)
        except errors.NeedsCorrection as refused:
            texts = correction_texts(refused)
            self.message.show_problem(texts.get("items") or " ".join(texts.values()))
            return False
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return False
        self.show_side()
        self.message.show_problem("")
        self.status.setText(
            self.tr("Version {n} saved. Screenings already done keep the version they used.")
            .format(n=saved.version)
        )  # fmt: skip
        app_events().data_changed.emit("settings")
        return True

    def save_all(self) -> bool:
        """Save every side with unsaved changes (when leaving the page)."""
        for index in range(self.side.count()):
            if self.has_unsaved_changes(Side(self.side.itemData(index))):
                self.side.setCurrentIndex(index)
                if not self.save():
                    return False
        return True
