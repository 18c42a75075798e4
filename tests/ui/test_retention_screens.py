"""Sealing, lifting a seal and purging through the screens, on a real store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from vomdesk.domain import settings as setting
from vomdesk.domain.stages import ClosingReason
from vomdesk.services.backups import FOLDER, make_backup
from vomdesk.services.case_list import list_cases, search_filter
from vomdesk.services.case_stages import close_case
from vomdesk.services.retention import is_sealed, seal_case
from vomdesk.services.settings import save_settings
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.retention_dialog import RetentionDialog
from vomdesk.ui.pages.case_workspace import CaseWorkspace
from vomdesk.ui.pages.cases_area import CasesArea

REASON = "Court order of 3 March to seal the record"


def closed(store, case) -> int:  # type: ignore[no-untyped-def]
    close_case(store, case.case_id, ClosingReason.VICTIM_DECLINED, "The victim chose not to go on.")
    return case.case_id


def closed_years_ago(store, case_id: int, years: int) -> None:  # type: ignore[no-untyped-def]
    when = (datetime.now(UTC) - timedelta(days=365 * years + 2)).isoformat()
    with store.engine.begin() as connection:
        connection.execute(
            text("UPDATE stage_history SET at = :at WHERE case_id = :id"),
            {"at": when, "id": case_id},
        )


def open_workspace(qtbot, store, case_id: int) -> CaseWorkspace:  # type: ignore[no-untyped-def]
    workspace = CaseWorkspace(store, case_id)
    qtbot.addWidget(workspace)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.record is not None and not workspace.loading)
    return workspace


def test_sealing_from_the_workspace_needs_a_reason_and_goes_back(
    qtbot, store, case_in_preparation, type_text
) -> None:  # type: ignore[no-untyped-def]
    case_id = closed(store, case_in_preparation)
    workspace = open_workspace(qtbot, store, case_id)
    panel = workspace.missing
    assert panel.seal_button.isVisibleTo(workspace) and panel.purge_button.isVisibleTo(workspace)
    panel.seal_button.click()
    from vomdesk.ui.dialogs.seal_dialog import SealDialog

    dialog = workspace.findChild(SealDialog)
    assert dialog is not None
    type_text(dialog.why, "because")
    dialog.ok_button.click()
    assert "at least 10 letters" in dialog.message.text()
    assert dialog.why.toPlainText() == "because" and not is_sealed(store, case_id)
    dialog.why.clear()
    type_text(dialog.why, REASON)
    with qtbot.waitSignal(workspace.back):
        dialog.ok_button.click()
    assert is_sealed(store, case_id)


def test_a_sealed_case_shows_sealed_and_opens_only_with_a_reason(
    qtbot, store, case_in_preparation, type_text
) -> None:  # type: ignore[no-untyped-def]
    case_id = closed(store, case_in_preparation)
    seal_case(store, case_id, REASON)
    area = CasesArea(store)
    qtbot.addWidget(area)
    area.show()
    page = area.list_page
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1 and not page.is_loading())
    model = page.table.model()
    parties = model.index(0, model.COL_PARTIES)
    assert model.data(parties) == "Sealed"
    assert "Gómez" not in " ".join(
        str(model.data(model.index(0, c))) for c in range(model.columnCount())
    )
    area.open_case(case_id)
    dialog = area.seal_dialog
    assert dialog is not None and area.detail is None  # not opened yet
    dialog.reject()
    assert area.detail is None and is_sealed(store, case_id)
    area.open_case(case_id)
    type_text(area.seal_dialog.why, "The participant asked to read the record")
    area.seal_dialog.ok_button.click()
    assert isinstance(area.detail, CaseWorkspace) and not is_sealed(store, case_id)


def test_the_policy_preview_purges_what_is_ticked_and_lists_copies_elsewhere(
    qtbot, store, case_in_preparation, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id = closed(store, case_in_preparation)
    closed_years_ago(store, case_id, 8)
    save_settings(store, {setting.RETENTION_PURGE_YEARS.key: 7})
    usb = make_backup(store, tmp_path / "usb", FOLDER)
    dialog = RetentionDialog(store)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert "purged 7 years after closing" in dialog.summary.text()
    assert dialog.table.item(0, 2).text() == "Purge"
    assert dialog.table.item(0, 0).checkState() == Qt.CheckState.Checked
    prompts.queue_answer(QMessageBox.StandardButton.Cancel)
    dialog.apply_button.click()
    assert list_cases(store, search_filter("")).total == 1  # cancelled: nothing changed
    closed_early: list[int] = []
    dialog.finished.connect(closed_early.append)
    prompts.queue_answer(QMessageBox.StandardButton.Yes)
    dialog.apply_button.click()
    dialog.reject()  # Escape while purging: the dialog stays to say what was done
    qtbot.waitUntil(lambda: dialog.applied is not None, timeout=10_000)
    assert closed_early == []
    assert list_cases(store, search_filter("")).total == 0
    assert "Purged: 2026-" in dialog.warning.text()
    assert dialog.copies.count() == 1 and usb.location in dialog.copies.item(0).text()


def test_purging_one_case_outside_the_policy_needs_a_reason(
    qtbot, store, case_in_preparation, type_text
) -> None:  # type: ignore[no-untyped-def]
    case_id = closed(store, case_in_preparation)
    workspace = open_workspace(qtbot, store, case_id)
    workspace.missing.purge_button.click()
    dialog = workspace.findChild(RetentionDialog)
    assert dialog is not None and dialog.table.rowCount() == 1
    prompts.queue_answer(QMessageBox.StandardButton.Yes)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "at least 10 letters" in dialog.message.text(), timeout=5000)
    assert list_cases(store, search_filter("")).total == 1
    type_text(dialog.why, "Court-ordered expungement of the record")
    prompts.queue_answer(QMessageBox.StandardButton.Yes)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.applied is not None, timeout=10_000)
    assert list_cases(store, search_filter("")).total == 0
    with qtbot.waitSignal(workspace.back):
        dialog.reject()


def test_the_policy_is_set_in_settings_and_reviewed_from_there(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.services.settings import read_settings
    from vomdesk.ui.pages.settings_page import SettingsPage

    page = SettingsPage(store)
    qtbot.addWidget(page)
    panel = page.retention
    assert panel.purge_years.value() == 0 and panel.purge_years.text() == "Never"
    panel.purge_years.setValue(7)
    panel.seal_years.setValue(2)
    assert page.is_dirty()
    assert page.save()
    saved = read_settings(store)
    assert saved[setting.RETENTION_PURGE_YEARS.key] == 7
    assert saved[setting.RETENTION_SEAL_JUVENILE_YEARS.key] == 2
    dialog = panel.review()
    qtbot.waitUntil(lambda: "No case is due today" in dialog.summary.text())
    assert "purged 7 years" in dialog.summary.text() and "sealed 2 years" in dialog.summary.text()


def test_the_one_year_check_is_recorded_without_lifting_the_seal(
    qtbot, store, case_in_preparation
) -> None:  # type: ignore[no-untyped-def]
    from vomdesk.services.closing import recidivism_checks

    case_id = closed(store, case_in_preparation)
    seal_case(store, case_id, REASON)
    area = CasesArea(store)
    qtbot.addWidget(area)
    area.open_case(case_id)
    dialog = area.seal_dialog
    assert dialog.follow_up_button.isVisibleTo(dialog)
    dialog.follow_up_button.click()
    follow_up = dialog.follow_up
    assert follow_up is not None
    follow_up.save()
    assert len(recidivism_checks(store, case_id)) == 1
    assert is_sealed(store, case_id) and area.detail is None  # recorded, still sealed, not opened
    assert not dialog.isVisible()
