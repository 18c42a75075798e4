"""Text from the layers below the UI, translated: error messages and domain wording."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vomdesk.domain.readiness import Missing
from vomdesk.domain.referrals import DEADLINE_KINDS
from vomdesk.services import errors

# Contexts under which modules without Qt mark their text (QT_TRANSLATE_NOOP).
DOMAIN_CONTEXTS = (
    "Settings", "CaseNumbers", "Intake", "Parties", "Referrals", "Stages", "Readiness",
    "StoreErrors", "PassphraseRules", "RecoveryKey", "Screening", "Consent", "Choices",
    "Meetings", "Gates", "Schedule", "Safety", "Venues", "CaseOverview", "Preparation",
    "Agreements",
    "Documents",
    "Retention",
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


def deadline_kind_label(code: str) -> str:
    """A deadline's kind as shown: the words for a known code, else the mediator's own words."""
    known = DEADLINE_KINDS.get(code.strip())
    return QCoreApplication.translate("Referrals", known) if known else code.strip()


def missing_text(item: Missing) -> str:
    """A "What is missing" item in the mediator's words, names filled in."""
    return domain_text(item.text).format(**item.params)


def correction_texts(error: errors.NeedsCorrection) -> dict[str, str]:
    """A refused save's messages per field, translated whatever their context."""
    return {
        field: domain_text(text).format(**error.params.get(field, {}))
        for field, text in error.problems.items()
    }
