"""The Agreement tab: versions, starting, the terms of a draft, checks, signatures and scans."""

from __future__ import annotations

from datetime import datetime

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.agreements import Finding, Status
from vomdesk.domain.parties import Role
from vomdesk.domain.stages import Stage
from vomdesk.services import errors
from vomdesk.services.agreements import AgreementView, save_draft, start_agreement
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation
from vomdesk.ui.events import app_events
from vomdesk.ui.pages.agreement.asked_panel import AskedPanel
from vomdesk.ui.pages.agreement.attachments_panel import AttachmentsPanel
from vomdesk.ui.pages.agreement.data import AgreementData
from vomdesk.ui.pages.agreement.signatures_panel import SignaturesPanel
from vomdesk.ui.pages.agreement.terms_panel import TermsPanel
from vomdesk.ui.pages.agreement.texts import version_text
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.field_message import FieldMessage

LANGUAGES = (("en", "English"), ("es", "Español"))  # each in its own words: not translated


def _languages(combo: QComboBox) -> None:
    for code, name in LANGUAGES:
        combo.addItem(name, code)


class AgreementPage(QWidget):
    """Shows one version at a time; a draft's terms and reasons are saved with Save (Ctrl+S)."""

    changed = Signal()

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.prep: Preparation | None = None
        self.data = AgreementData()
        self.view: AgreementView | None = None
        self._want_newest = False
        self.versions = QComboBox()
        self.versions.setAccessibleName(self.tr("Version"))
        versions_caption = QLabel(self.tr("&Version"))
        versions_caption.setBuddy(self.versions)
        self.amendment = QLabel()
        self.amendment.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(versions_caption)
        top.addWidget(self.versions, 1)
        self.nothing = QLabel(self.tr("The agreement comes after the session: record it first."))
        self.nothing.setWordWrap(True)
        self.start_box = QGroupBox(self.tr("Start the agreement"))
        self.start_language = QComboBox()
        _languages(self.start_language)
        self.start_language.setAccessibleName(self.tr("Governing language"))
        self.start_button = QPushButton(qta.icon("mdi6.file-document-edit-outline"),
                                        self.tr("S&tart the agreement"))  # fmt: skip
        self.start_message = FieldMessage()
        start_caption = QLabel(self.tr("&Governing language"))
        start_caption.setBuddy(self.start_language)
        start_row = QHBoxLayout(self.start_box)
        start_row.addWidget(start_caption)
        start_row.addWidget(self.start_language)
        start_row.addWidget(self.start_button)
        start_row.addWidget(self.start_message, 1)
        self.language = QComboBox()
        _languages(self.language)
        self.language.setAccessibleName(self.tr("Governing language"))
        self.language_caption = QLabel(self.tr("Governing &language"))
        self.language_caption.setBuddy(self.language)
        self.terms = TermsPanel()
        self.asked = AskedPanel()
        self.save_button = QPushButton(qta.icon("mdi6.content-save-outline"),
                                       self.tr("Save &draft"))  # fmt: skip
        self.save_button.setToolTip(self.tr("Save the draft (Ctrl+S)"))
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("help")
        self.read_only_note.setWordWrap(True)
        self.findings_box = QGroupBox(self.tr("Before signing"))
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Before signing"))
        self.findings.setMaximumHeight(self.fontMetrics().height() * 7)
        self.general = FieldMessage()
        findings_layout = QVBoxLayout(self.findings_box)
        findings_layout.addWidget(self.general)
        findings_layout.addWidget(self.findings)
        self.signatures = SignaturesPanel(store)
        self.attachments = AttachmentsPanel(store)
        self.content = self._content()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.amendment)
        layout.addWidget(self.nothing)
        layout.addWidget(self.start_box)
        layout.addWidget(self.content, 1)
        self.versions.currentIndexChanged.connect(self._version_chosen)
        self.start_button.clicked.connect(self.start)
        self.save_button.clicked.connect(self.save)
        self.terms.edited.connect(self._edited)
        self.asked.edited.connect(self._edited)
        self.language.currentIndexChanged.connect(self._edited)
        self.findings.itemActivated.connect(self._finding_chosen)
        self.findings.itemClicked.connect(self._finding_chosen)
        self.signatures.changed.connect(self.saved)
        self.signatures.amend_button.clicked.connect(self._amending)
        self.attachments.changed.connect(self.saved)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_nothing()

    def _content(self) -> QScrollArea:
        inner = QWidget()
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_caption)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(language_row)
        left.addWidget(self.terms, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.read_only_note, 1)
        left.addLayout(save_row)
        both = QHBoxLayout()
        both.addLayout(left, 3)
        both.addWidget(self.asked, 2)
        column = QVBoxLayout(inner)
        column.addLayout(both)
        column.addWidget(self.findings_box)
        column.addWidget(self.signatures)
        column.addWidget(self.attachments)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    # --- showing ----------------------------------------------------------------------
    def show_case(self, prep: Preparation, data: AgreementData) -> None:
        """Show the case as just read; keep a draft being typed."""
        self.prep, self.data = prep, data
        people = [(p.id, p.name) for p in prep.participants if p.role is Role.OFFENDER]
        people += [(p.id, p.name) for p in prep.participants
                   if p.role not in (Role.OFFENDER, Role.VICTIM)]  # fmt: skip
        victims = [p for p in prep.participants if p.role is Role.VICTIM and p.taking_part]
        victim_name = victims[0].name if victims else ""
        self.terms.set_people(people, victim_name)
        self.asked.show_losses(prep.losses, prep.case.deadline)
        if not self.has_unsaved_changes():
            language = victims[0].preferred_language if victims else "en"
            self.start_language.setCurrentIndex(max(self.start_language.findData(language), 0))
        chosen = self.view.agreement.id if self.view is not None else None
        if self._want_newest and data.views:
            chosen, self._want_newest = data.views[-1].agreement.id, False
        self.versions.blockSignals(True)
        self.versions.clear()
        for view in data.views:
            self.versions.addItem(version_text(view), view.agreement.id)
        index = self.versions.findData(chosen) if chosen is not None else -1
        if index < 0 and data.views:
            index = len(data.views) - 1
        self.versions.setCurrentIndex(index)
        self.versions.blockSignals(False)
        if not data.views:
            self._show_nothing()
            return
        self._version_chosen()

    def _show_nothing(self) -> None:
        self.view = None
        stage = self.prep.stage if self.prep is not None else None
        self.start_box.setVisible(stage is Stage.SESSION_HELD)
        self.nothing.setVisible(stage is not Stage.SESSION_HELD)
        self.content.hide()
        self.versions.setEnabled(False)
        self.amendment.hide()

    def _version_chosen(self) -> None:
        agreement_id = self.versions.currentData()
        view = next((v for v in self.data.views if v.agreement.id == agreement_id), None)
        if view is None:
            self._show_nothing()
            return
        keep = (self.has_unsaved_changes() and self.view is not None
                and self.view.agreement.id == view.agreement.id)  # fmt: skip
        self.view = view
        self.start_box.hide()
        self.nothing.hide()
        self.content.show()
        self.versions.setEnabled(not keep)
        self.amendment.setVisible(bool(view.agreement.amendment_reason))
        self.amendment.setText(
            self.tr("Amended because: {reason}").format(reason=view.agreement.amendment_reason)
        )
        if not keep:
            self._fill(view)
        self._show_checks()

    def editable(self) -> bool:
        view = self.view
        return view is not None and view.status is Status.DRAFT and not view.signatures

    def _fill(self, view: AgreementView) -> None:
        read_only = not self.editable()
        self.terms.set_terms(view.terms, read_only)
        agreement = view.agreement
        self.asked.set_reasons(agreement.difference_reason, agreement.deadline_reason, read_only)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(agreement.governing_language), 0))
        self.language.blockSignals(False)
        self.language.setEnabled(not read_only)
        self.save_button.setVisible(not read_only)
        notes = {
            Status.SIGNED: self.tr("Signed: this version is never changed. Amend it instead."),
            Status.SUPERSEDED: self.tr("Replaced by an amendment: kept for the record."),
        }
        note = notes.get(view.status, "")
        if view.status is Status.DRAFT and view.signatures:
            note = self.tr("Signing has started: the terms can no longer change.")
        self.read_only_note.setText(note)
        self.asked.update_for(view.terms)

    def _show_checks(self) -> None:
        view = self.view
        assert view is not None
        draft = view.status is Status.DRAFT
        found = self.data.findings.get(view.agreement.id or 0, []) if draft else []
        dirty = self.has_unsaved_changes()
        self.findings_box.setVisible(draft)
        self.findings.clear()
        for finding in found:
            icon = qta.icon("mdi6.alert-circle-outline")
            item = QListWidgetItem(icon, self.finding_text(finding))
            item.setData(Qt.ItemDataRole.UserRole, finding.field)
            self.findings.addItem(item)
        if draft and not found:
            text = (self.tr("Save the draft to check it again.") if dirty
                    else self.tr("Nothing to correct: the agreement can be signed."))  # fmt: skip
            self.findings.addItem(QListWidgetItem(text))
        by_field = {f.field: self.finding_text(f) for f in found}
        self.asked.show_problems(
            by_field.get("difference_reason", ""), by_field.get("deadline_reason", "")
        )
        signable = draft and not found and not dirty
        self.signatures.setVisible(not draft or signable or bool(view.signatures))
        self.signatures.show_view(view, signable)
        self.attachments.setVisible(view.status is not Status.DRAFT)
        self.attachments.show_view(view)

    @staticmethod
    def finding_text(finding: Finding) -> str:
        return domain_text(finding.text).format(**finding.params)

    def _finding_chosen(self, item: QListWidgetItem) -> None:
        """Go to what a finding is about: its term, or the reason to give."""
        self.focus_item(str(item.data(Qt.ItemDataRole.UserRole) or ""))

    def focus_item(self, field: str) -> None:
        """Put the cursor where a finding (or "What is missing") points: a term, a reason, the
        start button, or the signer still to sign."""
        parts = field.split(".")
        if not field:
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if parts[0] == "signature":
            self.signatures.select(".".join(parts[1:]))
            self.signatures.sign_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if parts[0] == "terms" and len(parts) > 1 and parts[1].isdigit():
            self.terms.select(int(parts[1]))
            self.terms.table.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field == "terms":
            self.terms.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field == "difference_reason":
            self.asked.difference_reason.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field == "deadline_reason":
            self.asked.deadline_reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self) -> None:
        self.asked.update_for(self.terms.terms)
        if self.view is not None:
            self._show_checks()
        self.versions.setEnabled(not self.has_unsaved_changes())  # save or revert first

    def _amending(self) -> None:
        self._want_newest = True

    # --- saving -----------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        view = self.view
        if view is None or not self.editable():
            return False
        agreement = view.agreement
        difference, deadline = self.asked.reasons()
        return (
            self.terms.terms != view.terms
            or difference.strip() != agreement.difference_reason
            or deadline.strip() != agreement.deadline_reason
            or self.language.currentData() != agreement.governing_language
        )

    def save(self) -> bool:
        """Save the draft's terms and reasons; on a refusal say why and keep it all."""
        view = self.view
        if view is None or view.agreement.id is None or not self.has_unsaved_changes():
            return True
        difference, deadline = self.asked.reasons()
        try:
            save_draft(self.store, view.agreement.id, self.terms.terms,
                       governing_language=self.language.currentData(),
                       difference_reason=difference, deadline_reason=deadline)  # fmt: skip
        except errors.NeedsCorrection as refused:
            self.general.show_problem(" ".join(correction_texts(refused).values()))
            return False
        except (errors.StoreProblem, OSError) as error:
            self.general.show_problem(problem_text(error))
            return False
        self.general.show_problem("")
        self.view = None  # what is saved is shown again after the reload
        self.saved()
        return True

    def revert(self) -> None:
        if self.view is not None:
            self._fill(self.view)
            self._show_checks()

    def start(self) -> bool:
        try:
            start_agreement(
                self.store, self.case_id, governing_language=self.start_language.currentData()
            )
        except errors.NeedsCorrection as refused:
            self.start_message.show_problem(" ".join(correction_texts(refused).values()))
            return False
        except (errors.StoreProblem, OSError) as error:
            self.start_message.show_problem(problem_text(error))
            return False
        self.start_message.show_problem("")
        self._want_newest = True
        self.saved()
        return True

    def saved(self) -> None:
        """Tell the workspace (and the case list) that the case changed."""
        self.changed.emit()
        app_events().data_changed.emit("case")
        app_events().saved.emit(datetime.now().astimezone())
