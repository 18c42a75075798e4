"""Start the app: QApplication, look and language, then the set-up wizard or the unlock screen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")  # qtawesome: use PySide6, never another binding

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from vomdesk import __version__
from vomdesk.domain import settings as setting
from vomdesk.log import start_logging
from vomdesk.security.process import harden_process
from vomdesk.services.computer_settings import read_computer_settings
from vomdesk.services.open_store import OpenStore
from vomdesk.services.temp_files import clean_temp_files
from vomdesk.services.unlock import Unlocker
from vomdesk.store.files import FolderState, StoreFiles
from vomdesk.ui.garbage import UiThreadGarbageCollector
from vomdesk.ui.main_window import MainWindow
from vomdesk.ui.missing_folder import folder_to_open
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.setup_wizard import SetupWizard
from vomdesk.ui.style import apply_style

TRANSLATIONS = Path(__file__).parent / "resources" / "translations"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load vomdesk's and Qt's own translations for ``language`` (English needs none)."""
    QLocale.setDefault(QLocale(language))
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    sources = [
        (f"vomdesk_{language}", str(TRANSLATIONS)),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("vomdesk")
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName("vomdesk")
    apply_style(app)
    UiThreadGarbageCollector(app)
    return app


def finish_setup(window: MainWindow, wizard: SetupWizard) -> bool:
    """After the wizard: open the new store, or show the unlock screen of a restored one (which
    is remembered for the next start). False when the wizard was cancelled."""
    if wizard.restored_folder is not None:
        window.switch_data_folder(wizard.restored_folder)
        return True
    if wizard.created_store is not None:
        window.show_workspace(wizard.created_store)
        return True
    return False


def open_main_window(folder: Path) -> MainWindow | None:
    """Run the set-up wizard if the folder is empty, then show the main window (None: cancelled)."""
    unlocker = Unlocker(folder)
    window = MainWindow(unlocker)
    if StoreFiles(folder).state() is FolderState.EMPTY:
        wizard = SetupWizard(folder)
        if not wizard.exec() or not finish_setup(window, wizard):
            window.deleteLater()
            return None
    else:

        def opened_by_keychain(store: OpenStore | None) -> None:
            if store is not None and window.store is None:
                window.show_workspace(store)

        run_in_background(
            unlocker.with_keychain,
            on_done=opened_by_keychain,
            on_error=lambda _error: None,  # the passphrase still works; nothing to show
        )
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def run_app(folder: Path) -> int:
    """The GUI's entry point; returns the process exit code."""
    start_logging()
    harden_process()  # no core dumps, no reading of this process's memory by others
    clean_temp_files()  # what a crash or the Windows print verb left behind
    app = make_application()
    install_translations(app, str(read_computer_settings()[setting.LANGUAGE.key]))
    chosen = folder_to_open(folder)
    window = open_main_window(chosen) if chosen is not None else None
    if window is None:
        return 0
    return app.exec()
