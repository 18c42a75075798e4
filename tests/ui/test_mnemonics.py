"""Keyboard letters (Alt+letter) are never doubled on a preparation page or dialog."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

import vomdesk
from vomdesk.services.preparation import read_preparation
from vomdesk.ui.pages.preparation.preparation_page import PreparationPage

TS_FILE = Path(vomdesk.__file__).parent / "resources" / "translations" / "vomdesk_es.ts"
MNEMONIC = re.compile(r"&([^&\s])")


def letters_of(root: QWidget) -> Counter[str]:
    """The mnemonic letters reachable at once in ``root``: buttons, labels with a buddy, boxes."""
    found: Counter[str] = Counter()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        else:
            continue
        found.update(m.lower() for m in MNEMONIC.findall(text.replace("&&", "")))
    return found


@pytest.fixture(params=["en", "es"])
def language(request, styled_app: QApplication, tmp_path_factory):
    if request.param == "en":
        yield "en"
        return
    qm = tmp_path_factory.mktemp("qm") / "vomdesk_es.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS_FILE), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    styled_app.installTranslator(translator)
    yield "es"
    styled_app.removeTranslator(translator)


def test_each_preparation_page_and_dialog_has_distinct_keyboard_letters(
    qtbot, store, case_in_preparation, prepare, language
):
    case = case_in_preparation
    prepare(store, case, on=__import__("datetime").date.today())
    page = PreparationPage(store, case.case_id)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    page.show_preparation(read_preparation(store, case.case_id))
    problems = []
    for section in page.sections:
        page.open_section(type(section))
        doubled = {k: n for k, n in letters_of(section).items() if n > 1}
        if doubled:
            problems.append(f"{type(section).__name__}: {doubled}")
        for opener in ("new_screening", "record", "add"):
            dialog = getattr(section, opener, lambda: None)() if hasattr(section, opener) else None
            if dialog is None:
                continue
            doubled = {k: n for k, n in letters_of(dialog).items() if n > 1}
            dialog.reject()
            if doubled:
                problems.append(f"{type(dialog).__name__}: {doubled}")
    assert not problems, f"{language}: {problems}"


def test_the_settings_page_has_distinct_keyboard_letters(qtbot, store, language):
    from vomdesk.ui.pages.settings_page import SettingsPage

    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.resize(1200, 2400)
    page.show()
    doubled = {k: n for k, n in letters_of(page).items() if n > 1}
    assert not doubled, f"{language}: {doubled}"
