"""Logging to a rotating file in the user's log folder; messages never carry participant data."""

from __future__ import annotations

import logging
import logging.handlers

from vomdesk.paths import log_folder

# Rule for every module: log what happened and to which kind of record, never names, addresses,
# notes or any value typed by the mediator. Exceptions are logged with their type and traceback.


def start_logging(level: int = logging.INFO) -> None:
    """Log to vomdesk.log (1 MB x 3), or to stderr when the log folder cannot be written."""
    root = logging.getLogger()
    if root.handlers:
        return
    handler: logging.Handler
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "vomdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
