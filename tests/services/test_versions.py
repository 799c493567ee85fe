"""Canonical content, fingerprint and the changes between versions (pure functions, no database)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from slaworkshop.model.enums import AgreementState
from slaworkshop.model.fields import ENTITIES, WORKSHOP, EntitySpec, FieldSpec, Kind
from slaworkshop.model.tables import new_id
from slaworkshop.services.snapshot import ClauseState, WorkshopSnapshot
from slaworkshop.services.versions import (
    ChangeKind,
    ContentError,
    canonical_content,
    canonical_json,
    changes,
    fingerprint,
    parse_content,
    snapshot_of_content,
)

WHEN = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


def _value(spec: FieldSpec) -> st.SearchStrategy[Any]:
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.LONGTEXT, Kind.EMAIL):
        return TEXT
    if kind is Kind.BOOL:
        return st.booleans()
    if kind is Kind.AGREEMENT:
        return st.sampled_from([s.value for s in AgreementState])
    if kind is Kind.CHOICE:
        assert spec.choices is not None
        return st.sampled_from(["", *(c.value for c in spec.choices)])
    if kind is Kind.DATE:
        return st.none() | st.dates(date(1990, 1, 1), date(2100, 12, 31))
    if kind is Kind.INT:
        return st.none() | st.integers(-(10**9), 10**9)
    return st.none() | st.decimals(-(10**9), 10**9, allow_nan=False, allow_infinity=False, places=4)


def _row(spec: EntitySpec) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({f.name: _value(f) for f in spec.fields})


@st.composite
def snapshots(draw: st.DrawFn) -> WorkshopSnapshot:
    """A workshop with arbitrary values in a few of its lists, sections and clauses."""
    lists = [s for s in ENTITIES.values() if not s.single]
    singles = [s for s in ENTITIES.values() if s.single and s is not WORKSHOP]
    rows: dict[str, tuple[dict[str, Any], ...]] = {}
    for spec in draw(st.lists(st.sampled_from(lists), max_size=3, unique=True)):
        found = draw(st.lists(_row(spec), max_size=3))
        rows[spec.name] = tuple({**r, "id": new_id(), "position": i} for i, r in enumerate(found))
    chosen = draw(st.lists(st.sampled_from(singles), max_size=2, unique=True))
    clauses = draw(
        st.dictionaries(
            st.sampled_from(["funnel", "handoff", "governance.term", "scoring.threshold"]),
            st.builds(ClauseState, st.sampled_from(list(AgreementState)), TEXT),
            max_size=3,
        )
    )
    return WorkshopSnapshot(
        id=new_id(),
        revision=draw(st.integers(1, 1000)),
        updated_at=WHEN,
        created_at=WHEN,
        workshop={**draw(_row(WORKSHOP)), "status": "draft"},
        rows=rows,
        singles={spec.name: draw(_row(spec)) for spec in chosen},
        clauses=clauses,
    )


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots())
def test_canonical_json_round_trips_through_a_rebuilt_snapshot(snapshot: WorkshopSnapshot) -> None:
    content = canonical_content(snapshot)
    text = canonical_json(content)
    assert canonical_json(parse_content(text)) == text
    rebuilt = snapshot_of_content(parse_content(text), workshop_id=snapshot.id)
    assert canonical_json(canonical_content(rebuilt)) == text
    assert fingerprint(canonical_content(rebuilt)) == fingerprint(content)
    assert changes(content, canonical_content(rebuilt)) == []


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots(), st.data())
def test_any_change_of_a_value_changes_the_fingerprint(
    snapshot: WorkshopSnapshot, data: st.DataObject
) -> None:
    before = canonical_content(snapshot)
    places = [("workshop", None, f) for f in WORKSHOP.fields]
    places += [
        (name, index, f)
        for name, found in snapshot.rows.items()
        for index in range(len(found))
        for f in ENTITIES[name].fields
    ]
    places += [(name, None, f) for name in snapshot.singles for f in ENTITIES[name].fields]
    entity, index, spec = data.draw(st.sampled_from(places))
    value = data.draw(_value(spec))
    if entity == "workshop":
        changed = replace(snapshot, workshop={**snapshot.workshop, spec.name: value})
    elif index is None:
        changed = replace(
            snapshot, singles={**snapshot.singles, entity: {**snapshot.singles[entity], spec.name: value}}
        )
    else:
        found = list(snapshot.rows[entity])
        found[index] = {**found[index], spec.name: value}
        changed = replace(snapshot, rows={**snapshot.rows, entity: tuple(found)})
    after = canonical_content(changed)
    assume(after != before)  # 1.50 → 1.5 is the same content
    assert fingerprint(after) != fingerprint(before)
    listed = changes(before, after)
    assert len(listed) == 1 and listed[0].kind is ChangeKind.CHANGED
    assert [f.field for f in listed[0].fields] == [spec.name]


def test_the_fingerprint_ignores_status_revision_time_and_row_ids() -> None:
    snapshot = _small()
    other = replace(
        snapshot,
        id=new_id(),
        revision=99,
        updated_at=datetime.now(UTC),
        workshop={**snapshot.workshop, "status": "signed"},
        rows={"participants": tuple({**r, "id": new_id()} for r in snapshot.rows["participants"])},
    )
    assert fingerprint(canonical_content(other)) == fingerprint(canonical_content(snapshot))
    # A value naming rows by id (the core team) names them by place in the fingerprint.
    first, second = (r["id"] for r in snapshot.rows["participants"])
    team = replace(snapshot, singles={"governance": {"core_team": f"{first} {second}"}})
    renamed_ids = {first: new_id(), second: new_id()}
    copied = replace(
        team,
        rows={"participants": tuple({**r, "id": renamed_ids[r["id"]]} for r in team.rows["participants"])},
        singles={"governance": {"core_team": " ".join(renamed_ids[i] for i in (first, second))}},
    )
    assert fingerprint(canonical_content(copied)) == fingerprint(canonical_content(team))
    swapped = replace(team, singles={"governance": {"core_team": f"{second} {first}"}})
    assert fingerprint(canonical_content(swapped)) != fingerprint(canonical_content(team))


def test_numbers_dates_and_empty_values_have_one_spelling() -> None:
    snapshot = _small()
    a = replace(snapshot, singles={"funnel": {"revenue_target": Decimal("1500000.00"), "currency": "EUR"}})
    b = replace(snapshot, singles={"funnel": {"revenue_target": Decimal("1.5E+6"), "currency": "EUR"}})
    assert canonical_content(a) == canonical_content(b)
    assert canonical_content(a)["singles"]["funnel"]["revenue_target"] == "1500000"
    zero = replace(snapshot, singles={"funnel": {"marketing_share": Decimal("-0.00")}})
    assert canonical_content(zero)["singles"]["funnel"]["marketing_share"] == "0"
    assert canonical_content(snapshot)["workshop"]["date_start"] == "2027-01-12"
    # A section never saved and one saved with its defaults are the same content.
    unsaved = replace(snapshot, singles={})
    saved = replace(snapshot, singles={"scoring": {"mql_threshold": None}})
    assert fingerprint(canonical_content(unsaved)) == fingerprint(canonical_content(saved))


def test_the_canonical_form_is_pinned() -> None:
    """Changing how content is serialised would change every fingerprint ever printed: it must not
    happen by accident (the sha256 below is of this very text)."""
    content = canonical_content(_small())
    text = canonical_json(content)
    assert text.startswith('{"clauses":{"funnel":{"note":"Budget „bestätigt“","state":"agreed"}},"format":1,')
    assert '"workshop":{"client":"Müller & Söhne","date_end":null,"date_start":"2027-01-12",' in text
    without_ids = json.loads(text)
    for found in without_ids["rows"].values():
        for row in found:
            del row["id"]
    expected = hashlib.sha256(canonical_json(without_ids).encode("utf-8")).hexdigest()
    assert fingerprint(content) == expected


def test_the_fingerprint_is_the_same_in_another_process() -> None:
    content = canonical_content(_small())
    script = (
        "import json, sys\n"
        "from slaworkshop.services.versions import fingerprint\n"
        "print(fingerprint(json.loads(sys.stdin.read())))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=canonical_json(content),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == fingerprint(content)


def test_changes_list_rows_added_changed_removed_and_moved_with_labels() -> None:
    snapshot = _small()
    goals = tuple(
        {"id": new_id(), "position": i, "metric": name, "target": Decimal(t), "agreement": "agreed"}
        for i, (name, t) in enumerate([("Revenue", "100"), ("Pipeline", "50"), ("Churn", "5"), ("NPS", "40")])
    )
    old = replace(
        snapshot,
        rows={**snapshot.rows, "goals": goals},
        clauses={"funnel": ClauseState(AgreementState.AGREED)},
    )
    revenue, pipeline, churn, nps = goals
    new_goals = (
        {**pipeline, "position": 0},
        {**nps, "position": 1},
        {**revenue, "position": 2, "target": Decimal("120")},
        {"id": new_id(), "position": 3, "metric": "Margin", "target": Decimal("12"), "agreement": "open"},
    )
    new = replace(
        old,
        workshop={**old.workshop, "title": "SLA 2028"},
        rows={**old.rows, "goals": new_goals},
        clauses={
            "funnel": ClauseState(AgreementState.DISPUTED, "Budget?"),
            "handoff": ClauseState(AgreementState.AGREED),
        },
    )
    found = changes(canonical_content(old), canonical_content(new))
    lines = [c.describe() for c in found]
    assert lines[0] == "Workshop: changed — Workshop title: SLA 2027 → SLA 2028"
    goal_lines = [c for c in found if c.entity == "goals"]
    assert [(c.kind, c.item) for c in goal_lines] == [
        (ChangeKind.CHANGED, "Revenue"),
        (ChangeKind.ADDED, "Margin"),
        (ChangeKind.REMOVED, "Churn"),
    ]
    revenue_change = goal_lines[0]
    # Only Revenue moved (to after NPS); Pipeline and NPS kept their order.
    assert [(f.label, f.old, f.new) for f in revenue_change.fields] == [
        ("Target", "100", "120"),
        ("Position", 1, 3),
    ]
    assert goal_lines[1].describe().startswith("Goal “Margin”: added — Metric: — → Margin")
    assert ("Metric", "Churn", None) in [(f.label, f.old, f.new) for f in goal_lines[2].fields]
    clause_lines = [c for c in found if c.entity == "clause"]
    assert [(c.kind, c.item) for c in clause_lines] == [
        (ChangeKind.CHANGED, "funnel"),
        (ChangeKind.ADDED, "handoff"),
    ]
    assert [(f.field, f.old, f.new) for f in clause_lines[0].fields] == [
        ("state", "agreed", "disputed"),
        ("note", "", "Budget?"),
    ]
    assert changes(canonical_content(new), canonical_content(new)) == []


def test_content_from_an_older_app_without_a_new_field_still_reads() -> None:
    content = canonical_content(_small())
    del content["workshop"]["venue"]
    for row in content["rows"]["participants"]:
        del row["email"]
    rebuilt = snapshot_of_content(content, workshop_id="w")
    assert rebuilt.workshop["venue"] == "" and rebuilt.rows_of("participants")[0]["email"] == ""
    assert changes(content, canonical_content(rebuilt)) == []


@pytest.mark.parametrize(
    "text", ["", "[]", '{"format": 2}', '{"format": 1}', "{" * 100_000, '{"format":1,"workshop":[]}']
)
def test_damaged_content_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(ContentError):
        parse_content(text)


def _small() -> WorkshopSnapshot:
    people = tuple(
        {"id": new_id(), "position": i, "name": name, "department": dept, "role": "", "email": ""}
        for i, (name, dept) in enumerate([("Jana Kowalczyk", "marketing"), ("Piet de Vries", "sales")])
    )
    return WorkshopSnapshot(
        id=new_id(),
        revision=3,
        updated_at=WHEN,
        created_at=WHEN,
        workshop={
            "client": "Müller & Söhne",
            "title": "SLA 2027",
            "date_start": date(2027, 1, 12),
            "date_end": None,
            "venue": "Raum 3",
            "facilitator": "Eva",
            "language": "de",
            "status": "draft",
        },
        rows={"participants": people},
        singles={},
        clauses={"funnel": ClauseState(AgreementState.AGREED, "Budget „bestätigt“")},
    )
