"""One page class per workshop step (as in Qt's licensewizard example), found by step id.

A step's page lives in its own module below this package and names its class ``PAGE``::

    # slaworkshop/ui/steps/goals.py
    class GoalsPage(StepPage): ...
    PAGE = GoalsPage

:func:`page_class` imports the module of a step on first use (module names in :data:`STEP_MODULES`);
a step without a module yet gets a :class:`GuidanceOnlyPage`. A page is built as
``PageClass(step, parent)``, emits edits on ``ops_requested(ops, merge_key)`` and shows a snapshot in
``load(snapshot)``; see :class:`StepPage`.
"""

from __future__ import annotations

import importlib
import importlib.util

from slaworkshop.services.progress import StepId

from .base import GuidanceOnlyPage, StepPage
from .workshop import WorkshopPage

STEP_MODULES: dict[StepId, str] = {
    StepId.GOALS: "goals",
    StepId.FUNNEL: "funnel",
    StepId.DEFINITIONS: "definitions",
    StepId.SCORING: "scoring",
    StepId.HANDOFF: "handoff",
    StepId.NURTURING: "nurturing",
    StepId.KPIS: "kpis",
    StepId.GOVERNANCE: "governance",
    StepId.SIGN_OFF: "review",
}

PAGES: dict[StepId, type[StepPage]] = {StepId.WORKSHOP: WorkshopPage}


def page_class(step: StepId) -> type[StepPage]:
    found = PAGES.get(step)
    if found is not None:
        return found
    name = STEP_MODULES.get(step)
    if name is None or importlib.util.find_spec(f"{__name__}.{name}") is None:
        return GuidanceOnlyPage
    page: type[StepPage] = importlib.import_module(f"{__name__}.{name}").PAGE
    PAGES[step] = page
    return page


__all__ = ["PAGES", "STEP_MODULES", "GuidanceOnlyPage", "StepPage", "WorkshopPage", "page_class"]
