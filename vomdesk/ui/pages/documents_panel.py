"""A case's documents: choose one, for whom and in which language; preview it or print a packet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.parties import ROLE_LABELS
from vomdesk.services import errors
from vomdesk.services.cases import CaseRecord, read_case
from vomdesk.services.documents import (
    DOCUMENT_LABELS,
    Built,
    DocumentKind,
    Request,
    build_document,
    signing_packet,
)
from vomdesk.services.open_store import OpenStore
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.document_preview import DocumentPreview
from vomdesk.ui.events import app_events
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.printing import Destination, choose_printer, send
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.field_message import FieldMessage

# Documents written to one person; the others need no recipient.
FOR_SOMEONE = (
    DocumentKind.AGREEMENT, DocumentKind.SCHEDULE, DocumentKind.CONSENT, DocumentKind.CONFIRMATION,
)  # fmt: skip
# Documents that make sense without a recipient too (the governing text; every payment).
ANYONE = (DocumentKind.AGREEMENT, DocumentKind.SCHEDULE)


def packet_target(destination: Destination, number: int) -> Destination:
    """Print to file: each packet document in a file of its own (name-1.pdf, name-2.pdf, …)."""
    if not destination.output_file:
        return destination
    path = Path(destination.output_file)
    target = path.with_name(f"{path.stem}-{number}{path.suffix or '.pdf'}")
    return Destination(destination.printer, destination.copies, str(target))


class DocumentsPanel(QWidget):
    """The Documents tab of a case workspace."""

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.record: CaseRecord | None = None
        self.preview: DocumentPreview | None = None
        self.progress: QProgressDialog | None = None
        self.building = False
        self._sequence = 0

        self.kind = QComboBox()
        for kind, label in DOCUMENT_LABELS.items():
            self.kind.addItem(domain_text(label), kind)
        self.kind.setAccessibleName(self.tr("Document"))
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("For"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Recipient's own"), None)
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language.setAccessibleName(self.tr("Language"))
        self.message = FieldMessage()
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.packet_button = QPushButton(self.tr("Print the &signing packet…"))
        self.packet_button.setToolTip(
            self.tr("The agreement, payment schedules and consent forms: one for each signer")
        )
        self.status = QLabel()
        self.status.setObjectName("help")
        self.status.setWordWrap(True)

        group = QGroupBox(self.tr("Documents"))
        form = QFormLayout(group)
        for text, field in ((self.tr("&Document"), self.kind), (self.tr("&For"), self.recipient),
                            (self.tr("&Language"), self.language)):  # fmt: skip
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
        form.addRow("", self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.packet_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.kind, self.recipient, self.language):
            combo.currentIndexChanged.connect(lambda _index: self.message.show_problem(""))
        self.preview_button.clicked.connect(self.preview_document)
        self.packet_button.clicked.connect(self.print_packet)
        app_events().data_changed.connect(self._data_changed)
        self.reload()

    # --- reading ----------------------------------------------------------------------
    def reload(self) -> None:
        self._sequence += 1
        sequence, store, case_id = self._sequence, self.store, self.case_id
        run_in_background(
            lambda: read_case(store, case_id),
            on_done=lambda record: self._loaded(sequence, record),
            on_error=lambda error: self._load_failed(sequence, error),
            owner=self,
        )

    def _data_changed(self, kind: str) -> None:
        if kind == "case":
            self.reload()

    def _loaded(self, sequence: int, record: CaseRecord) -> None:
        if sequence == self._sequence:
            self.record = record
            self._kind_changed()

    def _load_failed(self, sequence: int, error: BaseException) -> None:
        if sequence == self._sequence:
            self.message.show_problem(problem_text(error))

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        chosen = self.recipient.currentData()
        self.recipient.clear()
        if kind in ANYONE:
            self.recipient.addItem(self.tr("Every party (the governing text)")
                                   if kind is DocumentKind.AGREEMENT
                                   else self.tr("Everyone who pays"), None)  # fmt: skip
        if kind in FOR_SOMEONE and self.record is not None:
            for person in self.record.participants:
                role = domain_text(ROLE_LABELS[person.role])
                self.recipient.addItem(f"{person.name} ({role})", person.id)
        if kind not in FOR_SOMEONE:
            self.recipient.addItem(self.tr("No one in particular"), None)
        self.recipient.setEnabled(kind in FOR_SOMEONE)
        index = self.recipient.findData(chosen)
        self.recipient.setCurrentIndex(max(index, 0))

    def current_kind(self) -> DocumentKind:
        kind = self.kind.currentData()
        assert isinstance(kind, DocumentKind)
        return kind

    def select(self, kind: DocumentKind, participant_id: int | None = None,
               language: str | None = None) -> None:  # fmt: skip
        """Choose a document, its recipient and language (as the mediator would)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.recipient.setCurrentIndex(max(self.recipient.findData(participant_id), 0))
        self.language.setCurrentIndex(max(self.language.findData(language), 0))

    def request(self) -> Request:
        return Request(
            self.current_kind(), self.case_id,
            participant_id=self.recipient.currentData(), language=self.language.currentData(),
        )  # fmt: skip

    # --- preview ----------------------------------------------------------------------
    def preview_document(self) -> None:
        """Build the chosen document in the background, then show it."""
        if self.building:
            return
        store, request, label = self.store, self.request(), self.kind.currentText()
        self.message.show_problem("")
        self._set_building(True, self.tr("Preparing the document…"))
        run_in_background(
            lambda: build_document(store, request),
            on_done=lambda built: self._built(built, label),
            on_error=self._failed,
            label=self.tr("Preparing the document…"),
            owner=self,
        )

    def _built(self, built: Built, label: str) -> None:
        self._set_building(False)
        number = self.record.case.number if self.record else ""
        dialog = DocumentPreview(built.pdf, built.job_title, number, self, label=label)
        self.preview = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._preview_closed)
        dialog.open()

    def _preview_closed(self) -> None:
        self.preview = None

    def _failed(self, error: BaseException) -> None:
        self._set_building(False)
        self.show_failure(error)

    def show_failure(self, error: BaseException) -> None:
        """A NeedsCorrection in the panel, in the mediator's words; anything else as a message."""
        if isinstance(error, errors.NeedsCorrection):
            self.message.show_problem("\n".join(correction_texts(error).values()))
        else:
            prompts.show_error(self, self.tr("Document not made"), problem_text(error))

    def _set_building(self, building: bool, text: str = "") -> None:
        self.building = building
        self.preview_button.setEnabled(not building)
        self.packet_button.setEnabled(not building)
        self.status.setText(text)

    # --- the signing packet ---------------------------------------------------------------
    def print_packet(self) -> None:
        """Choose the printer once, then build and send each document, one after another."""
        if self.building:
            return
        self.message.show_problem("")
        try:
            requests = signing_packet(self.store, self.case_id)
        except (errors.StoreProblem, OSError) as error:
            self.show_failure(error)
            return
        if not requests:
            self.message.show_problem(self.tr("This case has no one to sign an agreement yet."))
            return
        destination = choose_printer(self, self.tr("Print the signing packet"))
        if destination is None:
            return
        progress = QProgressDialog(self.tr("Printing the signing packet…"), self.tr("Cancel"),
                                   0, len(requests), self)  # fmt: skip
        progress.setWindowTitle(self.tr("Signing packet"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        self.progress = progress
        self._set_building(True)
        self._send_next(requests, destination, 0)

    def _send_next(self, requests: list[Request], destination: Destination, sent: int) -> None:
        progress = self.progress
        assert progress is not None
        if sent == len(requests) or progress.wasCanceled():
            self._packet_done(destination, sent, len(requests))
            return
        progress.setLabelText(
            self.tr("Printing document {number} of {count}…").format(
                number=sent + 1, count=len(requests))
        )  # fmt: skip
        store, request, target = self.store, requests[sent], packet_target(destination, sent + 1)

        def work() -> None:
            built = build_document(store, request)
            send(target, built.pdf, built.job_title)

        def done(_result: object) -> None:
            progress.setValue(sent + 1)
            self._send_next(requests, destination, sent + 1)

        def failed(error: BaseException) -> None:
            self._packet_done(destination, sent, len(requests))
            self.show_failure(error)

        run_in_background(work, on_done=done, on_error=failed,
                          label=self.tr("Printing the signing packet…"), owner=self)  # fmt: skip

    def _packet_done(self, destination: Destination, sent: int, total: int) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._set_building(False)
        where = destination.printer or Path(destination.output_file).name
        text = (self.tr("1 document sent to {printer}.") if sent == 1
                else self.tr("{count} documents sent to {printer}.")).format(
            count=sent, printer=where)  # fmt: skip
        if sent < total:
            text += " " + self.tr("{count} not printed.").format(count=total - sent)
        self.status.setText(text)
