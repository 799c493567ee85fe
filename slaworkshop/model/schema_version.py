"""The Alembic revisions this version of the app knows, oldest first.

Kept as plain data so that start-up can compare the database's revision with the head without
importing Alembic (a test checks it against the migration scripts).
"""

from __future__ import annotations

REVISIONS: tuple[str, ...] = ("0001_foundation", "0002_steps", "0003_signing")
HEAD = REVISIONS[-1]
