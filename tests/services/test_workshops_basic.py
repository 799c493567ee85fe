"""The library and editing use-cases against SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from slaworkshop.services.errors import ConflictError, NotFoundError, ValidationError
from slaworkshop.services.ops import AddRow, MoveRow, RemoveRow, SetClause, SetField, inverse_all
from slaworkshop.services.workshops import WorkshopService


def test_typed_values_are_in_the_store(service: WorkshopService) -> None:
    wid = service.create("Müller & Söhne GmbH", "SLA Marketing–Vertrieb 2027", language="de")
    snap = service.get(wid)
    service.apply(
        wid,
        snap.revision,
        [
            SetField("workshop", "venue", "Raum „Alster“\x07"),
            AddRow(
                "participants",
                {"name": "Jana Kowalczyk", "department": "marketing", "role": "Head of Marketing"},
            ),
            AddRow(
                "participants", {"name": "Piet de Vries", "department": "sales", "email": "piet@example.nl"}
            ),
        ],
    )
    again = service.get(wid)
    assert again.workshop["venue"] == "Raum „Alster“"
    assert [p["name"] for p in again.rows_of("participants")] == ["Jana Kowalczyk", "Piet de Vries"]
    assert again.revision > snap.revision


def test_later_save_from_a_stale_revision_is_refused(service: WorkshopService) -> None:
    wid = service.create("ACME", "SLA")
    first = service.get(wid)
    service.apply(wid, first.revision, [SetField("workshop", "venue", "window A")])
    with pytest.raises(ConflictError):
        service.apply(wid, first.revision, [SetField("workshop", "venue", "window B")])
    assert service.get(wid).workshop["venue"] == "window A"


def test_bad_values_are_refused_and_nothing_is_written(service: WorkshopService) -> None:
    wid = service.create("ACME", "SLA")
    snap = service.get(wid)
    with pytest.raises(ValidationError, match="e-mail"):
        service.apply(
            wid,
            snap.revision,
            [
                SetField("workshop", "venue", "kept?"),
                AddRow("participants", {"name": "X", "email": "not-an-address"}),
            ],
        )
    after = service.get(wid)
    assert after.workshop["venue"] == "" and after.rows_of("participants") == ()
    with pytest.raises(ValidationError):
        service.apply(wid, None, [SetField("workshop", "date_start", "31.02.2027")])
    with pytest.raises(ValidationError):
        service.apply(wid, None, [SetField("nonsense", "x", 1)])
    with pytest.raises(ValidationError):
        service.apply(wid, None, [SetClause("'; DROP TABLE workshops; --", None, "x")])


def test_undo_of_a_batch_restores_the_previous_state(service: WorkshopService) -> None:
    wid = service.create("ACME", "SLA")
    s0 = service.get(wid)
    add_a = AddRow("participants", {"name": "A", "department": "sales"})
    add_b = AddRow("participants", {"name": "B", "department": "marketing"})
    service.apply(wid, s0.revision, [add_a, add_b])
    s1 = service.get(wid)
    ops = [MoveRow("participants", add_b.row_id, 0), SetField("participants", "name", "Anna", add_a.row_id)]
    undo = inverse_all(s1, ops)
    service.apply(wid, s1.revision, ops)
    s2 = service.get(wid)
    assert [p["name"] for p in s2.rows_of("participants")] == ["B", "Anna"]
    service.apply(wid, s2.revision, undo)
    assert [p["name"] for p in service.get(wid).rows_of("participants")] == ["A", "B"]
    s3 = service.get(wid)
    removal = [RemoveRow("participants", add_a.row_id)]
    undo_removal = inverse_all(s3, removal)
    service.apply(wid, s3.revision, removal)
    service.apply(wid, None, undo_removal)
    assert [p["name"] for p in service.get(wid).rows_of("participants")] == ["A", "B"]


def test_library_search_duplicate_delete_restore(service: WorkshopService) -> None:
    a = service.create("Northwind Traders", "Kick-off")
    b = service.create("Contoso 100% Ltd", "SLA_2027")
    assert [s.id for s in service.list_workshops("NORTHWIND")] == [a]
    assert [s.id for s in service.list_workshops("100%")] == [b]
    assert [s.id for s in service.list_workshops("_")] == [b]
    copy = service.duplicate(a)
    assert service.get(copy).workshop["title"] == "Kick-off (copy)"
    service.delete(a)
    assert a not in {s.id for s in service.list_workshops()}
    assert [s.id for s in service.list_workshops(deleted=True)] == [a]
    with pytest.raises(NotFoundError):
        service.get(a)
    service.restore(a)
    assert service.get(a).workshop["client"] == "Northwind Traders"
