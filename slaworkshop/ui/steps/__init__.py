"""One page class per workshop step (as in Qt's licensewizard example), registered by step id.

``page_class(step)`` gives the page the editor shows; a step whose form is not built yet gets a
:class:`GuidanceOnlyPage`. A step module adds its page with ``PAGES[StepId.GOALS] = GoalsPage``.
"""

from __future__ import annotations

from slaworkshop.services.progress import StepId

from .base import GuidanceOnlyPage, StepPage
from .workshop import WorkshopPage

PAGES: dict[StepId, type[StepPage]] = {StepId.WORKSHOP: WorkshopPage}


def page_class(step: StepId) -> type[StepPage]:
    return PAGES.get(step, GuidanceOnlyPage)


__all__ = ["PAGES", "GuidanceOnlyPage", "StepPage", "WorkshopPage", "page_class"]
