"""Sealing or purging the case open in the workspace; afterwards the workspace goes back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from vomdesk.services.open_store import OpenStore
from vomdesk.services.retention import case_facts
from vomdesk.ui.dialogs.retention_dialog import RetentionDialog
from vomdesk.ui.dialogs.seal_dialog import SealDialog


def ask_to_seal(
    store: OpenStore, case_id: int, number: str, parent: QWidget, done: Callable[[], None]
) -> SealDialog:
    """Open the seal dialog; once sealed, ``done`` runs (the case no longer shows)."""
    dialog = SealDialog(store, case_id, number, lifting=False, parent=parent)
    dialog.accepted.connect(done)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog


def ask_to_purge(
    store: OpenStore, case_id: int, parent: QWidget, done: Callable[[], None]
) -> RetentionDialog:
    """Open the purge preview for this one case (a reason is required outside the policy)."""
    dialog = RetentionDialog(store, parent, case=case_facts(store, case_id))

    def finished(_result: int) -> None:
        if dialog.applied is not None:
            done()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def lift_seal_then(
    store: OpenStore, case_id: int, parent: QWidget, then: Callable[[], None]
) -> SealDialog | None:
    """Run ``then`` at once for a case without a seal; for a sealed case, only after the
    mediator has lifted the seal with a reason (the dialog is returned)."""
    facts = case_facts(store, case_id)
    if not facts.sealed:
        then()
        return None
    dialog = SealDialog(store, case_id, facts.number, lifting=True, parent=parent)
    dialog.accepted.connect(then)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog
