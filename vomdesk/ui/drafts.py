"""Keeps a form's typing as an encrypted draft in the store, a moment after each change."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer

from vomdesk.services import drafts
from vomdesk.services.open_store import OpenStore
from vomdesk.ui.events import app_events

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 800


class DraftKeeper(QObject):
    """Call ``changed()`` on every edit; the draft is written after a short pause in typing."""

    def __init__(
        self,
        store: OpenStore,
        form: str,
        collect: Callable[[], dict[str, Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.form = form
        self._collect = collect
        self._paused = 0
        self._timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Fill the form from saved data without that counting as typing."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def changed(self) -> None:
        if not self._paused:
            self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def save_now(self) -> None:
        self._timer.stop()
        if not self.store.is_open:
            return
        try:
            drafts.keep_draft(self.store, self.form, self._collect())
        except Exception as error:  # a failed draft must not take the form down; next edit retries
            log.warning("a draft could not be kept: %s", type(error).__name__)
            return
        app_events().saved.emit(datetime.now().astimezone())

    def flush(self) -> None:
        """Write a pending draft at once (before locking or closing)."""
        if self._timer.isActive():
            self.save_now()

    def cancel(self) -> None:
        self._timer.stop()

    def existing(self) -> tuple[dict[str, Any], datetime] | None:
        return drafts.draft_of(self.store, self.form)

    def discard(self) -> None:
        self._timer.stop()
        drafts.discard_draft(self.store, self.form)
