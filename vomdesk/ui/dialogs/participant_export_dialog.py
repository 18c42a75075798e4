"""Save a participant's data-access export: only what they may see, in an unencrypted file."""

from __future__ import annotations

import contextlib
import html
import json
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.parties import Side
from vomdesk.safe_save import write_file_safely
from vomdesk.services.export import build_participant_export, record_export
from vomdesk.services.open_store import OpenStore
from vomdesk.services.participants import ParticipantView
from vomdesk.ui import prompts
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import problem_text


def export_bytes(store: OpenStore, case_id: int, participant_id: int) -> bytes:
    """The export as ``vomdesk export --case N --for ID`` prints it (not yet audited)."""
    document = build_participant_export(store, case_id, participant_id)
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_export(store: OpenStore, case_id: int, participant_id: int, path: Path) -> None:
    """Build, write safely, then record the export: a failed write leaves no audit entry, and
    a file whose export could not be recorded is removed again."""
    write_file_safely(path, export_bytes(store, case_id, participant_id))
    try:
        record_export(store, case_id, participant_id)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


class ParticipantExportDialog(QDialog):
    """Says what the file holds and that it is not encrypted, then asks where to save it."""

    exported = Signal(object)  # the Path written

    def __init__(
        self,
        store: OpenStore,
        case_id: int,
        case_number: str,
        participant: ParticipantView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.busy = False
        self.store, self.case_id, self.case_number = store, case_id, case_number
        self.participant = participant
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Export for a participant"))
        title = QLabel(
            self.tr("What {name} may see of case {number}").format(
                name=participant.name, number=case_number
            )
        )
        title.setObjectName("pageTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        self.contents = QLabel(self._contents_html())
        self.contents.setTextFormat(Qt.TextFormat.RichText)
        self.contents.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "<b>The saved file is not encrypted.</b> Hand it over in person or by a secure "
                "channel, and delete your copy when it is no longer needed."
            )
        )
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.warning.setWordWrap(True)
        warning_icon = QLabel()
        size = self.fontMetrics().height() * 2
        warning_icon.setPixmap(qta.icon("mdi6.lock-open-alert-outline").pixmap(size, size))
        warning_row = QHBoxLayout()
        warning_row.addWidget(warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        warning_row.addWidget(self.warning, 1)
        audit = QLabel(self.tr("The export is recorded in the audit trail."))
        audit.setObjectName("help")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save as…"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.contents)
        layout.addLayout(warning_row)
        layout.addWidget(audit)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 90
        self.setMinimumWidth(width)
        self.resize(width, layout.heightForWidth(width))  # wrapped text: no empty band
        self.save_button.setFocus()

    def _contents_html(self) -> str:
        """What the file holds and what it never holds, in plain words."""
        holds = [
            self.tr("their own details and contact information, as recorded;"),
            self.tr("the case number and stage, the referral facts and the offences;"),
            self.tr("the names and roles of the other people in the case, nothing more;"),
            self.tr(
                "their own screenings and consents, the parts of the safety plan for their "
                "side, and the terms of the agreement."
            ),
        ]
        never = self.tr(
            "It never holds anyone else's contact details, the mediator's screening reasons, "
            "or notes of the meeting."
        )
        if self.participant.side is Side.VICTIM:
            holds.insert(3, self.tr("their own wishes for the meeting;"))
        else:
            never = (
                self.tr(
                    "Nothing the victim side told in confidence is in it: no contact details, "
                    "wishes for the meeting, or arrival and waiting arrangements."
                )
                + " "
                + never
            )
        intro = self.tr("The file holds:")
        items = "".join(f"<li>{html.escape(item)}</li>" for item in holds)
        return f"<p>{html.escape(intro)}</p><ul>{items}</ul><p>{html.escape(never)}</p>"

    def suggested_path(self) -> Path:
        """A default name with the case number and the participant's id, never a person's name."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        number = "".join(c if c.isalnum() or c in "-_" else "-" for c in self.case_number)
        name = f"{number}-participant-{self.participant.id}-export.json"
        return Path(folder or Path.home()) / name

    def save(self) -> None:
        """Ask where; ask before replacing a file; build and write off the UI thread."""
        path = prompts.save_file_name(
            self,
            self.tr("Save the export"),
            self.suggested_path(),
            self.tr("JSON files (*.json)"),
            confirm_overwrite=False,
        )
        if path is None:
            return
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        if path.exists() and not self._replace(path):
            return
        self._working(True)
        store, case_id, participant_id = self.store, self.case_id, self.participant.id

        def work() -> Path:
            write_export(store, case_id, participant_id, path)
            return path

        run_in_background(
            work,
            on_done=self._saved,
            on_error=self._failed,
            label=self.tr("Exporting…"),
            owner=self,
        )

    def _replace(self, path: Path) -> bool:
        answer = prompts.ask(
            self,
            self.tr("Replace the file?"),
            self.tr("{file} already exists. Replace it with this export?").format(file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if not self.busy:  # Escape or the title bar while writing: the result is still shown
            super().reject()

    def _working(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._say(self.tr("Exporting…") if busy else "")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _saved(self, path: Path) -> None:
        self._working(False)
        self.saved_to = path
        self.exported.emit(path)
        prompts.show_info(
            self,
            self.tr("Exported"),
            self.tr(
                "Saved to {path}. This file is not encrypted: hand it over safely, and delete "
                "your copy when it is no longer needed."
            ).format(path=path),
        )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._working(False)
        if isinstance(error, OSError):
            text = self.tr(
                "The export could not be saved there ({reason}). Choose another place."
            ).format(reason=error.strerror or error)
        else:
            text = problem_text(error)
        self._say(text)
        prompts.show_error(self, self.tr("Not saved"), text)
