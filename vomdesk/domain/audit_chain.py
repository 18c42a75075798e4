"""The audit trail as a hash chain: each entry's hash covers the entry before's hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

CHAIN_VERSION = "vomdesk-audit-1"  # part of every hash: a new serialisation gets a new name


@dataclass(frozen=True)
class ChainEntry:
    """One audit entry as the chain sees it: timestamps already as canonical ISO text."""

    prev_hash: str
    entry_hash: str
    at: str
    actor: str
    action: str
    record_kind: str
    record_id: str | None
    fields: str
    detail: str | None


def entry_hash(
    prev: str,
    *,
    at: str,
    actor: str,
    action: str,
    record_kind: str,
    record_id: str | None,
    fields: str,
    detail: str | None,
) -> str:
    """SHA-256 (hex) of a canonical JSON array of the previous hash and the entry's fields."""
    canonical = json.dumps(
        [CHAIN_VERSION, prev, at, actor, action, record_kind, record_id, fields, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hash_of(entry: ChainEntry) -> str:
    """The hash ``entry`` should carry, given the previous hash it names."""
    return entry_hash(
        entry.prev_hash,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        record_kind=entry.record_kind,
        record_id=entry.record_id,
        fields=entry.fields,
        detail=entry.detail,
    )


def first_broken(entries: Sequence[ChainEntry]) -> int | None:
    """The index of the first entry that breaks the chain, or None when it is intact.

    ``entries`` are in the order written (oldest first). Entries written before the chain
    existed carry no hash: they are allowed only as a leading run, and the first hashed entry
    then starts the chain (its previous hash is empty). After that, every entry must name the
    hash of the one before and carry its own correct hash.
    """
    previous: str | None = None  # None: still in the leading run of unhashed entries
    for index, entry in enumerate(entries):
        if previous is None and entry.entry_hash == "" and entry.prev_hash == "":
            continue
        expected_prev = "" if previous is None else previous
        if entry.prev_hash != expected_prev or entry.entry_hash != hash_of(entry):
            return index
        previous = entry.entry_hash
    return None
