"""A banner offering back what was typed but not saved (a kept draft): Restore or Discard."""

from __future__ import annotations

from datetime import datetime

import qtawesome as qta
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DraftBanner(QFrame):
    """Hidden until ``offer()``; the page connects the two buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        icon = QLabel()
        size = self.fontMetrics().height()
        icon.setPixmap(qta.icon("mdi6.history").pixmap(QSize(size, size)))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Rest&ore them"))
        self.discard_button = QPushButton(self.tr("Discar&d"))
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def offer(self, saved_at: datetime) -> None:
        when = saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.text.setText(
            self.tr("Changes you had not saved were kept ({when}).").format(when=when)
        )
        self.show()
