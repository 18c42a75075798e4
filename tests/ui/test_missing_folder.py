"""At start, a data folder remembered on this computer that is not there is never replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from vomdesk.paths import default_data_folder
from vomdesk.services.data_folder import chosen_data_folder, remember_data_folder
from vomdesk.ui import prompts
from vomdesk.ui.missing_folder import folder_to_open

Button = QMessageBox.StandardButton


def test_a_folder_that_is_there_opens_without_a_question(tmp_path: Path) -> None:
    folder = tmp_path / "usb" / "records"
    folder.mkdir(parents=True)
    (folder / "vomdesk.db").write_bytes(b"records")
    (folder / "vomdesk.keys").write_text("{}")
    remember_data_folder(folder)
    assert folder_to_open(folder.resolve()) == folder.resolve()
    assert prompts.pending_answers() == 0


def test_an_unplugged_folder_is_asked_about_and_never_created(tmp_path: Path) -> None:
    folder = (tmp_path / "usb" / "records").resolve()
    remember_data_folder(folder)
    prompts.queue_answer(Button.Retry)  # still not plugged in: asked again
    prompts.queue_answer(Button.Cancel)
    assert folder_to_open(folder) is None
    assert prompts.pending_answers() == 0 and not folder.exists()
    assert chosen_data_folder() == folder  # remembered still, for when it is plugged in


def test_ignore_forgets_it_and_opens_the_usual_folder(tmp_path: Path) -> None:
    folder = (tmp_path / "usb" / "records").resolve()
    remember_data_folder(folder)
    prompts.queue_answer(Button.Ignore)
    assert folder_to_open(folder) == default_data_folder()
    assert chosen_data_folder() is None and not folder.exists()


def test_a_first_start_in_an_absent_folder_asks_nothing(tmp_path: Path) -> None:
    absent = tmp_path / "absent"  # nothing remembered: the set-up wizard makes it
    assert folder_to_open(absent) == absent
    assert prompts.pending_answers() == 0


def test_retry_once_the_stick_is_plugged_in_opens_it(tmp_path: Path, monkeypatch) -> None:
    folder = (tmp_path / "usb" / "records").resolve()
    remember_data_folder(folder)

    def plug_in_then_retry(*_args):  # type: ignore[no-untyped-def]
        folder.mkdir(parents=True)  # the stick with the records on it
        (folder / "vomdesk.db").write_bytes(b"records")
        (folder / "vomdesk.keys").write_text("{}")
        return Button.Retry

    monkeypatch.setattr(prompts, "ask", plug_in_then_retry)
    assert folder_to_open(folder) == folder


def test_an_empty_mount_point_is_still_missing(tmp_path: Path) -> None:
    """A disk not mounted leaves its empty folder behind: no new store is set up there."""
    folder = (tmp_path / "media" / "records").resolve()
    folder.mkdir(parents=True)
    remember_data_folder(folder)
    prompts.queue_answer(Button.Cancel)
    assert folder_to_open(folder) is None
    assert prompts.pending_answers() == 0 and not any(folder.iterdir())
