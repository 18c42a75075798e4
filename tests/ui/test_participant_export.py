"""The data-access export from the Participants tab: only what that participant may see."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vomdesk.services.cases import read_case
from vomdesk.services.choices import save_victim_choices
from vomdesk.services.open_store import OpenStore, reading
from vomdesk.services.safety import save_safety_plan
from vomdesk.store import repository
from vomdesk.store.preparation_models import SafetyPlanBase, VictimChoicesBase
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.participant_export_dialog import ParticipantExportDialog
from vomdesk.ui.pages.case_participants import ParticipantsTab

VICTIM_PHONE = "970-555-0199"  # the fixture's victim contact
VICTIM_ADDRESS = "44 Alamo Lane"
TOPICS = "CANARY-TOPICS-QPL what happened to my shop"
QUESTIONS = "CANARY-QUESTIONS-QPL why us"
ARRIVAL = "CANARY-ARRIVAL-QPL back door at 17:40"
WAITING = "CANARY-WAITING-QPL room 2"
VICTIM_SIDE = (VICTIM_PHONE, VICTIM_ADDRESS, TOPICS, QUESTIONS, ARRIVAL, WAITING)


@pytest.fixture
def case(store: OpenStore, case_in_preparation: Any, prepare: Any) -> Any:
    prepare(store, case_in_preparation, on=date.today())
    save_victim_choices(
        store,
        case_in_preparation.victim,
        VictimChoicesBase(form="direct", speaks_first="victim", topics=TOPICS, questions=QUESTIONS),
        takes_part=True,
    )
    plan = SafetyPlanBase(
        victim_arrival=ARRIVAL,
        victim_waiting_area=WAITING,
        offender_arrival="front door at 18:00",
        ends_meeting="either party asks",
    )
    save_safety_plan(store, case_in_preparation.case_id, plan)
    return case_in_preparation


@pytest.fixture
def tab(qtbot, store: OpenStore, case: Any) -> ParticipantsTab:
    tab = ParticipantsTab(store, case.case_id)
    qtbot.addWidget(tab)
    tab.show_record(read_case(store, case.case_id))
    tab.resize(900, 600)
    tab.show()
    return tab


def open_export(qtbot, tab: ParticipantsTab, participant_id: int) -> ParticipantExportDialog:
    assert not tab.export_button.isEnabled(), "nobody chosen yet"
    tab.select(participant_id)
    assert tab.export_button.isEnabled()
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(ParticipantExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def save(qtbot, dialog: ParticipantExportDialog, target: Path) -> Path:
    prompts.queue_answer(str(target))
    prompts.queue_answer(None)  # the "Saved ... not encrypted" note
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return saved.args[0]


def newest_audit(store: OpenStore) -> Any:
    with reading(store) as session:
        return repository.list_audit_entries(session=session, limit=1)[0]


def test_the_offender_gets_nothing_of_the_victim_side(qtbot, tab, store, case, tmp_path):
    dialog = open_export(qtbot, tab, case.offender)
    shown = f"{dialog.contents.text()} {dialog.warning.text()}"
    assert "not encrypted" in shown
    assert "told in confidence" in shown
    suggested = dialog.suggested_path()
    number = read_case(store, case.case_id).case.number
    assert suggested.name == f"{number}-participant-{case.offender}-export.json"

    out = tmp_path / "exports"
    out.mkdir()
    target = save(qtbot, dialog, out / "for-him")
    assert target == out / "for-him.json", "the file type is added"
    raw = target.read_text(encoding="utf-8")
    for canary in VICTIM_SIDE:
        assert canary not in raw
    assert "CANARY" not in raw
    document = json.loads(raw)
    assert document["format"] == "vomdesk-participant" and document["for"] == case.offender
    assert document["you"]["name"] == "José Muñoz"
    assert document["you"]["contact"]["phone"] == "970-555-0123"
    assert document["safety_plan"]["offender_arrival"] == "front door at 18:00"
    victim = next(p for p in document["others"] if p["role"] == "victim")
    assert set(victim) == {"id", "name", "role"}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["for-him.json"], "no temporary file left"
    entry = newest_audit(store)
    assert (entry.action, entry.record_kind, entry.record_id) == (
        "exported",
        "participant",
        str(case.offender),
    )


def test_the_victim_gets_their_own_contact_and_wishes(qtbot, tab, store, case, tmp_path):
    dialog = open_export(qtbot, tab, case.victim)
    assert "their own wishes for the meeting" in dialog.contents.text()
    assert "told in confidence" not in dialog.contents.text()
    save(qtbot, dialog, tmp_path / "victim.json")
    document = json.loads((tmp_path / "victim.json").read_text(encoding="utf-8"))
    assert document["you"]["contact"]["phone"] == VICTIM_PHONE
    assert document["you"]["contact"]["address"] == VICTIM_ADDRESS
    assert document["your_meeting_wishes"]["topics"] == TOPICS
    assert document["safety_plan"]["victim_arrival"] == ARRIVAL
    assert "970-555-0123" not in json.dumps(document)  # the offender's phone


def test_an_existing_file_is_replaced_only_when_asked(qtbot, tab, store, case, tmp_path):
    target = tmp_path / "export.json"
    target.write_text("keep me", encoding="utf-8")
    dialog = open_export(qtbot, tab, case.offender)
    before = newest_audit(store).id
    prompts.queue_answer(str(target))
    prompts.queue_answer(QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8") == "keep me"
    assert dialog.isVisible() and dialog.saved_to is None
    assert newest_audit(store).id == before, "nothing exported"

    prompts.queue_answer(str(target))
    prompts.queue_answer(QMessageBox.StandardButton.Yes)
    prompts.queue_answer(None)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text(encoding="utf-8"))["for"] == case.offender


@pytest.mark.parametrize("kind", ["read-only folder", "file for a folder"])
def test_a_failed_write_says_so_and_writes_nothing(qtbot, tab, case, tmp_path, kind):
    folder = tmp_path / "out"
    if kind == "read-only folder":
        if os.name != "posix" or os.geteuid() == 0:
            pytest.skip("the superuser writes into read-only folders")
        folder.mkdir()
        folder.chmod(0o500)
        target = folder / "export.json"
    else:
        folder.write_text("a file, not a folder", encoding="utf-8")
        target = folder / "export.json"
    dialog = open_export(qtbot, tab, case.offender)
    prompts.queue_answer(str(target))
    prompts.queue_answer(None)  # the error message
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be saved" in dialog.status.text(), timeout=10_000)
    assert "Choose another place" in dialog.status.text()
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert dialog.saved_to is None
    if folder.is_dir():
        folder.chmod(0o700)
        assert list(folder.iterdir()) == []
    else:
        assert folder.read_text(encoding="utf-8") == "a file, not a folder"


def exported_entries(store: OpenStore, participant_id: int) -> list[Any]:
    with reading(store) as session:
        return [
            entry
            for entry in repository.list_audit_entries(session=session)
            if (entry.action, entry.record_kind, entry.record_id)
            == ("exported", "participant", str(participant_id))
        ]


def test_the_export_is_audited_only_once_it_is_written(qtbot, tab, store, case, tmp_path):
    """A write that fails leaves no "exported" entry; the one that succeeds leaves exactly one."""
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file", encoding="utf-8")
    dialog = open_export(qtbot, tab, case.victim)
    prompts.queue_answer(str(blocker / "export.json"))
    prompts.queue_answer(None)  # the error message
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be saved" in dialog.status.text(), timeout=10_000)
    assert exported_entries(store, case.victim) == [], "nothing left the store"

    target = save(qtbot, dialog, tmp_path / "victim.json")
    assert json.loads(target.read_text(encoding="utf-8"))["for"] == case.victim
    assert len(exported_entries(store, case.victim)) == 1


def test_an_export_that_cannot_be_recorded_is_not_left_behind(
    qtbot, tab, store, case, tmp_path, monkeypatch
):
    from vomdesk.services import errors
    from vomdesk.ui.dialogs import participant_export_dialog

    def refuse(*_args: object) -> None:
        raise errors.DiskFull()

    monkeypatch.setattr(participant_export_dialog, "record_export", refuse)
    dialog = open_export(qtbot, tab, case.offender)
    target = tmp_path / "offender.json"
    prompts.queue_answer(str(target))
    prompts.queue_answer(None)  # the error message
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() not in ("", "Exporting…"), timeout=10_000)
    assert not target.exists() and list(tmp_path.glob("*.json")) == []
    assert dialog.saved_to is None and dialog.isVisible()
    assert exported_entries(store, case.offender) == []


def test_escape_while_writing_keeps_the_dialog_until_it_is_done(qtbot, tab, case, tmp_path):
    dialog = open_export(qtbot, tab, case.offender)
    closed_early: list[int] = []
    dialog.finished.connect(closed_early.append)
    prompts.queue_answer(str(tmp_path / "export.json"))
    prompts.queue_answer(None)  # the "Saved ... not encrypted" note
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        dialog.reject()  # Escape while the file is being written
        assert closed_early == [] and dialog.isVisible()
    assert (tmp_path / "export.json").exists()
