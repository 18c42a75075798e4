"""The case list: accent-blind search as you type, filters, sorting, paging, opening a case."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt
from PySide6.QtGui import QFont

from vomdesk.domain.stages import ClosingReason, Stage
from vomdesk.services import errors
from vomdesk.services.case_list import CaseRow
from vomdesk.services.case_stages import close_case, move_case
from vomdesk.services.cases import create_case
from vomdesk.store.case_models import CaseCreate, OffenceCreate, ParticipantCreate
from vomdesk.ui.events import app_events
from vomdesk.ui.models.case_table import CaseTableModel, short_date
from vomdesk.ui.operations import background_work_running
from vomdesk.ui.pages import cases_page
from vomdesk.ui.pages.cases_page import CasesPage

TODAY = date.today()


def make_case(
    store,
    victim: str,
    offender: str,
    *,
    received: date | None = None,
    court: str = "",
    source: str = "judge",
    agency: str = "",
    offender_birth: date | None = None,
    deadline: date | None = None,
    kind: str = "",
    victim_is_organisation: bool = False,
) -> int:
    received = received or TODAY - timedelta(days=10)
    case = create_case(
        store,
        CaseCreate(
            received_on=received,
            incident_date=received - timedelta(days=3),
            source_type=source,
            source_agency=agency,
            court_number=court,
            deadline=deadline,
            deadline_kind=kind,
            offences=[OffenceCreate(description="Theft", category="property", level="other")],
        ),
        [
            ParticipantCreate(role="victim", name=victim, is_organisation=victim_is_organisation),
            ParticipantCreate(role="offender", name=offender, birth=offender_birth),
        ],
    )
    assert case.id is not None
    return case.id


def make_page(qtbot, store, **options) -> CasesPage:
    page = CasesPage(store, **options)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    wait_for_rows(qtbot, page)
    return page


def wait_for_rows(qtbot, page: CasesPage) -> None:
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)


def shown_numbers(page: CasesPage) -> list[str]:
    model = page.model
    return [model.row_at(row).number for row in range(model.rowCount())]


def shown_ids(page: CasesPage) -> list[int]:
    return [page.model.row_at(row).id for row in range(page.model.rowCount())]


def shown_parties(page: CasesPage) -> list[str]:
    model = page.model
    return [model.row_at(row).parties for row in range(model.rowCount())]


@pytest.fixture
def cases(store) -> dict[str, int]:
    """A small case load with accents, an organisation victim and court numbers."""
    last_year = date(TODAY.year - 1, 3, 15)
    return {
        "munoz": make_case(
            store, "José Muñoz García", "Diego Ramírez", court="JV-24-000731",
            offender_birth=TODAY - timedelta(days=365 * 15), source="probation_officer",
            agency="County Probation", deadline=TODAY - timedelta(days=2), kind="Report due",
        ),
        "nunez": make_case(
            store, "Ana Núñez", "Kevin Smith", court="CR-2025-118", source="police",
            offender_birth=TODAY - timedelta(days=365 * 30), received=last_year,
        ),
        "tienda": make_case(
            store, "Tienda La Económica", "Mateo Castañeda", victim_is_organisation=True,
            source="school", agency="Lincoln Middle School",
            deadline=TODAY + timedelta(days=20), kind="Court date",
        ),
    }  # fmt: skip


# --- the model, without a window -------------------------------------------------------------
def row(**changes: object) -> CaseRow:
    values: dict[str, object] = {
        "id": 7, "number": "2026-014", "parties": "Muñoz García J. / Ramírez D.",
        "stage": Stage.PREPARATION, "juvenile": True, "received_on": date(2026, 3, 2),
        "source_type": "probation_officer", "source_agency": "County Probation",
        "deadline": date(2026, 12, 1), "deadline_kind": "Report due", "court_number": "JV-1",
    }  # fmt: skip
    values.update(changes)
    return CaseRow(**values)  # type: ignore[arg-type]


def test_the_model_shows_each_column_in_the_mediators_words():
    asked: list[int] = []
    model = CaseTableModel(asked.append, today=lambda: date(2026, 12, 5))
    model.set_rows([row(), row(id=8, juvenile=False, deadline=None), row(id=9, juvenile=None)], 3)

    def cell(r: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(r, column), role)

    assert model.rowCount() == 3 and model.columnCount() == 8
    assert cell(0, model.COL_NUMBER) == "2026-014"
    assert cell(0, model.COL_PARTIES) == "Muñoz García J. / Ramírez D."
    assert cell(0, model.COL_STAGE) == "Preparation"
    assert [cell(r, model.COL_JUVENILE) for r in range(3)] == ["Juvenile", "Adult", "—"]
    assert cell(0, model.COL_RECEIVED) == short_date(date(2026, 3, 2))
    assert "2026" in str(cell(0, model.COL_RECEIVED)), "a four-digit year"
    assert cell(0, model.COL_DUE) == f"Report due {short_date(date(2026, 12, 1))}"
    assert cell(1, model.COL_DUE) == ""
    assert cell(0, model.COL_SOURCE) == "Probation officer"
    assert cell(0, model.COL_SOURCE, Qt.ItemDataRole.ToolTipRole) == (
        "Probation officer: County Probation"
    )
    assert cell(0, model.COL_NUMBER, model.CASE_ID_ROLE) == 7
    assert model.row_at(model.index(2, 0)).id == 9

    font = cell(0, model.COL_DUE, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold(), "past due stands out"
    assert cell(0, model.COL_DUE, Qt.ItemDataRole.ForegroundRole) is not None
    assert str(cell(0, model.COL_DUE, Qt.ItemDataRole.ToolTipRole)).startswith("Past due")
    closed = CaseTableModel(today=lambda: date(2026, 12, 5))
    closed.set_rows([row(stage=Stage.CLOSED)], 1)
    assert closed.data(closed.index(0, model.COL_DUE), Qt.ItemDataRole.FontRole) is None

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == [
        "Case", "Victim / offender", "Stage", "Next step", "Juvenile/adult", "Received", "Due",
        "Referred by",
    ]  # fmt: skip
    assert cell(0, model.COL_NEXT) == "Screen both sides"  # a case in preparation
    assert closed.data(closed.index(0, model.COL_NEXT)) == ""

    with_kindless = CaseTableModel()
    with_kindless.set_rows([row(deadline_kind="")], 1)
    due = with_kindless.data(with_kindless.index(0, model.COL_DUE))
    assert due == f"Due {short_date(date(2026, 12, 1))}"
    assert asked == [], "the model never fetches by itself"


def test_dates_follow_the_locale_with_a_four_digit_year():
    assert short_date(date(2026, 12, 1), QLocale("en_US")) == "12/1/2026"
    assert short_date(date(2026, 12, 1), QLocale("es_ES")) == "1/12/2026"


def test_the_model_asks_for_more_pages_and_maps_sorting_to_query_keys():
    asked: list[int] = []
    model = CaseTableModel(asked.append)
    model.set_rows([row(id=i) for i in range(200)], 450)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert asked == [200], "one page at a time"
    model.append_rows([row(id=i) for i in range(200, 400)])
    model.fetchMore(QModelIndex())
    assert asked == [200, 400]
    model.append_rows([row(id=i) for i in range(400, 450)])
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())

    sorts: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda key, descending: sorts.append((key, descending)))
    model.sort(model.COL_PARTIES, Qt.SortOrder.AscendingOrder)
    model.sort(model.COL_DUE, Qt.SortOrder.DescendingOrder)
    model.sort(model.COL_RECEIVED, Qt.SortOrder.AscendingOrder)
    model.sort(model.COL_STAGE, Qt.SortOrder.AscendingOrder)
    model.sort(model.COL_SOURCE, Qt.SortOrder.AscendingOrder)  # no such key: ignored
    assert sorts == [
        ("parties", False), ("deadline", True), ("received_on", False), ("stage", False),
    ]  # fmt: skip
    assert model.rowCount() == 450, "the model itself never reorders rows"


# --- searching ---------------------------------------------------------------------------------
def test_munoz_finds_munoz_as_you_type(qtbot, store, cases):
    page = make_page(qtbot, store)
    assert page.status.text() == "3 cases"
    page.search.setFocus()
    qtbot.keyClicks(page.search, "munoz")
    assert page.is_loading(), "the search waits for a pause in the typing"
    wait_for_rows(qtbot, page)
    assert shown_ids(page) == [cases["munoz"]]
    assert "Muñoz García J." in page.model.data(page.model.index(0, page.model.COL_PARTIES))
    assert page.status.text() == "1 case"

    page.search.setText("NÚÑEZ")
    wait_for_rows(qtbot, page)
    assert shown_ids(page) == [cases["nunez"]]
    page.search.setText("economica")
    wait_for_rows(qtbot, page)
    assert shown_ids(page) == [cases["tienda"]]
    page.search.setText("mu")  # two letters: found without the trigram index
    wait_for_rows(qtbot, page)
    assert cases["munoz"] in shown_ids(page)


def test_case_numbers_court_numbers_and_referral_sources_are_found(qtbot, store, cases):
    page = make_page(qtbot, store)
    number = page.model.row_at(page.model.row_of_case(cases["tienda"])).number
    page.search.setText(number)
    wait_for_rows(qtbot, page)
    assert shown_ids(page) == [cases["tienda"]]
    page.search.setText("cr-2025-118")
    wait_for_rows(qtbot, page)
    assert shown_ids(page) == [cases["nunez"]]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    qtbot.keyClicks(page.search, "county probation")
    wait_for_rows(qtbot, page)
    assert shown_ids(page) == [cases["munoz"]]


def test_no_match_and_an_empty_store_say_what_to_do(qtbot, store):
    page = make_page(qtbot, store)
    assert page.body.currentWidget() is page.empty_state
    assert page.empty_text.text() == (
        "No cases yet. Record the first referral with New referral (Ctrl+N)."
    )
    make_case(store, "José Muñoz", "Luis Soto")
    app_events().data_changed.emit("case")
    wait_for_rows(qtbot, page)
    assert page.body.currentWidget() is page.table and page.model.rowCount() == 1

    page.search.setText("perez")
    wait_for_rows(qtbot, page)
    assert page.status.text() == "No case matches “perez”"
    assert page.body.currentWidget() is page.empty_state
    assert page.clear_all_button.isVisibleTo(page)
    qtbot.mouseClick(page.clear_all_button, Qt.MouseButton.LeftButton)
    wait_for_rows(qtbot, page)
    assert page.search.text() == "" and page.model.rowCount() == 1


# --- filters and sorting -------------------------------------------------------------------------
def test_each_filter_narrows_the_list(qtbot, store, cases):
    move_case(store, cases["nunez"], Stage.INTAKE)
    close_case(store, cases["tienda"], ClosingReason.VICTIM_DECLINED)
    page = make_page(qtbot, store)
    qtbot.waitUntil(lambda: page.year_filter.count() == 3, timeout=5000)

    def choose(chip, data) -> list[int]:
        chip.setCurrentIndex(chip.findData(data))
        wait_for_rows(qtbot, page)
        return sorted(shown_ids(page))

    assert choose(page.stage_filter, Stage.INTAKE.value) == [cases["nunez"]]
    assert page.clear_filters_button.isVisibleTo(page)
    assert choose(page.stage_filter, cases_page.OPEN) == sorted([cases["munoz"], cases["nunez"]])
    assert choose(page.stage_filter, "") == sorted(cases.values())
    assert choose(page.juvenile_filter, True) == [cases["munoz"]]
    assert choose(page.juvenile_filter, False) == [cases["nunez"]]
    assert page.status.text() == "1 case"
    assert choose(page.juvenile_filter, None) == sorted(cases.values())
    assert choose(page.year_filter, TODAY.year - 1) == [cases["nunez"]]
    assert choose(page.source_filter, "school") == []
    assert page.status.text() == "No case matches these filters"
    qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    wait_for_rows(qtbot, page)
    assert sorted(shown_ids(page)) == sorted(cases.values())
    assert choose(page.source_filter, "school") == [cases["tienda"]]


def click_header(qtbot, page: CasesPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_a_header_click_sorts_through_the_query(qtbot, store, cases):
    page = make_page(qtbot, store)
    assert shown_numbers(page) == sorted(shown_numbers(page), reverse=True), "newest first"
    click_header(qtbot, page, page.model.COL_PARTIES)
    wait_for_rows(qtbot, page)
    assert page.model.sort_key == "parties"
    first = shown_parties(page)
    assert first == sorted(first, reverse=page.model.descending)
    click_header(qtbot, page, page.model.COL_PARTIES)
    wait_for_rows(qtbot, page)
    assert shown_parties(page) == list(reversed(first))

    header = page.table.horizontalHeader()
    before = (header.sortIndicatorSection(), header.sortIndicatorOrder())
    click_header(qtbot, page, page.model.COL_SOURCE)  # not sortable: nothing changes
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == before
    assert not page.is_loading()


# --- paging -----------------------------------------------------------------------------------
def test_scrolling_down_fetches_the_next_pages_in_the_background(qtbot, store):
    for i in range(450):
        make_case(store, f"Víctima {i:03d}", f"Ofensor {i:03d}")
    page = make_page(qtbot, store)
    assert page.model.rowCount() == 200 and page.model.total == 450
    assert page.status.text() == "450 cases"
    for expected in (400, 450):
        page.table.scrollToBottom()
        qtbot.waitUntil(lambda n=expected: page.model.rowCount() == n, timeout=5000)
    qtbot.waitUntil(lambda: not background_work_running(), timeout=5000)
    numbers = shown_numbers(page)
    assert len(set(numbers)) == 450 and numbers == sorted(numbers, reverse=True)
    assert not page.model.canFetchMore(QModelIndex())


# --- opening a case ---------------------------------------------------------------------------
def test_enter_and_double_click_open_the_case(qtbot, store, cases):
    page = make_page(qtbot, store)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    page.table.setCurrentIndex(page.model.index(1, 0))
    expected = page.model.row_at(1).id
    with qtbot.waitSignal(page.open_case) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [expected]

    index = page.model.index(2, page.model.COL_PARTIES)
    target = page.table.visualRect(index).center()
    with qtbot.waitSignal(page.open_case) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert opened.args == [page.model.row_at(2).id]


def test_keyboard_shortcuts_order_and_names(qtbot, store, cases):
    page = make_page(qtbot, store)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.table.currentIndex().row() == 0

    chain, widget = [], page.search
    for _ in range(8):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.isVisibleTo(page) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
    wanted = [page.search, page.stage_filter, page.juvenile_filter, page.year_filter]
    wanted += [page.source_filter, page.table, page.new_button]
    assert [w for w in chain if w in wanted][:7] == wanted, "search, filters, table, new referral"
    for widget in [*wanted, page.clear_filters_button, page.clear_all_button, page.status]:
        assert widget.accessibleName(), widget


# --- outdated answers -------------------------------------------------------------------------
def test_an_answer_that_arrives_late_never_replaces_a_newer_one(qtbot, store, cases, monkeypatch):
    page = make_page(qtbot, store)
    release = threading.Event()
    real = cases_page.list_cases

    def slow_for_ana(store_, query, *, with_total=True):
        if query.words == "ana":
            release.wait(10)  # this answer comes after the next query's
        return real(store_, query, with_total=with_total)

    monkeypatch.setattr(cases_page, "list_cases", slow_for_ana)
    page.search.setText("ana")
    page.search_now()
    page.search.setText("munoz")
    page.search_now()
    wait_for_rows(qtbot, page)
    assert shown_ids(page) == [cases["munoz"]]
    release.set()
    qtbot.waitUntil(lambda: not background_work_running(), timeout=5000)
    assert shown_ids(page) == [cases["munoz"]], "the late answer was dropped"
    assert page.status.text() == "1 case"


def test_a_change_elsewhere_refreshes_the_list_and_keeps_the_selection(qtbot, store, cases):
    page = make_page(qtbot, store)
    page.table.setCurrentIndex(page.model.index(page.model.row_of_case(cases["nunez"]), 0))
    make_case(store, "Renée Dubois", "Íñigo Peña")
    app_events().data_changed.emit("case")
    wait_for_rows(qtbot, page)
    assert page.model.rowCount() == 4
    assert page.model.row_at(page.table.currentIndex()).id == cases["nunez"]

    page.hide()
    make_case(store, "Zoë Ortiz", "Björn Müller")
    app_events().data_changed.emit("case")
    assert not page.is_loading(), "a hidden list waits until it is shown"
    page.show()
    wait_for_rows(qtbot, page)
    assert page.model.rowCount() == 5


def test_a_failed_query_is_explained_and_enter_tries_again(qtbot, store, cases, monkeypatch):
    page = make_page(qtbot, store)
    real = cases_page.list_cases

    def broken(store_, query, *, with_total=True):
        raise errors.StoreProblem()

    monkeypatch.setattr(cases_page, "list_cases", broken)
    page.search.setText("munoz")
    wait_for_rows(qtbot, page)
    assert page.status.text() == errors.StoreProblem().message()
    monkeypatch.setattr(cases_page, "list_cases", real)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    wait_for_rows(qtbot, page)
    assert shown_ids(page) == [cases["munoz"]] and page.status.text() == "1 case"
