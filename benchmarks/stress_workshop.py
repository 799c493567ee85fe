"""The stress workshop the benchmarks share: the sample workshop grown to 200 KPIs, 300 scoring
criteria and 50 participants, with two signatories, signed ten times (each version one change
further than the last), so an export carries ten versions of change history.

Built only through the services, as the app builds a workshop:

    from benchmarks.stress_workshop import build_stress_workshop
    workshop_id = build_stress_workshop(WorkshopService(store))

``build_stress_workshop(service) -> workshop_id`` is kept stable: other benchmarks reuse it.
"""

from __future__ import annotations

import io
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from slaworkshop.services.ops import AddRow, Op, SetField  # noqa: E402
from slaworkshop.services.review import sign_off_blockers  # noqa: E402
from slaworkshop.services.sample import create_sample  # noqa: E402
from slaworkshop.services.signoff import ApprovalInput, SignOffService  # noqa: E402
from slaworkshop.services.workshops import WorkshopService  # noqa: E402

KPIS = 200
SCORING_CRITERIA = 300
PARTICIPANTS = 50
SIGNED_VERSIONS = 10
FIRST_SIGNED_ON = date(2027, 1, 15)

_FIRST_NAMES = (
    "Ann", "Piet", "Fiona", "Ravi", "Tom", "Aileen", "Jan", "Marta", "Lukas", "Sofie", "Omar",
    "Grace", "Kasia", "Henrik", "Noor", "Daniel", "Eva", "Matteo", "Zofia", "Bram", "Chloé",
    "Jiří", "Ines", "Oskar", "Łucja",
)  # fmt: skip
_LAST_NAMES = (
    "Smith", "de Vries", "Baird", "Mehta", "Kerr", "Doyle", "Jansen", "Nowak", "Müller", "Peeters",
    "Haddad", "O'Neill", "Wójcik", "Lindqvist", "Bakker", "Novák", "Schäfer", "Rossi", "Dvořák",
    "van Dijk",
)  # fmt: skip
_ROLES = {
    "marketing": ("Marketing manager", "Campaign manager", "Marketing operations", "Content lead"),
    "sales": ("Account executive", "Sales development rep", "Inside sales", "Key account manager"),
    "management": ("Managing director", "Head of revenue operations"),
    "other": ("CRM administrator", "Business analyst"),
}
_REGIONS = ("UK & Ireland", "DACH", "Benelux", "Nordics", "Poland", "Czechia", "France", "Iberia")
_PRODUCTS = ("Palletising cells", "Welding robots", "Cobots", "Vision systems", "Service contracts")
_KPI_KINDS = (
    ("MQLs delivered", "Number of leads that became MQL in the period", "MQLs", "at_least", 120),
    ("SAL acceptance rate", "Accepted MQLs ÷ MQLs handed over", "%", "at_least", 70),
    ("Time to accept or reject", "Median time from handoff to the rep's decision in the CRM", "hours", "at_most", 24),
    ("First contact within", "Median time from acceptance to the first logged call or e-mail", "hours", "at_most", 8),
    ("SQL conversion", "SQLs ÷ SALs of the period", "%", "at_least", 40),
    ("Pipeline created", "Value of opportunities opened from marketing-sourced leads", "GBP", "at_least", 250_000),
    ("Win rate", "Won ÷ closed opportunities from marketing-sourced leads", "%", "at_least", 25),
    ("Recycled leads re-engaged", "Recycled leads scoring above the threshold again within 90 days", "leads", "at_least", 30),
)  # fmt: skip
_CRITERIA = (
    ("fit", "Role", "Decision maker (managing director, head of department)", 20),
    ("fit", "Role", "Influencer (team lead, specialist in the buying centre)", 10),
    ("fit", "Company size", "Within the target range of employees", 15),
    ("fit", "Industry", "One of our target industries", 15),
    ("fit", "Region", "In a sales territory we cover", 10),
    ("interest", "Pricing page", "Visited in the last 30 days", 15),
    ("interest", "Demo request", "Form submitted", 30),
    ("interest", "Webinar", "Attended live", 10),
    ("interest", "E-mail", "Clicked a nurture e-mail", 5),
    ("interest", "Unsubscribed", "From all marketing e-mails", -20),
)  # fmt: skip
_FREQUENCIES = ("weekly", "monthly", "monthly", "quarterly")
_OWNERS = ("marketing", "sales", "shared")


def _signature_png(seed: int) -> bytes:
    """A drawn signature as the signature pad produces it: strokes on a transparent PNG."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 200), (255, 255, 255, 0))
    points = [(20 + i * 70, 100 + ((i * 37 + seed * 11) % 90) - 45) for i in range(9)]
    ImageDraw.Draw(image).line(points, fill=(20, 30, 120, 255), width=6)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _participants(count: int) -> list[Op]:
    departments = ("marketing", "sales", "sales", "marketing", "management", "other")
    ops: list[Op] = []
    for index in range(count):
        first = _FIRST_NAMES[index % len(_FIRST_NAMES)]
        last = _LAST_NAMES[(index * 7) % len(_LAST_NAMES)]
        department = departments[index % len(departments)]
        roles = _ROLES[department]
        mail = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        ops.append(
            AddRow(
                "participants",
                {
                    "name": f"{first} {last}",
                    "department": department,
                    "role": roles[index % len(roles)],
                    "email": f"{mail.encode('ascii', 'ignore').decode()}{index}@calder-robotics.example",
                },
            )
        )
    return ops


def _kpis(count: int) -> list[Op]:
    ops: list[Op] = []
    for index in range(count):
        name, definition, unit, direction, target = _KPI_KINDS[index % len(_KPI_KINDS)]
        region = _REGIONS[(index // len(_KPI_KINDS)) % len(_REGIONS)]
        product = _PRODUCTS[(index // (len(_KPI_KINDS) * len(_REGIONS))) % len(_PRODUCTS)]
        value = Decimal(target) * (Decimal(90 + (index * 13) % 30) / 100)
        value = value.quantize(Decimal(1))
        amber, red = (value * Decimal("0.9"), value * Decimal("0.75"))
        if direction == "at_most":
            amber, red = value * Decimal("1.25"), value * 2
        values: dict[str, Any] = {
            "name": f"{name} — {region}, {product}",
            "definition": f"{definition}, for {product.lower()} in {region}. Counted from the CRM "
            f"on the first business day after the period; leads without a region are left out.",
            "owner": _OWNERS[index % len(_OWNERS)],
            "target": value,
            "unit": unit,
            "direction": direction,
            "amber": amber.quantize(Decimal(1)),
            "red": red.quantize(Decimal(1)),
            "frequency": _FREQUENCIES[index % len(_FREQUENCIES)],
            "data_source": f"CRM dashboard “{region} {name.lower()}”",
            "agreement": "agreed",
        }
        ops.append(AddRow("kpis", values))
    return ops


def _criteria(count: int) -> list[Op]:
    ops: list[Op] = []
    for index in range(count):
        axis, attribute, condition, points = _CRITERIA[index % len(_CRITERIA)]
        region = _REGIONS[(index // len(_CRITERIA)) % len(_REGIONS)]
        product = _PRODUCTS[(index // (len(_CRITERIA) * len(_REGIONS))) % len(_PRODUCTS)]
        values = {
            "axis": axis,
            "attribute": f"{attribute} ({product}, {region})",
            "condition": condition,
            "points": points,
            "agreement": "agreed",
        }
        ops.append(AddRow("scoring_criteria", values))
    return ops


def _missing(service: WorkshopService, workshop_id: str, entity: str, wanted: int) -> int:
    return max(0, wanted - len(service.get(workshop_id).rows_of(entity)))


def build_stress_workshop(service: WorkshopService) -> str:
    """Create the stress workshop in ``service``'s store and return its id (see the module's doc)."""
    workshop_id = create_sample(service, "en")
    ops: list[Op] = []
    ops += _participants(_missing(service, workshop_id, "participants", PARTICIPANTS))
    ops += _kpis(_missing(service, workshop_id, "kpis", KPIS))
    ops += _criteria(_missing(service, workshop_id, "scoring_criteria", SCORING_CRITERIA))
    signatories = [
        AddRow(
            "signatories",
            {
                "name": "Ann Smith",
                "title": "Head of Marketing",
                "department": "marketing",
                "role": "Marketing lead",
            },
        ),
        AddRow(
            "signatories",
            {"name": "Piet de Vries", "title": "Sales Director", "department": "sales", "role": "Sales lead"},
        ),
    ]
    service.apply(workshop_id, None, [*ops, *signatories])
    # What the sample leaves open (a disputed KPI, a proposed enablement item) is settled; the
    # parked item stays parked, as a real agreement may sign with open points listed.
    blockers = sign_off_blockers(service.get(workshop_id))
    service.apply(
        workshop_id, None, [SetField(f.entity, f.field or "agreement", "agreed", f.row_id) for f in blockers]
    )
    left = sign_off_blockers(service.get(workshop_id))
    if left:
        raise RuntimeError(f"The stress workshop cannot be signed: {[f.message for f in left][:3]}")

    signoff = SignOffService(service.store, service)
    # Raising an "at least" target keeps its amber and red thresholds valid.
    kpis = [row for row in service.get(workshop_id).rows_of("kpis") if row.get("direction") == "at_least"]
    for number in range(1, SIGNED_VERSIONS + 1):
        if number > 1:
            # Each new version raises a few KPI targets, so its change history has something to list.
            changes: list[Op] = []
            for offset in range(3):
                row = kpis[(number * 17 + offset * 29) % len(kpis)]
                target = Decimal(str(row.get("target") or 0)) + number
                changes.append(SetField("kpis", "target", target, str(row["id"])))
            service.apply(workshop_id, None, changes)
        signed_on = FIRST_SIGNED_ON + timedelta(days=30 * (number - 1))
        approvals = [
            ApprovalInput(signatories[0].row_id, signed_on, "Ann Smith", _signature_png(number)),
            ApprovalInput(signatories[1].row_id, signed_on, "Piet de Vries", _signature_png(number + 50)),
        ]
        revision = service.get(workshop_id).revision
        signoff.sign_off(workshop_id, revision, approvals, today=signed_on)
    return workshop_id
