"""Every message box and file dialog goes through here, so tests can queue the answers."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_answers: deque[object] = deque()
_tests_must_queue = False


def require_queued_answers(required: bool = True) -> None:
    """Tests: a prompt with no queued answer fails at once instead of waiting for a click."""
    global _tests_must_queue
    _tests_must_queue = required


def queue_answer(answer: object) -> None:
    """Tests: the next prompt returns ``answer`` instead of showing a dialog."""
    _answers.append(answer)


def pending_answers() -> int:
    return len(_answers)


def clear_answers() -> None:
    _answers.clear()


def _queued() -> tuple[bool, object]:
    if _answers:
        return True, _answers.popleft()
    if _tests_must_queue:
        raise AssertionError("a dialog was shown that the test did not expect")
    return False, None


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    queued, _ = _queued()
    if not queued:
        QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    queued, _ = _queued()
    if not queued:
        QMessageBox.information(parent, title, text)


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton,
) -> QMessageBox.StandardButton:
    """Ask a question with standard buttons; returns the button chosen."""
    queued, answer = _queued()
    if queued:
        assert isinstance(answer, QMessageBox.StandardButton)
        return answer
    return QMessageBox.question(parent, title, text, buttons, default)


def confirm_leave(
    parent: QWidget,
    title: str,
    question: str,
    *,
    save: Callable[[], bool],
    discard: Callable[[], None],
) -> bool:
    """Save / Discard / Cancel before leaving unsaved changes; True when it is fine to leave."""
    answer = ask(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return save()
    if answer == QMessageBox.StandardButton.Discard:
        discard()
        return True
    return False


def save_file_name(
    parent: QWidget | None,
    title: str,
    suggested: Path,
    filter_: str,
    *,
    confirm_overwrite: bool = True,
) -> Path | None:
    """Ask where to save a file; None when cancelled. With ``confirm_overwrite=False`` the
    caller asks before replacing a file itself (once, and also for a name it completes)."""
    queued, answer = _queued()
    if queued:
        return None if answer is None else Path(str(answer))
    options = QFileDialog.Option(0)
    if not confirm_overwrite:
        options |= QFileDialog.Option.DontConfirmOverwrite
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filter_, "", options)
    return Path(name) if name else None


def open_file_name(parent: QWidget | None, title: str, folder: Path, filter_: str) -> Path | None:
    """Ask which file to open; None when cancelled."""
    queued, answer = _queued()
    if queued:
        return None if answer is None else Path(str(answer))
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filter_)
    return Path(name) if name else None
