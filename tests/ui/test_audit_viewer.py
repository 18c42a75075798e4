"""The audit viewer: read off the UI thread, newest first, filtered, with the chain's verdict."""

from __future__ import annotations

from sqlalchemy import text

from vomdesk.domain.audit import AuditAction
from vomdesk.services.open_store import unit_of_work
from vomdesk.ui.dialogs.audit_viewer import AuditViewer
from vomdesk.ui.pages.settings_page import SettingsPage


def write(store, count):
    for n in range(count):
        with unit_of_work(store) as work:
            work.audit(AuditAction.UPDATE, "case", f"2026-{n:03d}", fields=["stage", "notes"])
    with unit_of_work(store) as work:
        work.audit(AuditAction.EXPORTED, "participant", "77", detail="data access request")


def opened(qtbot, store):
    dialog = AuditViewer(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    return dialog


def cells(dialog, column):
    return [dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())]


def test_newest_first_with_filters_and_an_intact_chain(qtbot, store):
    write(store, 12)
    dialog = opened(qtbot, store)
    assert "Chain intact" in dialog.chain.text()
    assert cells(dialog, 2)[0] == "exported" and cells(dialog, 4)[0] == "77"
    assert cells(dialog, 4)[1] == "2026-011"  # newest first
    assert "notes, stage" in cells(dialog, 5)
    assert not dialog.limit_note.isVisible()

    dialog.action.setCurrentIndex(dialog.action.findData("update"))
    assert set(cells(dialog, 2)) == {"update"}
    dialog.kind.setCurrentIndex(dialog.kind.findData("case"))
    dialog.record.setText("2026-00")
    assert len(cells(dialog, 4)) == 10
    dialog.record.setText("011")
    assert cells(dialog, 4) == ["2026-011"]
    assert dialog.count.text() == "1 entries shown"
    dialog.action.setCurrentIndex(dialog.action.findData("exported"))
    assert dialog.table.rowCount() == 0


def test_a_broken_chain_is_named_at_the_top(qtbot, store):
    write(store, 5)
    with store.engine.connect() as connection:
        target = connection.execute(
            text("SELECT id FROM audit_entry WHERE record_id = '2026-002'")
        ).scalar_one()
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET actor = 'x' WHERE id = :i"), {"i": target})
    dialog = opened(qtbot, store)
    assert f"Chain broken at entry {target}" in dialog.chain.text()


def test_only_the_newest_are_shown_with_a_note(qtbot, store, monkeypatch):
    import vomdesk.services.audit_trail as trail

    write(store, 6)
    monkeypatch.setattr(trail, "VIEW_LIMIT", 3)
    monkeypatch.setattr(trail.read_audit_trail, "__defaults__", (3,))
    dialog = opened(qtbot, store)
    assert dialog.table.rowCount() == 3
    assert dialog.limit_note.isVisible()
    assert "Showing the newest 3 of" in dialog.limit_note.text()


def test_settings_security_opens_the_viewer(qtbot, store, monkeypatch):
    shown = []
    monkeypatch.setattr(AuditViewer, "exec", lambda self: shown.append(self) or 0)
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.audit_button.click()
    assert len(shown) == 1 and shown[0].windowTitle() == "Audit trail"
    qtbot.waitUntil(lambda: shown[0].table.rowCount() > 0, timeout=10_000)
