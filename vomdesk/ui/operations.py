"""Run slow work (key derivation, PDFs, disk) off the UI thread, with callbacks on the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from vomdesk.ui.events import app_events

log = logging.getLogger(__name__)
_running: dict[int, tuple[QRunnable, _Relay]] = {}
_labels: dict[int, str] = {}


class _Relay(QObject):
    """Carries the result from the worker thread back to the UI thread."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the UI thread, never lost
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


def run_in_background(
    work: Callable[[], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    label: str = "",
    owner: QObject | None = None,
) -> None:
    """Start ``work`` on the thread pool; exactly one callback runs later on the UI thread.

    With an ``owner`` (the widget that asked), the callback is skipped if the owner was
    destroyed meanwhile: a closed dialog is never called back.
    """
    relay = _Relay()
    job = _Job(work, relay)
    key = id(job)

    def finish() -> None:
        _running.pop(key, None)
        _labels.pop(key, None)
        still = [text for text in _labels.values() if text]
        app_events().busy.emit(still[-1] if still else "")

    def owner_gone() -> bool:
        return owner is not None and not shiboken6.isValid(owner)

    @Slot(object)
    def done(result: Any) -> None:
        finish()
        if not owner_gone():
            on_done(result)

    @Slot(object)
    def failed(error: BaseException) -> None:
        finish()
        if not isinstance(error, Exception):
            log.error("background work stopped: %r", error)
        if owner_gone():
            log.info("background work ended after its window closed: %s", type(error).__name__)
        else:
            on_error(error)

    relay.done.connect(done)
    relay.failed.connect(failed)
    _running[key] = (job, relay)
    _labels[key] = label
    if label:
        app_events().busy.emit(label)
    QThreadPool.globalInstance().start(job)


def background_work_running() -> bool:
    return bool(_running)
