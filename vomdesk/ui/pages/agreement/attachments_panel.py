"""Scans or photos of the signed paper, kept encrypted in the store; a copy saved on request."""

from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.agreements import Status
from vomdesk.safe_save import write_file_safely
from vomdesk.services import errors
from vomdesk.services.agreement_scans import attach_scan, attachment_data
from vomdesk.services.agreements import AgreementView
from vomdesk.services.open_store import OpenStore
from vomdesk.ui import prompts
from vomdesk.ui.texts import correction_texts, problem_text
from vomdesk.ui.widgets.field_message import FieldMessage


class AttachmentsPanel(QGroupBox):
    """The signed paper's scans: attach one (to a signed version), save a copy of any."""

    changed = Signal()

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setTitle(self.tr("The signed paper"))
        self.view: AgreementView | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Scans of the signed paper"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.attach_button = QPushButton(
            qta.icon("mdi6.paperclip"), self.tr("A&ttach the signed paper…")
        )
        self.copy_button = QPushButton(
            qta.icon("mdi6.content-save-outline"), self.tr("Save a &copy…")
        )
        note = QLabel(self.tr("Scans are kept encrypted. The copy you save is not encrypted."))
        note.setObjectName("help")
        note.setWordWrap(True)
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(note)
        self.attach_button.clicked.connect(self.attach)
        self.copy_button.clicked.connect(self.save_copy)
        self.list.itemSelectionChanged.connect(self._enable)

    def show_view(self, view: AgreementView) -> None:
        self.view = view
        self.list.clear()
        locale = QLocale()
        for attachment_id, name, size in view.attachments:
            item = QListWidgetItem(
                self.tr("{name} ({size})").format(name=name, size=locale.formattedDataSize(size))
            )
            item.setData(Qt.ItemDataRole.UserRole, attachment_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.attach_button.setVisible(view.status is Status.SIGNED)
        self.message.show_problem("")
        self._enable()

    def _enable(self) -> None:
        self.copy_button.setEnabled(self.list.currentItem() is not None)

    def attach(self) -> bool:
        view = self.view
        if view is None or view.agreement.id is None:
            return False
        path = prompts.open_file_name(
            self, self.tr("Attach the signed paper"), Path.home(),
            self.tr("Scans and photos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic)"),
        )  # fmt: skip
        if path is None:
            return False
        try:
            data = path.read_bytes()
            attach_scan(self.store, view.agreement.id, path.name, data)
        except errors.NeedsCorrection as refused:
            self.message.show_problem(" ".join(correction_texts(refused).values()))
            return False
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return False
        self.message.show_problem("")
        self.changed.emit()
        return True

    def save_copy(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        attachment_id = int(item.data(Qt.ItemDataRole.UserRole))
        try:
            name, _media_type, data = attachment_data(self.store, attachment_id)
            suffix = Path(name).suffix
            path = prompts.save_file_name(
                self, self.tr("Save a copy (not encrypted)"), Path.home() / name,
                self.tr("The same kind of file (*{suffix})").format(suffix=suffix or ".*"),
            )  # fmt: skip
            if path is None:
                return False
            write_file_safely(path, data)
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return False
        self.message.show_problem(
            self.tr("Saved to {path}. This copy is not encrypted.").format(path=str(path))
        )
        return True
