"""Alembic environment: always runs on the keyed connection that the app hands over."""

from alembic import context
from sqlmodel import SQLModel

import vomdesk.store.agreement_models
import vomdesk.store.case_models
import vomdesk.store.models
import vomdesk.store.monitoring_models
import vomdesk.store.preparation_models
import vomdesk.store.retention_models  # noqa: F401

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("vomdesk migrations run only through vomdesk.store.migrate")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate leaves out tables made by hand in migrations (the case_search index)."""
    return not (type_ == "table" and name is not None and name.startswith("case_search"))


context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    include_object=include_object,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
