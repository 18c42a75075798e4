"""The column every long form sits in: a readable width, scrolling when the window is short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

WIDTH_IN_LINES = 50  # about 50 text lines wide: fields stay readable on a wide screen


def form_column(*widgets: QWidget, spacing: int | None = None) -> QScrollArea:
    """``widgets`` stacked top to bottom, left-aligned, in a frameless scroll area."""
    content = QWidget()
    content.setMaximumWidth(content.fontMetrics().height() * WIDTH_IN_LINES)
    column = QVBoxLayout(content)
    if spacing is not None:
        column.setSpacing(spacing)
    for widget in widgets:
        column.addWidget(widget)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    scroll.setWidget(content)
    return scroll
