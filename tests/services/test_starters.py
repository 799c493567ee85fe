"""Starters: the shipped ones load and fill a workshop; the user's own are saved, listed and checked."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from slaworkshop import paths
from slaworkshop.model import steps
from slaworkshop.model.enums import AgreementState, KpiLink
from slaworkshop.services.ops import SetField
from slaworkshop.services.starters import (
    MAX_FILE_BYTES,
    StarterError,
    StarterService,
    parse_content,
    read_content_file,
    source_notes,
)
from slaworkshop.services.workshops import WorkshopService

SHIPPED = paths.templates_dir() / "starters"
LANGUAGES = ("en", "de", "nl")
REQUIRED_LISTS = (
    "stages",
    "disqualification_reasons",
    "scoring_criteria",
    "handoff_triggers",
    "handoff_fields",
    "nurture_tracks",
    "kpis",
    "escalation_levels",
)


def _raw(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SHIPPED / f"{language}.json").read_text("utf-8"))
    return data


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_starter_loads_and_every_value_passes_its_field_spec(language: str) -> None:
    content = read_content_file(SHIPPED / f"{language}.json")
    assert content.language == language
    for name in REQUIRED_LISTS:
        assert content.rows.get(name), f"{language}: {name} is empty"
    assert {"scoring", "handoff", "governance"} <= set(content.sections)
    # Every value again, independently of the loader: as the editor would store it.
    raw = _raw(language)
    for entity_name, items in raw["rows"].items():
        spec = next(s for s in steps.STEP_ENTITIES if s.name == entity_name)
        for item in items:
            for key, value in item.items():
                if key != "_source":
                    spec.field(key).coerce(value)
    for entity_name, item in raw["sections"].items():
        spec = next(s for s in steps.STEP_ENTITIES if s.name == entity_name)
        for key, value in item.items():
            if key != "_source":
                spec.field(key).coerce(value)


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_starters_are_coherent_and_say_where_numbers_come_from(language: str) -> None:
    content = read_content_file(SHIPPED / f"{language}.json")
    funnel = [s for s in content.rows["stages"] if s["in_funnel"]]
    assert len(funnel) >= 3
    assert all(s["conversion_rate"] and Decimal(0) < s["conversion_rate"] <= 100 for s in funnel[:-1])
    assert funnel[-1].get("conversion_rate") is None
    # The threshold needs both axes: neither fit nor interest alone reaches it.
    threshold = content.sections["scoring"]["mql_threshold"]
    for axis in ("fit", "interest"):
        best = sum(max(0, c["points"]) for c in content.rows["scoring_criteria"] if c["axis"] == axis)
        assert best < threshold or axis == "fit" and best - 10 < threshold  # two roles are exclusive
    links = {k.get("link", "") for k in content.rows["kpis"]} - {""}
    assert links <= {link.value for link in KpiLink}
    assert {"funnel.mql_per_month", "handoff.first_contact"} <= links
    # Each recycled reason names a nurture track that exists.
    tracks = {t["name"] for t in content.rows["nurture_tracks"]}
    for reason in content.rows["disqualification_reasons"]:
        if reason["recycle"]:
            assert reason["nurture_track"] in tracks
    assert content.sections["handoff"]["return_track"] in tracks
    # Sources for the default numbers.
    sources = " ".join(content.sources.values())
    assert "Harvard Business Review" in sources and "24" in sources and "Gartner" in sources
    assert "handoff" in content.sources and "stages[1]" in content.sources


def test_translations_keep_the_same_numbers_and_are_really_translated() -> None:
    loaded = {lang: read_content_file(SHIPPED / f"{lang}.json") for lang in LANGUAGES}
    en = loaded["en"]
    for lang in ("de", "nl"):
        other = loaded[lang]
        assert {k: len(v) for k, v in other.rows.items()} == {k: len(v) for k, v in en.rows.items()}
        for name, rows in en.rows.items():
            for mine, theirs in zip(rows, other.rows[name], strict=True):
                numbers = {k: v for k, v in mine.items() if isinstance(v, int | Decimal | bool)}
                assert {k: theirs[k] for k in numbers} == numbers, (lang, name)
        assert other.sections["handoff"]["attempts"] == en.sections["handoff"]["attempts"]
        english_text = {r.get("definition") for r in en.rows["stages"]}
        assert not english_text & {r.get("definition") for r in other.rows["stages"]}
    assert "Rückmeldung" in json.dumps(_raw("de"), ensure_ascii=False)
    assert "terugkoppeling" in json.dumps(_raw("nl"), ensure_ascii=False).lower()


def test_a_new_workshop_from_a_starter_has_its_content_as_proposals(
    service: WorkshopService, tmp_path: Path
) -> None:
    starters = StarterService(service, tmp_path / "starters")
    listed = starters.list_starters()
    assert [s.id for s in listed if s.shipped] == ["shipped:de", "shipped:en", "shipped:nl"]
    assert all(not s.problem for s in listed)
    wid = starters.create_workshop("shipped:de", "Müller GmbH", "SLA 2027")
    snap = service.get(wid)
    assert snap.workshop["language"] == "de"
    assert [s["name"] for s in snap.rows_of("stages")][:3] == ["Kontakt", "Lead", "MQL"]
    assert snap.single("handoff")["accept_within"] == 24
    assert snap.single("scoring")["mql_threshold"] == 70
    assert all(r["agreement"] == AgreementState.PROPOSED.value for r in snap.rows_of("kpis"))

    empty = service.get(starters.create_workshop(None, "Leer AG", "SLA"))
    assert all(empty.rows_of(s.name) == () for s in steps.STEP_ENTITIES if not s.single)


def test_a_workshop_saved_as_a_starter_comes_back(service: WorkshopService, tmp_path: Path) -> None:
    starters = StarterService(service, tmp_path / "starters")
    wid = starters.create_workshop("shipped:en", "ACME", "SLA")
    snap = service.get(wid)
    service.apply(
        wid,
        snap.revision,
        [
            SetField("kpis", "target", "123.5", snap.rows_of("kpis")[0]["id"]),
            SetField("governance", "core_team", "a" * 32),
            SetField("funnel", "revenue_target", "2000000"),
        ],
    )
    info = starters.save_as_starter(wid, "  My agency’s\nstandard  ", "For SaaS clients")
    assert info.name == "My agency’s standard" and info.id.startswith("user:")
    assert oct(info.path.stat().st_mode & 0o777) == "0o600"
    listed = {s.id: s for s in starters.list_starters()}
    assert listed[info.id].name == "My agency’s standard" and not listed[info.id].problem

    again = service.get(starters.create_workshop(info.id, "Beta", "SLA"))
    original = service.get(wid)
    assert again.rows_of("kpis")[0]["target"] == Decimal("123.5")
    for spec in steps.STEP_ENTITIES:
        if not spec.single:
            assert len(again.rows_of(spec.name)) == len(original.rows_of(spec.name)), spec.name
    assert again.single("funnel")["revenue_target"] == Decimal(2000000)
    assert again.single("governance")["core_team"] == ""  # people of another workshop are not carried over
    # A second save with the same name does not overwrite the first.
    second = starters.save_as_starter(wid, "My agency’s standard")
    assert second.path != info.path and info.path.exists()
    with pytest.raises(StarterError, match="name"):
        starters.save_as_starter(wid, " \n ")


def _starter(**overrides: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": "slaworkshop.starter",
        "version": 1,
        "language": "en",
        "name": "Mine",
        "rows": {"kpis": [{"name": "MQLs", "target": 10}]},
        "sections": {"scoring": {"mql_threshold": 50}},
    }
    document.update(overrides)
    return document


HOSTILE: list[tuple[str, bytes | str, str]] = [
    ("invalid JSON", '{"format": "slaworkshop.starter", ', "not valid JSON"),
    ("not UTF-8", b"\xff\xfe\x00{", "UTF-8"),
    ("a list", "[1, 2, 3]", "JSON object"),
    ("other format", json.dumps(_starter(format="something.else")), "not an SLA Workshop starter"),
    ("newer version", json.dumps(_starter(version=99)), "version"),
    ("unknown language", json.dumps(_starter(language="fr")), "language"),
    ("no name", json.dumps(_starter(name="")), "no name"),
    ("name not text", json.dumps(_starter(name=["x"])), "expected text"),
    ("unknown top entry", json.dumps(_starter(payload="x")), "unknown entry"),
    ("unknown list", json.dumps(_starter(rows={"workshops": []})), "unknown list"),
    (
        "participants in a starter",
        json.dumps(_starter(rows={"participants": [{"name": "x"}]})),
        "unknown list",
    ),
    ("rows not a list", json.dumps(_starter(rows={"kpis": {"name": "x"}})), "expected a list"),
    ("row not an object", json.dumps(_starter(rows={"kpis": ["MQLs"]})), "expected an object"),
    (
        "unknown field",
        json.dumps(_starter(rows={"kpis": [{"name": "x", "sql": "DROP TABLE"}]})),
        "unknown field",
    ),
    ("wrong type", json.dumps(_starter(rows={"kpis": [{"name": 42}]})), "expected text"),
    (
        "number as text",
        json.dumps(_starter(rows={"kpis": [{"name": "x", "target": "many"}]})),
        "not a number",
    ),
    (
        "points out of range",
        json.dumps(_starter(rows={"scoring_criteria": [{"points": 10**6}]})),
        "at most 1000",
    ),
    (
        "huge integer",
        '{"format": "slaworkshop.starter", "version": 1, "language": "en", "name": "x", '
        '"sections": {"scoring": {"mql_threshold": ' + "9" * 5000 + "}}}",
        "not a usable JSON",
    ),
    ("infinite", json.dumps(_starter(rows={"kpis": [{"name": "x", "target": "Infinity"}]})), "not a number"),
    ("bad choice", json.dumps(_starter(rows={"kpis": [{"name": "x", "direction": "up"}]})), "not one of"),
    ("bad link", json.dumps(_starter(rows={"kpis": [{"name": "x", "link": "../../etc"}]})), "not one of"),
    ("bad date", json.dumps(_starter(sections={"governance": {"pilot_start": "yesterday"}})), "not a date"),
    ("bool as number", json.dumps(_starter(sections={"scoring": {"mql_threshold": True}})), "number"),
    ("unknown section", json.dumps(_starter(sections={"workshop": {"client": "x"}})), "unknown section"),
    ("unknown clause", json.dumps(_starter(clauses={"x; DROP": {"agreement": "agreed"}})), "unknown section"),
    (
        "bad clause state",
        json.dumps(_starter(clauses={"handoff": {"agreement": "maybe"}})),
        "agreement state",
    ),
    ("deeply nested", "[" * 100_000 + "]" * 100_000, "JSON"),
    ("too many rows", json.dumps(_starter(rows={"kpis": [{"name": "x"}] * 1001})), "at most 1,000"),
    ("too large", json.dumps(_starter(description="x" * (MAX_FILE_BYTES + 1))), "too large"),
]


@pytest.mark.parametrize(("case", "raw", "message"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_hostile_starters_are_rejected_with_a_message(case: str, raw: bytes | str, message: str) -> None:
    with pytest.raises(StarterError, match=message) as caught:
        parse_content(raw, "mine.json")
    text = str(caught.value)
    assert text.startswith("mine.json") and "\n" not in text and len(text) < 600


def test_a_broken_user_starter_is_listed_with_its_problem_and_never_applied(
    service: WorkshopService, tmp_path: Path
) -> None:
    folder = tmp_path / "starters"
    folder.mkdir()
    (folder / "good.json").write_text(json.dumps(_starter(name="Good one")), "utf-8")
    (folder / "broken.json").write_text('{"format": "slaworkshop.starter", "rows": [', "utf-8")
    (folder / "typo.json").write_text(
        json.dumps(_starter(rows={"kpis": [{"name": "x", "target": "1O0"}]})), "utf-8"
    )
    starters = StarterService(service, folder)
    listed = {s.id: s for s in starters.list_starters()}
    assert listed["user:good"].name == "Good one" and not listed["user:good"].problem
    assert "not valid JSON" in listed["user:broken"].problem
    assert "kpis, row 1: Target" in listed["user:typo"].problem
    before = service.count()
    for starter_id in (
        "user:broken",
        "user:typo",
        "user:missing",
        "user:../../etc/passwd",
        "shipped:../x",
        "nonsense",
    ):
        with pytest.raises(StarterError):
            starters.create_workshop(starter_id, "X", "Y")
    assert service.count() == before
    wid = starters.create_workshop("user:good", "X", "Y")
    assert [k["name"] for k in service.get(wid).rows_of("kpis")] == ["MQLs"]


def test_starters_without_a_user_folder_still_list_the_shipped_ones(service: WorkshopService) -> None:
    starters = StarterService(service, None)
    assert len(starters.list_starters()) == 3
    with pytest.raises(StarterError, match="folder"):
        starters.save_as_starter(service.create("A", "B"), "x")


def test_odd_files_in_the_user_folder_never_hang_or_crash_the_list(
    service: WorkshopService, tmp_path: Path
) -> None:
    import os

    folder = tmp_path / "starters"
    folder.mkdir()
    (folder / "mön standard.json").write_text(json.dumps(_starter(name="Mön")), "utf-8")
    (folder / "folder.json").mkdir()
    (folder / ".hidden.json").write_text("{}", "utf-8")
    (folder / "empty.json").write_bytes(b"")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.json")  # reading it would block forever
    starters = StarterService(service, folder)
    listed = {s.id: s for s in starters.list_starters() if not s.shipped}
    assert set(listed) == {"user:mön standard", "user:empty"}
    assert "not valid JSON" in listed["user:empty"].problem
    wid = starters.create_workshop("user:mön standard", "X", "Y")
    assert [k["name"] for k in service.get(wid).rows_of("kpis")] == ["MQLs"]
    for starter_id in ("user:pipe", "user:folder", "user:.hidden", "user:", "user:a/b"):
        with pytest.raises(StarterError, match="no starter"):
            starters.load(starter_id)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guidance_can_say_where_each_default_number_comes_from(language: str) -> None:
    notes = dict(source_notes(read_content_file(SHIPPED / f"{language}.json")))
    assert any(what.startswith("KPI: ") and "Harvard Business Review" in src for what, src in notes.items())
    assert any("24" in src for what, src in notes.items() if what == "Handoff rules")
    assert any(what.startswith("Lifecycle stage: Lead") and "25 %" in src for what, src in notes.items())
