"""Hostile and odd input through the workshop service, on SQLite and PostgreSQL.

Whatever is typed or pasted is either stored cleaned, or refused whole with a message; never an
exception from the database, never half a save.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from slaworkshop.model.fields import ENTITIES, WORKSHOP, EntitySpec, FieldSpec, Kind
from slaworkshop.model.text import MAX_TEXT_LENGTH, clean_text
from slaworkshop.services.errors import NotFoundError, ValidationError
from slaworkshop.services.ops import AddRow, MoveRow, RemoveRow, SetClause, SetField
from slaworkshop.services.snapshot import WorkshopSnapshot
from slaworkshop.services.workshops import WorkshopService

SHARED = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

ANY_CHARACTER = st.characters(exclude_categories=())  # includes lone surrogates and controls
NASTY = "\x00\x07\x1b\x7f\x85\ud800\udfff\ufffe\uffff\r\n\t\u2028\u202e"
ANY_TEXT = st.one_of(
    st.text(ANY_CHARACTER, max_size=200),
    st.text(st.sampled_from(NASTY + "aé€😀"), max_size=50),
    st.text(ANY_CHARACTER, min_size=1, max_size=8).map(lambda s: (s * 100_000)[:100_000]),
)


def _fields(kinds: tuple[Kind, ...]) -> list[tuple[EntitySpec, FieldSpec]]:
    return [(spec, f) for spec in ENTITIES.values() for f in spec.fields if f.kind in kinds]


TEXT_FIELDS = _fields((Kind.TEXT, Kind.LONGTEXT))
NUMBER_FIELDS = _fields((Kind.INT, Kind.DECIMAL, Kind.PERCENT))


def _target(service: WorkshopService, wid: str, spec: EntitySpec) -> str | None:
    """The row to edit: ``None`` for the workshop or a 1:1 section, else a fresh row."""
    if spec.single:
        return None
    add = AddRow(spec.name)
    service.apply(wid, None, [add])
    return add.row_id


def _read(snap: WorkshopSnapshot, spec: EntitySpec, field: str, row_id: str | None) -> Any:
    if spec is WORKSHOP:
        return snap.value(field)
    if row_id is None:
        return snap.single(spec.name).get(field)
    row = snap.row(spec.name, row_id)
    assert row is not None
    return row[field]


@pytest.fixture
def wid(service: WorkshopService) -> str:
    return service.create("Edge Cases AG", "Hostile input")


def test_the_registry_has_text_and_number_fields_to_test() -> None:
    assert any(spec is WORKSHOP for spec, _ in TEXT_FIELDS)
    assert any(f.kind is Kind.LONGTEXT for _, f in TEXT_FIELDS)
    assert {f.kind for _, f in NUMBER_FIELDS} >= {Kind.INT, Kind.DECIMAL}


@SHARED
@given(field=st.sampled_from(TEXT_FIELDS), value=ANY_TEXT)
@example(field=next(x for x in TEXT_FIELDS if x[0] is WORKSHOP and x[1].name == "title"), value=NASTY * 10)
def test_any_unicode_is_stored_cleaned(
    service: WorkshopService, wid: str, field: tuple[EntitySpec, FieldSpec], value: str
) -> None:
    spec, f = field
    row_id = _target(service, wid, spec)
    service.apply(wid, None, [SetField(spec.name, f.name, value, row_id)])
    stored = _read(service.get(wid), spec, f.name, row_id)
    assert stored == clean_text(value, multiline=f.kind is Kind.LONGTEXT)
    assert stored == clean_text(stored, multiline=f.kind is Kind.LONGTEXT), "cleaning is complete"


@SHARED
@given(note=ANY_TEXT)
def test_any_unicode_in_an_agreement_note_is_stored_cleaned(
    service: WorkshopService, wid: str, note: str
) -> None:
    service.apply(wid, None, [SetClause("goals.section", note=note)])
    assert service.get(wid).clause("goals.section").note == clean_text(note)


def test_a_hundred_thousand_characters_are_kept_and_more_than_the_ceiling_refused(
    service: WorkshopService, wid: str
) -> None:
    long = ("Lorem ipsum dolor sit amet. " * 4000)[:100_000]
    service.apply(wid, None, [SetField("workshop", "venue", long)])
    assert service.get(wid).workshop["venue"] == long
    before = service.get(wid)
    with pytest.raises(ValidationError, match="at most"):
        service.apply(wid, None, [SetField("workshop", "title", "x" * (MAX_TEXT_LENGTH + 1))])
    assert service.get(wid).workshop["title"] == before.workshop["title"]


NUMBERS = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        ["NaN", "nan", "sNaN", "Infinity", "-inf", "1e999", "-1e999", "1e-999", "12,5", " 7 ", "0x10"]
    ),
    st.sampled_from(["١٢", "１２", "1_000", "", "   ", "12 %", "abc", "1e", True, False, [], {}, object()]),
    st.text(st.sampled_from("0123456789.-+eE, "), max_size=30),
    st.just("9" * 100_000),
)


def _in_bounds(f: FieldSpec, value: Any) -> bool:
    low, high = f.bounds()
    number = Decimal(value)
    return number.is_finite() and (low is None or number >= low) and (high is None or number <= high)


@SHARED
@given(field=st.sampled_from(NUMBER_FIELDS), value=NUMBERS)
def test_numbers_are_stored_in_range_or_refused_whole(
    service: WorkshopService, wid: str, field: tuple[EntitySpec, FieldSpec], value: Any
) -> None:
    spec, f = field
    row_id = _target(service, wid, spec)
    before = service.get(wid)
    old = _read(before, spec, f.name, row_id)
    try:
        service.apply(
            wid,
            before.revision,
            [SetField("workshop", "venue", "changed"), SetField(spec.name, f.name, value, row_id)],
        )
    except ValidationError as exc:
        assert str(exc) and "\n" not in str(exc)
        after = service.get(wid)
        assert after.revision == before.revision and after.workshop["venue"] == before.workshop["venue"]
        assert _read(after, spec, f.name, row_id) == old
        return
    stored = _read(service.get(wid), spec, f.name, row_id)
    if stored is None:
        assert value is None or (isinstance(value, str) and not value.strip())
        return
    assert _in_bounds(f, stored)
    if f.kind is Kind.INT:
        assert isinstance(stored, int)


def test_nan_and_infinity_are_refused_with_a_message(service: WorkshopService, wid: str) -> None:
    spec, f = next((s, f) for s, f in NUMBER_FIELDS if f.kind is Kind.DECIMAL)
    row_id = _target(service, wid, spec)
    for value in [float("nan"), float("inf"), float("-inf"), "NaN", "Infinity", Decimal("sNaN")]:
        with pytest.raises(ValidationError, match="not a number"):
            service.apply(wid, None, [SetField(spec.name, f.name, value, row_id)])


def test_numbers_beyond_the_bounds_are_refused_with_the_bound(service: WorkshopService, wid: str) -> None:
    spec, f = next((s, f) for s, f in NUMBER_FIELDS if f.maximum is not None and f.kind is Kind.DECIMAL)
    row_id = _target(service, wid, spec)
    assert f.maximum is not None
    with pytest.raises(ValidationError, match="at most"):
        service.apply(wid, None, [SetField(spec.name, f.name, f.maximum + 1, row_id)])
    service.apply(wid, None, [SetField(spec.name, f.name, f.maximum, row_id)])
    assert _read(service.get(wid), spec, f.name, row_id) == f.maximum


HOSTILE_IDS: list[Any] = [
    "0" * 32,
    "",
    "x" * 100_000,
    "'; DROP TABLE workshops; --",
    "abc\x00def",
    "\ud800",
    None,
    42,
    ["a"],
    {"id": 1},
]


def test_ids_that_do_not_exist_are_not_found(service: WorkshopService, wid: str) -> None:
    for bad_id in HOSTILE_IDS:
        _assert_not_found(service, wid, bad_id)
    assert service.get(wid).workshop["client"] == "Edge Cases AG"


def _assert_not_found(service: WorkshopService, wid: str, bad_id: Any) -> None:
    with pytest.raises(NotFoundError):
        service.get(bad_id)
    with pytest.raises(NotFoundError):
        service.apply(bad_id, None, [SetField("workshop", "venue", "x")])
    for call in (service.delete, service.duplicate, service.restore, service.purge):
        with pytest.raises(NotFoundError):
            call(bad_id)
    assert service.exists(bad_id) is False
    for op in (
        SetField("participants", "name", "x", bad_id),
        RemoveRow("participants", bad_id),
        MoveRow("participants", bad_id, 0),
    ):
        with pytest.raises(NotFoundError):
            service.apply(wid, None, [op])


def test_a_row_of_another_workshop_is_not_found(service: WorkshopService, wid: str) -> None:
    other = service.create("Other", "Workshop")
    add = AddRow("participants", {"name": "Not yours", "department": "sales"})
    service.apply(other, None, [add])
    with pytest.raises(NotFoundError):
        service.apply(wid, None, [SetField("participants", "name", "Stolen", add.row_id)])
    with pytest.raises(NotFoundError):
        service.apply(wid, None, [RemoveRow("participants", add.row_id)])
    assert [p["name"] for p in service.get(other).rows_of("participants")] == ["Not yours"]


def test_unknown_entities_and_fields_are_refused(service: WorkshopService, wid: str) -> None:
    for bad in [["participants"], None, 42, "", "workshops; --", "revision", "\x00"]:
        with pytest.raises(ValidationError):
            service.apply(wid, None, [SetField(bad, "name", "x")])
        with pytest.raises(ValidationError):
            service.apply(wid, None, [SetField("workshop", bad, "x")])
        with pytest.raises(ValidationError):
            service.apply(wid, None, [AddRow(bad)])
    with pytest.raises(ValidationError):
        service.apply(wid, None, [AddRow("participants", values=["not", "a", "mapping"])])  # type: ignore[arg-type]


def _names(service: WorkshopService, wid: str) -> list[str]:
    return [p["name"] for p in service.get(wid).rows_of("participants")]


@settings(SHARED, max_examples=20)
@given(position=st.integers(min_value=-(10**30), max_value=10**30))
def test_positions_out_of_range_clamp(service: WorkshopService, wid: str, position: int) -> None:
    names = _names(service, wid)
    add = AddRow("participants", {"name": f"p{len(names)}", "department": "sales"}, position=position)
    service.apply(wid, None, [add])
    expected = list(names)
    expected.insert(max(0, min(position, len(names))), add.values["name"])
    assert _names(service, wid) == expected
    service.apply(wid, None, [MoveRow("participants", add.row_id, -position)])
    moved = [n for n in expected if n != add.values["name"]]
    moved.insert(max(0, min(-position, len(moved))), add.values["name"])
    assert _names(service, wid) == moved
    rows = service.get(wid).rows_of("participants")
    assert [r["position"] for r in rows] == list(range(len(rows)))


def test_positions_that_are_not_whole_numbers_are_refused(service: WorkshopService, wid: str) -> None:
    add = AddRow("participants", {"name": "A", "department": "sales"})
    service.apply(wid, None, [add])
    for position in ["2", 1.5, None, [1], float("nan"), True]:
        with pytest.raises(ValidationError):
            service.apply(wid, None, [MoveRow("participants", add.row_id, position)])  # type: ignore[arg-type]
        if position is not None:
            with pytest.raises(ValidationError):
                service.apply(wid, None, [AddRow("participants", {"name": "B"}, position=position)])  # type: ignore[arg-type]
    assert _names(service, wid) == ["A"]


def test_search_ignores_case_beyond_ascii_and_hostile_terms(service: WorkshopService) -> None:
    muller = service.create("Müller & Söhne", "Ärger vermeiden")
    service.create("Other", "Nothing")
    assert [s.id for s in service.list_workshops("MÜLLER")] == [muller]
    assert [s.id for s in service.list_workshops("ärger")] == [muller]
    for term in ("%", "_", "\\", "'", "\x00", "\ud800", "x" * 100_000):
        service.list_workshops(term)  # no exception, whatever it finds
    assert service.list_workshops("%") == []
