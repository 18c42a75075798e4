"""The Preparation tab: its pages in the order the work is done, each marked done or not yet."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from vomdesk.domain.gates import Gate, blocking
from vomdesk.services.open_store import OpenStore
from vomdesk.services.preparation import Preparation, before_scheduling
from vomdesk.ui.pages.preparation.choices_section import ChoicesSection
from vomdesk.ui.pages.preparation.consent_section import ConsentSection
from vomdesk.ui.pages.preparation.meetings_section import MeetingsSection
from vomdesk.ui.pages.preparation.safety_section import SafetySection
from vomdesk.ui.pages.preparation.schedule_section import ScheduleSection
from vomdesk.ui.pages.preparation.screening_section import ScreeningSection
from vomdesk.ui.pages.preparation.section import Section
from vomdesk.ui.style import ACCENT
from vomdesk.ui.texts import domain_text

# Which page takes care of each gate, and of each "Before scheduling" field.
_PAGE_OF_GATE = {
    Gate.SCREENING: ScreeningSection,
    Gate.CONSENT: ConsentSection,
    Gate.MEETINGS: MeetingsSection,
    Gate.CHOICES: ChoicesSection,
    Gate.CONTACT_ORDER: ChoicesSection,
    Gate.PARTIES: ChoicesSection,
    Gate.SAFETY_PLAN: SafetySection,
    Gate.CONFLICT: SafetySection,
}
_PAGE_OF_FIELD = {
    "screening": ScreeningSection,
    "consent": ConsentSection,
    "meetings": MeetingsSection,
    "choices": ChoicesSection,
    "safety": SafetySection,
    "conflict": SafetySection,
    "schedule": ScheduleSection,
}


def page_for(field: str) -> type[Section] | None:
    """The preparation page a "Before scheduling" field points into, if any."""
    return _PAGE_OF_FIELD.get(field.split(".")[0])


class PreparationPage(QWidget):
    """Screening, Consent, Meetings, Choices, Safety and Schedule, chosen from a list."""

    def __init__(self, store: OpenStore, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections: list[Section] = [
            kind(store, case_id)
            for kind in (ScreeningSection, ConsentSection, MeetingsSection, ChoicesSection,
                         SafetySection, ScheduleSection)
        ]  # fmt: skip
        self.pages = QListWidget()
        self.pages.setAccessibleName(self.tr("Preparation pages"))
        self.stack = QStackedWidget()
        for section in self.sections:
            item = QListWidgetItem(domain_text(section.title))
            self.pages.addItem(item)
            self.stack.addWidget(section)
        self.pages.setFixedWidth(
            max(self.pages.sizeHintForColumn(0), self.fontMetrics().horizontalAdvance("M" * 9)) + 48
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        layout.addWidget(self.stack, 1)
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.pages.setCurrentRow(0)

    def section(self, kind: type[Section]) -> Section:
        return next(s for s in self.sections if isinstance(s, kind))

    def open_section(self, kind: type[Section]) -> Section:
        section = self.section(kind)
        self.pages.setCurrentRow(self.sections.index(section))
        return section

    def show_preparation(self, prep: Preparation) -> None:
        unmet = blocking(before_scheduling(prep))
        waiting = {_PAGE_OF_GATE[Gate(item.gate)] for item in unmet if item.gate}
        for row, section in enumerate(self.sections):
            section.show_preparation(prep)
            if isinstance(section, ScheduleSection):
                done = bool(prep.upcoming)
            else:
                done = type(section) not in waiting
            item = self.pages.item(row)
            title = domain_text(section.title)
            state = self.tr("done") if done else self.tr("needs attention")
            icon = ("mdi6.check-circle", ACCENT.name()) if done else ("mdi6.circle-outline", "gray")
            item.setIcon(qta.icon(icon[0], color=icon[1], color_selected="white"))
            item.setToolTip(f"{title}: {state}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {state}")

    def focus_item(self, field: str) -> None:
        kind = page_for(field)
        if kind is not None:
            self.open_section(kind).focus_item(field)

    # --- unsaved changes across the pages ---------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return any(s.has_unsaved_changes() for s in self.sections)

    def save(self) -> bool:
        return all(s.save() for s in self.sections if s.has_unsaved_changes())

    def keep_drafts(self) -> None:
        for section in self.sections:
            section.keep_drafts()

    def revert(self) -> None:
        for section in self.sections:
            if section.has_unsaved_changes():
                section.revert()
