"""Linked KPIs without Qt: the values a KPI can follow (``link_values``), marketing revenue scaled to a
KPI's frequency (``revenue_for``), the unit of a linked response time (``linked_unit``) and the edits
that bring linked targets up to date (``link_ops``)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from slaworkshop.model.enums import KpiLink
from slaworkshop.services.analysis import analyse, link_ops, linked_unit, revenue_for
from slaworkshop.services.ops import AddRow, Op, SetField, apply_local
from slaworkshop.services.snapshot import WorkshopSnapshot

NOW = datetime(2026, 11, 23, 9, 0)


def empty() -> WorkshopSnapshot:
    return WorkshopSnapshot("w1", 1, NOW, NOW, {"client": "ACME", "title": "SLA", "language": "en"})


def funnel(*names: str, **inputs: Any) -> list[Op]:
    """Stages with 50 % between each pair; 1.2 M a year, all of it from marketing, deals of 10,000:
    10 deals a month, and twice as many at each earlier stage."""
    values: dict[str, Any] = {
        "revenue_target": Decimal("1200000"),
        "period": "year",
        "average_deal_size": Decimal("10000"),
        "marketing_share": Decimal("100"),
    }
    values.update(inputs)
    stages = names or ("Lead", "MQL", "SAL", "SQL", "Opportunity", "Won")
    return [
        *(
            AddRow(
                "stages",
                row_id=f"s{i}",
                values={
                    "name": n,
                    "conversion_rate": None if i == len(stages) - 1 else 50,
                    "in_funnel": True,
                },
            )
            for i, n in enumerate(stages)
        ),
        *(SetField("funnel", k, v) for k, v in values.items()),
    ]


def kpi(row_id: str, link: str, target: Any = 1, **more: Any) -> AddRow:
    return AddRow("kpis", row_id=row_id, values={"name": row_id, "target": target, "link": link, **more})


def snapshot(ops: list[Op], base: WorkshopSnapshot | None = None) -> WorkshopSnapshot:
    return apply_local(base or empty(), ops)


# --------------------------------------------------------------------------- link_values
def test_every_funnel_stage_a_kpi_can_follow_per_month() -> None:
    values = analyse(snapshot(funnel())).link_values
    assert values[KpiLink.WON_PER_MONTH] == 10
    assert values[KpiLink.OPPORTUNITIES_PER_MONTH] == 20
    assert values[KpiLink.SQL_PER_MONTH] == 40
    assert values[KpiLink.SAL_PER_MONTH] == 80
    assert values[KpiLink.MQL_PER_MONTH] == 160
    assert values[KpiLink.LEADS_PER_MONTH] == 320
    assert values[KpiLink.MARKETING_REVENUE] == Decimal(100000)


def test_a_stage_the_funnel_does_not_have_is_not_a_value() -> None:
    values = analyse(snapshot(funnel("Lead", "MQL", "Customer"))).link_values
    assert values[KpiLink.SAL_PER_MONTH] is None and values[KpiLink.SQL_PER_MONTH] is None
    assert values[KpiLink.MQL_PER_MONTH] == 20 and values[KpiLink.LEADS_PER_MONTH] == 40


def test_stage_names_are_matched_without_regard_to_case_and_in_dutch() -> None:
    values = analyse(snapshot(funnel("lead", "mql", "Kans", "Klant"))).link_values
    assert values[KpiLink.MQL_PER_MONTH] == 40
    assert values[KpiLink.OPPORTUNITIES_PER_MONTH] == 20


def test_nothing_funnel_based_computes_while_the_funnel_does_not() -> None:
    for ops in (
        funnel(average_deal_size=None),
        funnel(average_deal_size=Decimal(0)),
        [*funnel(), SetField("stages", "conversion_rate", Decimal(0), "s1")],
        [],
    ):
        values = analyse(snapshot(ops)).link_values
        assert all(v is None for k, v in values.items() if k.value.startswith("funnel.")), ops


def test_handoff_values_are_taken_as_entered() -> None:
    ops: list[Op] = [
        SetField("handoff", "first_contact_within", Decimal("1.5")),
        SetField("handoff", "accept_within", Decimal(24)),
        SetField("handoff", "attempts", 6),
    ]
    values = analyse(snapshot(ops)).link_values
    assert values[KpiLink.FIRST_CONTACT] == Decimal("1.5")
    assert values[KpiLink.ACCEPT_WITHIN] == 24
    assert values[KpiLink.ATTEMPTS] == 6
    assert analyse(empty()).link_values[KpiLink.ATTEMPTS] is None


# --------------------------------------------------------------------------- revenue_for, linked_unit
def test_revenue_is_scaled_to_how_often_the_kpi_is_measured() -> None:
    values = {KpiLink.MARKETING_REVENUE: Decimal("100000")}
    assert revenue_for(values, "monthly") == 100000
    assert revenue_for(values, "quarterly") == 300000
    assert revenue_for(values, "yearly") == 1200000
    assert revenue_for(values, "weekly") == 23077  # 100,000 × 12 / 52, whole units
    assert revenue_for(values, "fortnightly") == 46154
    assert revenue_for(values, "daily") == 4800  # 250 working days a year
    assert revenue_for(values, "") == 100000 and revenue_for(values, "<b>hourly</b>") == 100000
    assert revenue_for({KpiLink.MARKETING_REVENUE: None}, "monthly") is None
    assert revenue_for({}, "yearly") is None


def test_the_unit_of_a_linked_response_time_comes_from_step_5() -> None:
    assert linked_unit(empty(), KpiLink.FIRST_CONTACT) == "hours"
    days = snapshot([SetField("handoff", "accept_unit", "business_days")])
    assert linked_unit(days, KpiLink.ACCEPT_WITHIN) == "business_days"
    assert linked_unit(days, KpiLink.FIRST_CONTACT) == "hours"
    assert linked_unit(days, KpiLink.ATTEMPTS) is None
    assert linked_unit(days, KpiLink.MQL_PER_MONTH) is None


# --------------------------------------------------------------------------- link_ops
def test_link_ops_set_only_linked_targets_that_differ() -> None:
    base = snapshot(
        [
            *funnel(),
            SetField("handoff", "attempts", 5),
            kpi("mql", KpiLink.MQL_PER_MONTH.value, 1),
            kpi("same", KpiLink.WON_PER_MONTH.value, 10),
            kpi("free", "", 3),
            kpi("quarter", KpiLink.MARKETING_REVENUE.value, 1, frequency="quarterly"),
            kpi("tries", KpiLink.ATTEMPTS.value, 1),
        ]
    )
    ops = link_ops(base)
    assert all(isinstance(op, SetField) and op.entity == "kpis" and op.field == "target" for op in ops)
    assert {op.row_id: op.value for op in ops} == {"mql": 160, "quarter": 300000, "tries": 5}
    assert link_ops(apply_local(base, ops)) == []  # settled: nothing more to do


def test_a_linked_target_follows_a_later_change_and_the_inverse_restores_it() -> None:
    from slaworkshop.services.ops import inverse_all

    before = snapshot([*funnel(), kpi("mql", KpiLink.MQL_PER_MONTH.value, 160)])
    edit: list[Op] = [SetField("funnel", "revenue_target", Decimal("2400000"))]
    ops = [*edit, *link_ops(apply_local(before, edit))]  # what the editor pushes as one undo step
    after = apply_local(before, ops)
    assert after.row("kpis", "mql")["target"] == 320  # type: ignore[index]
    undone = apply_local(after, inverse_all(before, ops))
    assert undone.row("kpis", "mql")["target"] == 160  # type: ignore[index]
    assert undone.single("funnel")["revenue_target"] == Decimal("1200000")


def test_unlinking_in_the_same_edit_keeps_the_typed_target() -> None:
    before = snapshot([*funnel(), kpi("mql", KpiLink.MQL_PER_MONTH.value, 160)])
    edit: list[Op] = [SetField("kpis", "target", Decimal(70), "mql"), SetField("kpis", "link", "", "mql")]
    assert link_ops(apply_local(before, edit)) == []


def test_unknown_or_uncomputable_links_keep_their_target() -> None:
    base = snapshot(
        [
            *funnel(average_deal_size=None),
            kpi("mql", KpiLink.MQL_PER_MONTH.value, 80),
            kpi("odd", "funnel.<script>", 7),
            kpi("first", KpiLink.FIRST_CONTACT.value, 4),
        ]
    )
    assert link_ops(base) == []


def test_no_kpis_or_none_linked_costs_no_analysis() -> None:
    assert link_ops(empty()) == []
    assert link_ops(snapshot([kpi("a", "", 1), kpi("b", "", None)])) == []


@settings(max_examples=60, deadline=None)
@given(
    target=st.one_of(st.none(), st.decimals(allow_nan=False, allow_infinity=False, places=2)),
    link=st.sampled_from([*(k.value for k in KpiLink), "", "nonsense"]),
    frequency=st.sampled_from(["daily", "weekly", "monthly", "quarterly", "yearly", "", "x"]),
    revenue=st.one_of(st.none(), st.decimals(min_value=0, max_value=Decimal("1e12"), places=0)),
)
def test_link_ops_never_raise(target: Any, link: str, frequency: str, revenue: Any) -> None:
    base = snapshot([*funnel(revenue_target=revenue), kpi("k", link, target, frequency=frequency)])
    for op in link_ops(base):
        assert op.row_id == "k" and isinstance(op.value, Decimal)
