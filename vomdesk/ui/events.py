"""One app-wide object whose signals tell pages that data changed or work is under way."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Signals pages listen to instead of calling each other."""

    data_changed = Signal(str)  # the kind of record that changed
    saved = Signal(datetime)  # something was written to the store
    busy = Signal(str)  # background work started ("" when all work has ended)
    switch_data_folder = Signal(object)  # a restored store's folder (Path) to open instead


_events: AppEvents | None = None


def app_events() -> AppEvents:
    """The single AppEvents of this process (made on first use, on the UI thread)."""
    global _events
    if _events is None:
        _events = AppEvents()
    return _events
