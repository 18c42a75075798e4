"""Locks vomdesk when the computer's session locks or the computer goes to sleep."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SLOT, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusPendingCallWatcher,
)
from PySide6.QtWidgets import QApplication

from vomdesk.ui.sleep_delay import SleepDelay

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
# Screensavers on the session bus that say ActiveChanged(true) when the screen locks.
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver"),  # KDE Plasma's older path
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
)


def _slot(signature: str) -> Any:
    """A slot as QtDBus wants it, like C++'s ``SLOT(...)`` (PySide's stubs say bytes, but
    PySide takes only the text SLOT() returns)."""
    return SLOT(signature)


def _has_dbus() -> bool:
    """D-Bus is how Linux and the BSDs report it; Windows (WTS session notifications) and macOS
    (NSWorkspace notifications) would need their own watchers here."""
    return not (sys.platform.startswith("win") or sys.platform == "darwin")


class SessionWatch(QObject):
    """Emits ``lock_now`` when the session locks or the computer is about to sleep.

    Each source is used only when its bus and service are there; absence is silent.
    ``watching`` names what is watched. The buses can be given (tests use a private bus).
    While a store is open (``hold_sleep(True)``) a logind delay lock makes sleep wait until
    vomdesk has locked; it is released after the lock and taken again after waking.
    """

    lock_now = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        has_store_open: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._has_store_open = has_store_open
        self.watching: list[str] = []
        self.session_path = ""
        self._pending: QDBusPendingCallWatcher | None = None
        self.sleep_delay: SleepDelay | None = None
        if not _has_dbus():
            log.debug("no session watch on %s", sys.platform)
            return
        self._system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        self._session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        self._watch_login1()
        self._watch_screensavers()

    # --- sources ------------------------------------------------------------------------
    def _present(self, bus: QDBusConnection, service: str) -> bool:
        if not bus.isConnected():
            return False
        reply = bus.interface().isServiceRegistered(service)
        return bool(reply.isValid() and reply.value())

    def _watch_login1(self) -> None:
        bus = self._system
        if not self._present(bus, LOGIN1):
            log.debug("no login manager on the system bus")
            return
        if bus.connect(
            LOGIN1, LOGIN1_PATH, MANAGER, "PrepareForSleep", "b", self, _slot("_sleep(bool)")
        ):
            self.watching.append("login1 sleep")
            self.sleep_delay = SleepDelay(bus, self)
        session_id = os.environ.get("XDG_SESSION_ID", "")
        if session_id:
            self._ask_session("GetSession", session_id)
        else:
            self._ask_session("GetSessionByPID", os.getpid())

    def _ask_session(self, method: str, argument: object) -> None:
        """Ask login1 which session is ours, without waiting for the answer."""
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, MANAGER, method)
        call.setArguments([argument])
        self._pending = QDBusPendingCallWatcher(self._system.asyncCall(call, 5000), self)
        self._pending.finished.connect(lambda watcher: self._got_session(watcher, method))

    def _got_session(self, watcher: QDBusPendingCallWatcher, method: str) -> None:
        reply = watcher.reply()
        watcher.deleteLater()
        self._pending = None
        answer = reply.arguments() if reply.type() == QDBusMessage.MessageType.ReplyMessage else []
        if not answer or not isinstance(answer[0], QDBusObjectPath):
            if method == "GetSession":  # a session id from elsewhere: ask by process instead
                self._ask_session("GetSessionByPID", os.getpid())
            else:
                log.debug("this process is in no login session")
            return
        path = answer[0].path()
        bus = self._system
        if bus.connect(LOGIN1, path, SESSION, "Lock", "", self, _slot("_locked()")):
            self.watching.append("login1 session lock")
        if bus.connect(
            LOGIN1, path, PROPERTIES, "PropertiesChanged", "sa{sv}as",
            self, _slot("_properties(QString,QVariantMap,QStringList)"),
        ):  # fmt: skip
            self.watching.append("login1 locked hint")
        self.session_path = path

    def _watch_screensavers(self) -> None:
        bus = self._session
        found = False
        for service, path in SCREENSAVERS:
            if not self._present(bus, service):
                continue
            found = True
            slot = _slot("_screensaver(bool)")
            if bus.connect(service, path, service, "ActiveChanged", "b", self, slot):
                self.watching.append(f"{service} {path}")
        if not found:
            log.debug("no screensaver on the session bus")

    def hold_sleep(self, wanted: bool) -> None:
        """Ask logind to wait for vomdesk's lock before sleeping (a store is open), or stop."""
        if self.sleep_delay is not None:
            self.sleep_delay.want(wanted)

    # --- events -------------------------------------------------------------------------
    @Slot(bool)
    def _sleep(self, starting: bool) -> None:
        if self.sleep_delay is not None:
            if starting:
                self.sleep_delay.going_to_sleep()
            else:  # false comes after waking up
                self.sleep_delay.woke_up()
        if starting:
            self._fire("sleep")

    @Slot()
    def _locked(self) -> None:
        self._fire("session lock")

    @Slot(str, "QVariantMap", "QStringList")
    def _properties(self, interface: str, changed: dict[str, object], _gone: list[str]) -> None:
        if interface == SESSION and changed.get("LockedHint") is True:
            self._fire("session locked hint")

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self._fire("screensaver")

    def _fire(self, reason: str, tries: int = 0) -> None:
        """Close an open question or dialog first (nothing left waiting on a closed store).

        With no store open there is nothing to lock, and nothing is closed: the set-up wizard
        or a restore stays as it is.
        """
        if not self._has_store_open():
            log.debug("nothing to lock: %s", reason)
            return
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        modal = QApplication.activeModalWidget()
        if modal is not None and tries < 20:
            modal.close()
            QTimer.singleShot(100, self, lambda: self._fire(reason, tries + 1))
            return
        log.info("locking: %s", reason)
        self.lock_now.emit()
        if reason == "sleep" and self.sleep_delay is not None:
            self.sleep_delay.release()  # locked: sleep may go on
