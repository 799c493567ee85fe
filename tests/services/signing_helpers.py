"""A workshop ready to be signed, and signing it: shared by the sign-off, export and CLI tests."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from slaworkshop.services.ops import AddRow, SetField
from slaworkshop.services.review import sign_off_blockers
from slaworkshop.services.sample import create_sample
from slaworkshop.services.signoff import ApprovalInput, SignOffResult, SignOffService
from slaworkshop.services.workshops import WorkshopService

APPROVED_ON = date(2027, 3, 3)


@dataclass(frozen=True)
class Signable:
    workshop_id: str
    signatories: tuple[str, ...]  # row ids: Ann Smith (Marketing lead), Piet de Vries (Sales lead)


def signature_png(width: int = 600, height: int = 200) -> bytes:
    """A drawn signature as the signature pad produces it: strokes on a transparent PNG."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    points = [(20, 150), (150, 40), (300, 160), (450, 50), (580, 140)]
    ImageDraw.Draw(image).line(
        [(x * width // 600, y * height // 200) for x, y in points], fill=(20, 30, 120, 255), width=6
    )
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def signable(service: WorkshopService) -> Signable:
    """The sample workshop with its last two open points agreed and two signatories."""
    workshop_id = create_sample(service, "en")
    blockers = sign_off_blockers(service.get(workshop_id))
    marketing = AddRow(
        "signatories",
        {
            "name": "Ann Smith",
            "title": "Head of Marketing",
            "department": "marketing",
            "role": "Marketing lead",
        },
    )
    sales = AddRow(
        "signatories",
        {"name": "Piet de Vries", "title": "Sales Director", "department": "sales", "role": "Sales lead"},
    )
    ops = [SetField(f.entity, f.field or "agreement", "agreed", f.row_id) for f in blockers]
    service.apply(workshop_id, None, [*ops, marketing, sales])
    assert sign_off_blockers(service.get(workshop_id)) == []
    return Signable(workshop_id, (marketing.row_id, sales.row_id))


def approvals(ready: Signable, *, drawn: bytes | None = None) -> list[ApprovalInput]:
    """Both signatories approve on 3 March 2027; Ann also draws her signature when ``drawn`` is given."""
    first, second = ready.signatories
    return [
        ApprovalInput(first, APPROVED_ON, "Ann Smith", drawn),
        ApprovalInput(second, APPROVED_ON, "Piet de Vries"),
    ]


def sign(signoff: SignOffService, ready: Signable, *, drawn: bytes | None = None) -> SignOffResult:
    revision = signoff.workshops.get(ready.workshop_id).revision
    return signoff.sign_off(ready.workshop_id, revision, approvals(ready, drawn=drawn), today=APPROVED_ON)
