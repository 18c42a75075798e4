"""Documents in the app: preview a signed agreement, turn pages, zoom, save as PDF, print to a
PDF printer, the signing packet (with Cancel), refusals in the panel, and the logo in Settings."""

from __future__ import annotations

import base64
import io
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from vomdesk.documents.preview import page_count
from vomdesk.domain.agreements import TermKind
from vomdesk.domain.instalments import Frequency, plan
from vomdesk.services.agreement_signing import sign
from vomdesk.services.agreements import TermInput, agreements_of, save_draft, start_agreement
from vomdesk.services.cases import read_case
from vomdesk.services.documents import (
    DocumentKind,
    Request,
    build_document,
    signing_packet,
)
from vomdesk.services.settings import read_settings
from vomdesk.ui import prompts
from vomdesk.ui.dialogs import document_preview
from vomdesk.ui.dialogs.document_preview import DocumentPreview
from vomdesk.ui.pages import documents_panel
from vomdesk.ui.pages.documents_panel import DocumentsPanel
from vomdesk.ui.pages.settings_page import SettingsPage
from vomdesk.ui.printing import destination_of

TODAY = date.today()


def sign_agreement(store, case, hold_session, *, with_money: bool = True) -> None:  # type: ignore[no-untyped-def]
    """A session held, then an agreement every signer has signed."""
    hold_session(store, case)
    agreement = start_agreement(store, case.case_id, governing_language="en")
    apology = TermInput(TermKind.APOLOGY, "Letter of apology", (case.offender,),
                        item="A letter", deadline=TODAY + timedelta(days=10))  # fmt: skip
    terms = [apology]
    if with_money:
        payments = tuple(plan(48_000, TODAY + timedelta(days=14), Frequency.MONTHLY, count=4))
        terms.insert(0, TermInput(
            TermKind.FINANCIAL, "Pay for the broken window", (case.offender,),
            amount_cents=48_000, payee="Laura Gómez Prieto", frequency="monthly",
            payments=payments))  # fmt: skip
    save_draft(store, agreement, terms, difference_reason="" if with_money else "Paid by insurance")
    [view] = agreements_of(store, case.case_id)
    for signer in view.required:
        sign(store, agreement, signer.key, TODAY)


@pytest.fixture
def agreed(store, case_in_preparation, hold_session):  # type: ignore[no-untyped-def]
    sign_agreement(store, case_in_preparation, hold_session)
    return case_in_preparation


def open_panel(qtbot, store, case_id: int) -> DocumentsPanel:  # type: ignore[no-untyped-def]
    panel = DocumentsPanel(store, case_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.record is not None)
    return panel


def open_preview(qtbot, panel: DocumentsPanel) -> DocumentPreview:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.preview is not None and panel.preview.count > 0)
    preview = panel.preview
    assert preview is not None
    qtbot.waitUntil(lambda: not preview.rendering)
    return preview


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def image_width(preview: DocumentPreview) -> int:
    return preview.page.pixmap().width()


def test_the_agreement_previews_pages_turn_and_zoom_changes_the_image(qtbot, store, agreed):
    number = read_case(store, agreed.case_id).case.number
    panel = open_panel(qtbot, store, agreed.case_id)
    panel.select(DocumentKind.AGREEMENT)
    assert panel.recipient.currentData() is None, "the governing text by default"

    preview = open_preview(qtbot, panel)

    pages = page_count(preview.pdf)
    assert pages >= 2 and preview.count == pages
    assert number in text_of(preview.pdf) and number in preview.windowTitle()
    assert preview.job_title == f"{number} agreement", "a neutral job title: no names"
    assert preview.page_label.text() == f"Page 1 of {pages}"
    assert not preview.previous_button.isEnabled() and not preview.page.pixmap().isNull()

    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not preview.rendering)
    assert preview.page_label.text() == f"Page 2 of {pages}"
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: not preview.rendering)
    assert preview.page_label.text() == f"Page 1 of {pages}"

    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not preview.rendering)
    smaller, percent = image_width(preview), preview.zoom_label.text()
    qtbot.keyClick(preview, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not preview.rendering)
    assert image_width(preview) > smaller and preview.zoom_label.text() != percent
    qtbot.keyClick(preview, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not preview.rendering)
    assert preview.zoom is None
    preview.close()


def test_only_the_newest_render_is_shown(qtbot, store, agreed):
    panel = open_panel(qtbot, store, agreed.case_id)
    preview = open_preview(qtbot, panel)
    for _ in range(3):  # three renders in flight; the first two are dropped when they arrive
        preview.next_page() if preview.index == 0 else preview.previous_page()
    qtbot.waitUntil(lambda: not preview.rendering)
    assert preview.index == 1 and preview.page_label.text().startswith("Page 2 of")
    preview.close()


def test_save_as_pdf_writes_the_document_and_says_it_is_not_encrypted(
    qtbot, store, agreed, tmp_path
):
    number = read_case(store, agreed.case_id).case.number
    panel = open_panel(qtbot, store, agreed.case_id)
    preview = open_preview(qtbot, panel)
    folder = tmp_path / "chosen"
    folder.mkdir()
    target = folder / "for the file"  # no extension: .pdf is added
    prompts.queue_answer(str(target))
    prompts.queue_answer(None)  # the plain note about encryption

    saved = preview.save_as_pdf()

    assert saved == folder / "for the file.pdf"
    assert saved.read_bytes() == preview.pdf
    assert number in text_of(saved.read_bytes())
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["for the file.pdf"]
    prompts.queue_answer(None)  # cancelled: nothing written, nothing said
    assert preview.save_as_pdf() is None
    preview.close()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_to_a_pdf_printer_sends_the_document_itself(
    qtbot, store, agreed, tmp_path, monkeypatch
):
    number = read_case(store, agreed.case_id).case.number
    target = tmp_path / "printed.pdf"
    printer = pdf_printer(target)
    titles: list[str] = []
    pages: list[int] = []

    def choose(_parent: object, title: str, page_count: int = 0):  # type: ignore[no-untyped-def]
        titles.append(title)
        pages.append(page_count)
        return destination_of(printer)

    monkeypatch.setattr(document_preview, "choose_printer", choose)
    panel = open_panel(qtbot, store, agreed.case_id)
    preview = open_preview(qtbot, panel)

    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not preview.printing)

    assert target.read_bytes() == preview.pdf
    assert number in text_of(target.read_bytes())
    assert titles == ["Print Restitution agreement"]
    assert pages == [preview.count] and preview.count >= 1, "the page range knows the pages"
    assert preview.status.text() == f"Sent to {target}."
    preview.close()


def test_a_refused_print_is_told_in_the_mediators_words(qtbot, store, agreed, monkeypatch):
    from vomdesk.services.printing import PrintingFailed
    from vomdesk.ui.printing import Destination

    def offline(*_args: object) -> None:
        raise PrintingFailed("lp: Error - The printer or class does not exist.")

    monkeypatch.setattr(document_preview, "choose_printer",
                        lambda *_args: Destination("OFFICE", 1, ""))  # fmt: skip
    monkeypatch.setattr(document_preview, "send", offline)
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, _title, text: shown.append(text))
    panel = open_panel(qtbot, store, agreed.case_id)
    preview = open_preview(qtbot, panel)

    preview.print_document()
    qtbot.waitUntil(lambda: not preview.printing)

    assert len(shown) == 1 and "Check that the printer is on" in shown[0]
    assert "does not exist" in shown[0] and preview.print_button.isEnabled()
    preview.close()


def test_what_cannot_be_made_yet_is_said_in_the_panel(qtbot, store, case_in_preparation):
    panel = open_panel(qtbot, store, case_in_preparation.case_id)
    panel.select(DocumentKind.AGREEMENT)
    qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.building)
    assert panel.message.isVisible()
    assert panel.message.text() == "This case has no agreement yet."
    assert panel.preview is None

    panel.select(DocumentKind.CONFIRMATION, case_in_preparation.victim)
    assert panel.recipient.isEnabled() and not panel.message.isVisible()
    qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.building)
    assert panel.message.text() == "This person is not expected at a scheduled session."

    panel.select(DocumentKind.ACKNOWLEDGMENT)
    assert not panel.recipient.isEnabled()
    preview = open_preview(qtbot, panel)
    assert "acknowledgment" in preview.job_title
    preview.close()


def test_the_signing_packet_goes_to_the_printer_chosen_once(
    qtbot, store, agreed, tmp_path, monkeypatch
):
    requests = signing_packet(store, agreed.case_id)
    kinds = [r.kind for r in requests]
    assert kinds.count(DocumentKind.SCHEDULE) == 1, "the offender pays: his schedule is there"
    chosen: list[str] = []
    folder = tmp_path / "printed"
    folder.mkdir()
    target = folder / "packet.pdf"
    monkeypatch.setattr(documents_panel, "choose_printer",
                        lambda _parent, title: chosen.append(title) or destination_of(
                            pdf_printer(target)))  # fmt: skip
    panel = open_panel(qtbot, store, agreed.case_id)

    panel.print_packet()
    assert panel.progress is not None and panel.progress.maximum() == len(requests)
    qtbot.waitUntil(lambda: not panel.building, timeout=30_000)

    assert chosen == ["Print the signing packet"]
    files = sorted(folder.iterdir(), key=lambda p: int(p.stem.split("-")[1]))
    assert [p.name for p in files] == [f"packet-{n}.pdf" for n in range(1, len(requests) + 1)]
    for path, request in zip(files, requests, strict=True):
        assert text_of(path.read_bytes()) == text_of(build_document(store, request).pdf)
    assert panel.status.text() == f"{len(requests)} documents sent to packet.pdf."
    assert panel.progress is None


def test_cancel_stops_the_packet_between_documents(qtbot, store, agreed, tmp_path, monkeypatch):
    total = len(signing_packet(store, agreed.case_id))
    folder = tmp_path / "printed"
    folder.mkdir()
    monkeypatch.setattr(documents_panel, "choose_printer",
                        lambda *_args: destination_of(pdf_printer(folder / "p.pdf")))  # fmt: skip
    panel = open_panel(qtbot, store, agreed.case_id)

    panel.print_packet()
    assert panel.progress is not None
    panel.progress.cancel()  # while the first document is being made
    qtbot.waitUntil(lambda: not panel.building, timeout=30_000)

    assert [p.name for p in folder.iterdir()] == ["p-1.pdf"]
    assert panel.status.text() == f"1 document sent to p.pdf. {total - 1} not printed."


def test_a_packet_without_instalments_has_no_schedule(
    qtbot, store, case_in_preparation, hold_session
):
    sign_agreement(store, case_in_preparation, hold_session, with_money=False)
    requests = signing_packet(store, case_in_preparation.case_id)
    assert DocumentKind.SCHEDULE not in [r.kind for r in requests]
    assert DocumentKind.CONSENT in [r.kind for r in requests]
    for request in requests:  # every document of the packet can be made
        assert build_document(store, request).pdf.startswith(b"%PDF-")


def logo_file(folder: Path, width: int, height: int, *, noise: bool = False) -> Path:
    if noise:
        data = os.urandom(width * height * 4)
        image = QImage(data, width, height, width * 4, QImage.Format.Format_RGB32).copy()
    else:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.darkGreen)
    path = folder / ("noise.png" if noise else "logo.png")
    assert image.save(str(path), "PNG")
    return path


def test_the_logo_is_chosen_scaled_saved_and_printed_on_the_letterhead(
    qtbot, store, agreed, tmp_path
):
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.show()
    prompts.queue_answer(str(logo_file(tmp_path, 1500, 300)))

    assert page.logo.choose() is True
    assert page.is_dirty() and not page.logo.preview.pixmap().isNull()
    assert page.save() is True

    saved = read_settings(store)["program.logo"]
    image = QImage.fromData(base64.b64decode(saved))
    assert (image.width(), image.height()) == (600, 120)
    pdf = build_document(store, Request(DocumentKind.AGREEMENT, agreed.case_id)).pdf
    assert any(PdfReader(io.BytesIO(pdf)).pages[0].images), "the logo heads the first page"

    prompts.queue_answer(str(logo_file(tmp_path, 600, 600, noise=True)))
    assert page.logo.choose() is False
    assert "too large" in page.logo.message.text()
    assert page.logo.value() == saved, "the logo in use is kept"

    page.logo.remove_button.click()
    assert page.is_dirty() and page.logo.value() == ""
    assert page.save() is True
    assert read_settings(store)["program.logo"] == ""
