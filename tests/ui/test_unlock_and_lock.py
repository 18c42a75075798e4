"""Unlock (right, wrong, recovery key) and Lock now, on a real store, through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vomdesk.services.keychain import enable_keychain
from vomdesk.services.open_store import reading
from vomdesk.services.unlock import Unlocker
from vomdesk.store import repository
from vomdesk.ui.dialogs.recovery_dialog import RecoveryDialog
from vomdesk.ui.main_window import MainWindow

PASSPHRASE = "river kettle maple lantern"
NEW_PASSPHRASE = "copper meadow violin harbour"


@pytest.fixture
def window(qtbot, store):
    store.close()
    main = MainWindow(Unlocker(store.files.folder))
    main.show()
    yield main
    main.lock()  # what was typed is kept as a draft, so closing asks nothing
    main.close()
    main.deleteLater()


def unlock(qtbot, window: MainWindow, passphrase: str) -> None:
    page = window.unlock_page
    page.passphrase.setText(passphrase)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=10_000)


def test_wrong_passphrase_says_so_and_changes_no_file(qtbot, window, fingerprint):
    folder = window.unlocker.folder
    before = fingerprint(folder)
    unlock(qtbot, window, "not the passphrase at all")
    assert window.store is None
    assert "does not open" in window.unlock_page.message.text()
    assert window.unlock_page.message.isVisibleTo(window)
    assert fingerprint(folder) == before
    assert window.unlocker.failed_attempts == 1

    unlock(qtbot, window, PASSPHRASE)
    assert window.store is not None and window.workspace is not None
    assert window.stack.currentWidget() is window.workspace
    with reading(window.store) as session:
        details = [e.detail for e in repository.list_audit_entries(session=session)]
    assert "1 failed attempts before" in details


def test_empty_passphrase_is_asked_for(qtbot, window):
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.unlock_page.message.text() == "Type your passphrase."
    assert window.store is None


def test_lock_now_clears_case_data_clipboard_and_needs_the_passphrase(qtbot, window, widget_texts):
    unlock(qtbot, window, PASSPHRASE)
    enable_keychain(window.store)
    workspace = window.workspace
    workspace.navigation.setCurrentRow(workspace.pages.indexOf(workspace.settings_page))
    page = window.workspace.settings_page
    assert page.name.text() == "Valle Verde Mediación"
    page.phone.setFocus()
    page.phone.setText("555-0142 ext 9")
    page.phone.selectAll()
    page.phone.copy()
    assert QApplication.clipboard().text() == "555-0142 ext 9"

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.store is None and window.workspace is None
    assert window.stack.currentWidget() is window.unlock_page
    shown = " ".join(widget_texts(window))
    assert "Valle Verde" not in shown and "555-0142" not in shown
    assert QApplication.clipboard().text() == ""
    assert window.unlocker.with_keychain() is None, "after a lock the keychain may not open it"

    unlock(qtbot, window, PASSPHRASE)
    workspace = window.workspace
    workspace.navigation.setCurrentRow(workspace.pages.indexOf(workspace.settings_page))
    page = window.workspace.settings_page
    assert page.draft_banner.isVisibleTo(window), "the unsaved typing is offered back"
    assert page.phone.text() == ""
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert page.phone.text() == "555-0142 ext 9"


def test_clipboard_text_from_elsewhere_is_left_alone(qtbot, window, monkeypatch):
    unlock(qtbot, window, PASSPHRASE)
    # Text that arrives while vomdesk is not the active application came from another program.
    monkeypatch.setattr(
        "vomdesk.ui.main_window.QGuiApplication.applicationState",
        lambda: Qt.ApplicationState.ApplicationInactive,
    )
    QApplication.clipboard().setText("shopping list")
    window.lock()
    assert QApplication.clipboard().text() == "shopping list"


def test_recovery_key_opens_and_sets_a_new_passphrase(qtbot, store, recovery_key):
    store.close()
    unlocker = Unlocker(store.files.folder)
    dialog = RecoveryDialog(unlocker)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    broken = recovery_key[:1] + ("Z" if recovery_key[1] != "Z" else "Y") + recovery_key[2:]
    dialog.key.edit.setText(broken)
    assert "group 1 " in dialog.key.message.text()
    dialog.key.edit.setText(recovery_key.replace("-", "").lower())
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.confirm.setText(NEW_PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.store is not None
    unlocker.lock(dialog.store)
    reopened = unlocker.with_passphrase(NEW_PASSPHRASE)
    reopened.close()


def test_a_missing_key_file_is_explained_before_any_typing(qtbot, store):
    store.close()
    store.files.key_file.unlink()
    main = MainWindow(Unlocker(store.files.folder))
    qtbot.addWidget(main)
    assert "key file" in main.unlock_page.message.text()
    assert not main.unlock_page.passphrase.isEnabled()


def test_a_second_unlock_of_an_open_store_is_closed_not_shown(qtbot, window):
    unlock(qtbot, window, PASSPHRASE)
    first = window.store
    second = window.unlocker.with_passphrase(PASSPHRASE)  # as if the keychain also answered
    window.show_workspace(second)
    assert window.store is first and first.is_open
    assert not second.is_open


def test_the_store_locks_itself_after_a_while_without_input(qtbot, window):
    unlock(qtbot, window, PASSPHRASE)
    assert window.store is not None and window.idle_lock is not None
    assert window.idle_lock.timer.interval() == 5 * 60_000, "five minutes unless set"
    window.idle_lock.set_interval_ms(300)
    for _ in range(4):  # someone is typing: the wait starts again each time
        qtbot.wait(150)
        qtbot.keyClick(window.workspace, Qt.Key.Key_Shift)
    assert window.store is not None
    store = window.store
    qtbot.waitUntil(lambda: window.store is None, timeout=3000)
    assert not store.is_open and window.stack.currentWidget() is window.unlock_page
    assert window.idle_lock is None


def test_an_open_question_is_cancelled_before_the_idle_lock(qtbot, window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    unlock(qtbot, window, PASSPHRASE)
    window.idle_lock.set_interval_ms(200)
    answers: list[object] = []
    QTimer.singleShot(
        0, lambda: answers.append(QMessageBox.question(window, "Question", "Still there?"))
    )
    qtbot.waitUntil(lambda: window.store is None, timeout=5000)
    assert answers and answers[0] != QMessageBox.StandardButton.Yes


def test_closing_the_app_leaves_a_verified_backup_and_unlocking_makes_the_daily_one(qtbot, window):
    from vomdesk.services.backup_restore import check_backup

    unlock(qtbot, window, PASSPHRASE)
    backups = window.unlocker.folder / "backups"
    qtbot.waitUntil(lambda: any(backups.glob("vomdesk-backup-*")), timeout=10_000)
    qtbot.waitUntil(lambda: not window.busy_label.text(), timeout=10_000)
    daily = max(backups.glob("vomdesk-backup-*"))
    qtbot.wait(1100)  # backups are named to the second
    window.close()
    assert window.store is None
    on_close = max(backups.glob("vomdesk-backup-*"))
    assert on_close != daily, "a new backup as the app closed"
    assert check_backup(on_close, PASSPHRASE) == []


def test_locking_waits_for_the_daily_backup_instead_of_closing_the_store_under_it(
    qtbot, window, monkeypatch
):
    import time

    from vomdesk.services import backups
    from vomdesk.services.backup_log import backups_made

    started: list[float] = []

    def slow_daily_backup(store):  # type: ignore[no-untyped-def]
        started.append(time.monotonic())
        time.sleep(0.5)  # a large store: still writing when the mediator locks
        return backups.backup_if_due(store)

    monkeypatch.setattr("vomdesk.ui.main_window.backup_if_due", slow_daily_backup)
    unlock(qtbot, window, PASSPHRASE)
    store = window.store
    assert store is not None
    qtbot.waitUntil(lambda: bool(started))
    window.lock()
    assert not store.is_open
    reopened = window.unlocker.with_passphrase(PASSPHRASE)
    try:
        made = backups_made(reopened)
        assert [record.kind for record in made] == [backups.AUTOMATIC] and made[0].verified
    finally:
        window.unlocker.lock(reopened)
