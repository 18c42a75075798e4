"""Markers that let Qt's lupdate find translatable text in modules that must not import Qt."""

from collections.abc import Callable

Translate = Callable[[str, str], str]
"""A function ``(context, text) -> translated text``; the UI passes QCoreApplication.translate."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; lupdate collects it under ``context`` for the translators."""
    del context
    return text


def untranslated(context: str, text: str) -> str:
    """The English text as written: what the CLI and the logs use."""
    del context
    return text
