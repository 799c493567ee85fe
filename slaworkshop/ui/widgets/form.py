"""A form for one ``single`` EntitySpec (the workshop itself, or a 1:1 section of a step).

One editor per field from :func:`make_editor`; each edit comes out of ``ops_requested`` as a
``SetField`` op whose merge key is the field, so a typing burst becomes one undo step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from slaworkshop.model.fields import WORKSHOP, EntitySpec
from slaworkshop.services.ops import SetField

from .fields import CheckedField, make_editor, translate_label


class EntityForm(QWidget):
    ops_requested = Signal(list, object)

    def __init__(
        self, spec: EntitySpec, parent: QWidget | None = None, *, fields: Sequence[str] | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.entity = "workshop" if spec is WORKSHOP else spec.name
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, QWidget] = {}
        names = list(fields) if fields else [f.name for f in spec.fields]
        for name in names:
            field = spec.field(name)
            editor = make_editor(field, self)
            editor.setObjectName(f"{self.entity}.{name}")
            label = QLabel(translate_label(field.label) + (" *" if field.required else "") + ":", self)
            label.setBuddy(editor)
            self.layout_.addRow(label, editor)
            self.editors[name] = editor
            editor.value_edited.connect(  # type: ignore[attr-defined]
                lambda value, n=name: self.ops_requested.emit(
                    [SetField(self.entity, n, value)], (self.entity, n, None)
                )
            )

    def editor(self, name: str) -> Any:
        return self.editors[name]

    def show_field(self, name: str) -> bool:
        """Focus the editor of field ``name`` (for a review finding); False when it is not on this form."""
        editor = self.editors.get(name)
        if editor is None:
            return False
        editor.setFocus()
        return True

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, editor in self.editors.items():
            editor.set_value(values.get(name))  # type: ignore[attr-defined]

    def pending_messages(self) -> str:
        """Messages of fields whose typed value is not valid yet (and so not saved)."""
        found = [
            e.message.text() for e in self.editors.values() if isinstance(e, CheckedField) and e.has_error()
        ]
        return "\n".join(found)
