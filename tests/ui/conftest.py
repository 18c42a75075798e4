"""Qt fixtures: the app's look on pytest-qt's QApplication, and no background work left behind."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from vomdesk.ui import prompts
from vomdesk.ui.operations import background_work_running
from vomdesk.ui.style import apply_style


@pytest.fixture(scope="session")
def styled_qapp(qapp: QApplication) -> QApplication:
    """The app's look, applied once for the session as the app applies it once at start."""
    apply_style(qapp)
    prompts.require_queued_answers()
    gc.disable()  # as the app does: collect on the UI thread only (see ui/garbage.py)
    return qapp


@pytest.fixture(autouse=True)
def styled_app(styled_qapp: QApplication, qtbot) -> Iterator[QApplication]:
    prompts.clear_answers()
    yield styled_qapp
    qtbot.waitUntil(lambda: not background_work_running(), timeout=10_000)
    assert prompts.pending_answers() == 0, "a queued answer was never asked for"
    QApplication.clipboard().clear()
    gc.collect()


def fingerprint_folder(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def texts_below(root: QWidget) -> list[str]:
    """The text of every label, field, button and list entry below ``root``."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
    return texts


@pytest.fixture
def fingerprint() -> Callable[[Path], dict[str, str]]:
    return fingerprint_folder


@pytest.fixture
def widget_texts() -> Callable[[QWidget], list[str]]:
    return texts_below


@pytest.fixture
def type_text(qtbot):
    """Type into a field key by key; accented letters arrive as a Spanish keyboard sends them
    (QTest's keyClicks aborts on text outside ASCII)."""

    def typing(field, text: str) -> None:
        field.setFocus()
        for char in text:
            if char.isascii():
                qtbot.keyClick(field, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )

    return typing


@pytest.fixture
def open_section(qtbot):
    """A preparation page as the workspace shows it: shown, and reloaded after each save."""

    def opening(_qtbot, store, case_id: int, kind):
        from vomdesk.services.preparation import read_preparation

        section = kind(store, case_id)
        qtbot.addWidget(section)
        section.changed.connect(lambda: section.show_preparation(read_preparation(store, case_id)))
        section.show_preparation(read_preparation(store, case_id))
        section.resize(1000, 900)
        section.show()
        qtbot.waitExposed(section)
        section.activateWindow()
        return section

    return opening
