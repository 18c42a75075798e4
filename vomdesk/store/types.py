"""Column types: timestamps that keep their time zone (stored as ISO 8601 text, in UTC)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def utc_now() -> datetime:
    """The current time, in UTC, with its zone attached."""
    return datetime.now(UTC)


def iso_utc(value: datetime) -> str:
    """An aware timestamp as the store writes it: UTC ISO 8601 text with microseconds."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime saved as UTC ISO text; a naive datetime is refused."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError("timestamps must carry their time zone")
        return iso_utc(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(str(value)).astimezone(UTC)
