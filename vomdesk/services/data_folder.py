"""Which data folder the app opens: one chosen on this computer (a restored store), or the usual."""

from __future__ import annotations

import os
from pathlib import Path

from vomdesk.domain.settings import DATA_FOLDER
from vomdesk.paths import default_data_folder
from vomdesk.services.computer_settings import read_computer_settings, save_computer_setting
from vomdesk.store.files import FolderState, StoreFiles

DATA_DIR_ENV = "VOMDESK_DATA_DIR"


def chosen_data_folder(config: Path | None = None) -> Path | None:
    """The folder remembered on this computer (after switching to a restored store), or None."""
    value = str(read_computer_settings(config).get(DATA_FOLDER.key, "") or "")
    return Path(value) if value else None


def current_data_folder(config: Path | None = None) -> Path:
    """The folder to open: $VOMDESK_DATA_DIR if set, else the remembered one, else the usual."""
    if os.environ.get(DATA_DIR_ENV):
        return default_data_folder()
    return chosen_data_folder(config) or default_data_folder()


def remember_data_folder(folder: Path, config: Path | None = None) -> None:
    """Open ``folder`` from the next start on (raises OSError if the settings cannot be saved)."""
    resolved = Path(folder).expanduser().resolve()
    value = "" if resolved == default_data_folder().expanduser().resolve() else str(resolved)
    save_computer_setting(DATA_FOLDER.key, value, config)


def remembered_store_missing(folder: Path, config: Path | None = None) -> bool:
    """``folder`` is the one remembered here, yet holds no store now: a USB stick left out, or
    a disk not mounted (its empty mount point is still there). Never set up anew in its place."""
    return chosen_data_folder(config) == folder and StoreFiles(folder).state() is FolderState.EMPTY
