"""The Cases section: the list, a new referral, or one case, one at a time with a way back."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from vomdesk.services.open_store import OpenStore
from vomdesk.ui.pages.case_retention import lift_seal_then
from vomdesk.ui.pages.case_workspace import CaseWorkspace
from vomdesk.ui.pages.cases_page import CasesPage
from vomdesk.ui.pages.referral_form import ReferralForm


class CasesArea(QStackedWidget):
    """Shows the case list; a new referral or an opened case replaces it until Back."""

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.list_page = CasesPage(store)
        self.addWidget(self.list_page)
        self.list_page.open_case.connect(self.open_case)
        self.list_page.new_referral.connect(self.new_referral)

    @property
    def detail(self) -> QWidget | None:
        """The referral form or case workspace on top of the list, if one is open."""
        current = self.currentWidget()
        return None if current is self.list_page else current

    def _show(self, page: QWidget) -> None:
        self._drop_detail()
        self.addWidget(page)
        self.setCurrentWidget(page)
        page.setFocus()  # its first field (focus proxy), so Ctrl+S and typing work at once

    def _drop_detail(self) -> None:
        detail = self.detail
        if detail is not None:
            self.removeWidget(detail)
            detail.deleteLater()
        self.setCurrentWidget(self.list_page)

    def new_referral(self) -> None:
        if not self.confirm_leave():
            return
        form = ReferralForm(self.store)
        form.saved.connect(self.open_case)
        form.cancelled.connect(self.show_list)
        self._show(form)

    def open_case(self, case_id: int) -> None:
        """Open a case; a sealed one only once its seal is lifted, with a reason."""
        if self.confirm_leave():
            self.seal_dialog = lift_seal_then(
                self.store, case_id, self, lambda: self._open(case_id)
            )

    def _open(self, case_id: int) -> None:
        case = CaseWorkspace(self.store, case_id)
        case.back.connect(self.show_list)
        self._show(case)

    def show_list(self) -> None:
        if self.confirm_leave():
            self._drop_detail()
            self.list_page.setFocus()

    def confirm_leave(self) -> bool:
        """Ask about unsaved changes in the open form or case; True when it is fine to leave."""
        detail = self.detail
        confirm = getattr(detail, "confirm_leave", None)
        return True if confirm is None else bool(confirm())

    def keep_drafts(self) -> None:
        keep = getattr(self.detail, "keep_drafts", None)
        if keep is not None:
            keep()
