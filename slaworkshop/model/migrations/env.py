"""Alembic environment: always run on a connection handed in by ``slaworkshop.model.db.migrate``."""

from __future__ import annotations

from alembic import context

from slaworkshop.model import steps as _steps  # noqa: F401 - registers the step tables
from slaworkshop.model.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs Alembic from its CLI
    raise RuntimeError("Run migrations through slaworkshop.model.db.migrate()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
