"""``apply_local`` shows what the store will hold: same result as ``WorkshopService.apply``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from slaworkshop.model.enums import AgreementState
from slaworkshop.services.ops import (
    AddRow,
    MoveRow,
    Op,
    RemoveRow,
    SetClause,
    SetField,
    apply_local,
    compact,
    inverse_all,
    save_batches,
)
from slaworkshop.services.snapshot import WorkshopSnapshot
from slaworkshop.services.workshops import WorkshopService


def _content(snap: WorkshopSnapshot) -> tuple[object, ...]:
    workshop = {k: v for k, v in snap.workshop.items() if k != "status"}
    rows = {name: [dict(r) for r in found] for name, found in snap.rows.items() if found}
    return workshop, rows, dict(snap.clauses)


def _same_locally_and_stored(service: WorkshopService, wid: str, ops: list[Op]) -> WorkshopSnapshot:
    before = service.get(wid)
    local = apply_local(before, ops)
    revision = before.revision
    for batch in save_batches(ops):
        revision = service.apply(wid, revision, batch).revision
    stored = service.get(wid)
    assert _content(local) == _content(stored)
    assert local.revision == before.revision  # only a save moves the revision
    assert stored.revision == revision
    return stored


def test_apply_local_matches_the_store(service: WorkshopService) -> None:
    wid = service.create("ACME", "SLA")
    a = AddRow("participants", {"name": "A\x07nna", "department": "marketing"})
    b = AddRow("participants", {"name": "Ben", "department": "sales"}, position=0)
    c = AddRow("participants", {"name": "Cem", "department": "sales"}, position=1)
    _same_locally_and_stored(
        service,
        wid,
        [
            SetField("workshop", "client", "Müller\x00 & Söhne"),
            SetField("workshop", "date_start", "2027-03-01"),
            a,
            b,
            c,
            SetClause("funnel", AgreementState.DISPUTED, "Sales doubts the rate"),
        ],
    )
    snap = _same_locally_and_stored(
        service,
        wid,
        [
            MoveRow("participants", a.row_id, 0),
            RemoveRow("participants", c.row_id),
            SetField("participants", "role", "CMO", a.row_id),
        ],
    )
    assert [p["name"] for p in snap.rows_of("participants")] == ["Anna", "Ben"]
    assert snap.workshop["date_start"] == date(2027, 3, 1)
    assert snap.clause("funnel").state is AgreementState.DISPUTED


def test_add_undo_redo_in_one_batch_is_stored(service: WorkshopService) -> None:
    """Add, undo (remove) and redo (add with the same id) can reach one autosave batch."""
    wid = service.create("ACME", "SLA")
    add = AddRow("participants", {"name": "Anna", "department": "marketing"})
    snap = service.get(wid)
    undo = inverse_all(apply_local(snap, [add]), [add])
    assert len(save_batches([add, *undo, add])) == 2
    _same_locally_and_stored(service, wid, [add, *undo, add])
    assert [p["name"] for p in service.get(wid).rows_of("participants")] == ["Anna"]
    snap = service.get(wid)
    remove = RemoveRow("participants", add.row_id)
    restore = inverse_all(snap, [remove])
    _same_locally_and_stored(
        service, wid, [remove, *restore, SetField("participants", "role", "CMO", add.row_id)]
    )
    assert [(p["name"], p["role"]) for p in service.get(wid).rows_of("participants")] == [("Anna", "CMO")]


def test_inverse_of_a_local_edit_restores_it() -> None:
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    snap = WorkshopSnapshot("w", 1, now, now, {"client": "ACME", "title": ""})
    ops: list[Op] = [SetField("workshop", "client", "Contoso"), AddRow("participants", {"name": "X"})]
    after = apply_local(snap, ops)
    assert after.workshop["client"] == "Contoso" and len(after.rows_of("participants")) == 1
    back = apply_local(after, inverse_all(snap, ops))
    assert back.workshop["client"] == "ACME" and back.rows_of("participants") == ()
    assert snap.workshop["client"] == "ACME"  # the original is untouched


def test_apply_local_shows_refused_values_as_given_and_skips_vanished_rows() -> None:
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    snap = WorkshopSnapshot("w", 1, now, now, {"client": ""})
    after = apply_local(
        snap,
        [
            SetField("participants", "name", "ghost", "0" * 32),
            MoveRow("participants", "1" * 32, 3),
            SetField("workshop", "date_start", "not a date"),
            SetClause("k", "nonsense"),  # type: ignore[arg-type]
        ],
    )
    assert after.rows_of("participants") == ()
    assert after.workshop["date_start"] == "not a date"
    assert after.clause("k").state is AgreementState.OPEN
    assert apply_local(snap, [SetField("workshop", "client", Decimal("1"))]).workshop["client"] == Decimal(
        "1"
    )


def test_compact_keeps_the_last_value_of_each_field(service: WorkshopService) -> None:
    wid = service.create("ACME", "SLA")
    add = AddRow("participants", {"name": "A"})
    typing: list[Op] = [SetField("workshop", "venue", "R" + "o" * n) for n in range(5)]
    ops: list[Op] = [
        *typing,
        add,
        SetField("participants", "name", "An", add.row_id),
        SetField("participants", "name", "Anna", add.row_id),
        SetClause("funnel", AgreementState.PROPOSED),
        SetClause("funnel", note="draft"),
        SetClause("funnel", AgreementState.AGREED),
    ]
    short = compact(ops)
    assert short == [
        typing[-1],
        add,
        SetField("participants", "name", "Anna", add.row_id),
        SetClause("funnel", note="draft"),
        SetClause("funnel", AgreementState.AGREED),
    ]
    snap = service.get(wid)
    assert _content(apply_local(snap, short)) == _content(apply_local(snap, ops))
    service.apply(wid, snap.revision, short)
    assert _content(service.get(wid)) == _content(apply_local(snap, ops))
