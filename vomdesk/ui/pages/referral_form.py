"""New referral (Ctrl+N): one guided form, checked as it is typed, kept as a draft until saved."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services import errors
from vomdesk.services.cases import create_case
from vomdesk.services.open_store import OpenStore
from vomdesk.ui import prompts
from vomdesk.ui.drafts import DraftKeeper
from vomdesk.ui.events import app_events
from vomdesk.ui.pages.new_participants import NewParticipantList
from vomdesk.ui.pages.referral_fields import ReferralFields
from vomdesk.ui.texts import correction_texts, problem_text
from vomdesk.ui.widgets.draft_banner import DraftBanner
from vomdesk.ui.widgets.form_column import form_column
from vomdesk.ui.widgets.offence_list import OFFENCE_DEFAULT

FORM = "new-referral"
FIELD_ORDER = ("received_on", "source_type", "court_number", "deadline", "offences",
               "incident_date")  # fmt: skip

__all__ = ["FORM", "ReferralFields", "ReferralForm"]


class ReferralForm(QWidget):
    """Emits ``saved(case_id)`` after Save (or Ctrl+S), ``cancelled`` after Cancel."""

    saved = Signal(int)
    cancelled = Signal()

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.saved_case_id: int | None = None
        self.fields = ReferralFields(store)
        self.participants = NewParticipantList(store, self.fields.dates["incident_date"].value)
        self.drafts = DraftKeeper(store, FORM, self.values, self)
        self.banner = DraftBanner()

        title = QLabel(self.tr("New referral"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("Fields marked * are needed to save. Everything typed is kept."))
        intro.setObjectName("help")
        self.scroller = form_column(
            title, intro, self.banner, self.fields, self.participants, spacing=12
        )

        self.status = QLabel()
        self.status.setObjectName("help")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(qta.icon("mdi6.content-save-outline"), self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the referral (Ctrl+S)"))
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroller, 1)
        outer.addLayout(footer)
        QWidget.setTabOrder(self.fields.texts["no_contact_note"], self.participants.list)
        QWidget.setTabOrder(self.participants.remove_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.fields.dates["received_on"].set_value(date.today())
        self.fields.offences.set_values([dict(OFFENCE_DEFAULT)])
        self.pristine = self.values()
        self.fields.changed.connect(self._edited)
        self.participants.changed.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.banner.restore_button.clicked.connect(self.restore_draft)
        self.banner.discard_button.clicked.connect(self.discard_draft)
        self.setFocusProxy(self.fields.dates["received_on"])
        draft = self.drafts.existing()
        if draft is not None and draft[0] != self.pristine:
            self.banner.offer(draft[1])

    # --- values -----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"referral": self.fields.values(), "participants": self.participants.values()}

    def fill(self, values: dict[str, Any]) -> None:
        with self.drafts.paused():
            self.fields.fill(dict(values.get("referral") or {}))
            self.participants.set_values(list(values.get("participants") or []))

    def has_unsaved_changes(self) -> bool:
        return self.saved_case_id is None and self.values() != self.pristine

    def _edited(self) -> None:
        self.drafts.changed()
        self.status.setText(self.tr("Not saved yet") if self.has_unsaved_changes() else "")

    # --- drafts -----------------------------------------------------------------------
    def restore_draft(self) -> None:
        draft = self.drafts.existing()
        if draft is not None:
            self.fill(draft[0])
            self._edited()
        self.banner.hide()
        self.fields.focus_field("received_on")

    def discard_draft(self) -> None:
        self.drafts.discard()
        self.banner.hide()

    def keep_drafts(self) -> None:
        """Write a pending draft now (before locking or quitting)."""
        self.drafts.flush()

    # --- saving -----------------------------------------------------------------------
    def save(self, *, open_case: bool = True) -> bool:
        """Record the referral; on a problem the form keeps everything and says what to fix."""
        if self.saved_case_id is not None:
            return True
        self.fields.show_required = True
        problems = self.fields.problems()
        people = self.participants.problems()
        if problems or people:
            self._refused(problems, people)
            return False
        participants, links = self.participants.for_create_case()
        try:
            self.drafts.cancel()  # the save removes the draft in the same transaction
            case = create_case(
                self.store, self.fields.case_create(), participants, links, draft_form=FORM
            )
        except errors.NeedsCorrection as refused:
            own = correction_texts(refused)
            known = set(self.fields.messages) | {k for k in own if k.startswith("offences")}
            self._refused(
                {k: v for k, v in own.items() if k in known},
                [v for k, v in own.items() if k not in known],
            )
            return False
        except (errors.StoreProblem, OSError) as error:
            prompts.show_error(self, self.tr("Referral not saved"), problem_text(error))
            return False
        assert case.id is not None
        self.saved_case_id = case.id
        self.banner.hide()
        now = datetime.now().astimezone()
        self.status.setText(
            self.tr("Saved as case {number} at {time}").format(
                number=case.number, time=now.strftime("%H:%M")
            )
        )
        self.save_button.setEnabled(False)
        app_events().saved.emit(now)
        app_events().data_changed.emit("case")
        if open_case:
            self.saved.emit(case.id)
        return True

    def _refused(self, problems: dict[str, str], people: list[str]) -> None:
        self.fields.show_problems(problems)
        self.participants.message.show_problem("\n".join(people))
        self.status.setText(self.tr("Correct the marked fields, then save again."))
        first = next((k for k in FIELD_ORDER if k in problems or k + ".0" in problems), None)
        if first is None:
            first = next(iter(problems), None)
        if first is not None:
            self.fields.focus_field(first)
            self.scroller.ensureWidgetVisible(self.fields.widget_of(first.split(".")[0]))
        elif people:
            self.participants.list.setFocus()
            self.scroller.ensureWidgetVisible(self.participants)

    # --- leaving ----------------------------------------------------------------------
    def confirm_leave(self) -> bool:
        """Ask Save / Discard / Cancel when something is unsaved; True when it is fine to leave."""
        if not self.has_unsaved_changes():
            return True
        return prompts.confirm_leave(
            self,
            self.tr("Unsaved referral"),
            self.tr("Save this referral before leaving?"),
            save=lambda: self.save(open_case=False),
            discard=self._forget_changes,
        )

    def _forget_changes(self) -> None:
        self.drafts.discard()
        self.pristine = self.values()

    def cancel(self) -> None:
        if self.confirm_leave():
            self.cancelled.emit()
