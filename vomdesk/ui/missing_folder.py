"""At start: the data folder chosen on this computer is not there (a USB stick left out?)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from vomdesk.paths import default_data_folder
from vomdesk.services.data_folder import remember_data_folder, remembered_store_missing
from vomdesk.ui import prompts


def folder_to_open(folder: Path) -> Path | None:
    """``folder``, once it is there; the usual folder if the mediator lets the chosen one go;
    None to quit. Never a new store in place of records that are only unplugged."""
    Button = QMessageBox.StandardButton
    while remembered_store_missing(folder):
        answer = prompts.ask(
            None,
            QCoreApplication.translate("MissingFolder", "Case records not found"),
            QCoreApplication.translate(
                "MissingFolder",
                "vomdesk last opened the case records in {folder}, which cannot be found now. "
                "Plug in the disk or USB stick that holds them and choose Retry. Choose Ignore "
                "to forget that folder and open the usual one ({usual}); choose Cancel to quit.",
            ).format(folder=folder, usual=default_data_folder()),
            Button.Retry | Button.Ignore | Button.Cancel,
            Button.Retry,
        )
        if answer == Button.Cancel:
            return None
        if answer == Button.Ignore:
            with contextlib.suppress(OSError):  # not remembered: the question comes again
                remember_data_folder(default_data_folder())
            return default_data_folder()
    return folder
