"""The data key and the wrapped key slots never appear in a repr (logs, tracebacks, test output)."""

from __future__ import annotations


def test_an_open_store_prints_no_key(store):
    shown = repr(store) + str(store)
    assert store.data_key.hex() not in shown and repr(bytes(store.data_key)) not in shown
    assert "data_key" not in shown and "wrapped" not in shown
    assert str(store.files.folder) in shown, "what it is stays visible"
