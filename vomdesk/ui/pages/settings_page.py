"""Settings: program details for letterheads, case rules, language, and security."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain import settings as setting
from vomdesk.domain.case_numbers import format_case_number, pattern_problem
from vomdesk.security.keyslots import KEYCHAIN
from vomdesk.services import errors
from vomdesk.services.computer_settings import read_computer_settings, save_computer_setting
from vomdesk.services.keychain import disable_keychain, enable_keychain, keychain_available
from vomdesk.services.open_store import OpenStore
from vomdesk.services.settings import check_settings, read_settings, save_settings
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.audit_viewer import AuditViewer
from vomdesk.ui.dialogs.security_dialogs import ChangePassphraseDialog, NewRecoveryKitDialog
from vomdesk.ui.drafts import DraftKeeper
from vomdesk.ui.events import app_events
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.pages.backups_panel import BackupsPanel
from vomdesk.ui.pages.checklist_editor import ChecklistEditor
from vomdesk.ui.pages.retention_panel import RetentionPanel
from vomdesk.ui.pages.venues_panel import VenuesPanel
from vomdesk.ui.texts import domain_text, problem_text
from vomdesk.ui.widgets.draft_banner import DraftBanner
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.form_column import form_column
from vomdesk.ui.widgets.logo_field import LogoField
from vomdesk.ui.widgets.text_box import text_box

FORM = "settings"


class SettingsPage(QWidget):
    """The settings form; drafts are kept as the mediator types and offered back after a lock."""

    dirty_changed = Signal(bool)

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.saved_values: dict[str, Any] = {}
        self.drafts = DraftKeeper(store, FORM, self.values, self)
        self.problems: dict[str, FieldMessage] = {}

        self.name = self._line(setting.PROGRAM_NAME)
        self.address = text_box(domain_text(setting.PROGRAM_ADDRESS.label))
        self.phone = self._line(setting.PROGRAM_PHONE)
        self.logo = LogoField()
        self.mediator = self._line(setting.MEDIATOR_NAME)
        self.juvenile_age = QSpinBox()
        self.juvenile_age.setRange(
            setting.JUVENILE_AGE.minimum or 0, setting.JUVENILE_AGE.maximum or 99
        )
        self.juvenile_age.setAccessibleName(domain_text(setting.JUVENILE_AGE.label))
        self.juvenile_age.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 8 + 40)
        self.number_pattern = self._line(setting.CASE_NUMBER_PATTERN)
        self.number_example = QLabel()
        self.number_example.setObjectName("help")
        self.language = QComboBox()
        for code, name in setting.LANGUAGE.choices:
            self.language.addItem(name, code)
        self.language.setAccessibleName(domain_text(setting.LANGUAGE.label))

        self.draft_banner = DraftBanner()
        self.restore_button = self.draft_banner.restore_button
        self.discard_button = self.draft_banner.discard_button

        program = QGroupBox(self.tr("Program"))
        program_form = QFormLayout(program)
        self._row(program_form, self.tr("Program &name *"), self.name, setting.PROGRAM_NAME)
        self._row(program_form, self.tr("&Address"), self.address, setting.PROGRAM_ADDRESS)
        self._row(program_form, self.tr("P&hone"), self.phone, setting.PROGRAM_PHONE)
        self._row(program_form, self.tr("L&ogo"), self.logo, setting.PROGRAM_LOGO)
        self._row(program_form, self.tr("&Mediator name"), self.mediator, setting.MEDIATOR_NAME)
        cases = QGroupBox(self.tr("Cases"))
        cases_form = QFormLayout(cases)
        self._row(
            cases_form, self.tr("&Juvenile under age"), self.juvenile_age, setting.JUVENILE_AGE
        )
        self._row(
            cases_form,
            self.tr("Cas&e number format"),
            self.number_pattern,
            setting.CASE_NUMBER_PATTERN,
        )
        cases_form.addRow("", self.number_example)
        self.in_person = QCheckBox(domain_text(setting.IN_PERSON_REQUIRED.label))
        self.in_person.setAccessibleName(self.in_person.text())
        self._row(cases_form, "", self.in_person, setting.IN_PERSON_REQUIRED)
        self.grace_days = QSpinBox()
        self.grace_days.setRange(setting.GRACE_DAYS.minimum or 0, setting.GRACE_DAYS.maximum or 90)
        self.grace_days.setAccessibleName(domain_text(setting.GRACE_DAYS.label))
        self.grace_days.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 8 + 40)
        self._row(cases_form, self.tr("&Grace period (days)"), self.grace_days, setting.GRACE_DAYS)
        self.venues = VenuesPanel(store)
        self.checklists = ChecklistEditor(store)
        computer = QGroupBox(self.tr("This computer"))
        computer_form = QFormLayout(computer)
        computer_form.addRow(self.tr("&Language"), self.language)
        language_help = QLabel(self.tr("Takes effect the next time vomdesk starts."))
        language_help.setObjectName("help")
        computer_form.addRow("", language_help)

        security = QGroupBox(self.tr("Security"))
        security_layout = QVBoxLayout(security)
        self.change_passphrase_button = QPushButton(self.tr("Change &passphrase…"))
        self.new_kit_button = QPushButton(self.tr("Print a new recovery &kit…"))
        self.keychain = QCheckBox(
            self.tr("Open without my passphrase while I am logged in to this computer")
        )
        self.keychain_note = QLabel()
        self.keychain_note.setObjectName("help")
        self.keychain_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_passphrase_button)
        buttons.addWidget(self.new_kit_button)
        self.audit_button = QPushButton(self.tr("&Browse the audit trail…"))
        self.audit_button.clicked.connect(lambda: AuditViewer(self.store, self).exec())
        buttons.addStretch(1)
        security_layout.addLayout(buttons)
        audit_row = QHBoxLayout()  # its own row: three buttons do not fit in Spanish
        audit_row.addWidget(self.audit_button)
        audit_row.addStretch(1)
        security_layout.addLayout(audit_row)
        security_layout.addWidget(self.keychain)
        security_layout.addWidget(self.keychain_note)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(
            setting.AUTO_LOCK_MINUTES.minimum or 1, setting.AUTO_LOCK_MINUTES.maximum or 60
        )
        self.auto_lock.setAccessibleName(domain_text(setting.AUTO_LOCK_MINUTES.label))
        self.auto_lock.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 8 + 40)
        lock_form = QFormLayout()
        self._row(
            lock_form, self.tr("Lock after (min&utes)"), self.auto_lock, setting.AUTO_LOCK_MINUTES
        )
        security_layout.addLayout(lock_form)
        self.backups = BackupsPanel(store, self._row)
        self.retention = RetentionPanel(store, self._row)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.status = QLabel()
        self.status.setObjectName("help")
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_button)

        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        outer = QVBoxLayout(self)
        groups = (
            program,
            cases,
            self.venues,
            self.checklists,
            computer,
            security,
            self.backups,
            self.retention,
        )
        outer.addWidget(form_column(title, self.draft_banner, *groups), 1)
        outer.addLayout(footer)

        for signal in (
            self.name.textChanged,
            self.address.textChanged,
            self.phone.textChanged,
            self.mediator.textChanged,
            self.juvenile_age.valueChanged,
            self.number_pattern.textChanged,
            self.language.currentIndexChanged,
            self.in_person.toggled,
            self.logo.changed,
            self.grace_days.valueChanged,
            self.auto_lock.valueChanged,
            *(spin.valueChanged for spin in self.backups.spins().values()),
            *(spin.valueChanged for spin in self.retention.spins().values()),
        ):
            signal.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        self.change_passphrase_button.clicked.connect(self.change_passphrase)
        self.new_kit_button.clicked.connect(self.new_recovery_kit)
        self.keychain.toggled.connect(self._keychain_toggled)
        self.load()

    # --- building ---------------------------------------------------------------------
    def _line(self, definition: setting.Setting) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(definition.max_length)
        edit.setAccessibleName(domain_text(definition.label))
        return edit

    def _row(
        self, form: QFormLayout, label: str, widget: QWidget, definition: setting.Setting
    ) -> None:
        message = FieldMessage()
        self.problems[definition.key] = message
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        if definition.help:
            help_label = QLabel(domain_text(definition.help))
            help_label.setObjectName("help")
            help_label.setWordWrap(True)
            column.addWidget(help_label)
        column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, column)

    # --- values -----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            setting.PROGRAM_NAME.key: self.name.text().strip(),
            setting.PROGRAM_ADDRESS.key: self.address.toPlainText().strip(),
            setting.PROGRAM_PHONE.key: self.phone.text().strip(),
            setting.PROGRAM_LOGO.key: self.logo.value(),
            setting.MEDIATOR_NAME.key: self.mediator.text().strip(),
            setting.JUVENILE_AGE.key: self.juvenile_age.value(),
            setting.CASE_NUMBER_PATTERN.key: self.number_pattern.text().strip(),
            setting.IN_PERSON_REQUIRED.key: self.in_person.isChecked(),
            setting.GRACE_DAYS.key: self.grace_days.value(),
            setting.AUTO_LOCK_MINUTES.key: self.auto_lock.value(),
            **self.backups.values(),
            **self.retention.values(),
            setting.LANGUAGE.key: self.language.currentData(),
        }

    def store_values(self) -> dict[str, Any]:
        values = self.values()
        values.pop(setting.LANGUAGE.key)
        return values

    def fill(self, values: dict[str, Any]) -> None:
        with self.drafts.paused():
            self.name.setText(str(values.get(setting.PROGRAM_NAME.key, "")))
            self.address.setPlainText(str(values.get(setting.PROGRAM_ADDRESS.key, "")))
            self.phone.setText(str(values.get(setting.PROGRAM_PHONE.key, "")))
            self.logo.set_value(str(values.get(setting.PROGRAM_LOGO.key, "")))
            self.mediator.setText(str(values.get(setting.MEDIATOR_NAME.key, "")))
            self.juvenile_age.setValue(int(values.get(setting.JUVENILE_AGE.key, 18)))
            self.number_pattern.setText(str(values.get(setting.CASE_NUMBER_PATTERN.key, "")))
            self.in_person.setChecked(bool(values.get(setting.IN_PERSON_REQUIRED.key, True)))
            self.grace_days.setValue(int(values.get(setting.GRACE_DAYS.key, 14)))
            self.auto_lock.setValue(int(values.get(setting.AUTO_LOCK_MINUTES.key, 5)))
            self.backups.fill(values)
            self.retention.fill(values)
            index = self.language.findData(values.get(setting.LANGUAGE.key, "en"))
            self.language.setCurrentIndex(max(index, 0))
        self._validate()

    def load(self) -> None:
        """Fill from the store, and offer a kept draft back if there is one."""
        self.fill({**read_settings(self.store), **read_computer_settings()})
        # What the form holds, as saved: a setting without a field here never makes it dirty.
        self.saved_values = self.values()
        self.status.setText("")  # filling the fields is not a change
        draft = self.drafts.existing()
        if draft is not None and draft[0] != self.saved_values:
            self.draft_banner.offer(draft[1])
        self._refresh_keychain()
        self.dirty_changed.emit(False)

    def is_dirty(self) -> bool:
        return self.values() != self.saved_values

    def confirm_leave(self) -> bool:
        """Ask before leaving unsaved changes; True when it is fine to go on."""
        if not self.is_dirty() and not self.checklists.has_unsaved_changes():
            return True
        return prompts.confirm_leave(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to the settings before leaving?"),
            save=lambda: (not self.is_dirty() or self.save()) and self.checklists.save_all(),
            discard=self._forget_changes,
        )

    def _forget_changes(self) -> None:
        self.discard_draft()
        self.load()
        self.checklists.revert_all()

    def keep_drafts(self) -> None:
        self.drafts.flush()

    # --- reacting ---------------------------------------------------------------------
    def _edited(self) -> None:
        self._validate()
        self.drafts.changed()
        self.status.setText(self.tr("Unsaved changes") if self.is_dirty() else "")
        self.dirty_changed.emit(self.is_dirty())

    def _validate(self) -> bool:
        problems = check_settings(self.store_values())
        if not self.name.text().strip():
            problems[setting.PROGRAM_NAME.key] = self.tr(
                "Type the program's name: it heads every letter."
            )
        for key, label in self.problems.items():
            text = problems.get(key, "")
            label.show_problem(domain_text(text) if text else "")
        pattern = self.number_pattern.text().strip()
        if pattern and pattern_problem(pattern) is None:
            example = format_case_number(pattern, year=date.today().year, sequence=14)
            self.number_example.setText(
                self.tr("Case numbers will look like {example}").format(example=example)
            )
        else:
            self.number_example.setText("")
        self.save_button.setEnabled(not problems)
        return not problems

    def restore_draft(self) -> None:
        draft = self.drafts.existing()
        if draft is not None:
            self.fill(draft[0])
            self.status.setText(self.tr("Unsaved changes"))
            self.dirty_changed.emit(self.is_dirty())
        self.draft_banner.hide()

    def discard_draft(self) -> None:
        self.drafts.discard()
        self.draft_banner.hide()

    def save(self) -> bool:
        """Save everything at once; on a problem the form keeps what was typed."""
        if not self._validate():
            self.status.setText(self.tr("Correct the marked fields, then save again."))
            return False
        self.drafts.cancel()
        try:
            save_settings(self.store, self.store_values(), draft_form=FORM)
            language = self.language.currentData()
            if language != self.saved_values.get(setting.LANGUAGE.key):
                save_computer_setting(setting.LANGUAGE.key, language)
        except errors.InvalidSettings as error:
            for key, text in error.problems.items():
                if key in self.problems:
                    self.problems[key].show_problem(domain_text(text))
            return False
        except (errors.StoreProblem, OSError) as error:
            prompts.show_error(self, self.tr("Settings not saved"), problem_text(error))
            return False
        self.saved_values = self.values()
        self.draft_banner.hide()
        now = datetime.now().astimezone()
        self.status.setText(self.tr("Saved at {time}").format(time=now.strftime("%H:%M")))
        app_events().saved.emit(now)
        app_events().data_changed.emit("settings")
        self.dirty_changed.emit(False)
        return True

    # --- security ---------------------------------------------------------------------
    def _refresh_keychain(self) -> None:
        """Ask the system whether a keychain is there (it may be slow: off the UI thread)."""
        self.keychain.setEnabled(False)
        run_in_background(
            keychain_available,
            on_done=self._show_keychain,
            on_error=lambda _error: self._show_keychain(False),
            owner=self,
        )

    def _show_keychain(self, available: bool) -> None:
        with QSignalBlocker(self.keychain):
            self.keychain.setChecked(self.store.slots.has(KEYCHAIN))
        self.keychain.setEnabled(available or self.store.slots.has(KEYCHAIN))
        self.keychain_note.setText(
            self.tr("After “Lock now” the passphrase is always needed.")
            if available
            else self.tr("This computer has no secure keychain that vomdesk can use.")
        )

    def _keychain_toggled(self, on: bool) -> None:
        """Add or remove the keychain slot in the background: the keychain may ask the user."""
        self.keychain.setEnabled(False)
        store = self.store

        def failed(error: BaseException) -> None:
            prompts.show_error(
                self,
                self.tr("Keychain"),
                self.tr("The keychain could not be changed: {error}").format(error=error),
            )
            self._refresh_keychain()

        run_in_background(
            lambda: enable_keychain(store) if on else disable_keychain(store),
            on_done=lambda _result: self._refresh_keychain(),
            on_error=failed,
            label=self.tr("Changing the keychain…"),
            owner=self,
        )

    def change_passphrase(self) -> None:
        words = [str(v) for v in self.saved_values.values() if isinstance(v, str)]
        if ChangePassphraseDialog(self.store, words, self).exec():
            prompts.show_info(
                self, self.tr("Passphrase changed"), self.tr("Use the new passphrase from now on.")
            )

    def new_recovery_kit(self) -> None:
        if NewRecoveryKitDialog(self.store, self).exec():
            prompts.show_info(
                self,
                self.tr("New recovery kit"),
                self.tr("The new key is in use. Destroy every older kit."),
            )
