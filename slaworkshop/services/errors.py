"""Errors of the use-cases, each with a message for the person using the app."""

from __future__ import annotations

from slaworkshop.model.errors import StoreError
from slaworkshop.model.fields import FieldError
from slaworkshop.model.messages import msg


class NotFoundError(StoreError):
    pass


class ConflictError(StoreError):
    """Someone else saved this workshop since it was read: the later save is refused."""

    def __init__(self, workshop_id: str, expected: int, actual: int | None) -> None:
        self.workshop_id = workshop_id
        self.expected = expected
        self.actual = actual
        super().__init__(
            msg(
                "This workshop was changed in another window or on another computer since you opened it. "
                "Your last change was not saved, and nothing you typed is lost."
            )
        )


class ValidationError(StoreError):
    """An edit with a value that cannot be stored."""

    def __init__(self, message: str, *, entity: str = "", field: str = "") -> None:
        self.entity = entity
        self.field = field
        super().__init__(message)


__all__ = ["ConflictError", "FieldError", "NotFoundError", "StoreError", "ValidationError"]
