"""Errors the store raises; each message is written for the person using the app."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every error that the UI and CLI show as a message rather than a traceback."""


class DamagedDatabaseError(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            f"The workshop database {path} is damaged and cannot be opened ({detail}). "
            "It has not been changed. You can restore the newest verified backup."
        )


class NewerDatabaseError(StoreError):
    def __init__(self, where: str, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"The workshop database {where} was written by a newer version of SLA Workshop "
            f"(schema “{revision}”). Please update SLA Workshop; the database has been left untouched."
        )


class DataDirError(StoreError):
    """The data folder cannot be used (it is a file, or it cannot be created or written)."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"The data folder {path} cannot be used: {detail}.")


class DatabaseUnavailableError(StoreError):
    """The database could not be reached or opened (server down, wrong password, no such database)."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"Cannot open the database {where}: {reason}")


class UnsupportedDatabaseError(StoreError):
    """A database URL for a backend the app does not run on."""


class BackupError(StoreError):
    pass


class MigrationError(StoreError):
    pass
