"""A dialog that cannot be cancelled while the work it started is still running."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget


class BusyDialog(QDialog):
    """Cancel (and Escape) do nothing while ``busy``: key slots are never left half-changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.busy = False

    def set_busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self.busy = busy

    def reject(self) -> None:
        if not self.busy:
            super().reject()
