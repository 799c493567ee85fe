"""Sign-off and signed versions on SQLite and PostgreSQL: when it is allowed, what it freezes, that
nothing in the app (or the database) changes a signed version afterwards, and the audit chain."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from slaworkshop.model.db import Store
from slaworkshop.model.signing import MAX_SIGNATURE_PNG_BYTES, SignedRecordError
from slaworkshop.services import exchange
from slaworkshop.services.errors import ConflictError, NotFoundError, ValidationError
from slaworkshop.services.ops import AddRow, MoveRow, RemoveRow, SetClause, SetField
from slaworkshop.services.signoff import (
    ApprovalInput,
    AuditEntry,
    SignOffRefused,
    SignOffService,
    check_chain,
    event_hash,
)
from slaworkshop.services.versions import ChangeKind
from slaworkshop.services.workshops import WorkshopService

from .signing_helpers import APPROVED_ON, Signable, approvals, sign, signable, signature_png

RECORD_TABLES = ("signed_versions", "version_approvals", "audit_events", "export_records")


@pytest.fixture
def signoff(service: WorkshopService) -> SignOffService:
    return SignOffService(service.store, service)


@pytest.fixture
def ready(service: WorkshopService) -> Signable:
    return signable(service)


def records(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the signed-record tables, for comparing before and after."""
    with store.engine.connect() as conn:
        return {
            table: [tuple(r) for r in conn.execute(sa.text(f"SELECT * FROM {table} ORDER BY id")).all()]
            for table in RECORD_TABLES
        }


# --------------------------------------------------------------------------- signing
def test_sign_off_freezes_version_1_and_marks_the_workshop_signed(
    service: WorkshopService, signoff: SignOffService, ready: Signable
) -> None:
    drawn = signature_png()
    result = sign(signoff, ready, drawn=drawn)
    assert result.number == 1 and len(result.fingerprint) == 64
    snapshot = service.get(ready.workshop_id)
    assert snapshot.workshop["status"] == "signed" and snapshot.revision == result.revision
    state = signoff.state(ready.workshop_id)
    assert (state.latest, state.signed, state.draft_number) == (1, True, 2)
    assert state.fingerprint == result.fingerprint
    [listed] = signoff.versions(ready.workshop_id)
    assert (listed.number, listed.fingerprint, listed.signed_at) == (1, result.fingerprint, result.signed_at)
    assert listed.signed_by == "Ann Smith (Marketing lead), Piet de Vries (Sales lead)"
    assert listed.signatories == ("Ann Smith", "Piet de Vries")
    assert [a.signature_png for a in listed.approvals] == [None, None], "lists carry no pictures"
    assert [a.has_signature for a in listed.approvals] == [True, False]
    full = signoff.version(ready.workshop_id, 1)
    first = full.approvals[0]
    assert (first.name, first.title, first.department, first.role) == (
        "Ann Smith",
        "Head of Marketing",
        "marketing",
        "Marketing lead",
    )
    assert (first.approved_on, first.typed_name, first.signature_png) == (APPROVED_ON, "Ann Smith", drawn)
    frozen = signoff.snapshot_of_version(ready.workshop_id, 1)
    assert frozen.workshop["status"] == "signed"
    assert frozen.rows_of("goals") == tuple(
        {k: v for k, v in row.items()} for row in snapshot.rows_of("goals")
    )
    [event] = signoff.audit_log(ready.workshop_id)
    assert (event.seq, event.kind, event.prev_hash) == (1, "sign_off", "0" * 64)
    assert event.details_data()["fingerprint"] == result.fingerprint
    assert signoff.check_audit_chain(ready.workshop_id).ok


def test_editing_after_sign_off_starts_draft_n_plus_1_and_lists_the_changes(
    service: WorkshopService, signoff: SignOffService, ready: Signable
) -> None:
    first = sign(signoff, ready)
    goal = service.get(ready.workshop_id).rows_of("goals")[0]
    service.apply(ready.workshop_id, first.revision, [SetField("goals", "target", "2500000", goal["id"])])
    assert service.get(ready.workshop_id).workshop["status"] == "draft"
    state = signoff.state(ready.workshop_id)
    assert (state.latest, state.signed, state.draft_number) == (1, False, 2)
    [change] = signoff.changes_since(ready.workshop_id, 1)
    assert change.kind is ChangeKind.CHANGED and change.entity == "goals"
    assert [(f.label, f.new) for f in change.fields] == [("Target", "2500000")]
    second = sign(signoff, ready)
    assert second.number == 2 and second.fingerprint != first.fingerprint
    assert [v.number for v in signoff.versions(ready.workshop_id)] == [1, 2]
    assert [c.item for c in signoff.changes_since(ready.workshop_id, 1, 2)] == [change.item]
    assert signoff.changes_since(ready.workshop_id, 2) == []
    log = signoff.audit_log(ready.workshop_id)
    assert [e.seq for e in log] == [1, 2] and log[1].prev_hash == log[0].hash


def test_open_points_block_the_sign_off_but_parked_items_do_not(
    service: WorkshopService, signoff: SignOffService, ready: Signable
) -> None:
    kpi = service.get(ready.workshop_id).rows_of("kpis")[0]
    service.apply(ready.workshop_id, None, [SetField("kpis", "agreement", "disputed", kpi["id"])])
    with pytest.raises(SignOffRefused, match="cannot be signed yet") as refused:
        sign(signoff, ready)
    assert refused.value.blockers and refused.value.blockers[0].row_id == kpi["id"]
    service.apply(ready.workshop_id, None, [SetField("kpis", "agreement", "parked", kpi["id"])])
    assert sign(signoff, ready).number == 1
    assert signoff.versions(ready.workshop_id)[0].number == 1


def test_every_signatory_must_approve_with_a_typed_name(
    service: WorkshopService, signoff: SignOffService, ready: Signable
) -> None:
    wid = ready.workshop_id
    revision = service.get(wid).revision
    ann, piet = approvals(ready)
    cases: list[tuple[list[ApprovalInput], str]] = [
        ([ann], "Piet de Vries has not approved"),
        ([ann, replace(piet, typed_name="   ")], "Piet de Vries has not typed their name"),
        ([ann, replace(piet, typed_name="\x00\x07")], "Piet de Vries has not typed their name"),
        ([], "Ann Smith has not approved"),
    ]
    for given, reason in cases:
        with pytest.raises(SignOffRefused, match=reason):
            signoff.sign_off(wid, revision, given, today=APPROVED_ON)
    service.apply(wid, None, [SetField("signatories", "name", "", ready.signatories[1])])
    with pytest.raises(SignOffRefused, match="“Name” is empty"):
        signoff.sign_off(wid, None, [ann, piet], today=APPROVED_ON)
    service.apply(wid, None, [RemoveRow("signatories", s) for s in ready.signatories])
    with pytest.raises(SignOffRefused, match="Nobody is listed as a signatory"):
        signoff.sign_off(wid, None, [], today=APPROVED_ON)
    assert signoff.versions(wid) == [] and service.get(wid).workshop["status"] == "draft"
    assert signoff.audit_log(wid) == []


def test_wrong_approvals_are_refused_and_nothing_is_signed(
    service: WorkshopService, signoff: SignOffService, ready: Signable
) -> None:
    wid = ready.workshop_id
    revision = service.get(wid).revision
    ann, piet = approvals(ready)
    bad: list[tuple[Any, str]] = [
        ([ann, replace(piet, approved_on=APPROVED_ON + timedelta(days=5))], "in the future"),
        ([ann, replace(piet, approved_on=date(1970, 1, 1))], "not plausible"),
        ([ann, replace(piet, approved_on="2027-03-03")], "must be a date"),
        ([ann, replace(piet, typed_name="x" * 201)], "longer than 200"),
        ([ann, replace(piet, typed_name=["Piet"])], "must be text"),
        ([ann, ann, piet], "approves once"),
        ([ann, replace(piet, signatory_id="f" * 32)], "not a signatory"),
        ([ann, {"signatory_id": piet.signatory_id}], "must name a signatory"),
        ({"a": ann}, "must be a list"),
        ("Ann", "must be a list"),
        ([ann, replace(piet, signature_png=b"GIF89a...")], "not a PNG"),
        ([ann, replace(piet, signature_png="png")], "must be a PNG"),
        ([ann, replace(piet, signature_png=signature_png()[:200])], "damaged"),
        (
            [ann, replace(piet, signature_png=b"\x89PNG\r\n\x1a\n" + b"\x00" * MAX_SIGNATURE_PNG_BYTES)],
            "too large",
        ),
        ([ann, replace(piet, signature_png=signature_png(5000, 100))], "5000×100 pixels"),
    ]
    for given, reason in bad:
        with pytest.raises((ValidationError, SignOffRefused), match=reason):
            signoff.sign_off(wid, revision, given, today=APPROVED_ON)
    assert signoff.versions(wid) == [] and signoff.audit_log(wid) == []
    assert service.get(wid).revision == revision


def test_a_stale_revision_or_unchanged_content_is_refused(
    service: WorkshopService, signoff: SignOffService, ready: Signable
) -> None:
    wid = ready.workshop_id
    stale = service.get(wid).revision
    service.apply(wid, stale, [SetField("workshop", "venue", "Room 2")])
    with pytest.raises(ConflictError):
        signoff.sign_off(wid, stale, approvals(ready), today=APPROVED_ON)
    sign(signoff, ready)
    with pytest.raises(SignOffRefused, match="same as version 1"):
        sign(signoff, ready)
    service.apply(wid, None, [SetField("workshop", "venue", "Room 3")])
    service.apply(wid, None, [SetField("workshop", "venue", "Room 2")])
    with pytest.raises(SignOffRefused, match="same as version 1"):
        sign(signoff, ready)
    with pytest.raises(NotFoundError):
        signoff.sign_off("nope", None, approvals(ready))
    with pytest.raises(NotFoundError):
        signoff.version(wid, 2)
    with pytest.raises(ValidationError):
        signoff.version(wid, "1")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- immutability
def _ops_on_everything(service: WorkshopService, wid: str, ready: Signable) -> list[Any]:
    snap = service.get(wid)
    goal, second_goal = snap.rows_of("goals")[:2]
    return [
        [SetField("workshop", "title", "Renamed after signing")],
        [SetField("funnel", "revenue_target", "9")],
        [SetField("goals", "metric", "Changed", goal["id"])],
        [AddRow("goals", {"metric": "New goal"})],
        [RemoveRow("goals", second_goal["id"])],
        [MoveRow("goals", goal["id"], 3)],
        [SetClause("funnel", "disputed", "Reopened")],
        [SetField("signatories", "name", "Someone else", ready.signatories[0])],
        [RemoveRow("signatories", ready.signatories[1])],
    ]


def _workshop_service_calls(
    service: WorkshopService, wid: str, ready: Signable, tmp_path: Path
) -> dict[str, Callable[[], object]]:
    """Every public WorkshopService method, called on the signed workshop (a test below keeps this
    list complete: a new method must be added here and judged)."""

    def apply_everything() -> None:
        for ops in _ops_on_everything(service, wid, ready):
            service.apply(wid, None, ops)

    def purge() -> None:
        with pytest.raises(SignedRecordError, match="signed version 1"):
            service.purge(wid)

    return {
        "list_workshops": lambda: service.list_workshops(),
        "count": service.count,
        "create": lambda: service.create("Other", "Other"),
        "duplicate": lambda: service.duplicate(wid),
        "get": lambda: service.get(wid),
        "exists": lambda: service.exists(wid),
        "apply": apply_everything,
        "rename": lambda: service.rename(wid, "Renamed again"),
        "delete": lambda: service.delete(wid),
        "purge": purge,
        "restore": lambda: service.restore(wid),
    }


def test_no_workshop_service_method_changes_a_signed_version(
    service: WorkshopService, signoff: SignOffService, ready: Signable, tmp_path: Path
) -> None:
    wid = ready.workshop_id
    first = sign(signoff, ready, drawn=signature_png())
    signoff.export(wid, tmp_path / "v1.pdf")
    before = records(service.store)
    content = signoff.content_of(wid, 1)
    calls = _workshop_service_calls(service, wid, ready, tmp_path)
    public = {
        name
        for name, _ in inspect.getmembers(WorkshopService, inspect.isfunction)
        if not name.startswith("_")
    }
    assert public == set(calls), "a new WorkshopService method: add it to the immutability test"
    for name in (
        "get",
        "apply",
        "rename",
        "duplicate",
        "delete",
        "purge",
        "restore",
        "list_workshops",
        "count",
        "exists",
        "create",
    ):
        calls[name]()
        assert records(service.store) == before, f"{name} changed a signed record"
        assert signoff.content_of(wid, 1) == content
    assert service.get(wid).workshop["status"] == "draft"
    assert signoff.state(wid).draft_number == 2
    frozen = signoff.snapshot_of_version(wid, 1)
    assert frozen.workshop["title"] != "Renamed again"
    assert [s["name"] for s in frozen.rows_of("signatories")] == ["Ann Smith", "Piet de Vries"]
    assert signoff.version(wid, 1).fingerprint == first.fingerprint
    assert signoff.check_audit_chain(wid).ok


def test_importing_a_workshop_file_over_a_signed_workshop_keeps_its_versions(
    service: WorkshopService, signoff: SignOffService, ready: Signable, tmp_path: Path
) -> None:
    wid = ready.workshop_id
    sign(signoff, ready)
    before = records(service.store)
    path = exchange.export_file(service, wid, tmp_path / "copy.slaw")
    service.apply(wid, None, [SetField("workshop", "title", "Changed, then replaced")])
    assert exchange.import_file(service, path, exchange.ImportMode.REPLACE).workshop_id == wid
    assert records(service.store) == before  # the file has the same history: nothing added or lost
    # the file's content is version 1's, so the replaced workshop is signed again
    assert service.get(wid).workshop["status"] == "signed"
    copy = exchange.import_file(service, path, exchange.ImportMode.COPY).workshop_id
    assert copy != wid
    after = records(service.store)
    assert all(set(rows) <= set(after[table]) for table, rows in before.items())  # only added to
    assert signoff.state(wid).latest == 1 and signoff.state(copy).latest == 1


def test_the_versions_api_only_ever_adds(
    service: WorkshopService, signoff: SignOffService, ready: Signable, tmp_path: Path
) -> None:
    """Every public SignOffService method run on a signed workshop: the rows there were stay as
    they were; new ones (a version, an export) are only added."""
    wid = ready.workshop_id
    sign(signoff, ready)
    calls: dict[str, Callable[[], object]] = {
        "sign_off": lambda: (
            service.apply(wid, None, [SetField("workshop", "venue", "Room 9")]),
            sign(signoff, ready),
        ),
        "versions": lambda: signoff.versions(wid),
        "version": lambda: signoff.version(wid, 1),
        "state": lambda: signoff.state(wid),
        "content_of": lambda: signoff.content_of(wid, 1),
        "snapshot_of_version": lambda: signoff.snapshot_of_version(wid, 1),
        "changes_since": lambda: signoff.changes_since(wid, 1),
        "audit_log": lambda: signoff.audit_log(wid),
        "check_audit_chain": lambda: signoff.check_audit_chain(wid),
        "export_options": lambda: signoff.export_options(wid, 1),
        "export": lambda: signoff.export(wid, tmp_path / "v1.docx", version=1),
        "verify": lambda: signoff.verify(tmp_path / "v1.docx"),
    }
    public = {
        name for name, _ in inspect.getmembers(SignOffService, inspect.isfunction) if not name.startswith("_")
    }
    assert public == set(calls), "a new SignOffService method: add it to this test"
    for name, call in calls.items():
        before = records(service.store)
        call()
        after = records(service.store)
        for table in RECORD_TABLES:
            assert set(before[table]) <= set(after[table]), f"{name} changed or removed a row of {table}"
    assert signoff.check_audit_chain(wid).ok


def test_the_database_refuses_to_change_or_delete_signed_records(
    service: WorkshopService, signoff: SignOffService, ready: Signable, tmp_path: Path
) -> None:
    wid = ready.workshop_id
    sign(signoff, ready, drawn=signature_png())
    signoff.export(wid, tmp_path / "v1.pdf")
    statements = [
        "UPDATE signed_versions SET content = '{}'",
        "UPDATE signed_versions SET fingerprint = 'x'",
        "DELETE FROM signed_versions",
        "UPDATE version_approvals SET typed_name = 'Forged'",
        "DELETE FROM version_approvals",
        "UPDATE audit_events SET details = '{}'",
        "DELETE FROM audit_events",
        "UPDATE export_records SET sha256 = 'x'",
        "DELETE FROM export_records",
        f"DELETE FROM workshops WHERE id = '{wid}'",
    ]
    if not service.store.is_sqlite:
        statements += [f"TRUNCATE {table} CASCADE" for table in RECORD_TABLES]
    before = records(service.store)
    for statement in statements:
        with pytest.raises(sa.exc.IntegrityError), service.store.engine.begin() as conn:
            conn.execute(sa.text(statement))
    service.delete(wid)
    with pytest.raises(SignedRecordError, match="kept as a record"):
        service.purge(wid)
    assert records(service.store) == before
    assert [w.id for w in service.list_workshops(deleted=True)] == [wid]


# --------------------------------------------------------------------------- the audit chain
def _tamper(store: Store, statement: str) -> None:
    """Change the audit log behind the app's back, as someone with the database open could."""
    with store.engine.begin() as conn:
        if store.is_sqlite:
            conn.execute(sa.text("DROP TRIGGER audit_events_no_update"))
            conn.execute(sa.text("DROP TRIGGER audit_events_no_delete"))
        else:
            conn.execute(sa.text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"))
        conn.execute(sa.text(statement))


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        (
            "UPDATE audit_events SET details = replace(details, 'Ann Smith', 'Eve') WHERE seq = 1",
            "event 1 was altered",
        ),
        ("UPDATE audit_events SET kind = 'export' WHERE seq = 2", "event 2 was altered"),
        ("UPDATE audit_events SET at = at + interval '1 second' WHERE seq = 1", "event 1 was altered"),
        ("DELETE FROM audit_events WHERE seq = 1", "event 1 is missing"),
        ("UPDATE audit_events SET prev_hash = hash WHERE seq = 2", "event 2 does not follow"),
        ("DELETE FROM audit_events WHERE seq = 3", "export of v1.pdf is not in the audit log"),
        ("DELETE FROM audit_events WHERE seq >= 2", "sign-off of version 2 is not in the audit log"),
    ],
)
def test_tampering_with_the_audit_log_is_detected(
    service: WorkshopService,
    signoff: SignOffService,
    ready: Signable,
    tmp_path: Path,
    statement: str,
    problem: str,
) -> None:
    wid = ready.workshop_id
    sign(signoff, ready)
    service.apply(wid, None, [SetField("workshop", "venue", "Room 9")])
    sign(signoff, ready)
    signoff.export(wid, tmp_path / "v1.pdf", version=1)
    assert signoff.check_audit_chain(wid).ok
    assert signoff.verify(tmp_path / "v1.pdf").verified
    if service.store.is_sqlite and "interval" in statement:
        statement = statement.replace("at + interval '1 second'", "datetime(at, '+1 second')")
    _tamper(service.store, statement)
    result = signoff.check_audit_chain(wid)
    assert not result.ok and problem in result.problem
    verification = signoff.verify(tmp_path / "v1.pdf")
    assert not verification.verified and "tampered" in verification.reason


def test_check_chain_walks_events_in_order() -> None:
    from datetime import UTC, datetime

    events: list[AuditEntry] = []
    previous = "0" * 64
    for seq in range(1, 6):
        at = datetime(2027, 3, 3, 9, seq, tzinfo=UTC)
        details = f'{{"n":{seq}}}'
        digest = event_hash(previous, "w" * 32, seq, at, "export", details)
        events.append(AuditEntry("w" * 32, seq, at, "export", details, previous, digest))
        previous = digest
    assert check_chain(events).ok and check_chain(reversed(events)).ok and check_chain([]).ok
    assert check_chain(events[1:]).problem == "audit event 1 is missing"
    assert not check_chain([*events[:2], replace(events[2], details='{"n":33}'), *events[3:]]).ok
    assert not check_chain([*events[:2], events[3], replace(events[2], seq=4), *events[4:]]).ok
    assert not check_chain([*events[:4], replace(events[4], workshop_id="x" * 32)]).ok


def test_sign_off_reasons_say_why_before_anyone_approves(service: WorkshopService, ready: Signable) -> None:
    from slaworkshop.services.signoff import sign_off_reasons

    wid = ready.workshop_id
    assert sign_off_reasons(service.get(wid)) == ([], [])
    kpi = service.get(wid).rows_of("kpis")[0]
    service.apply(
        wid,
        None,
        [
            SetField("kpis", "agreement", "disputed", kpi["id"]),
            SetField("signatories", "role", "", ready.signatories[1]),
        ],
    )
    reasons, blockers = sign_off_reasons(service.get(wid))
    assert [b.row_id for b in blockers] == [kpi["id"]]
    assert reasons[0] == blockers[0].message
    assert reasons[1:] == ["Piet de Vries: “Signs as” is empty."]
    service.apply(wid, None, [RemoveRow("signatories", s) for s in ready.signatories])
    assert sign_off_reasons(service.get(wid))[0][-1] == "Nobody is listed as a signatory."


def test_a_workshop_with_empty_steps_cannot_be_signed(
    service: WorkshopService, signoff: SignOffService
) -> None:
    """Step 0 and the signatories filled in, steps 1–8 left empty: no agreement to sign yet."""
    from slaworkshop.services.signoff import SignOffRefused, sign_off_reasons

    wid = service.create("ACME", "Kick-off", facilitator="Anna")
    people = [
        AddRow("participants", {"name": "Ann Smith", "department": "marketing", "role": "Head of Marketing"}),
        AddRow("participants", {"name": "Piet de Vries", "department": "sales", "role": "Sales Director"}),
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
    service.apply(wid, None, people)
    ids = Signable(wid, (people[2].row_id, people[3].row_id))
    reasons, blockers = sign_off_reasons(service.get(wid))
    empty = [f for f in blockers if f.message.endswith("is still empty.")]
    assert [int(f.step) for f in empty] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert "Step 7 is still empty." in reasons
    with pytest.raises(SignOffRefused):
        signoff.sign_off(wid, None, approvals(ids), today=APPROVED_ON)
    assert signoff.versions(wid) == []
