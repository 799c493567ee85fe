"""Reusable editing widgets: clean text fields, number and date fields, the agreement-state control,
a form for a single entity and a row-table editor, all driven by ``slaworkshop.model.fields``."""
