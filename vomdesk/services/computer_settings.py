"""Settings of this computer kept in a small plain file: only what is needed before unlocking."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from vomdesk.domain.settings import BY_KEY, Scope
from vomdesk.paths import config_folder
from vomdesk.safe_save import write_file_safely

FILE_NAME = "computer.json"
log = logging.getLogger(__name__)


def _path(folder: Path | None) -> Path:
    return (folder or config_folder()) / FILE_NAME


def read_computer_settings(folder: Path | None = None) -> dict[str, Any]:
    """The computer's settings with defaults; a damaged file falls back to the defaults."""
    values = {k: s.default for k, s in BY_KEY.items() if s.scope is Scope.COMPUTER}
    try:
        saved = json.loads(_path(folder).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return values
    except (OSError, ValueError):
        log.warning("the computer settings file could not be read; using defaults")
        return values
    if isinstance(saved, dict):
        for key, value in saved.items():
            if key in values and BY_KEY[key].problem(value) is None:
                values[key] = value
    return values


def save_computer_setting(key: str, value: Any, folder: Path | None = None) -> None:
    """Save one computer setting safely; raises ValueError for a value that cannot be used."""
    definition = BY_KEY[key]
    if definition.scope is not Scope.COMPUTER or definition.problem(value):
        raise ValueError(f"cannot save {key}")
    values = read_computer_settings(folder)
    values[key] = value
    target = _path(folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_file_safely(target, (json.dumps(values, indent=2) + "\n").encode("utf-8"))
