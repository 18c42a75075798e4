"""PDF pages rendered for the preview: page count, pixel layout, and a page that is not blank."""

from __future__ import annotations

import datetime
import threading

import pytest

from vomdesk.documents.preview import page_count, page_size, render_page
from vomdesk.documents.recovery_kit import RecoveryKit, build_recovery_kit
from vomdesk.domain.recovery_key import format_recovery_key


@pytest.fixture(scope="module")
def kit_pdf() -> bytes:
    return build_recovery_kit(
        RecoveryKit(
            program_name="Valle Verde Mediation Program",
            store_id="7f3a-91c2",
            recovery_key=format_recovery_key(bytes(range(3, 21))),
            created=datetime.date(2026, 11, 28),
            data_folder="/home/mediator/.local/share/vomdesk",
        )
    )


def _dark_pixels(page) -> int:  # type: ignore[no-untyped-def]
    dark = 0
    for row in range(page.height):
        line = page.bgra[row * page.stride : row * page.stride + page.width * 4]
        dark += sum(1 for i in range(0, len(line), 4) if line[i + 1] < 128)  # green channel
    return dark


def test_the_recovery_kit_has_one_page_of_letter_size(kit_pdf: bytes) -> None:
    assert page_count(kit_pdf) == 1
    size = page_size(kit_pdf, 0)
    assert (round(size.width), round(size.height)) == (612, 792)


def test_a_rendered_page_has_the_scaled_size_and_text_on_white(kit_pdf: bytes) -> None:
    page = render_page(kit_pdf, 0, 0.5)

    assert (page.width, page.height) == (306, 396)
    assert page.stride >= page.width * 4
    assert len(page.bgra) == page.stride * page.height
    assert page.bgra[:3] == b"\xff\xff\xff", "the corner is white paper"
    assert _dark_pixels(page) > 500, "the page carries text"


def test_scale_changes_the_size_and_a_missing_page_is_refused(kit_pdf: bytes) -> None:
    small, large = render_page(kit_pdf, 0, 0.25), render_page(kit_pdf, 0, 1.0)
    assert large.width == small.width * 4
    with pytest.raises(IndexError):
        render_page(kit_pdf, 1, 1.0)


def test_renders_from_several_threads_at_once_all_succeed(kit_pdf: bytes) -> None:
    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(render_page(kit_pdf, 0, 0.3).width))
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [round(612 * 0.3)] * 6
