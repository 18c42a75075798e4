"""Whether a folder is a cloud-sync or network folder, from its path and this computer's mounts."""

from __future__ import annotations

import logging
from pathlib import Path

from vomdesk.domain.folder_kinds import FolderKind, Mount, folder_kind, parse_mounts

MOUNTS_FILE = Path("/proc/self/mounts")
log = logging.getLogger(__name__)


def read_mounts(source: Path = MOUNTS_FILE) -> list[Mount]:
    """This process's mounts; empty where the system does not list them (Windows, macOS)."""
    try:
        return parse_mounts(source.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return []


def kind_of_folder(folder: Path, mounts: list[Mount] | None = None) -> FolderKind | None:
    """CLOUD_SYNC, NETWORK or None for ``folder`` (resolved; a missing folder by its parent)."""
    try:
        resolved = Path(folder).expanduser().resolve()
    except (OSError, RuntimeError):
        resolved = Path(folder).absolute()
    return folder_kind(resolved.parts, read_mounts() if mounts is None else mounts)
