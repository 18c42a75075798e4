"""The offender side of the choices: whether each offender takes part, when, and support."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.parties import Role
from vomdesk.services import errors
from vomdesk.services.choices import save_offender_availability
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation
from vomdesk.ui import prompts
from vomdesk.ui.drafts import DraftKeeper
from vomdesk.ui.pages.preparation.availability_fields import AvailabilityFields
from vomdesk.ui.texts import correction_texts, problem_text
from vomdesk.ui.widgets.draft_banner import DraftBanner
from vomdesk.ui.widgets.field_message import FieldMessage


class OffenderSide(QGroupBox):
    """One offender at a time (a combo when there are several); saved with its own button.
    Typing is kept as a draft of each offender until saved or reverted."""

    stored = Signal(bool)  # after a save; True when the case went back to preparation

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.keepers: dict[int, DraftKeeper] = {}
        self.offered: set[int] = set()  # offenders whose kept draft was looked for
        self.draft_banner = DraftBanner()
        self.banner_offender: int | None = None
        self.setTitle(self.tr("Offender side"))
        self.prep: Preparation | None = None
        self.loaded: dict[str, Any] | None = None
        self.offender_id: int | None = None
        self.offender = QComboBox()
        self.offender.setAccessibleName(self.tr("Offender"))
        self.offender_caption = QLabel(self.tr("Offender"))
        self.offender_caption.setBuddy(self.offender)
        self.takes_part = QCheckBox(self.tr("The offender ta&kes part"))
        self.takes_part.setAccessibleName(self.tr("The offender takes part"))
        self.support = QLineEdit()
        self.support.setMaxLength(300)
        self.support.setAccessibleName(self.tr("Offender's support person"))
        self.days_message = FieldMessage()
        self.general = FieldMessage()
        self.save_button = QPushButton(
            qta.icon("mdi6.content-save-outline"), self.tr("Save offend&er side")
        )
        self.form = QFormLayout()
        self.form.addRow(self.offender_caption, self.offender)
        self.form.addRow("", self.takes_part)
        self.times = AvailabilityFields(
            self.form,
            days_label=self.tr("Days"),
            parts_label=self.tr("Parts of the day"),
            note_label=self.tr("Times"),
            parent=self,
        )
        self.form.addRow("", self.days_message)
        support_caption = QLabel(self.tr("Support person"))
        support_caption.setBuddy(self.support)
        self.form.addRow(support_caption, self.support)
        footer = QHBoxLayout()
        footer.addWidget(self.general, 1)
        footer.addStretch(0)
        footer.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_banner)
        layout.addLayout(self.form)
        layout.addLayout(footer)
        self.offender.currentIndexChanged.connect(self._offender_chosen)
        self.save_button.clicked.connect(self.save)
        self.takes_part.toggled.connect(self._typed)
        self.times.changed.connect(self._typed)
        self.support.textChanged.connect(self._typed)
        self.draft_banner.restore_button.clicked.connect(self.restore_draft)
        self.draft_banner.discard_button.clicked.connect(self.discard_draft)

    # --- showing ----------------------------------------------------------------------
    def show_preparation(self, prep: Preparation) -> None:
        self.prep = prep
        offenders = [p for p in prep.participants if p.role is Role.OFFENDER]
        self.offender.blockSignals(True)
        self.offender.clear()
        for person in offenders:
            self.offender.addItem(person.name, person.id)
        self.offender.blockSignals(False)
        several = len(offenders) > 1
        self.offender.setVisible(several)
        self.offender_caption.setVisible(several)
        self.setVisible(bool(offenders))
        ids = [p.id for p in offenders]
        if self.offender_id not in ids:
            self.offender_id, self.loaded = (ids[0] if ids else None), None
        self.offender.setCurrentIndex(max(self.offender.findData(self.offender_id), 0))
        if not self.has_unsaved_changes():
            self.load()

    def load(self) -> None:
        """Show what is saved for the chosen offender (and offer back a draft kept for them)."""
        keeper = self.keeper()
        if self.prep is None or self.offender_id is None or keeper is None:
            return
        self.keep_drafts()  # a draft waiting for the offender shown before is written now
        person = self.prep.participant(self.offender_id)
        row = self.prep.availability.get(self.offender_id)
        saved: dict[str, Any] = {"takes_part": person.taking_part if person else True}
        if row is not None:
            saved.update(days=row.days, day_parts=row.day_parts, times_note=row.times_note,
                         support_person=row.support_person)  # fmt: skip
        with keeper.paused():
            self.restore(saved)
        self.days_message.show_problem("")
        self.general.show_problem("")
        self.loaded = self.values()
        if self.banner_offender != self.offender_id:
            self.draft_banner.hide()
        if self.offender_id not in self.offered:
            self.offered.add(self.offender_id)
            draft = keeper.existing()
            if draft is not None and draft[0] != self.loaded:
                self.banner_offender = self.offender_id
                self.draft_banner.offer(draft[1])

    def restore(self, values: Mapping[str, Any]) -> None:
        """Show values as ``values()`` gives them (saved ones, or a kept draft)."""
        self.takes_part.setChecked(bool(values.get("takes_part", True)))
        self.times.set_values(values.get("days") or [], values.get("day_parts") or [],
                              str(values.get("times_note") or ""))  # fmt: skip
        self.support.setText(str(values.get("support_person") or ""))

    # --- drafts -----------------------------------------------------------------------
    def keeper(self) -> DraftKeeper | None:
        """The draft of the offender shown (one per offender)."""
        if self.offender_id is None:
            return None
        if self.offender_id not in self.keepers:
            name = f"case-{self.case_id}-choices-offender-{self.offender_id}"
            self.keepers[self.offender_id] = DraftKeeper(self.store, name, self.values, self)
        return self.keepers[self.offender_id]

    def keep_drafts(self) -> None:
        for keeper in self.keepers.values():
            keeper.flush()

    def _typed(self) -> None:
        keeper = self.keeper()
        if keeper is not None:
            keeper.changed()

    def restore_draft(self) -> None:
        keeper = self.keeper()
        draft = keeper.existing() if keeper is not None else None
        if draft is not None:
            self.restore(draft[0])
        self.draft_banner.hide()

    def discard_draft(self) -> None:
        keeper = self.keeper()
        if keeper is not None:
            keeper.discard()
        self.draft_banner.hide()

    def values(self) -> dict[str, Any]:
        days, parts, note = self.times.values()
        return {"takes_part": self.takes_part.isChecked(), "days": days, "day_parts": parts,
                "times_note": note, "support_person": self.support.text()}  # fmt: skip

    def has_unsaved_changes(self) -> bool:
        return self.loaded is not None and self.values() != self.loaded

    def revert(self) -> None:
        """Back to what is saved for the offender shown; the kept draft goes."""
        self.discard_draft()
        self.load()

    def _offender_chosen(self) -> None:
        chosen = self.offender.currentData()
        if chosen == self.offender_id:
            return
        if self.has_unsaved_changes() and not prompts.confirm_leave(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to the offender side first?"),
            save=self.save,
            discard=self.revert,
        ):
            self.offender.blockSignals(True)
            self.offender.setCurrentIndex(max(self.offender.findData(self.offender_id), 0))
            self.offender.blockSignals(False)
            return
        self.offender_id = chosen
        self.load()

    def focus(self, participant_id: int | None = None) -> None:
        """Choose that offender (if several) and put the cursor on Takes part."""
        if participant_id is not None and self.offender.findData(participant_id) >= 0:
            self.offender.setCurrentIndex(self.offender.findData(participant_id))
        self.takes_part.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving -----------------------------------------------------------------------
    def save(self) -> bool:
        keeper = self.keeper()
        if self.offender_id is None or keeper is None or not self.has_unsaved_changes():
            return True
        keeper.cancel()  # the save removes the draft in the same transaction
        try:
            moved = save_offender_availability(
                self.store, self.offender_id, **self.values(), draft_form=keeper.form
            )
        except errors.NeedsCorrection as refused:
            keeper.changed()  # not saved: the draft stays and follows the typing
            problems = correction_texts(refused)
            self.days_message.show_problem(problems.pop("days", ""))
            self.general.show_problem(" ".join(problems.values()))
            self.times.days[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except (errors.StoreProblem, OSError) as error:
            keeper.changed()
            self.general.show_problem(problem_text(error))
            return False
        self.draft_banner.hide()
        self.days_message.show_problem("")
        self.general.show_problem("")
        self.loaded = self.values()
        self.stored.emit(moved)
        return True
