"""Per-user folders for the store, this computer's settings and the logs (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "vomdesk"


def default_data_folder() -> Path:
    """The store's folder: VOMDESK_DATA_DIR if set, else the per-user data folder."""
    override = os.environ.get("VOMDESK_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_folder() -> Path:
    """This computer's plain settings (language, last folder): nothing about cases."""
    override = os.environ.get("VOMDESK_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def log_folder() -> Path:
    override = os.environ.get("VOMDESK_LOG_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_log_dir(APP, appauthor=False))
