"""The settings form: validation in the mediator's words, Ctrl+S, drafts and the audit trail."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from vomdesk.services.drafts import draft_of
from vomdesk.services.open_store import reading
from vomdesk.services.settings import read_settings
from vomdesk.store import repository
from vomdesk.ui.pages.settings_page import FORM, SettingsPage


def make_page(qtbot, store) -> SettingsPage:
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.show()
    return page


def test_ctrl_s_saves_and_the_audit_names_fields_not_values(qtbot, store):
    page = make_page(qtbot, store)
    page.name.setText("Programa de Mediación del Cañón")
    page.juvenile_age.setValue(17)
    assert page.is_dirty()
    page.activateWindow()
    page.name.setFocus()
    qtbot.waitUntil(page.name.hasFocus)
    qtbot.keyClick(page.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.is_dirty()
    assert page.status.text().startswith("Saved at")
    saved = read_settings(store)
    assert saved["program.name"] == "Programa de Mediación del Cañón"
    assert saved["cases.juvenile_age"] == 17
    with reading(store) as session:
        entry = repository.list_audit_entries(session=session)[0]
    assert entry.record_kind == "setting" and entry.action == "update"
    assert json.loads(entry.fields) == ["cases.juvenile_age", "program.name"]
    assert "Cañón" not in f"{entry.fields}{entry.detail}{entry.record_id}"


def test_bad_values_are_explained_and_nothing_is_saved(qtbot, store):
    page = make_page(qtbot, store)
    page.name.setText("")
    page.number_pattern.setText("YYYY-")
    assert not page.save_button.isEnabled()
    assert "program's name" in page.problems["program.name"].text()
    assert "one run of N" in page.problems["cases.number_pattern"].text()
    assert page.save() is False
    assert page.name.text() == "" and page.number_pattern.text() == "YYYY-", "typing is kept"
    assert read_settings(store)["program.name"] == "Valle Verde Mediación"

    page.number_pattern.setText("VV-YY-NNNN")
    assert page.problems["cases.number_pattern"].text() == ""
    assert page.number_example.text().endswith("-0014")


def test_typing_is_kept_as_a_draft_and_saving_removes_it(qtbot, store):
    page = make_page(qtbot, store)
    page.address.setPlainText("Apartado 12, Valle Verde")
    assert page.drafts.pending
    qtbot.waitUntil(lambda: draft_of(store, FORM) is not None, timeout=3000)
    values, _when = draft_of(store, FORM)
    assert values["program.address"] == "Apartado 12, Valle Verde"

    again = make_page(qtbot, store)
    assert again.draft_banner.isVisibleTo(again)
    qtbot.mouseClick(again.restore_button, Qt.MouseButton.LeftButton)
    assert again.address.toPlainText() == "Apartado 12, Valle Verde"
    assert again.save()
    assert draft_of(store, FORM) is None


def test_discarding_a_draft_forgets_it(qtbot, store):
    page = make_page(qtbot, store)
    page.phone.setText("555 0100")
    page.drafts.flush()
    again = make_page(qtbot, store)
    qtbot.mouseClick(again.discard_button, Qt.MouseButton.LeftButton)
    assert draft_of(store, FORM) is None
    assert not again.draft_banner.isVisibleTo(again)
    assert again.phone.text() == ""


def test_a_setting_without_a_field_never_makes_the_page_dirty(qtbot, store, monkeypatch):
    from vomdesk.ui.pages import settings_page

    real = settings_page.read_settings
    monkeypatch.setattr(
        settings_page, "read_settings", lambda s: {**real(s), "future.setting": "kept as is"}
    )
    page = make_page(qtbot, store)
    assert not page.is_dirty() and page.confirm_leave()
    assert not page.draft_banner.isVisibleTo(page)
