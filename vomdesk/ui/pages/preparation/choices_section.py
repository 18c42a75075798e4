"""The Choices page: each victim's choices for the meeting, then the offender side's times."""

from __future__ import annotations

from typing import Any

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.parties import Role
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.choices import save_victim_choices
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation
from vomdesk.ui import prompts
from vomdesk.ui.drafts import DraftKeeper
from vomdesk.ui.pages.preparation.offender_side import OffenderSide
from vomdesk.ui.pages.preparation.section import Section
from vomdesk.ui.pages.preparation.victim_choices_form import VictimChoicesForm
from vomdesk.ui.texts import correction_texts, problem_text
from vomdesk.ui.widgets.draft_banner import DraftBanner
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.form_column import form_column


class ChoicesSection(Section):
    """A form saved with Save (Ctrl+S): typing survives a reload until saved or reverted, and
    is kept as a draft of each victim (offered back after a crash, a lock or a restart)."""

    title = QT_TRANSLATE_NOOP("Preparation", "Choices")

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(store, case_id, parent)
        self.victim_id: int | None = None
        self.loaded: dict[str, Any] | None = None
        self.keepers: dict[int, DraftKeeper] = {}
        self.offered: set[int] = set()  # victims whose kept draft was looked for
        self.draft_banner = DraftBanner()
        self.banner_victim: int | None = None
        self.victim = QComboBox()
        self.victim.setAccessibleName(self.tr("Victim"))
        self.victim_caption = QLabel(self.tr("&Victim"))
        self.victim_caption.setBuddy(self.victim)
        self.form = VictimChoicesForm()
        self.general = FieldMessage()
        self.status = QLabel()
        self.status.setObjectName("help")
        self.save_button = QPushButton(
            qta.icon("mdi6.content-save-outline"), self.tr("Save &choices")
        )
        self.save_button.setToolTip(self.tr("Save the victim's choices (Ctrl+S)"))
        self.victim_box = QGroupBox(self.tr("The victim's choices"))
        chooser = QFormLayout()
        chooser.addRow(self.victim_caption, self.victim)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_button)
        victim_layout = QVBoxLayout(self.victim_box)
        victim_layout.addLayout(chooser)
        victim_layout.addWidget(self.draft_banner)
        victim_layout.addWidget(self.form)
        victim_layout.addWidget(self.general)
        victim_layout.addLayout(footer)
        self.none_label = QLabel(self.tr("This case has no victim taking part yet."))
        self.none_label.setObjectName("help")
        self.offender_side = OffenderSide(store, case_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form_column(self.none_label, self.victim_box, self.offender_side), 1)
        self.form.changed.connect(self._typed)
        self.draft_banner.restore_button.clicked.connect(self.restore_draft)
        self.draft_banner.discard_button.clicked.connect(self.discard_draft)
        self.victim.currentIndexChanged.connect(self._victim_chosen)
        self.save_button.clicked.connect(self.save_victim)
        self.offender_side.stored.connect(self._stored)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- showing ----------------------------------------------------------------------
    def show_preparation(self, prep: Preparation) -> None:
        super().show_preparation(prep)
        victims = [p for p in prep.participants if p.role is Role.VICTIM]
        self.victim.blockSignals(True)
        self.victim.clear()
        for person in victims:
            self.victim.addItem(person.name, person.id)
        self.victim.blockSignals(False)
        several = len(victims) > 1
        self.victim.setVisible(several)
        self.victim_caption.setVisible(several)
        self.victim_box.setVisible(bool(victims))
        self.none_label.setVisible(not victims)
        ids = [p.id for p in victims]
        if self.victim_id not in ids:
            self.victim_id, self.loaded = (ids[0] if ids else None), None
        self.victim.setCurrentIndex(max(self.victim.findData(self.victim_id), 0))
        case = prep.case
        self.form.set_contact_order(case.no_contact_order and not case.no_contact_allows_contact)
        if not self.victim_unsaved():
            self.load_victim()
        self.offender_side.show_preparation(prep)

    def load_victim(self) -> None:
        keeper = self.keeper()
        if self.prep is None or self.victim_id is None or keeper is None:
            return
        for other in self.keepers.values():
            other.flush()  # a draft waiting for the victim shown before is written now
        with keeper.paused():
            self.form.fill(self.prep, self.victim_id)
        self.general.show_problem("")
        self.loaded = self.form.values()
        if self.banner_victim != self.victim_id:
            self.draft_banner.hide()
        if self.victim_id not in self.offered:
            self.offered.add(self.victim_id)
            draft = keeper.existing()
            if draft is not None and draft[0] != self.loaded:
                self.banner_victim = self.victim_id
                self.draft_banner.offer(draft[1])
        self._edited()

    # --- drafts -----------------------------------------------------------------------
    def keeper(self) -> DraftKeeper | None:
        """The draft of the victim shown (one per victim)."""
        if self.victim_id is None:
            return None
        if self.victim_id not in self.keepers:
            name = f"case-{self.case_id}-choices-victim-{self.victim_id}"
            self.keepers[self.victim_id] = DraftKeeper(self.store, name, self.form.values, self)
        return self.keepers[self.victim_id]

    def keep_drafts(self) -> None:
        for keeper in self.keepers.values():
            keeper.flush()
        self.offender_side.keep_drafts()

    def restore_draft(self) -> None:
        keeper = self.keeper()
        draft = keeper.existing() if keeper is not None else None
        if draft is not None:
            self.form.restore(draft[0])
        self.draft_banner.hide()

    def discard_draft(self) -> None:
        keeper = self.keeper()
        if keeper is not None:
            keeper.discard()
        self.draft_banner.hide()

    def _typed(self) -> None:
        keeper = self.keeper()
        if keeper is not None:
            keeper.changed()
        self._edited()

    def _edited(self) -> None:
        self.status.setText(self.tr("Unsaved changes") if self.victim_unsaved() else "")

    def _victim_chosen(self) -> None:
        chosen = self.victim.currentData()
        if chosen == self.victim_id:
            return
        if self.victim_unsaved() and not prompts.confirm_leave(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this victim's choices first?"),
            save=self.save_victim,
            discard=self.revert_victim,
        ):
            self.victim.blockSignals(True)
            self.victim.setCurrentIndex(max(self.victim.findData(self.victim_id), 0))
            self.victim.blockSignals(False)
            return
        self.victim_id = chosen
        self.load_victim()

    def focus_item(self, field: str) -> None:
        """``choices.<id>``: that victim (or offender), at Takes part; ``choices.form``: the
        form of meeting; ``choices``: the first field."""
        _, _, rest = field.partition(".")
        person = self.prep.participant(int(rest)) if self.prep and rest.isdigit() else None
        if person is not None and person.role is Role.OFFENDER:
            self.offender_side.focus(person.id)
            return
        if person is not None and self.victim.findData(person.id) >= 0:
            self.victim.setCurrentIndex(self.victim.findData(person.id))
        if rest == "form":
            self.form.form_field().setFocus(Qt.FocusReason.OtherFocusReason)
        elif person is None and self.victim.isVisible():
            self.victim.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.form.takes_part.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- unsaved changes --------------------------------------------------------------
    def victim_unsaved(self) -> bool:
        return self.loaded is not None and self.form.values() != self.loaded

    def has_unsaved_changes(self) -> bool:
        return self.victim_unsaved() or self.offender_side.has_unsaved_changes()

    def revert(self) -> None:
        self.revert_victim()
        self.offender_side.revert()

    def revert_victim(self) -> None:
        """Back to the victim's choices as saved; the kept draft goes."""
        self.discard_draft()
        self.load_victim()

    def save(self) -> bool:
        """Save the victim's choices and the offender side, whichever changed."""
        return self.save_victim() and self.offender_side.save()

    # --- saving -----------------------------------------------------------------------
    def save_victim(self) -> bool:
        if self.victim_id is None or not self.victim_unsaved():
            return True
        lines, rows = self.form.loss_lines()
        keeper = self.keeper()
        assert keeper is not None
        keeper.cancel()  # the save removes the draft in the same transaction
        try:
            moved = save_victim_choices(
                self.store,
                self.victim_id,
                self.form.choices(),
                takes_part=self.form.takes_part.isChecked(),
                losses=lines,
                draft_form=keeper.form,
            )
        except errors.NeedsCorrection as refused:
            keeper.changed()  # not saved: the draft stays and follows the typing
            problems = correction_texts(refused)
            self.form.show_problems(problems, rows)
            known = ("form", "venue", "attendees")
            others = [t for k, t in problems.items() if k not in known and k[:7] != "losses."]
            self.general.show_problem(" ".join(others))
            return False
        except (errors.StoreProblem, OSError) as error:
            keeper.changed()
            self.general.show_problem(problem_text(error))
            return False
        self.draft_banner.hide()
        self.form.show_problems({})
        self.general.show_problem("")
        self.loaded = self.form.values()
        self._edited()
        self._stored(moved)
        return True

    def _stored(self, moved: bool) -> None:
        if moved:
            prompts.show_info(
                self,
                self.tr("Back to preparation"),
                self.tr(
                    "The case went back to preparation: the gates are checked again before "
                    "a joint session."
                ),
            )
        self.saved()
