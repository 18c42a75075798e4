"""The program logo in Settings: choose an image, see it small, remove it; kept as base64 PNG."""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vomdesk.domain import settings as setting
from vomdesk.ui import prompts
from vomdesk.ui.widgets.field_message import FieldMessage

MAX_WIDTH = 600  # pixels: sharp enough for a letterhead, small enough for the store
PREVIEW_LINES = 3  # the preview is about three text lines high


def png_of(image: QImage) -> bytes:
    """``image`` as PNG bytes, scaled down to at most MAX_WIDTH pixels wide."""
    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; it takes str
    buffer.close()
    return bytes(data.data())


def image_of(encoded: str) -> QImage:
    """The image a setting value holds (a null image when there is none or it is damaged)."""
    try:
        return QImage.fromData(base64.b64decode(encoded, validate=True)) if encoded else QImage()
    except (binascii.Error, ValueError):
        return QImage()


class LogoField(QWidget):
    """Emits ``changed`` when a logo is chosen or removed; ``value()`` is the setting's text."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Logo preview"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the logo"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the logo"))
        self.message = FieldMessage()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setFocusProxy(self.choose_button)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        self._show()

    def value(self) -> str:
        return self._value

    def set_value(self, encoded: str) -> None:
        """Show a saved value (no ``changed``: the form is being filled, not edited)."""
        self._value = encoded
        self.message.show_problem("")
        self._show()

    def choose(self) -> bool:
        """Ask for an image file; scale it, keep it as PNG, or say why it cannot be used."""
        path = prompts.open_file_name(
            self, self.tr("Choose the program's logo"), Path.home(),
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.svg)"),
        )  # fmt: skip
        if path is None:
            return False
        image = QImage(str(path))
        if image.isNull():
            self.message.show_problem(
                self.tr("That file is not an image vomdesk can read. Choose a PNG or JPEG file.")
            )
            return False
        encoded = base64.b64encode(png_of(image)).decode("ascii")
        if len(encoded) > setting.PROGRAM_LOGO.max_length:
            self.message.show_problem(
                self.tr(
                    "This image is too large for the letterhead, even made smaller. Choose a "
                    "simpler image, such as the logo alone on a plain background."
                )
            )
            return False
        self.message.show_problem("")
        self._value = encoded
        self._show()
        self.changed.emit()
        return True

    def remove(self) -> None:
        if self._value:
            self._value = ""
            self.message.show_problem("")
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        image = image_of(self._value)
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo") if not self._value else self.tr("Damaged"))
        else:
            height = self.fontMetrics().height() * PREVIEW_LINES
            self.preview.setPixmap(QPixmap.fromImage(image).scaledToHeight(
                height, Qt.TransformationMode.SmoothTransformation))  # fmt: skip
        self.remove_button.setEnabled(bool(self._value))
