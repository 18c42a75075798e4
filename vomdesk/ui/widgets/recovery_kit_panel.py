"""Shows a new recovery key once, with buttons to save the kit as a PDF or print it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vomdesk.documents.recovery_kit import RecoveryKit, build_recovery_kit
from vomdesk.safe_save import write_file_safely
from vomdesk.ui import prompts
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.printing import choose_printer, send
from vomdesk.ui.texts import problem_text


class RecoveryKitPanel(QWidget):
    """The key in large type, and Save as PDF / Print for the one-page kit."""

    kit_saved = Signal(str)  # where it went: a file path, or "printer"

    def __init__(self, make_kit: Callable[[], RecoveryKit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_kit = make_kit
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.5)
        self.key_label.setFont(mono)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.save_button = QPushButton(self.tr("&Save the kit as PDF…"))
        self.print_button = QPushButton(self.tr("&Print the kit…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_kit)

    def show_key(self, key: str) -> None:
        self.key_label.setText(key)
        self.status.clear()

    def save_pdf(self) -> None:
        suggested = Path.home() / "vomdesk-recovery-kit.pdf"
        target = prompts.save_file_name(
            self, self.tr("Save the recovery kit"), suggested, self.tr("PDF files (*.pdf)")
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        kit = self._make_kit()
        self.save_button.setEnabled(False)

        def work() -> Path:
            write_file_safely(target, build_recovery_kit(kit))
            return target

        def done(path: Path) -> None:
            self.save_button.setEnabled(True)
            self.status.setText(
                self.tr("Saved to {path}. Print it, then delete the file.").format(path=path)
            )
            self.kit_saved.emit(str(path))

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            prompts.show_error(
                self,
                self.tr("Recovery kit not saved"),
                self.tr(
                    "The kit could not be saved there ({reason}). Choose another place."
                ).format(reason=getattr(error, "strerror", None) or error),
            )

        run_in_background(
            work, on_done=done, on_error=failed, label=self.tr("Saving the kit…"), owner=self
        )

    def print_kit(self) -> None:
        title = self.tr("Recovery kit")
        destination = choose_printer(self, title)
        if destination is None:
            return
        kit = self._make_kit()
        self.print_button.setEnabled(False)

        def done(_result: object) -> None:
            self.print_button.setEnabled(True)
            self.status.setText(self.tr("Sent to the printer. Keep the sheet locked away."))
            self.kit_saved.emit("printer")

        def failed(error: BaseException) -> None:
            self.print_button.setEnabled(True)
            prompts.show_error(self, self.tr("Recovery kit not printed"), problem_text(error))

        run_in_background(
            lambda: send(destination, build_recovery_kit(kit), title),
            on_done=done, on_error=failed, label=self.tr("Printing the kit…"), owner=self,
        )  # fmt: skip
