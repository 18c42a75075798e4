"""A referral prepared through the GUI, page by page, to a scheduled session."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from vomdesk.domain.choices import MeetingForm
from vomdesk.domain.screening import Answer, Outcome
from vomdesk.domain.stages import Stage, Step
from vomdesk.services.cases import create_case, read_case
from vomdesk.services.preparation import read_preparation
from vomdesk.store.case_models import CaseCreate, ContactFields, OffenceCreate, ParticipantCreate
from vomdesk.ui.pages.case_workspace import CaseWorkspace
from vomdesk.ui.pages.preparation.choices_section import ChoicesSection
from vomdesk.ui.pages.preparation.consent_section import ConsentSection
from vomdesk.ui.pages.preparation.meetings_section import MeetingsSection
from vomdesk.ui.pages.preparation.safety_section import SafetySection
from vomdesk.ui.pages.preparation.schedule_section import ScheduleSection
from vomdesk.ui.pages.preparation.screening_section import ScreeningSection
from vomdesk.ui.widgets.date_field import format_date


def referral(store) -> int:
    case = create_case(
        store,
        CaseCreate(
            received_on=date.today() - timedelta(days=20),
            source_type="judge",
            incident_date=date.today() - timedelta(days=40),
            offences=[
                OffenceCreate(description="Graffiti", category="property", level="misdemeanour")
            ],
        ),
        [
            ParticipantCreate(
                role="victim",
                name="Laura Gómez Prieto",
                contact=ContactFields(phone="970-555-0199"),
            ),
            ParticipantCreate(
                role="offender", name="José Muñoz", birth=date.today() - timedelta(days=15 * 366)
            ),
            ParticipantCreate(role="parent_guardian", name="María Muñoz"),
        ],
        {2: 1},
    )
    assert case.id is not None
    return case.id


def settle(qtbot, workspace: CaseWorkspace) -> None:
    """Wait for the reload every save starts."""
    qtbot.wait(10)
    qtbot.waitUntil(lambda: not workspace.loading, timeout=5000)


def links(workspace: CaseWorkspace) -> list[str]:
    return [label.accessibleName() for label in workspace.missing.items]


def follow(qtbot, workspace: CaseWorkspace, field: str) -> None:
    """Activate a "Before scheduling" link, as a click on it would."""
    label = next(x for x in workspace.missing.items if f'href="{field}"' in x.text())
    label.linkActivated.emit(field)


def test_a_referral_is_prepared_and_scheduled_through_the_gui(qtbot, store, type_text):
    case_id = referral(store)
    workspace = CaseWorkspace(store, case_id)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    workspace.show()
    qtbot.waitExposed(workspace)
    settle(qtbot, workspace)
    people = {p.role.value: p.id for p in read_case(store, case_id).participants}
    victim, offender, guardian = people["victim"], people["offender"], people["parent_guardian"]

    # Intake, then preparation, from the button under "What is missing".
    for expected in (Stage.INTAKE, Stage.PREPARATION):
        workspace.missing.move_button.click()
        settle(qtbot, workspace)
        assert workspace.record.stage is expected
    assert workspace.missing.subtitle.text() == "Before scheduling:"
    assert "Screen José Muñoz." in links(workspace)
    assert not workspace.missing.move_button.isEnabled()

    # Screening: each link opens the page with the participant chosen.
    page = workspace.preparation
    for person in (offender, victim):
        follow(qtbot, workspace, f"screening.{person}")
        assert workspace.tabs.currentWidget() is page
        section = page.section(ScreeningSection)
        assert page.stack.currentWidget() is section and section.current().id == person
        dialog = section.new_screening()
        for row in dialog.rows:
            calm = Answer.YES if Answer.YES not in row.item.flag_on else Answer.NO
            row.buttons[calm].click()
        dialog.outcome_buttons[Outcome.READY].click()
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert not dialog.isVisible()
        settle(qtbot, workspace)

    # Consent of the victim, the offender and his mother.
    for person in (offender, guardian, victim):
        follow(qtbot, workspace, f"consent.{person}")
        section = page.section(ConsentSection)
        assert section.current().id == person
        dialog = section.record()
        for box in dialog.informed.values():
            box.setChecked(True)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert not dialog.isVisible()
        settle(qtbot, workspace)

    # In-person meetings, the offender first as the plan suggests.
    meetings = page.section(MeetingsSection)
    assert meetings.plan.text().splitlines()[0].startswith("1. Meet José Muñoz")
    for person in (offender, victim):
        follow(qtbot, workspace, f"meetings.{person}")
        dialog = meetings.add()
        assert dialog is not None
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert not dialog.isVisible()
        settle(qtbot, workspace)

    # The victim's choices: face to face, the victim speaks first; accented text typed.
    follow(qtbot, workspace, f"choices.{victim}")
    choices = page.section(ChoicesSection)
    assert page.stack.currentWidget() is choices
    form = choices.form
    form.form_radios[MeetingForm.DIRECT].click()
    form.speaks_first.setCurrentIndex(form.speaks_first.findData("victim"))
    type_text(form.topics, "¿Por qué nuestra tienda?")
    assert workspace.has_unsaved_changes()
    workspace.activateWindow()
    qtbot.waitUntil(lambda: form.topics.hasFocus())
    qtbot.keyClick(form.topics, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, workspace)
    saved = read_preparation(store, case_id).choices[victim]
    assert saved.form == MeetingForm.DIRECT.value and saved.topics == "¿Por qué nuestra tienda?"

    # The mediator declares no conflict of interest.
    follow(qtbot, workspace, "conflict")
    safety = page.section(SafetySection)
    assert page.stack.currentWidget() is safety
    safety.conflict.no_conflict.click()
    safety.conflict.declare_button.click()
    settle(qtbot, workspace)

    # Nothing blocks any more: ready, then the schedule page.
    assert workspace.missing.nothing.isVisible() and workspace.missing.move_button.isEnabled()
    workspace.missing.move_button.click()
    settle(qtbot, workspace)
    assert workspace.record.stage is Stage.READY
    workspace.missing.move_button.click()  # "Schedule the session…"
    schedule = page.section(ScheduleSection)
    assert page.stack.currentWidget() is schedule
    assert workspace.stepper.buttons[Step.PREPARATION].isEnabled()
    form = schedule.form
    assert form.isEnabled()
    day = date.today() + timedelta(days=9)
    form.day.set_text(format_date(day))
    form.venue.setCurrentIndex(form.venue.findData(None))  # no venues yet: another place
    form.other_place.setText("Program office")
    order = [
        form.order_model.data(form.order_model.index(r), Qt.ItemDataRole.UserRole)
        for r in range(form.order_model.rowCount())
    ]
    form.order_view.setCurrentIndex(form.order_model.index(0))
    form.move_selected(1)
    schedule.schedule_button.click()
    settle(qtbot, workspace)
    prep = read_preparation(store, case_id)
    assert prep.stage is Stage.SCHEDULED
    [plan] = prep.upcoming
    assert plan.starts_at.astimezone().date() == day
    assert plan.speaking_order[:2] == [order[1], order[0]]
    assert plan.speaking_order[0] == offender and plan.speaking_order[1] == victim
    history = [(h.from_stage, h.to_stage) for h in read_case(store, case_id).history]
    assert history[-2:] == [("preparation", "ready"), ("ready", "scheduled")]
