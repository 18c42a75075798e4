"""The search index forgets deleted text at once

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 19:25:00

FTS5 only marks a deleted row as deleted; its trigrams stay in case_search_data until segments
merge. With secure-delete on, a purged or sealed case's names leave the index with the row;
"optimize" merges away what earlier deletions left behind.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("INSERT INTO case_search(case_search, rank) VALUES ('secure-delete', 1)")
    op.execute("INSERT INTO case_search(case_search) VALUES ('optimize')")


def downgrade() -> None:
    op.execute("INSERT INTO case_search(case_search, rank) VALUES ('secure-delete', 0)")
