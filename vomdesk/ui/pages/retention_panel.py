"""Settings > Retention: the program's policy (years after closing) and the cases due today."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain import settings as setting
from vomdesk.services.open_store import OpenStore
from vomdesk.ui.dialogs.retention_dialog import RetentionDialog
from vomdesk.ui.texts import domain_text

AddRow = Callable[[QFormLayout, str, QWidget, setting.Setting], None]
POLICY = (setting.RETENTION_PURGE_YEARS, setting.RETENTION_SEAL_JUVENILE_YEARS)


class RetentionPanel(QGroupBox):
    """The Retention group; the settings page reads and fills its two numbers."""

    def __init__(self, store: OpenStore, add_row: AddRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Retention"), parent)
        self.store = store
        self.purge_years = self._spin(setting.RETENTION_PURGE_YEARS)
        self.seal_years = self._spin(setting.RETENTION_SEAL_JUVENILE_YEARS)
        form = QFormLayout()
        add_row(form, self.tr("Purge closed cases after (years)"), self.purge_years,
                setting.RETENTION_PURGE_YEARS)  # fmt: skip
        add_row(form, self.tr("Seal closed juvenile cases after (years)"), self.seal_years,
                setting.RETENTION_SEAL_JUVENILE_YEARS)  # fmt: skip
        note = QLabel(
            self.tr(
                "0 means never. Nothing is sealed or purged by itself: review the cases due, "
                "untick what must wait, and confirm. Save the settings first."
            )
        )
        note.setObjectName("help")
        note.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review cases due…"))
        self.review_button.clicked.connect(self.review)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.dialog: RetentionDialog | None = None

    def _spin(self, definition: setting.Setting) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(definition.minimum or 0, definition.maximum or 50)
        spin.setSpecialValueText(self.tr("Never"))
        spin.setAccessibleName(domain_text(definition.label))
        spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 10 + 40)
        return spin

    def spins(self) -> dict[str, QSpinBox]:
        return {
            setting.RETENTION_PURGE_YEARS.key: self.purge_years,
            setting.RETENTION_SEAL_JUVENILE_YEARS.key: self.seal_years,
        }

    def values(self) -> dict[str, Any]:
        return {key: spin.value() for key, spin in self.spins().items()}

    def fill(self, values: dict[str, Any]) -> None:
        for definition in POLICY:
            self.spins()[definition.key].setValue(int(values.get(definition.key, 0)))

    def review(self) -> RetentionDialog:
        """The policy's preview, as saved (the dialog reads the saved policy)."""
        dialog = RetentionDialog(self.store, self)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        self.dialog = dialog
        return dialog
