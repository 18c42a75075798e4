"""What every preparation page shares: it shows a case's preparation and saves its own part."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation
from vomdesk.ui.events import app_events
from vomdesk.ui.texts import correction_texts, problem_text


class Section(QWidget):
    """One page of preparation. Subclasses build their widgets and implement ``show_preparation``.

    A section saves through the services directly (each save is one small transaction), then
    calls ``saved()``; the workspace reloads the case and calls ``show_preparation`` again.
    Sections with a form (not saved until Save) override the unsaved-changes trio.
    """

    title = ""  # set by each subclass, marked for translation with QT_TRANSLATE_NOOP
    changed = Signal()

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.prep: Preparation | None = None

    def show_preparation(self, prep: Preparation) -> None:
        """Show the case's preparation as just read; keep what the mediator is typing."""
        self.prep = prep

    def focus_item(self, field: str) -> None:
        """Put the cursor where a "Before scheduling" item points (``screening.12`` ...)."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save(self) -> bool:
        """Save what the form holds; True when saved (or nothing to save)."""
        return True

    def revert(self) -> None:
        """Forget the changes typed and show what is saved."""

    def keep_drafts(self) -> None:
        """Write at once what is typed and waiting to be kept as a draft (before a lock)."""

    def saved(self) -> None:
        """Tell the workspace (and the case list) that the case changed."""
        self.changed.emit()
        app_events().data_changed.emit("case")
        app_events().saved.emit(datetime.now().astimezone())

    @staticmethod
    def messages_of(error: BaseException) -> dict[str, str]:
        """A refused save as messages per field, in the mediator's words."""
        if isinstance(error, errors.NeedsCorrection):
            return correction_texts(error)
        return {"": problem_text(error)}
