"""The sample workshop: complete in every language, mostly agreed, and created from the command line."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from slaworkshop.__main__ import main
from slaworkshop.model import steps
from slaworkshop.model.enums import AgreementState, Department
from slaworkshop.model.fields import WORKSHOP
from slaworkshop.services.sample import SampleError, create_sample, load_sample
from slaworkshop.services.workshops import WorkshopService

LANGUAGES = ("en", "de", "nl")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sample_is_complete_in_every_language(service: WorkshopService, language: str) -> None:
    snap = service.get(create_sample(service, language))
    assert snap.workshop["language"] == language
    for f in WORKSHOP.fields:
        if f.required:
            assert snap.workshop[f.name], f.name
    departments = Counter(p["department"] for p in snap.rows_of("participants"))
    assert {Department.MARKETING, Department.SALES, Department.MANAGEMENT} <= set(departments)
    assert sum(departments.values()) <= 8  # the seeds' limit for a workshop

    for spec in steps.STEP_ENTITIES:
        if spec.single:
            values = snap.single(spec.name)
            missing = [f.name for f in spec.fields if f.required and values.get(f.name) in (None, "")]
            assert not missing, (spec.name, missing)
        else:
            rows = snap.rows_of(spec.name)
            assert rows, f"{spec.name} is empty"
            for row in rows:
                missing = [f.name for f in spec.fields if f.required and row.get(f.name) in (None, "")]
                assert not missing, (spec.name, row.get("id"), missing)
    # Every section has its agreement state; most items are agreed, a few are not yet.
    assert set(steps.CLAUSE_KEYS) <= set(snap.clauses)
    states = Counter(
        row["agreement"] for spec in steps.STEP_ENTITIES if spec.agreeable for row in snap.rows_of(spec.name)
    )
    settled = states[AgreementState.AGREED.value]
    assert settled / sum(states.values()) > 0.9
    assert states[AgreementState.DISPUTED.value] >= 1 and states[AgreementState.PARKED.value] >= 1
    disputed = [k for k in snap.rows_of("kpis") if k["agreement"] == AgreementState.DISPUTED.value]
    assert disputed and disputed[0]["agreement_note"]

    # The core team is two to four participants of this workshop, from both departments.
    people = {p["id"]: p for p in snap.rows_of("participants")}
    core = snap.single("governance")["core_team"].split()
    assert 2 <= len(core) <= 4 and set(core) <= set(people)
    assert {people[i]["department"] for i in core} >= {Department.MARKETING, Department.SALES}
    # Own data where the client has it, benchmarks elsewhere.
    sources = {s["rate_source"] for s in snap.rows_of("stages") if s["in_funnel"]}
    assert sources == {"own_data", "benchmark"}


def test_two_samples_are_independent_workshops(service: WorkshopService) -> None:
    first = service.get(create_sample(service, "en"))
    second = service.get(create_sample(service, "en"))
    assert first.id != second.id
    assert {r["id"] for r in first.rows_of("kpis")}.isdisjoint({r["id"] for r in second.rows_of("kpis")})
    assert first.single("governance")["core_team"] != second.single("governance")["core_team"]


def test_an_unknown_language_is_refused(service: WorkshopService) -> None:
    before = service.count()
    for language in ("fr", "", "../starters/en", "EN\x00"):
        with pytest.raises(SampleError, match="no sample"):
            create_sample(service, language)
    assert service.count() == before
    assert load_sample("nl").content.language == "nl"


def test_cli_sample_prints_the_new_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "sample", "--language", "nl"]) == 0
    wid = capsys.readouterr().out.strip()
    assert len(wid) == 32
    assert main(["--data-dir", str(data), "list"]) == 0
    assert wid in capsys.readouterr().out
    assert main(["--data-dir", str(data), "sample"]) == 0
    assert len(capsys.readouterr().out.strip()) == 32

    assert main(["--data-dir", str(data), "sample", "--language", "klingon"]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "klingon" in captured.err and "en, de, nl" in captured.err


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sample_numbers_add_up(service: WorkshopService, language: str) -> None:
    """The linked KPI shows what the reverse funnel asks for, and Sales can work those leads."""
    from slaworkshop.model.capacity import CapacityInput, CapacityLevel, follow_up_capacity
    from slaworkshop.model.funnel import FunnelInput, StageRate, reverse_funnel

    snap = service.get(create_sample(service, language))
    funnel = snap.single("funnel")
    stages = [s for s in snap.rows_of("stages") if s["in_funnel"]]
    result = reverse_funnel(
        FunnelInput(
            funnel["revenue_target"],
            funnel["period"],
            funnel["average_deal_size"],
            funnel["marketing_share"],
            [s["name"] for s in stages],
            [StageRate(s["conversion_rate"], s["rate_source"]) for s in stages[:-1]],
            funnel["sales_cycle_days"],
        )
    )
    assert result.ok
    mql = result.count("MQL")
    assert mql is not None
    linked = [k for k in snap.rows_of("kpis") if k["link"] == "funnel.mql_per_month"]
    assert [k["target"] for k in linked] == [mql.per_month]
    capacity = follow_up_capacity(
        CapacityInput(
            funnel["sales_reps"],
            funnel["hours_per_rep"],
            snap.single("handoff")["attempts"],
            funnel["minutes_per_attempt"],
            mql.per_month,
        )
    )
    assert capacity.ok and capacity.level is CapacityLevel.GREEN
