"""The Spanish interface: the catalogue is complete and well formed, and the windows speak it."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel

import vomdesk
from vomdesk.documents.recovery_kit import _TEXT as KIT_TEXT
from vomdesk.domain import settings as setting
from vomdesk.domain.passphrase_rules import MIN_LENGTH, judge_passphrase
from vomdesk.domain.recovery_key import ALPHABET, check_recovery_key
from vomdesk.services import errors
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.unlock import Unlocker
from vomdesk.ui.main_window import MainWindow
from vomdesk.ui.setup_wizard import SetupWizard

PACKAGE = Path(vomdesk.__file__).parent
TS_FILE = PACKAGE / "resources" / "translations" / "vomdesk_es.ts"
PASSPHRASE = "river kettle maple lantern"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _qt_tool(name: str) -> str:
    """A PySide6 tool from this venv (beside python), else from PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} not found"
    return found


def _messages() -> list[tuple[str, ET.Element]]:
    """(context name, <message>) for every message of the catalogue."""
    root = ET.parse(TS_FILE).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


# Words spelled the same in Spanish, and what only formats placeholders ("{name} ({role})").
SAME_IN_SPANISH = {"Agenda", "No", "Total", "min", "h", "vomdesk", "agenda", "ics"}


def _translations(message: ET.Element) -> list[str]:
    """The translation, or each plural form of a message with a count (%n)."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.fixture(scope="module")
def spanish_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogue compiled now, so the tests never read a stale or missing build output."""
    qm = tmp_path_factory.mktemp("translations") / "vomdesk_es.qm"
    subprocess.run(
        [_qt_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm


@pytest.fixture
def spanish(styled_app: QApplication, spanish_qm: Path) -> Iterator[QTranslator]:
    """vomdesk's Spanish installed on the app for one test, and removed again after it."""
    translator = QTranslator()
    assert translator.load(str(spanish_qm))
    styled_app.installTranslator(translator)
    yield translator
    styled_app.removeTranslator(translator)


@pytest.fixture
def window(spanish, store) -> Iterator[MainWindow]:
    store.close()
    main = MainWindow(Unlocker(store.files.folder))
    main.show()
    yield main
    main.lock()  # what was typed is kept as a draft, so closing asks nothing
    main.close()
    main.deleteLater()


# --- the catalogue --------------------------------------------------------------------------


def test_catalogue_is_us_spanish_and_every_message_is_translated():
    root = ET.parse(TS_FILE).getroot()
    assert root.get("language") == "es_US"
    messages = _messages()
    assert len(messages) > 100
    for context, message in messages:
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") is None, f"{translation.get('type')}: {context}: {source}"
        for text in _translations(message):
            assert text.strip(), f"empty: {context}: {source}"
            if text == source:
                words = set(re.findall(r"[A-Za-z]+", PLACEHOLDER.sub("", source)))
                assert words <= SAME_IN_SPANISH, f"left in English: {context}: {source}"


def test_translations_keep_placeholders_mnemonics_and_ellipses():
    for context, message in _messages():
        source = message.findtext("source", "")
        where = f"{context}: {source}"
        for text in _translations(message):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            assert _mnemonics(text) == _mnemonics(source), where
            assert text.endswith("…") == source.endswith("…"), where


def test_catalogue_has_the_contexts_of_the_modules_without_qt():
    contexts = {context for context, _ in _messages()}
    assert {"StoreErrors", "PassphraseRules", "RecoveryKey", "Settings", "CaseNumbers"} <= contexts


def test_catalogue_has_every_text_the_source_marks(tmp_path):
    """New or changed English texts must reach the catalogue (run `make translations`)."""
    catalogue = {(c, m.findtext("source", "")) for c, m in _messages()}
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_qt_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    marked = {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(fresh).getroot().iter("context")
        for message in context.iter("message")
    }
    # lupdate only sees QT_TRANSLATE_NOOP with a literal context; find the rest here.
    for path in sources:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context_arg, text_arg = node.args
                context = (
                    context_arg.value
                    if isinstance(context_arg, ast.Constant)
                    else constants[ast.unparse(context_arg)]
                )
                assert isinstance(text_arg, ast.Constant), f"{path}:{node.lineno}"
                marked.add((context, text_arg.value))
    assert sorted(marked - catalogue) == []


# --- the windows ----------------------------------------------------------------------------


def test_setup_wizard_speaks_spanish(spanish, qtbot, tmp_path):
    wizard = SetupWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Configurar vomdesk"
    assert wizard.currentPage() is wizard.program
    assert wizard.program.title() == "Su programa"
    assert "Configuración" in wizard.program.subTitle()
    labels = {label.text() for label in wizard.program.findChildren(QLabel)}
    assert {"Nombre del &programa *", "&Dirección", "&Teléfono", "&Su nombre"} <= labels
    assert wizard.passphrase.title() == "Su frase de contraseña"
    assert wizard.kit.title() == "Su kit de recuperación"
    assert wizard.kit.panel.print_button.text() == "&Imprimir el kit…"


def test_unlock_page_uses_the_words_of_the_printed_kit(window):
    page = window.unlock_page
    assert page.unlock_button.text() == "&Desbloquear"
    assert page.forgot_button.text() == "&Olvidé mi frase de contraseña"
    kit_button = page.forgot_button.text().replace("&", "")
    assert f"“{kit_button}”" in KIT_TEXT["es"]["how_1"]
    assert page.passphrase.placeholderText() == "Frase de contraseña"
    assert window.lock_state.text() == "Bloqueado"


def test_settings_page_is_where_the_printed_kit_says(window):
    window.show_workspace(window.unlocker.with_passphrase(PASSPHRASE))
    assert window.workspace is not None
    navigation = window.workspace.navigation
    assert navigation.item(navigation.count() - 1).text() == "Configuración"
    settings = window.workspace.settings_page
    title = next(
        label for label in settings.findChildren(QLabel) if label.objectName() == "pageTitle"
    )
    groups = [group.title() for group in settings.findChildren(QGroupBox)]
    assert "Seguridad" in groups
    assert f"{title.text()} &gt; Seguridad" in KIT_TEXT["es"]["lost"]
    assert settings.change_passphrase_button.text() == "&Cambiar la frase de contraseña…"
    assert window.lock_state.text() == "Desbloqueado"


def test_domain_messages_come_through_translated(spanish):
    translate = QCoreApplication.translate
    wrong = errors.WrongPassphrase().message(translate)
    assert wrong.startswith("Esa frase de contraseña no abre los expedientes.")
    assert errors.WrongPassphrase().message() != wrong  # the CLI and logs keep English
    too_short = judge_passphrase("abc").messages(translate)
    assert too_short[0].startswith(f"Use al menos {MIN_LENGTH} caracteres.")
    key = new_recovery_key()
    mistyped = ALPHABET[(ALPHABET.index(key[0]) + 1) % len(ALPHABET)] + key[1:]
    typo = check_recovery_key(mistyped).message(translate)
    assert typo == "Error de escritura: compare el grupo 1 con el kit impreso."
    assert translate("Settings", setting.PROGRAM_NAME.label) == "Nombre del programa"
    assert translate("CaseNumbers", "Keep the pattern to 30 characters or fewer.") == (
        "El formato debe tener 30 caracteres o menos."
    )


def test_settings_page_shows_case_number_problems_in_spanish(window):
    window.show_workspace(window.unlocker.with_passphrase(PASSPHRASE))
    assert window.workspace is not None
    settings = window.workspace.settings_page
    settings.number_pattern.setText("YYYY")
    problem = settings.problems[setting.CASE_NUMBER_PATTERN.key].text()
    assert problem.startswith("Use una sola serie de N")
