"""The Safety page: the safety plan, the conflict-of-interest declaration, and gate overrides."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.gates import GATE_LABELS, OVERRIDABLE, Gate
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation, before_scheduling
from vomdesk.services.safety import save_safety_plan
from vomdesk.services.settings import read_settings
from vomdesk.store.preparation_models import SafetyPlanBase
from vomdesk.ui.dialogs.override_dialog import OverrideDialog
from vomdesk.ui.drafts import DraftKeeper
from vomdesk.ui.pages.preparation.conflict_box import ConflictBox
from vomdesk.ui.pages.preparation.section import Section
from vomdesk.ui.pages.preparation.session_list import local_time_text
from vomdesk.ui.texts import domain_text
from vomdesk.ui.widgets.date_field import format_date
from vomdesk.ui.widgets.draft_banner import DraftBanner
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.form_column import form_column

LONG_FIELDS = ("ends_meeting", "notes")
VICTIM_SIDE = ("victim_arrival", "victim_waiting_area")
MAX_LENGTHS = {"victim_arrival": 200, "offender_arrival": 200, "departure": 300,
               "victim_waiting_area": 200, "offender_waiting_area": 200,
               "support_present": 300}  # fmt: skip


class SafetySection(Section):
    """The safety plan (a form saved with Save or Ctrl+S), the mediator's declaration of any
    conflict of interest, and going ahead without a gate with a written reason. What is typed
    in the plan (and a declaration not made yet) is kept as a draft until saved or reverted."""

    title = QT_TRANSLATE_NOOP("Preparation", "Safety")

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(store, case_id, parent)
        self.saved_plan: dict[str, str] | None = None
        self.dialog: OverrideDialog | None = None
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        banner = QFrame()
        banner.setObjectName("banner")
        QVBoxLayout(banner).addWidget(self.banner_text)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.messages = {"ends_meeting": FieldMessage(), "plan": FieldMessage()}
        self.conflict = ConflictBox(store, case_id)
        self.drafts = DraftKeeper(store, f"case-{case_id}-safety-plan", self.draft_values, self)
        self.draft_banner = DraftBanner()
        self.status = QLabel()
        self.status.setObjectName("help")
        self.save_button = QPushButton(qta.icon("mdi6.content-save-outline"), self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the safety plan (Ctrl+S)"))
        self.scroller = form_column(banner, self._plan_box(), self.conflict, self._overrides_box())
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(footer)
        self.save_button.clicked.connect(self.save)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for field in self.fields.values():
            field.textChanged.connect(self._typed)
        self.conflict.changed.connect(self.drafts.changed)
        self.conflict.declared.connect(self._declared)
        self.draft_banner.restore_button.clicked.connect(self.restore_draft)
        self.draft_banner.discard_button.clicked.connect(self.discard_draft)
        self.setFocusProxy(self.fields["victim_arrival"])

    # --- building ---------------------------------------------------------------------
    def _plan_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Safety plan"))
        form = QFormLayout(box)
        form.addRow(self.draft_banner)
        labels = {
            "victim_arrival": self.tr("&Victim arrives"),
            "victim_waiting_area": self.tr("Victim &waits in"),
            "offender_arrival": self.tr("&Offender arrives"),
            "offender_waiting_area": self.tr("Offender wa&its in"),
            "departure": self.tr("Dep&arture (staggered)"),
            "support_present": self.tr("Su&pport present"),
            "ends_meeting": self.tr("What &ends the meeting *"),
            "notes": self.tr("&Notes"),
        }
        hints = {
            "victim_arrival": self.tr("e.g. 9:45 by the side door"),
            "offender_arrival": self.tr("e.g. 10:00 by the main door"),
            "departure": self.tr("e.g. The victim leaves first; the offender 15 minutes later"),
            "support_present": self.tr("e.g. Victim advocate in the building"),
            "ends_meeting": self.tr("e.g. Either party asks to stop, or raised voices"),
        }
        lock_tip = self.tr("Never printed on documents for the offender side")
        for key, label in labels.items():
            field: QLineEdit | QPlainTextEdit
            if key in LONG_FIELDS:
                field = QPlainTextEdit()
                field.setTabChangesFocus(True)
                field.setMaximumHeight(self.fontMetrics().height() * 5)
            else:
                field = QLineEdit()
                field.setMaxLength(MAX_LENGTHS[key])
            if key in hints:
                field.setPlaceholderText(hints[key])
            field.setAccessibleName(label.replace("&", "").rstrip(" *"))
            self.fields[key] = field
            row = QHBoxLayout()
            row.setSpacing(4)
            if key in VICTIM_SIDE:
                lock = QLabel()
                size = self.fontMetrics().height()
                lock.setPixmap(qta.icon("mdi6.lock-outline").pixmap(QSize(size, size)))
                lock.setToolTip(lock_tip)
                lock.setAccessibleName(self.tr("Confidential"))
                field.setToolTip(lock_tip)
                field.setAccessibleDescription(lock_tip)
                row.addWidget(lock)
            else:
                row.addSpacing(self.fontMetrics().height() + row.spacing())  # fields line up
            row.addWidget(field, 1)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addLayout(row)
            if key in self.messages:
                column.addWidget(self.messages[key])
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, column)
        form.addRow(self.messages["plan"])
        return box

    def _overrides_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Going ahead without a gate"))
        self.overrides = QListWidget()
        self.overrides.setAccessibleName(self.tr("Gates set aside"))
        self.overrides.setWordWrap(True)
        self.overrides.setMaximumHeight(self.fontMetrics().height() * 8)
        self.override_button = QPushButton(
            qta.icon("mdi6.debug-step-over"), self.tr("&Go ahead without…")
        )
        self.override_hint = QLabel()
        self.override_hint.setObjectName("help")
        self.override_hint.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.overrides)
        layout.addWidget(self.override_hint)
        row = QHBoxLayout()
        row.addWidget(self.override_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.override_button.clicked.connect(self.open_override)
        return box

    # --- showing ----------------------------------------------------------------------
    def show_preparation(self, prep: Preparation) -> None:
        super().show_preparation(prep)
        if prep.extra_care:
            self.banner_text.setText(
                self.tr(
                    "This case is flagged for extra care: a safety plan is required before "
                    "scheduling."
                )
            )
        else:
            self.banner_text.setText(
                self.tr("A safety plan is optional for this case, and always a good idea.")
            )
        if not self._plan_dirty():
            self._fill_plan(prep)
        self.conflict.show_declaration(prep.conflict, self._default_mediator())
        self._show_overrides(prep)

    def _fill_plan(self, prep: Preparation) -> None:
        first = self.saved_plan is None
        plan = prep.safety_plan
        with self.drafts.paused():
            self._set_plan({key: getattr(plan, key) if plan else "" for key in self.fields})
        self.saved_plan = self.plan_values()
        self._edited()
        draft = self.drafts.existing() if first else None
        if draft is not None and draft[0] != self.draft_values():
            self.draft_banner.offer(draft[1])

    def _set_plan(self, values: dict[str, Any]) -> None:
        for key, field in self.fields.items():
            text = str(values.get(key) or "")
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(text)
            else:
                field.setText(text)

    def _default_mediator(self) -> str:
        try:
            return str(read_settings(self.store).get("mediator.name") or "")
        except (errors.StoreProblem, OSError):
            return ""

    def _show_overrides(self, prep: Preparation) -> None:
        self.overrides.clear()
        for row in prep.overrides:
            label = domain_text(GATE_LABELS.get(Gate(row.gate), row.gate))
            text = self.tr("{gate}: {reason} ({name}, {when})").format(
                gate=label, reason=row.reason, name=row.by, when=local_time_text(row.at)
            )
            item = QListWidgetItem(text)
            if row.lapsed_at is not None:
                item.setText(
                    self.tr("{text}, lapsed on {date}").format(
                        text=text, date=format_date(row.lapsed_at.astimezone().date())
                    )
                )
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)  # shown greyed
            self.overrides.addItem(item)
        if not prep.overrides:
            self.overrides.addItem(self.tr("No gate has been set aside."))
        available = self.overridable(prep)
        self.override_button.setEnabled(bool(available))
        self.override_hint.setText(
            self.tr("Nothing that may be set aside is missing now.") if not available else ""
        )
        self.override_hint.setVisible(not available)

    @staticmethod
    def overridable(prep: Preparation) -> list[Gate]:
        """The gates that may be set aside and now have unmet items, in the list's order."""
        gates: list[Gate] = []
        for item in before_scheduling(prep):
            gate = Gate(item.gate) if item.gate else None
            if gate in OVERRIDABLE and not item.overridden and gate not in gates:
                gates.append(gate)
        return gates

    def focus_item(self, field: str) -> None:
        target = (
            self.conflict.no_conflict
            if field.startswith("conflict")
            else self.fields["victim_arrival"]
        )
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroller.ensureWidgetVisible(target)

    # --- the form ---------------------------------------------------------------------
    def plan_values(self) -> dict[str, str]:
        return {
            key: field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
            for key, field in self.fields.items()
        }

    def _plan_dirty(self) -> bool:
        return self.saved_plan is not None and self.plan_values() != self.saved_plan

    def has_unsaved_changes(self) -> bool:
        return self._plan_dirty() or self.conflict.pending()

    def draft_values(self) -> dict[str, Any]:
        """The plan as typed and a declaration chosen but not made: what the draft keeps."""
        return {**self.plan_values(), **self.conflict.typed()}

    def keep_drafts(self) -> None:
        self.drafts.flush()

    def restore_draft(self) -> None:
        draft = self.drafts.existing()
        if draft is not None:
            self._set_plan(draft[0])
            self.conflict.restore(draft[0])
        self.draft_banner.hide()

    def discard_draft(self) -> None:
        self.drafts.discard()
        self.draft_banner.hide()

    def _declared(self) -> None:
        if not self._plan_dirty():
            self.drafts.discard()  # nothing typed is left to keep
        self.saved()

    def _typed(self) -> None:
        self.drafts.changed()
        self._edited()

    def _edited(self) -> None:
        if self._plan_dirty():
            self.status.setText(self.tr("Unsaved changes"))
        elif self.status.text() == self.tr("Unsaved changes"):
            self.status.setText("")

    def save(self) -> bool:
        """Save the plan if it changed, and make the declaration if one is chosen."""
        if self._plan_dirty() and not self.save_plan():
            return False
        return self.conflict.declare() if self.conflict.pending() else True

    def save_plan(self) -> bool:
        for message in self.messages.values():
            message.show_problem("")
        self.drafts.cancel()  # the save removes the draft in the same transaction
        plan = SafetyPlanBase(**self.plan_values())
        try:
            save_safety_plan(self.store, self.case_id, plan, draft_form=self.drafts.form)
        except (errors.StoreProblem, OSError) as error:
            self.drafts.changed()  # not saved: the draft stays and follows the typing
            problems = self.messages_of(error)
            self.messages["ends_meeting"].show_problem(problems.pop("ends_meeting", ""))
            self.messages["plan"].show_problem(" ".join(problems.values()))
            self.status.setText(self.tr("Correct the marked fields, then save again."))
            self.fields["ends_meeting"].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.saved_plan = self.plan_values()
        self.draft_banner.hide()
        now = datetime.now().astimezone()
        self.status.setText(self.tr("Saved at {time}").format(time=now.strftime("%H:%M")))
        self.saved()
        return True

    def revert(self) -> None:
        with self.drafts.paused():
            self.conflict.clear()
            if self.prep is not None:
                self._fill_plan(self.prep)
        self.discard_draft()

    # --- overrides ---------------------------------------------------------------------
    def open_override(self) -> OverrideDialog | None:
        if self.prep is None:
            return None
        dialog = OverrideDialog(self.store, self.case_id, self.overridable(self.prep), self)
        self.dialog = dialog
        dialog.accepted.connect(self.saved)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog
