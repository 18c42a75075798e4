"""A few lines of free text (a reason, a note): Tab moves on, and it is N lines high at most."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit


def text_box(name: str = "", lines: int = 4) -> QPlainTextEdit:
    """A plain-text box named ``name`` for screen readers (or named by its form row), at most
    ``lines`` lines high."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    if name:
        box.setAccessibleName(name)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box
