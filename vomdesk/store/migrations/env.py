"""Alembic environment: always runs on the keyed connection that the app hands over."""

from alembic import context
from sqlmodel import SQLModel

import vomdesk.store.models  # noqa: F401 - registers the tables on SQLModel.metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("vomdesk migrations run only through vomdesk.store.migrate")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
