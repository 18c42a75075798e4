"""The Screening and Consent pages of preparation, driven through their dialogs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from vomdesk.domain.consent import INFORMED_OF, Shareable
from vomdesk.domain.screening import Answer, Outcome
from vomdesk.services.preparation import before_scheduling, read_preparation
from vomdesk.services.screenings import responses_of
from vomdesk.services.sessions import schedule_session
from vomdesk.ui import prompts
from vomdesk.ui.pages.preparation.consent_section import ConsentSection
from vomdesk.ui.pages.preparation.screening_section import ScreeningSection
from vomdesk.ui.style import PROBLEM_DARK, PROBLEM_LIGHT
from vomdesk.ui.widgets.date_field import format_date

TODAY = date.today()
FLAGGED = {"remorse": Answer.NO, "risk_of_harm": Answer.YES}  # both raise a red flag


def calm(flag_on) -> Answer:
    return Answer.YES if Answer.YES not in flag_on else Answer.NO


def open_section(qtbot, store, case, kind):
    section = kind(store, case.case_id)
    qtbot.addWidget(section)
    section.resize(1000, 700)
    section.show()
    qtbot.waitExposed(section)
    section.show_preparation(read_preparation(store, case.case_id))
    return section


def refresh(section, store, case):
    section.show_preparation(read_preparation(store, case.case_id))


def click(qtbot, widget):
    """A click on the box or the first letters (a check box's own width may be wider)."""
    at = QPoint(min(8, widget.width() // 2), widget.height() // 2)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)


def column(table, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


@pytest.fixture
def shown_info(monkeypatch):
    """The info messages shown, as (title, text)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "show_info", lambda _parent, title, text: shown.append((title, text))
    )
    return shown


def test_screening_lists_offender_first_and_points_at_a_participant(
    qtbot, store, case_in_preparation
):
    case = case_in_preparation
    section = open_section(qtbot, store, case, ScreeningSection)
    assert column(section.table, 0) == ["José Muñoz", "Laura Gómez Prieto"]  # no guardian
    assert column(section.table, 2) == ["Not screened yet"] * 2
    section.activateWindow()
    section.focus_item(f"screening.{case.victim}")
    assert section.current().id == case.victim
    qtbot.waitUntil(lambda: section.screen_button.hasFocus())
    assert section.history.rowCount() == 0 and not section.view_button.isEnabled()


def test_screening_the_offender_with_red_flags_needs_a_reason(qtbot, store, case_in_preparation):
    case = case_in_preparation
    section = open_section(qtbot, store, case, ScreeningSection)
    section.focus_item(f"screening.{case.offender}")
    dialog = section.new_screening()
    assert dialog is not None and dialog.isVisible()
    gates = [row for row in dialog.rows if row.item.gate]
    assert len(gates) == 3 and all(row.label.font().bold() for row in gates)
    assert all(row.gate.isVisibleTo(dialog) for row in gates)
    first = dialog.rows[0]
    assert first.buttons[Answer.YES].accessibleName() == f"{first.label.text()}: Yes"
    for row in dialog.rows:
        click(qtbot, row.buttons[FLAGGED.get(row.item.key, calm(row.item.flag_on))])
    flagged = [row.item.key for row in dialog.rows if row.flag.isVisibleTo(dialog)]
    assert flagged == ["remorse", "risk_of_harm"]
    assert dialog.summary.text() == "2 red flags open"
    remorse = next(row for row in dialog.rows if row.item.key == "remorse")
    qtbot.keyClicks(remorse.note, "Shrugged when asked about the damage")
    assert not dialog.flags_reason.isVisibleTo(dialog)
    click(qtbot, dialog.outcome_buttons[Outcome.READY])
    assert dialog.flags_reason.isVisibleTo(dialog)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert dialog.isVisible(), "refused: the dialog stays open with everything typed"
    assert "red flag is open" in dialog.messages["flags_reason"].text()
    assert dialog.messages["flags_reason"].isVisibleTo(dialog)
    assert remorse.note.text() == "Shrugged when asked about the damage"
    assert read_preparation(store, case.case_id).screenings == []
    qtbot.keyClicks(dialog.flags_reason, "Talked it through; his mother will be there")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert not dialog.isVisible()

    prep = read_preparation(store, case.case_id)
    screening = prep.latest_screening(case.offender)
    assert screening is not None and screening.outcome == Outcome.READY.value
    answers = responses_of(screening)
    assert answers["remorse"].answer is Answer.NO
    assert answers["remorse"].note == "Shrugged when asked about the damage"
    assert answers["risk_of_harm"].answer is Answer.YES
    assert len(answers) == len(dialog.template.asked)
    assert screening.flags_reason == "Talked it through; his mother will be there"
    section.show_preparation(prep)
    assert [section.table.item(0, c).text() for c in (0, 2, 3, 4, 5)] == [
        "José Muñoz", format_date(TODAY), "Ready", "2", "1",
    ]  # fmt: skip


def test_rescreening_keeps_history_and_not_suitable_says_what_next(
    qtbot, store, case_in_preparation, shown_info
):
    case = case_in_preparation
    section = open_section(qtbot, store, case, ScreeningSection)
    section.focus_item(f"screening.{case.victim}")
    for outcome, reasons in ((Outcome.NEEDS_MORE, "Wants to think"), (Outcome.NOT_SUITABLE, "")):
        dialog = section.new_screening()
        for row in dialog.rows:
            click(qtbot, row.buttons[calm(row.item.flag_on)])
        assert dialog.summary.text() == "No red flags"
        click(qtbot, dialog.outcome_buttons[outcome])
        if not reasons:  # not suitable without reasons: refused, then written
            click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
            assert dialog.messages["reasons"].text() == "Write the reasons for this outcome."
            reasons = "Afraid of meeting him"
        dialog.reasons.setPlainText(reasons)
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
        assert not dialog.isVisible()
        refresh(section, store, case)
    assert len(shown_info) == 1
    assert (
        "Close the case as not suitable, or return it to the referral source, with a reason."
        in (shown_info[0][1])
    )
    assert column(section.history, 1) == ["Not suitable", "Needs more preparation"]
    assert column(section.history, 2) == ["Afraid of meeting him", "Wants to think"]
    section.history.selectRow(1)
    view = section.view()
    assert view is not None and view.read_only
    assert view.outcome() is Outcome.NEEDS_MORE and view.reasons.toPlainText() == "Wants to think"
    assert all(row.answer() is not None for row in view.rows)
    assert not view.rows[0].buttons[Answer.YES].isEnabled() and view.rows[0].note.isReadOnly()
    view.reject()


def test_answers_by_keyboard_are_exclusive_per_question(qtbot, store, case_in_preparation):
    case = case_in_preparation
    section = open_section(qtbot, store, case, ScreeningSection)
    section.focus_item(f"screening.{case.offender}")
    dialog = section.new_screening()
    dialog.activateWindow()
    first, second = dialog.rows[0], dialog.rows[1]
    first.buttons[Answer.YES].setFocus()
    qtbot.waitUntil(lambda: first.buttons[Answer.YES].hasFocus())
    QTest.keyClick(first.buttons[Answer.YES], Qt.Key.Key_Space)
    assert first.answer() is Answer.YES
    first.buttons[Answer.UNSURE].setFocus()
    QTest.keyClick(first.buttons[Answer.UNSURE], Qt.Key.Key_Space)
    assert first.answer() is Answer.UNSURE and not first.buttons[Answer.YES].isChecked()
    assert second.answer() is None
    assert first.flag.isVisibleTo(dialog) and dialog.summary.text() == "1 red flag open"
    dialog.reject()


def test_guardian_consent_is_recorded_then_withdrawn(qtbot, store, case_in_preparation):
    case = case_in_preparation
    section = open_section(qtbot, store, case, ConsentSection)
    assert column(section.table, 0) == ["José Muñoz", "María Muñoz", "Laura Gómez Prieto"]
    assert "(guardian of José Muñoz)" in section.table.item(1, 1).text()
    assert column(section.table, 2) == ["Not yet"] * 3
    section.focus_item(f"consent.{case.guardian}")
    assert section.current().id == case.guardian and not section.withdraw_button.isEnabled()
    assert not section.sharing.isEnabled(), "guardians do not consent to sharing"

    dialog = section.record()
    boxes = list(dialog.informed.values())
    for box in boxes[:-1]:
        click(qtbot, box)
    qtbot.keyClicks(dialog.note, "Signed at the office")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert dialog.isVisible() and dialog.messages["informed"].isVisibleTo(dialog)
    assert "Confirm each point" in dialog.messages["informed"].text()
    assert read_preparation(store, case.case_id).consents == []
    assert dialog.note.text() == "Signed at the office"
    click(qtbot, boxes[-1])
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert not dialog.isVisible()
    prep = read_preparation(store, case.case_id)
    consent = prep.latest_consent(case.guardian)
    assert consent is not None and set(consent.informed) == set(INFORMED_OF)
    assert consent.note == "Signed at the office"
    section.show_preparation(prep)
    assert section.table.item(1, 2).text() == f"Given {format_date(TODAY)} (Signed consent form)"
    assert section.withdraw_button.isEnabled()

    withdraw = section.withdraw()
    click(qtbot, withdraw.buttons.button(withdraw.buttons.StandardButton.Save))
    assert withdraw.isVisible()
    assert withdraw.messages["withdrawal_reason"].text().startswith("Write the reason")
    assert read_preparation(store, case.case_id).latest_consent(case.guardian).withdrawn_on is None
    qtbot.keyClicks(withdraw.reason, "The family is moving away")
    click(qtbot, withdraw.buttons.button(withdraw.buttons.StandardButton.Save))
    assert not withdraw.isVisible() and not withdraw.moved  # it was in preparation already
    prep = read_preparation(store, case.case_id)
    section.show_preparation(prep)
    status = section.table.item(1, 2)
    assert status.text() == f"Withdrawn {format_date(TODAY)}: The family is moving away"
    assert status.foreground().color().name() in (PROBLEM_LIGHT, PROBLEM_DARK)
    assert not section.withdraw_button.isEnabled()
    withdrawn = [i for i in before_scheduling(prep) if i.field == f"consent.{case.guardian}"]
    assert len(withdrawn) == 1 and "withdrew consent" in withdrawn[0].text


def test_withdrawing_from_a_scheduled_case_says_it_went_back(
    qtbot, store, case_in_preparation, prepare, shown_info
):
    case = case_in_preparation
    prepare(store, case, on=TODAY)
    day = TODAY + timedelta(days=7)
    schedule_session(store, case.case_id, starts=datetime(day.year, day.month, day.day, 15,
                     tzinfo=UTC), minutes=60, other_place="Office",
                     attendees=[case.victim, case.offender])  # fmt: skip
    section = open_section(qtbot, store, case, ConsentSection)
    section.focus_item(f"consent.{case.victim}")
    withdraw = section.withdraw()
    withdraw.reason.setPlainText("Does not want to meet any more")
    click(qtbot, withdraw.buttons.button(withdraw.buttons.StandardButton.Save))
    assert shown_info == [
        (
            "Consent withdrawn",
            "Consent withdrawn. The case is back in preparation and its scheduled sessions "
            "are cancelled.",
        )
    ]
    assert read_preparation(store, case.case_id).stage.value == "preparation"


def test_sharing_consent_is_saved_and_read_back(qtbot, store, case_in_preparation):
    case = case_in_preparation
    section = open_section(qtbot, store, case, ConsentSection)
    section.focus_item(f"consent.{case.victim}")
    assert section.sharing.isEnabled()
    assert section.current_sharing.text() == "Nothing allowed yet: nothing is shared."
    assert not section.has_unsaved_changes()
    click(qtbot, section.allowed[Shareable.STATUS])
    click(qtbot, section.allowed[Shareable.AGREEMENT_REACHED])
    section.until.set_value(TODAY - timedelta(days=3))
    assert section.has_unsaved_changes()
    click(qtbot, section.save_sharing_button)
    assert "before the date it was given" in section.sharing_messages["sharing_until"].text()
    assert read_preparation(store, case.case_id).sharing == []
    refresh(section, store, case)  # a reload keeps what is being typed
    assert section.allowed[Shareable.STATUS].isChecked() and section.has_unsaved_changes()
    until = TODAY + timedelta(days=365)
    section.until.set_value(until)
    click(qtbot, section.save_sharing_button)
    assert not section.sharing_messages["sharing_until"].isVisible()
    prep = read_preparation(store, case.case_id)
    [row] = prep.sharing
    assert row.participant_id == case.victim and row.until == until and row.given_on == TODAY
    assert set(row.allowed) == {Shareable.STATUS.value, Shareable.AGREEMENT_REACHED.value}
    section.show_preparation(prep)
    assert not section.has_unsaved_changes()
    assert "Whether an agreement was reached" in section.current_sharing.text()
    assert format_date(until) in section.current_sharing.text()
    section.focus_item(f"consent.{case.offender}")
    assert section.current_sharing.text() == "Nothing allowed yet: nothing is shared."
    assert not section.allowed[Shareable.STATUS].isChecked()
    assert QApplication.activeModalWidget() is None
