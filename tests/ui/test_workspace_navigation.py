"""The workspace as a whole: Ctrl+N from any section, the way into a case and back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vomdesk.services.cases import create_case
from vomdesk.store.case_models import CaseCreate, ParticipantCreate
from vomdesk.ui import prompts
from vomdesk.ui.pages.case_workspace import CaseWorkspace
from vomdesk.ui.pages.referral_form import ReferralForm
from vomdesk.ui.pages.workspace import Workspace


@pytest.fixture
def workspace(qtbot, store):
    page = Workspace(store)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(
        lambda: page.cases.list_page.model.rowCount() > 0 or not page.cases.list_page.is_loading()
    )
    return page


def ctrl_n(qtbot, workspace: Workspace) -> None:
    focus = workspace.focusWidget() or workspace.navigation
    qtbot.keyClick(focus, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_n_opens_a_new_referral_from_any_section(qtbot, workspace):
    workspace.navigation.setCurrentRow(workspace.pages.indexOf(workspace.settings_page))
    workspace.settings_page.name.setFocus()
    qtbot.waitUntil(workspace.settings_page.name.hasFocus)
    ctrl_n(qtbot, workspace)
    assert workspace.pages.currentWidget() is workspace.cases
    assert isinstance(workspace.cases.detail, ReferralForm)
    assert workspace.navigation.currentRow() == 0


def test_leaving_a_half_typed_referral_asks_first(qtbot, workspace):
    workspace.new_referral()
    form = workspace.cases.detail
    assert isinstance(form, ReferralForm)
    agency = form.fields.widget_of("source_agency")
    agency.setText("Mesa County Juvenile Probation")
    prompts.queue_answer(QMessageBox.StandardButton.Cancel)
    workspace.cases.show_list()
    assert workspace.cases.detail is form, "Cancel keeps the form and what was typed"
    assert agency.text() == "Mesa County Juvenile Probation"
    prompts.queue_answer(QMessageBox.StandardButton.Discard)
    workspace.cases.show_list()
    assert workspace.cases.detail is None


def test_a_case_opens_from_the_list_and_goes_back(qtbot, store, workspace):
    case = create_case(
        store,
        CaseCreate(received_on=date(2026, 3, 2), source_type="school"),
        [ParticipantCreate(role="offender", name="Lucía Ortega", birth=date(2011, 4, 4))],
    )
    workspace.cases.list_page.refresh()
    qtbot.waitUntil(lambda: workspace.cases.list_page.model.rowCount() == 1)
    workspace.cases.list_page.open_case.emit(case.id)
    detail = workspace.cases.detail
    assert isinstance(detail, CaseWorkspace)
    qtbot.waitUntil(lambda: not detail.loading)
    assert case.number in detail.header.title.text()
    detail.back.emit()
    assert workspace.cases.detail is None


def test_a_new_referral_has_the_focus_so_ctrl_s_checks_it(qtbot, workspace):
    ctrl_n(qtbot, workspace)
    form = workspace.cases.detail
    assert isinstance(form, ReferralForm)
    qtbot.waitUntil(lambda: form.isAncestorOf(workspace.focusWidget()))
    qtbot.keyClick(workspace.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.saved_case_id is None
    assert any(label.isVisibleTo(form) and label.text() for label in form.fields.messages.values())
