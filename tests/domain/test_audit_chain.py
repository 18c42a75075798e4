"""The audit chain's pure functions: an intact chain verifies; any single tampering is caught."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from vomdesk.domain.audit_chain import ChainEntry, entry_hash, first_broken, hash_of

TEXT = st.text(max_size=20)
FIELD_NAMES = ("prev_hash", "entry_hash", "at", "actor", "action", "record_kind", "record_id",
               "fields", "detail")  # fmt: skip


@st.composite
def raw_entries(draw: st.DrawFn) -> list[dict[str, str | None]]:
    count = draw(st.integers(min_value=1, max_value=8))
    return [
        {
            "at": draw(TEXT),
            "actor": draw(TEXT),
            "action": draw(TEXT),
            "record_kind": draw(TEXT),
            "record_id": draw(st.none() | TEXT),
            "fields": draw(TEXT),
            "detail": draw(st.none() | TEXT),
        }
        for _ in range(count)
    ]


def chained(raw: list[dict[str, str | None]], prefix: int = 0) -> list[ChainEntry]:
    """``prefix`` unhashed entries (written before the chain), then a chain from ""."""
    out: list[ChainEntry] = []
    previous = ""
    for index, values in enumerate(raw):
        base = ChainEntry(prev_hash="", entry_hash="", **values)  # type: ignore[arg-type]
        if index < prefix:
            out.append(base)
            continue
        linked = replace(base, prev_hash=previous)
        linked = replace(linked, entry_hash=hash_of(linked))
        previous = linked.entry_hash
        out.append(linked)
    return out


def tampered(value: str | None) -> str:
    return (value or "") + "x"


@given(raw_entries(), st.integers(min_value=0, max_value=3))
def test_an_untouched_chain_is_intact(raw: list[dict[str, str | None]], prefix: int) -> None:
    assert first_broken(chained(raw, min(prefix, len(raw)))) is None


@given(raw_entries(), st.data())
def test_any_single_change_is_caught_at_that_entry_or_the_next(
    raw: list[dict[str, str | None]], data: st.DataObject
) -> None:
    entries = chained(raw)
    index = data.draw(st.integers(min_value=0, max_value=len(entries) - 1))
    name = data.draw(st.sampled_from(FIELD_NAMES))
    new_value = data.draw(st.sampled_from(["", None, "changed"]) | TEXT)
    if name not in ("record_id", "detail") and new_value is None:
        new_value = ""
    if new_value == getattr(entries[index], name):
        new_value = tampered(getattr(entries[index], name))
    entries[index] = replace(entries[index], **{name: new_value})
    assert first_broken(entries) in (index, index + 1)


@given(raw_entries(), st.data())
def test_removing_an_entry_before_the_last_is_caught_where_it_was(
    raw: list[dict[str, str | None]], data: st.DataObject
) -> None:
    entries = chained(raw)
    if len(entries) < 2:
        return
    index = data.draw(st.integers(min_value=0, max_value=len(entries) - 2))
    del entries[index]
    assert first_broken(entries) == index


def test_the_hash_covers_every_field_and_none_differs_from_empty() -> None:
    values = {
        "at": "2026-01-01T00:00:00.000000+00:00", "actor": "ana", "action": "create",
        "record_kind": "case", "record_id": "2026-001", "fields": '["a"]', "detail": None,
    }  # fmt: skip
    base = entry_hash("", **values)  # type: ignore[arg-type]
    assert len(base) == 64
    assert entry_hash("0" * 64, **values) != base  # type: ignore[arg-type]
    assert entry_hash("", **{**values, "detail": ""}) != base  # type: ignore[arg-type]
    assert entry_hash("", **{**values, "record_id": None}) != base  # type: ignore[arg-type]


def test_an_unhashed_entry_after_the_chain_started_breaks_it() -> None:
    raw = [{"at": str(n), "actor": "a", "action": "b", "record_kind": "c", "record_id": None,
            "fields": "[]", "detail": None} for n in range(3)]  # fmt: skip
    entries = chained(raw)  # type: ignore[arg-type]
    entries[1] = replace(entries[1], prev_hash="", entry_hash="")
    assert first_broken(entries) == 1
