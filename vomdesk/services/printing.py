"""Sending a finished PDF to a printer: the system's print queue, or a file the mediator chose."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from vomdesk.domain.translation import QT_TRANSLATE_NOOP, Translate, untranslated
from vomdesk.safe_save import write_file_safely
from vomdesk.services.errors import StoreProblem
from vomdesk.services.temp_files import remove_quietly, write_private_temp_file

LP_TIMEOUT_SECONDS = 60


class PrintingFailed(StoreProblem):
    """The print queue refused the document; ``detail`` says what it answered."""

    text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The document could not be sent to the printer. Check that the printer is on and "
        "connected, then try again.",
    )

    def __init__(self, detail: str = "") -> None:
        super().__init__()
        self.detail = detail

    def message(self, translate: Translate = untranslated) -> str:
        """The advice, with what the print system answered when it said something."""
        advice = super().message(translate)
        return f"{advice} ({self.detail})" if self.detail else advice


def print_pdf_file(
    pdf: bytes,
    *,
    printer: str,
    copies: int = 1,
    title: str = "vomdesk",
    pages: str = "",
    two_sided: bool = False,
) -> None:
    """Hand ``pdf`` to the print queue ``printer`` (CUPS' lp; Windows' own print verb), with
    the copies, page range ("1-2,4") and two-sided printing chosen in the print dialog.

    The PDF goes to the queue as it is, so text stays text. The temporary copy is in the app's
    private folder (services/temp_files) and removed as soon as the queue has taken the job
    (on Windows the printing program reads it later: the next start cleans it).
    """
    path = write_private_temp_file(pdf, ".pdf")
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            try:
                os.startfile(str(path), "print")  # type: ignore[attr-defined]
            except OSError as error:
                raise PrintingFailed(str(error)) from error
            return
        lp = shutil.which("lp")
        if lp is None:
            raise PrintingFailed("no lp command: CUPS is not installed")
        command = [lp, "-n", str(max(1, copies)), "-t", title]
        if printer:
            command += ["-d", printer]
        if pages:
            command += ["-P", pages]
        if two_sided:
            command += ["-o", "sides=two-sided-long-edge"]
        try:
            result = subprocess.run(
                [*command, "--", str(path)],
                capture_output=True, text=True, errors="replace", timeout=LP_TIMEOUT_SECONDS,
                check=False,
            )  # fmt: skip
        except (OSError, subprocess.TimeoutExpired) as error:
            raise PrintingFailed(str(error)) from error
        if result.returncode != 0:
            raise PrintingFailed(result.stderr.strip() or f"lp exit code {result.returncode}")
    finally:
        if sys.platform != "win32":
            remove_quietly(path)


def print_to_file(pdf: bytes, target: Path) -> None:
    """ "Print to file": the PDF itself, written safely where the mediator chose."""
    write_file_safely(Path(target), pdf)
