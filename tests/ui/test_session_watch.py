"""The computer's screen lock and sleep lock vomdesk: signals sent on a private D-Bus bus."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QMetaType, Qt
from PySide6.QtDBus import (
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusUnixFileDescriptor,
    QDBusVirtualObject,
)

from vomdesk.services.unlock import Unlocker
from vomdesk.ui import session_watch
from vomdesk.ui.main_window import MainWindow
from vomdesk.ui.session_watch import SessionWatch

PASSPHRASE = "river kettle maple lantern"
SESSION_PATH = "/org/freedesktop/login1/session/_7"
pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None, reason="dbus-daemon is not installed (apt: dbus)"
)


class FakeLogin1(QDBusVirtualObject):
    """Answers GetSession and GetSessionByPID as systemd-logind does: with a session's path;
    Inhibit with one end of a pipe, as logind hands out an inhibitor lock: the lock is held
    until the other end reads end-of-file."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []
        self.inhibits: list[tuple[list[object], int]] = []  # arguments, our end of the pipe

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        self.asked.append(message.member())
        if message.member() != "Inhibit":
            connection.send(message.createReply(QDBusObjectPath(SESSION_PATH)))
            return True
        ours, theirs = os.pipe()
        os.set_blocking(ours, False)
        descriptor = QDBusUnixFileDescriptor(theirs)  # a duplicate goes with the reply
        os.close(theirs)
        reply = message.createReply()
        reply.setArguments([descriptor])  # signature "h"
        connection.send(reply)
        self.inhibits.append((message.arguments(), ours))
        return True

    def close(self) -> None:
        for _arguments, ours in self.inhibits:
            os.close(ours)


def held(ours: int) -> bool:
    """True while the inhibitor's other end is open (nothing to read yet, no end-of-file)."""
    try:
        return os.read(ours, 1) != b""
    except BlockingIOError:
        return True


@dataclass
class Bus:
    """A private bus: the watcher's connection and a 'desktop' that owns the services."""

    watcher: QDBusConnection
    desktop: QDBusConnection
    login1: FakeLogin1

    def signal(self, path: str, interface: str, name: str, *arguments: object) -> None:
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments(list(arguments))
        assert self.desktop.send(message)

    def sleep(self, starting: bool) -> None:
        self.signal(session_watch.LOGIN1_PATH, session_watch.MANAGER, "PrepareForSleep", starting)

    def screensaver(self, active: bool) -> None:
        self.signal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                    "ActiveChanged", active)  # fmt: skip

    def session_lock(self) -> None:
        self.signal(SESSION_PATH, session_watch.SESSION, "Lock")

    def locked_hint(self, locked: bool) -> None:
        gone = QDBusArgument()  # an empty "as": a plain Python list would go as "av"
        gone.beginArray(QMetaType(QMetaType.Type.QString))
        gone.endArray()
        self.signal(SESSION_PATH, session_watch.PROPERTIES, "PropertiesChanged",
                    session_watch.SESSION, {"LockedHint": locked}, gone)  # fmt: skip

    def watch(self) -> SessionWatch:
        """A watcher with this bus as both its session and its system bus."""
        return SessionWatch(session_bus=self.watcher, system_bus=self.watcher)


@pytest.fixture
def bus(qtbot) -> Iterator[Bus]:
    started = subprocess.run(
        ["dbus-daemon", "--session", "--print-address=1", "--print-pid=1", "--fork"],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    )
    address, pid = started.stdout.split()[:2]
    names = [f"vomdesk-test-{uuid.uuid4().hex}" for _ in range(2)]
    watcher = QDBusConnection.connectToBus(address, names[0])
    desktop = QDBusConnection.connectToBus(address, names[1])
    login1 = FakeLogin1()
    try:
        assert watcher.isConnected() and desktop.isConnected()
        for service in (session_watch.LOGIN1, "org.freedesktop.ScreenSaver"):
            assert desktop.registerService(service)
        assert desktop.registerVirtualObject(session_watch.LOGIN1_PATH, login1)
        yield Bus(watcher, desktop, login1)
    finally:
        desktop.unregisterObject(session_watch.LOGIN1_PATH)
        login1.close()
        for name in names:
            QDBusConnection.disconnectFromBus(name)
        os.kill(int(pid), signal.SIGTERM)


@pytest.fixture
def watch(qtbot, bus: Bus) -> Iterator[SessionWatch]:
    watch = bus.watch()
    qtbot.waitUntil(lambda: "login1 session lock" in watch.watching, timeout=5000)
    yield watch
    watch.deleteLater()


def test_it_watches_what_the_bus_offers(watch: SessionWatch, bus: Bus) -> None:
    assert watch.session_path == SESSION_PATH
    assert bus.login1.asked[-1] in {"GetSession", "GetSessionByPID"}
    assert set(watch.watching) == {
        "login1 sleep",
        "login1 session lock",
        "login1 locked hint",
        "org.freedesktop.ScreenSaver /org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver /ScreenSaver",
    }


@pytest.mark.parametrize(
    "send",
    [
        lambda bus: bus.screensaver(True),
        lambda bus: bus.sleep(True),
        lambda bus: bus.session_lock(),
        lambda bus: bus.locked_hint(True),
    ],
    ids=["screensaver", "sleep", "session-lock", "locked-hint"],
)
def test_each_event_asks_for_a_lock(qtbot, watch: SessionWatch, bus: Bus, send) -> None:
    with qtbot.waitSignal(watch.lock_now, timeout=5000):
        send(bus)


def test_waking_up_and_unlocking_do_not_lock(qtbot, watch: SessionWatch, bus: Bus) -> None:
    fired: list[int] = []
    watch.lock_now.connect(lambda: fired.append(1))
    bus.sleep(False)  # after waking up
    bus.screensaver(False)  # the screen was unlocked
    bus.locked_hint(False)
    bus.signal(session_watch.LOGIN1_PATH, session_watch.MANAGER, "PrepareForSleep", "yes")
    bus.sleep(True)  # signals from one sender arrive in order: the ones above came first
    qtbot.waitUntil(lambda: bool(fired), timeout=5000)
    qtbot.wait(50)
    assert fired == [1]


def test_signals_from_another_sender_are_ignored(qtbot, watch: SessionWatch, bus: Bus) -> None:
    """Only the owner of the login manager's name may say the computer goes to sleep."""
    fired: list[int] = []
    watch.lock_now.connect(lambda: fired.append(1))
    message = QDBusMessage.createSignal(
        session_watch.LOGIN1_PATH, session_watch.MANAGER, "PrepareForSleep"
    )
    message.setArguments([True])
    assert bus.watcher.send(message)  # sent by a connection that is not login1
    bus.screensaver(True)
    qtbot.waitUntil(lambda: bool(fired), timeout=5000)
    qtbot.wait(50)
    assert fired == [1]


def test_no_bus_no_watch_and_no_complaint(qtbot) -> None:
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "vomdesk-test-none")
    try:
        watch = SessionWatch(session_bus=nowhere, system_bus=nowhere)
        assert watch.watching == []
        watch.hold_sleep(True)  # no login manager: nothing to ask, nothing said
        assert watch.sleep_delay is None
        watch.deleteLater()
    finally:
        QDBusConnection.disconnectFromBus("vomdesk-test-none")


def test_other_platforms_get_a_quiet_watcher(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(session_watch.sys, "platform", "win32")
    watch = SessionWatch()
    assert watch.watching == []
    watch.deleteLater()


# --- the sleep delay lock -----------------------------------------------------------------------
def test_sleep_waits_until_the_lock_then_the_delay_is_taken_again(
    qtbot, watch: SessionWatch, bus: Bus
) -> None:
    assert bus.login1.inhibits == [], "no delay lock while no store is open"
    watch.hold_sleep(True)
    qtbot.waitUntil(lambda: watch.sleep_delay.fd is not None, timeout=5000)
    ((arguments, first),) = bus.login1.inhibits
    assert arguments == ["sleep", "vomdesk", "Lock the case records before sleeping", "delay"]
    assert held(first)

    at_the_lock: list[bool] = []
    watch.lock_now.connect(lambda: at_the_lock.append(held(first)))
    with qtbot.waitSignal(watch.lock_now, timeout=5000):
        bus.sleep(True)
    assert at_the_lock == [True], "sleep was still waiting while vomdesk locked"
    assert not held(first), "released after the lock: sleep goes on"
    assert watch.sleep_delay.fd is None

    bus.sleep(False)  # awake again
    qtbot.waitUntil(lambda: len(bus.login1.inhibits) == 2, timeout=5000)
    qtbot.waitUntil(lambda: watch.sleep_delay.fd is not None, timeout=5000)
    assert held(bus.login1.inhibits[1][1])
    watch.hold_sleep(False)
    assert not held(bus.login1.inhibits[1][1])


def test_no_delay_lock_is_asked_for_while_asleep(qtbot, watch: SessionWatch, bus: Bus) -> None:
    bus.sleep(True)
    qtbot.waitUntil(lambda: watch.sleep_delay.sleeping, timeout=5000)
    watch.hold_sleep(True)
    qtbot.wait(100)
    assert bus.login1.inhibits == []
    bus.sleep(False)
    qtbot.waitUntil(lambda: watch.sleep_delay.fd is not None, timeout=5000)
    watch.hold_sleep(False)


def test_a_delay_that_arrives_after_the_lock_is_let_go(qtbot, watch: SessionWatch, bus: Bus):
    """Locked while logind's answer was on its way: the descriptor is closed, not kept."""
    watch.hold_sleep(True)
    watch.hold_sleep(False)
    qtbot.waitUntil(lambda: len(bus.login1.inhibits) == 1, timeout=5000)
    qtbot.waitUntil(lambda: watch.sleep_delay._asking is None, timeout=5000)
    assert watch.sleep_delay.fd is None
    assert not held(bus.login1.inhibits[0][1])


# --- through the main window ------------------------------------------------------------------
@pytest.fixture
def window(qtbot, store, bus: Bus, monkeypatch):
    monkeypatch.setattr(
        "vomdesk.ui.main_window.SessionWatch",
        lambda parent, **options: SessionWatch(
            parent, session_bus=bus.watcher, system_bus=bus.watcher, **options
        ),
    )
    store.close()
    main = MainWindow(Unlocker(store.files.folder))
    main.show()
    qtbot.waitUntil(lambda: "login1 session lock" in main.session_watch.watching, timeout=5000)
    page = main.unlock_page
    page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.store is not None, timeout=10_000)
    yield main
    main.lock()
    main.close()
    main.deleteLater()


@pytest.mark.parametrize(
    "send",
    [lambda bus: bus.screensaver(True), lambda bus: bus.sleep(True)],
    ids=["screensaver", "sleep"],
)
def test_the_window_locks(qtbot, window: MainWindow, bus: Bus, send) -> None:
    store = window.store
    assert store is not None and store.is_open
    send(bus)
    qtbot.waitUntil(lambda: window.store is None, timeout=5000)
    assert not store.is_open
    assert window.workspace is None
    assert window.stack.currentWidget() is window.unlock_page
    send(bus)  # locking again when locked changes nothing
    qtbot.wait(100)
    assert window.stack.currentWidget() is window.unlock_page


def test_the_window_holds_the_delay_lock_while_unlocked(qtbot, window: MainWindow, bus: Bus):
    watch = window.session_watch
    qtbot.waitUntil(lambda: watch.sleep_delay.fd is not None, timeout=5000)
    ((_arguments, first),) = bus.login1.inhibits
    bus.sleep(True)
    qtbot.waitUntil(lambda: window.store is None, timeout=5000)
    assert not held(first), "released once the store was locked"
    bus.sleep(False)
    qtbot.wait(200)
    assert len(bus.login1.inhibits) == 1, "locked: nothing to wait for"

    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.try_passphrase()
    qtbot.waitUntil(lambda: watch.sleep_delay.fd is not None, timeout=10_000)
    assert held(bus.login1.inhibits[-1][1])
    window.lock()  # "Lock now" lets it go as well
    assert not held(bus.login1.inhibits[-1][1])


def test_waking_up_leaves_the_window_open(qtbot, window: MainWindow, bus: Bus) -> None:
    bus.sleep(False)
    bus.screensaver(False)
    qtbot.wait(300)
    assert window.store is not None and window.store.is_open
    assert window.stack.currentWidget() is window.workspace


def test_an_open_question_is_cancelled_before_the_lock(qtbot, window: MainWindow, bus: Bus):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    answers: list[object] = []
    QTimer.singleShot(
        0, lambda: answers.append(QMessageBox.question(window, "Question", "Still there?"))
    )
    QTimer.singleShot(200, lambda: bus.screensaver(True))  # while the question waits
    qtbot.waitUntil(lambda: window.store is None, timeout=5000)
    assert answers and answers[0] != QMessageBox.StandardButton.Yes


def test_with_no_store_open_nothing_is_closed(qtbot, window: MainWindow, bus: Bus) -> None:
    """The screen locking during the set-up wizard or a restore must not cancel it."""
    from PySide6.QtWidgets import QDialog

    window.lock()
    wizard_like = QDialog(window)
    wizard_like.setModal(True)
    wizard_like.show()
    qtbot.waitUntil(wizard_like.isVisible)
    bus.screensaver(True)
    bus.sleep(True)
    qtbot.wait(400)
    assert wizard_like.isVisible() and wizard_like.result() == 0
    wizard_like.reject()
