"""Text from the layers below the UI, translated: error messages and domain wording."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vomdesk.services import errors

# Contexts under which modules without Qt mark their text (QT_TRANSLATE_NOOP).
DOMAIN_CONTEXTS = (
    "Settings", "CaseNumbers", "Intake", "Parties", "Referrals", "Stages", "Readiness",
    "StoreErrors", "PassphraseRules", "RecoveryKey",
)  # fmt: skip


def domain_text(text: str) -> str:
    """Translate English text marked in a module without Qt, whatever its context."""
    for context in DOMAIN_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def problem_text(error: BaseException) -> str:
    """An error as the mediator should read it: ours in their words, others named plainly."""
    if isinstance(error, errors.StoreProblem):
        return error.message(QCoreApplication.translate)
    return QCoreApplication.translate("Problems", "Something went wrong: {error}").format(
        error=getattr(error, "strerror", None) or error
    )
