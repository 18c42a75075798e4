"""The Referral tab of a case: the same fields as the new-referral form, changed and saved here."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services import errors
from vomdesk.services.cases import CaseRecord, update_referral
from vomdesk.services.open_store import OpenStore
from vomdesk.ui import prompts
from vomdesk.ui.drafts import DraftKeeper
from vomdesk.ui.events import app_events
from vomdesk.ui.pages.referral_fields import ReferralFields
from vomdesk.ui.texts import correction_texts, problem_text
from vomdesk.ui.widgets.draft_banner import DraftBanner
from vomdesk.ui.widgets.form_column import form_column


class ReferralTab(QWidget):
    """Edits a saved referral; typing is kept as a draft of this case until saved."""

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        # No offence yet is allowed here: "What is missing" asks for it instead.
        self.fields = ReferralFields(store, except_case=case_id, offence_required=False)
        self.drafts = DraftKeeper(store, f"case-{case_id}-referral", self.fields.values, self)
        self.banner = DraftBanner()
        self.saved_values: dict[str, Any] | None = None
        self.saved_typed: dict[str, Any] = {}
        self.scroller = form_column(self.banner, self.fields)
        self.status = QLabel()
        self.status.setObjectName("help")
        self.save_button = QPushButton(qta.icon("mdi6.content-save-outline"), self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the referral (Ctrl+S)"))
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(footer)
        self.fields.changed.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.banner.restore_button.clicked.connect(self.restore_draft)
        self.banner.discard_button.clicked.connect(self.discard_draft)

    def show_record(self, record: CaseRecord) -> None:
        """Fill from the store, unless the mediator is in the middle of changing the referral."""
        first = self.saved_values is None
        if self.has_unsaved_changes():
            return
        with self.drafts.paused():  # filling from the store is not typing: no draft
            self.fields.fill_from(record.case, record.offences)
            self.saved_values, self.saved_typed = self.fields.values(), self.fields.typed()
            self._edited()
        draft = self.drafts.existing() if first else None
        if draft is not None and draft[0] != self.saved_values:
            self.banner.offer(draft[1])

    def has_unsaved_changes(self) -> bool:
        return self.saved_values is not None and self.fields.values() != self.saved_values

    def _edited(self) -> None:
        self.drafts.changed()
        if self.has_unsaved_changes():
            self.status.setText(self.tr("Unsaved changes"))
        elif self.status.text() == self.tr("Unsaved changes"):
            self.status.setText("")

    def restore_draft(self) -> None:
        draft = self.drafts.existing()
        if draft is not None:
            self.fields.fill(draft[0])
        self.banner.hide()

    def discard_draft(self) -> None:
        self.drafts.discard()
        self.banner.hide()

    def revert(self) -> None:
        """Forget the changes: back to the referral as saved."""
        self.drafts.discard()
        if self.saved_values is not None:
            with self.drafts.paused():
                self.fields.fill(self.saved_values)

    def save(self) -> bool:
        self.fields.show_required = True
        problems = self.fields.problems()
        if problems:
            self._refused(problems)
            return False
        changes = self.fields.case_update(self.saved_typed)
        if not changes.model_fields_set:
            self.status.setText(self.tr("Nothing to save: no field was changed."))
            return True
        try:
            self.drafts.cancel()  # the save removes the draft in the same transaction
            update_referral(self.store, self.case_id, changes, draft_form=self.drafts.form)
        except errors.NeedsCorrection as refused:
            self._refused(correction_texts(refused))
            return False
        except (errors.StoreProblem, OSError) as error:
            prompts.show_error(self, self.tr("Referral not saved"), problem_text(error))
            return False
        self.saved_values, self.saved_typed = self.fields.values(), self.fields.typed()
        self.banner.hide()
        now = datetime.now().astimezone()
        self.status.setText(self.tr("Saved at {time}").format(time=now.strftime("%H:%M")))
        app_events().saved.emit(now)
        app_events().data_changed.emit("case")
        return True

    def _refused(self, problems: dict[str, str]) -> None:
        self.fields.show_problems(problems)
        self.status.setText(self.tr("Correct the marked fields, then save again."))
        first = next(iter(problems))
        self.fields.focus_field(first)
        self.scroller.ensureWidgetVisible(self.fields.widget_of(first.split(".")[0]))
