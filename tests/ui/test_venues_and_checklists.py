"""Settings: the venue list, the screening checklist editor and the in-person preparation rule."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMessageBox

from vomdesk.domain.parties import Side
from vomdesk.domain.screening import Answer, Outcome, Response
from vomdesk.services.choices import save_victim_choices
from vomdesk.services.open_store import reading
from vomdesk.services.preparation import read_preparation
from vomdesk.services.screenings import current_template, record_screening, template_versions
from vomdesk.services.settings import read_settings
from vomdesk.services.venues import save_venue, venues
from vomdesk.store import repository
from vomdesk.store.preparation_models import VenueBase, VictimChoicesBase
from vomdesk.ui import prompts
from vomdesk.ui.events import app_events
from vomdesk.ui.pages.settings_page import SettingsPage

LEFT = Qt.MouseButton.LeftButton
YES = QMessageBox.StandardButton.Yes


@pytest.fixture(autouse=True)
def no_windows_left_from_earlier_tests() -> None:
    """A main window closed by an earlier test's fixture is deleted only at the next turn of the
    event loop; until then its workspace would answer our data_changed with a locked store."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def make_page(qtbot, store) -> SettingsPage:
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.show()
    return page


def cell(panel, row: int, column: int) -> str:
    return panel.model.data(panel.model.index(row, column))


def select_venue(panel, name: str) -> int:
    venue = next(v for v in panel.model.rows if v.name == name)
    panel.select(venue.id)
    assert panel.current() is not None and panel.current().id == venue.id
    return venue.id


def test_a_venue_is_added_and_edited_through_the_dialog(qtbot, store):
    panel = make_page(qtbot, store).venues
    dialog = panel.add()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible(), "an empty name is refused"
    assert dialog.name_message.text() == "Give the venue a name."
    assert venues(store, with_retired=True) == []

    dialog.name.setText("Biblioteca Valle Verde")
    dialog.address.setPlainText("12 Plaza Mayor\nValle Verde")
    dialog.accessible.setChecked(True)
    dialog.notes.setText("Sala 2, upstairs")
    with qtbot.waitSignal(app_events().data_changed) as changed:
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert changed.args == ["settings"]
    assert not dialog.isVisible()
    [saved] = venues(store)
    assert (saved.name, saved.address, saved.accessible, saved.private_waiting_rooms) == (
        "Biblioteca Valle Verde", "12 Plaza Mayor\nValle Verde", True, False,
    )  # fmt: skip
    assert [cell(panel, 0, c) for c in range(5)] == [
        "Biblioteca Valle Verde", "12 Plaza Mayor", "Yes", "No", "Sala 2, upstairs",
    ]  # fmt: skip

    again = panel.add()
    again.name.setText("biblioteca valle verde")
    again.notes.setText("typed and kept")
    qtbot.mouseClick(again.save_button, LEFT)
    assert again.isVisible()
    assert again.name_message.text() == "There is already a venue with this name."
    assert again.notes.text() == "typed and kept"
    again.reject()

    select_venue(panel, "Biblioteca Valle Verde")
    edit = panel.edit()
    assert edit.name.text() == "Biblioteca Valle Verde" and edit.accessible.isChecked()
    edit.name.setText("Biblioteca Pública Valle Verde")
    edit.waiting_rooms.setChecked(True)
    qtbot.mouseClick(edit.save_button, LEFT)
    [changed_venue] = venues(store)
    assert changed_venue.id == saved.id
    assert changed_venue.name == "Biblioteca Pública Valle Verde"
    assert changed_venue.private_waiting_rooms and changed_venue.accessible
    assert cell(panel, 0, 3) == "Yes"


def test_removing_deletes_an_unused_venue_and_retires_one_in_use(
    qtbot, store, case_in_preparation, monkeypatch
):
    case = case_in_preparation
    save_venue(store, VenueBase(name="Old office"))
    hall = save_venue(store, VenueBase(name="Church hall", address="3 Calle Real"))
    save_victim_choices(
        store, case.victim, VictimChoicesBase(form="direct", venue_id=hall), takes_part=True
    )
    shown: list[str] = []
    original = prompts.show_info

    def show_info(parent, title: str, text: str) -> None:
        shown.append(text)
        original(parent, title, text)  # takes the queued answer

    monkeypatch.setattr(prompts, "show_info", show_info)
    panel = make_page(qtbot, store).venues
    assert panel.model.rowCount() == 2

    select_venue(panel, "Old office")
    prompts.queue_answer(QMessageBox.StandardButton.No)
    panel.remove()
    assert len(venues(store, with_retired=True)) == 2, "answering No removes nothing"
    prompts.queue_answer(YES)
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert [v.name for v in venues(store, with_retired=True)] == ["Church hall"], "deleted"
    assert shown == []

    select_venue(panel, "Church hall")
    prompts.queue_answer(YES)
    prompts.queue_answer(None)  # the information box
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert shown == [
        "This venue is named in cases, so it was retired rather than deleted: it no longer "
        "appears in the lists, and the cases keep it."
    ]
    assert venues(store) == []
    [retired] = venues(store, with_retired=True)
    assert retired.retired and retired.id == hall
    assert read_preparation(store, case.case_id).choices[case.victim].venue_id == hall
    assert cell(panel, 0, 0) == "Church hall (retired)"
    assert panel.current().id == hall
    assert panel.restore_button.isEnabled() and not panel.remove_button.isEnabled()

    qtbot.mouseClick(panel.restore_button, LEFT)
    assert [v.id for v in venues(store)] == [hall]
    assert cell(panel, 0, 0) == "Church hall"
    assert panel.remove_button.isEnabled() and not panel.restore_button.isEnabled()


def row_texts(editor) -> list[str]:
    return [editor.items.item(i).text() for i in range(editor.items.count())]


def select_item(editor, key: str) -> None:
    for row in range(editor.items.count()):
        if editor.items.item(row).data(Qt.ItemDataRole.UserRole) == key:
            editor.items.setCurrentRow(row)
            return
    raise AssertionError(key)


def test_a_checklist_is_edited_and_saved_as_a_new_version(qtbot, store, case_in_preparation):
    case = case_in_preparation
    _none, first = current_template(store, Side.VICTIM)
    calm = {i.key: Response(next(a for a in Answer if a not in i.flag_on)) for i in first.asked}
    screened = record_screening(store, case.victim, template_id=None, done_on=date.today(),
                                answers=calm, outcome=Outcome.READY)  # fmt: skip
    page = make_page(qtbot, store)
    editor = page.checklists
    assert editor.current_side() is Side.VICTIM
    assert editor.version.text() == "Version 1 in use"
    assert row_texts(editor)[0] == "Gate: Is willing to take part, freely and without pressure"
    count = editor.items.count()
    assert not editor.unsaved.isVisibleTo(page) and not editor.save_button.isEnabled()

    dialog = editor.add_question()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible() and dialog.text_message.text() == "Type the question."
    dialog.text.setText("Has somewhere safe to go after the meeting")
    dialog.flags[Answer.NO].setChecked(True)
    dialog.flags[Answer.UNSURE].setChecked(True)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert row_texts(editor)[-1] == "Has somewhere safe to go after the meeting"
    assert editor.unsaved.isVisibleTo(page) and editor.undo_button.isVisibleTo(page)
    assert editor.save_button.isEnabled()

    editor.items.setFocus()
    qtbot.keyClick(editor.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert row_texts(editor)[count - 1] == "Has somewhere safe to go after the meeting"
    assert editor.items.currentRow() == count - 1, "the moved question stays chosen"

    select_item(editor, "substance_use")
    qtbot.mouseClick(editor.retire_button, LEFT)
    assert "Substance use that could affect the meeting" not in row_texts(editor)
    assert editor.items.count() == count

    select_item(editor, "feels_safe")
    assert not editor.retire_button.isEnabled(), "a gate cannot be retired"
    editor.retire()
    assert editor.message.text() == "The three gates of mediation cannot be retired."
    assert "Gate: Considers a meeting safe" in row_texts(editor)

    select_item(editor, "motivation")
    reword = editor.reword()
    reword.text.setText("Wants to be heard, get answers or repair, not revenge")
    qtbot.mouseClick(reword.ok_button, LEFT)

    assert page.is_dirty() is False
    prompts.queue_answer(QMessageBox.StandardButton.Cancel)
    assert page.confirm_leave() is False, "unsaved checklist changes are asked about"

    with qtbot.waitSignal(app_events().data_changed):
        qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.status.text() == (
        "Version 2 saved. Screenings already done keep the version they used."
    )
    assert editor.version.text() == "Version 2 in use"
    assert editor.versions.text().startswith("Earlier versions: 1 (")
    assert not editor.unsaved.isVisibleTo(page)
    versions = template_versions(store, Side.VICTIM)
    assert [t.version for _id, t in versions] == [1, 2]
    (first_id, _v1), (_second_id, second) = versions
    asked = [i.key for i in second.asked]
    added = "has_somewhere_safe_to"
    assert asked[-2:] == [added, "support_wanted"]
    assert second.item(added).flag_on == {Answer.NO, Answer.UNSURE}
    assert second.item("substance_use").retired, "retired, kept for older screenings"
    assert second.item("motivation").text.startswith("Wants to be heard"), "same key, new words"
    [screening] = read_preparation(store, case.case_id).screenings
    assert screening.id == screened and screening.template_id == first_id


def test_unsaved_checklist_changes_can_be_undone_and_sides_are_separate(qtbot, store):
    page = make_page(qtbot, store)
    editor = page.checklists
    victim_rows = row_texts(editor)
    select_item(editor, "fear_of_offender")
    editor.retire()
    assert editor.unsaved.isVisibleTo(page)
    editor.side.setCurrentIndex(1)
    assert editor.current_side() is Side.OFFENDER
    assert row_texts(editor)[0].startswith("Gate: Accepts responsibility")
    assert not editor.unsaved.isVisibleTo(page), "the offenders' checklist is unchanged"
    editor.side.setCurrentIndex(0)
    assert editor.unsaved.isVisibleTo(page), "the victims' edit is kept while looking away"
    qtbot.mouseClick(editor.undo_button, LEFT)
    assert row_texts(editor) == victim_rows
    assert not editor.has_unsaved_changes()

    select_item(editor, "fear_of_offender")
    editor.retire()
    prompts.queue_answer(QMessageBox.StandardButton.Discard)
    assert page.confirm_leave() is True
    assert row_texts(editor) == victim_rows and not editor.has_unsaved_changes()
    assert [t.version for _id, t in template_versions(store, Side.VICTIM)] == []


def test_the_in_person_rule_can_be_relaxed_and_the_change_is_audited(qtbot, store):
    page = make_page(qtbot, store)
    assert page.in_person.isChecked()
    assert read_settings(store)["preparation.in_person_required"] is True
    page.in_person.setChecked(False)
    assert page.is_dirty() and page.status.text() == "Unsaved changes"
    assert page.save()
    assert read_settings(store)["preparation.in_person_required"] is False
    with reading(store) as session:
        entry = repository.list_audit_entries(session=session)[0]
    assert json.loads(entry.fields) == ["preparation.in_person_required"]

    again = make_page(qtbot, store)
    assert not again.in_person.isChecked() and not again.is_dirty()


def test_leaving_with_an_unsaved_checklist_can_save_it(qtbot, store):
    page = make_page(qtbot, store)
    editor = page.checklists
    editor.side.setCurrentIndex(1)
    select_item(editor, "remorse")
    editor.retire()
    editor.side.setCurrentIndex(0)
    prompts.queue_answer(QMessageBox.StandardButton.Save)
    assert page.confirm_leave() is True
    [_first, (_id, second)] = template_versions(store, Side.OFFENDER)
    assert second.version == 2 and second.item("remorse").retired
    assert template_versions(store, Side.VICTIM) == [], "the unchanged side is not saved"
    assert not editor.has_unsaved_changes()
