"""The look: Fusion, one restrained accent colour, generous spacing, the system's light or dark."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = QColor("#2f6f73")  # a calm teal
PROBLEM_LIGHT, PROBLEM_DARK = "#a4262c", "#ff8a80"

_SHEET = """
QLabel {{ padding-right: 1px; }}
QLabel#pageTitle {{ font-size: {title}pt; font-weight: 600; margin-bottom: 6px; }}
QLabel#help {{ color: palette(placeholder-text); }}
QLabel#fieldProblem {{ color: {problem}; }}
QLabel#programName {{ font-weight: 600; padding: 6px; }}
QLabel#recoveryKey {{ border: 2px solid palette(mid); border-radius: 6px; padding: 14px; }}
QFrame#card {{ border: 1px solid palette(midlight); border-radius: 8px; padding: 18px; }}
QFrame#banner {{ background: palette(alternate-base); border-left: 4px solid {accent}; }}
QListWidget#navigation {{ border: none; background: palette(window); }}
QListWidget#navigation::item {{ padding: 4px 8px; border-radius: 4px; }}
QListWidget#navigation::item:selected {{ background: {accent}; color: white; }}
QPushButton#link {{ color: {accent}; text-decoration: underline; border: none; text-align: left; }}
QGroupBox {{ font-weight: 600; padding-top: 14px; margin-top: 8px; }}
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QCheckBox {{ font-weight: normal; }}
"""


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_style(app: QApplication) -> None:
    """Fusion with the accent as highlight; text sizes stay relative to the system font."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    app.setPalette(palette)
    base = app.font().pointSizeF()
    app.setStyleSheet(
        _SHEET.format(
            title=round(base * 1.6, 1),
            problem=PROBLEM_DARK if is_dark() else PROBLEM_LIGHT,
            accent=ACCENT.lighter(150).name() if is_dark() else ACCENT.name(),
        )
    )
