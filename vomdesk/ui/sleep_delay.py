"""A logind "delay" inhibitor: sleep waits (a few seconds at most) until vomdesk has locked."""

from __future__ import annotations

import contextlib
import logging
import os

from PySide6.QtCore import QObject
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
    QDBusUnixFileDescriptor,
)

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
WHY = "Lock the case records before sleeping"


class SleepDelay(QObject):
    """Holds logind's delay lock while ``wanted`` (a store is open) and the computer is awake.

    logind hands out the lock as a file descriptor and lets sleep go on once every delay lock's
    descriptor is closed (or after InhibitDelayMaxSec). ``fd`` is the one held, or None.
    """

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self.fd: int | None = None
        self.wanted = False
        self.sleeping = False
        self._asking: QDBusPendingCallWatcher | None = None

    def want(self, wanted: bool) -> None:
        """Hold the lock (a store was opened) or let it go (the store was locked)."""
        self.wanted = wanted
        if wanted:
            self._take()
        else:
            self.release()

    def going_to_sleep(self) -> None:
        self.sleeping = True

    def woke_up(self) -> None:
        self.sleeping = False
        self._take()

    def release(self) -> None:
        """Close the descriptor: logind may go on to sleep."""
        fd, self.fd = self.fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)
            log.debug("sleep delay released")

    # --- asking logind ------------------------------------------------------------------
    def _take(self) -> None:
        if not self.wanted or self.sleeping or self.fd is not None or self._asking is not None:
            return
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, MANAGER, "Inhibit")
        call.setArguments(["sleep", "vomdesk", WHY, "delay"])
        self._asking = QDBusPendingCallWatcher(self._bus.asyncCall(call, 5000), self)
        self._asking.finished.connect(self._answered)

    def _answered(self, watcher: QDBusPendingCallWatcher) -> None:
        reply = watcher.reply()
        watcher.deleteLater()
        self._asking = None
        answer = reply.arguments() if reply.type() == QDBusMessage.MessageType.ReplyMessage else []
        if not answer or not isinstance(answer[0], QDBusUnixFileDescriptor):
            log.debug("no sleep delay: %s", reply.errorName() or reply.signature())
            return
        descriptor = answer[0]
        if not descriptor.isValid():
            return
        fd = descriptor.takeFileDescriptor()  # ours now: Qt no longer closes it
        if self.wanted and not self.sleeping and self.fd is None:
            self.fd = fd
            log.debug("sleep delay taken")
        else:  # locked or asleep meanwhile: not needed any more
            with contextlib.suppress(OSError):
                os.close(fd)
        self._take()  # wanted again while the answer was on its way
