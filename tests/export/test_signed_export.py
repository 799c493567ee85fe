"""Signed versions and drafts on paper: the signature page, the change history, DRAFT on every page
of a draft in both formats, and ``verify`` recognising exactly the files it recorded."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaworkshop.export import ExportOptions, build_document, render
from slaworkshop.export.docx import render_docx
from slaworkshop.export.style import load_style
from slaworkshop.model.db import open_store, sqlite_url
from slaworkshop.services.ops import SetField
from slaworkshop.services.signoff import SignOffService, VersionInfo
from slaworkshop.services.workshops import WorkshopService
from tests.services.signing_helpers import sign, signable, signature_png

from .readers import docx_header_text, docx_text, libreoffice_to_pdf, pdf_text, squeeze


@dataclass
class Signed:
    folder: Path
    signoff: SignOffService
    workshop_id: str
    v1: VersionInfo
    v2: VersionInfo
    files: dict[str, Path]  # v1.pdf, v1.docx, draft.pdf, draft.docx, v2.pdf, v2.docx


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Signed]:
    """Version 1 (Ann drew her signature), a draft after it, and version 2, exported in both formats."""
    folder = tmp_path_factory.mktemp("signed")
    store = open_store(sqlite_url(folder / "data" / "slaworkshop.sqlite3"))
    service = WorkshopService(store)
    signoff = SignOffService(store, service)
    ready = signable(service)
    wid = ready.workshop_id
    sign(signoff, ready, drawn=signature_png())
    files = {}
    for fmt in ("pdf", "docx"):
        files[f"v1.{fmt}"] = signoff.export(wid, folder / f"v1.{fmt}").path
    kpi = service.get(wid).rows_of("kpis")[0]
    service.apply(
        wid,
        None,
        [SetField("kpis", "target", "95", kpi["id"]), SetField("workshop", "venue", "Board room, 4th floor")],
    )
    for fmt in ("pdf", "docx"):
        files[f"draft.{fmt}"] = signoff.export(wid, folder / f"draft.{fmt}").path
    sign(signoff, ready)
    for fmt in ("pdf", "docx"):
        files[f"v2.{fmt}"] = signoff.export(wid, folder / f"v2.{fmt}").path
    v1, v2 = signoff.versions(wid)
    try:
        yield Signed(folder, signoff, wid, v1, v2, files)
    finally:
        store.close()


def _pages(path: Path) -> list[str]:
    return [page for page in pdf_text(path).split("\f") if page.strip()]


def _images_on(path: Path, page: int) -> int:
    listing = subprocess.run(
        ["pdfimages", "-list", "-f", str(page), "-l", str(page), str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return sum(1 for line in listing.splitlines()[2:] if line.split() and line.split()[2] == "image")


# --------------------------------------------------------------------------- the signed version
def test_the_signed_pdf_names_the_signers_dates_typed_names_and_fingerprint(signed: Signed) -> None:
    pages = _pages(signed.files["v1.pdf"])
    assert all("DRAFT" not in page and "Version 1" in page for page in pages)
    title = squeeze(pages[0])
    for value in ("Version1", "Signed", "Signedon", "SignedbyAnnSmith(Marketinglead),PietdeVries(Saleslead)"):
        assert value in title
    signature_pages = [(n, p) for n, p in enumerate(pages, start=1) if ". Signatures" in p]
    # The first is the contents page, which lists the chapter too.
    assert len(signature_pages) == 2 and "Contents" in signature_pages[0][1]
    number, page = signature_pages[-1]
    flat = squeeze(page)
    for value in (
        "approvedversion1",
        "Name:AnnSmith",
        "HeadofMarketing,Marketing",
        "Name:PietdeVries",
        "Date:3March2027",
        "Approvedbytypingthename“AnnSmith”",
        "Approvedbytypingthename“PietdeVries”",
        signed.v1.fingerprint,
    ):
        assert value in flat, value
    # The logo, and Ann's drawn signature (Piet did not draw one).
    assert _images_on(signed.files["v1.pdf"], number) == 2
    history = squeeze(pages[-1])
    assert "Changehistory" in history and signed.v1.fingerprint in history
    assert "Reviewandsign-off" not in squeeze("".join(pages)), "signatories print once, on the signature page"


def test_the_signed_docx_says_the_same_and_holds_the_drawn_signature(signed: Signed) -> None:
    text = docx_text(signed.files["v1.docx"])
    for value in (
        "Name: Ann Smith",
        "Date: 3 March 2027",
        "Approved by typing the name “Ann Smith”",
        "Approved by typing the name “Piet de Vries”",
        signed.v1.fingerprint,
    ):
        assert value in text, value
    assert "DRAFT" not in text and "DRAFT" not in docx_header_text(signed.files["v1.docx"])
    document = docx.Document(str(signed.files["v1.docx"]))
    assert len(document.inline_shapes) == 1, "one picture in the body: Ann's drawn signature"
    pictures = [p.blob for p in document.part.package.iter_parts() if p.content_type == "image/png"]
    assert signed.signoff.version(signed.workshop_id, 1).approvals[0].signature_png in pictures


def test_version_2_lists_what_changed_since_version_1(signed: Signed) -> None:
    pages = _pages(signed.files["v2.pdf"])
    flat = squeeze("".join(pages[-3:]))
    assert "Changesinversion2sinceversion1" in flat
    assert "Version2" in squeeze(pages[0]) and signed.v2.fingerprint in flat and signed.v1.fingerprint in flat
    assert "Venue:" in flat and "Boardroom,4thfloor" in flat
    assert "Target:80→95" in flat
    text = docx_text(signed.files["v2.docx"])
    assert "Changes in version 2 since version 1" in text and "Target: 80 → 95" in text


# --------------------------------------------------------------------------- the draft
def test_a_draft_after_version_1_is_draft_2_on_every_pdf_page(signed: Signed) -> None:
    pages = _pages(signed.files["draft.pdf"])
    for number, page in enumerate(pages, start=1):
        assert "DRAFT · Draft 2" in page, f"page {number} is not marked"
    assert any("Fingerprint: recorded when this version is signed." in p for p in pages)
    flat = squeeze("".join(pages[-3:]))
    assert "Changesinthisdraftsinceversion1" in flat and "Target:80→95" in flat
    # The signature page lists the signatories with empty lines to sign on.
    signature_page = [squeeze(p) for p in pages if ". Signatures" in p][-1]  # the first is the contents
    assert "Name:AnnSmith" in signature_page and "Name:PietdeVries" in signature_page
    assert "Approvedbytyping" not in signature_page and "3March2027" not in signature_page


def test_a_draft_docx_is_marked_on_every_page_libreoffice_renders(signed: Signed, tmp_path: Path) -> None:
    header = docx_header_text(signed.files["draft.docx"])
    assert "DRAFT · Draft 2" in header
    result, converted = libreoffice_to_pdf(signed.files["draft.docx"], tmp_path)
    assert result.returncode == 0 and converted.is_file(), result.stderr
    pages = _pages(converted)
    assert len(pages) > 5
    for number, page in enumerate(pages, start=1):
        assert "DRAFT" in page, f"page {number} of the DOCX has no DRAFT mark"


def test_every_header_a_branded_base_document_uses_carries_the_draft_mark(
    tmp_path: Path, signed: Signed
) -> None:
    style = load_style()
    base = docx.Document(str(style.base_docx))
    base.sections[0].different_first_page_header_footer = True
    base.settings.odd_and_even_pages_header_footer = True
    branded = tmp_path / "branded.docx"
    base.save(str(branded))
    draft = replace(signed.signoff.workshops.get(signed.workshop_id), revision=12)
    draft = replace(draft, workshop={**draft.workshop, "status": "draft"})
    document_model = build_document(draft, ExportOptions(next_version=3))
    data = render_docx(document_model, replace(style, base_docx=branded))
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    for header in (section.header, section.first_page_header, section.even_page_header):
        assert "DRAFT · Draft 3, revision 12" in "\n".join(p.text for p in header.paragraphs)


def test_a_signed_status_without_its_record_is_still_a_draft(signed: Signed) -> None:
    snapshot = signed.signoff.snapshot_of_version(signed.workshop_id, 1)
    assert snapshot.workshop["status"] == "signed"
    document = build_document(snapshot, ExportOptions())
    assert document.draft and document.running_label.startswith("DRAFT")
    assert "DRAFT" in pdf_text(render(snapshot, "pdf", ExportOptions())).split("\f")[0]


# --------------------------------------------------------------------------- verify
def test_every_recorded_export_verifies_and_drafts_do_not(signed: Signed, tmp_path: Path) -> None:
    for name in ("v1.pdf", "v1.docx", "v2.pdf", "v2.docx"):
        result = signed.signoff.verify(signed.files[name])
        assert result.verified, result.reason
        assert (result.workshop_id, result.version, result.format) == (
            signed.workshop_id,
            int(name[1]),
            name.split(".")[1],
        )
        assert result.reason.startswith("verified:") and f"version {name[1]}" in result.reason
        copy = tmp_path / f"renamed {name}"
        shutil.copyfile(signed.files[name], copy)
        assert signed.signoff.verify(copy).verified, "verify goes by content, not by name"
    for name in ("draft.pdf", "draft.docx"):
        result = signed.signoff.verify(signed.files[name])
        assert not result.verified and "not a file this app exported unchanged" in result.reason


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["v1.pdf", "v2.docx"]), st.floats(0, 1), st.integers(1, 255))
def test_a_single_changed_byte_is_detected(signed: Signed, name: str, where: float, xor: int) -> None:
    data = bytearray(signed.files[name].read_bytes())
    data[min(int(where * len(data)), len(data) - 1)] ^= xor
    changed = signed.folder / f"changed-{name}"
    changed.write_bytes(bytes(data))
    result = signed.signoff.verify(changed)
    assert not result.verified and "not a file this app exported unchanged" in result.reason


def test_added_or_removed_bytes_and_odd_paths_are_not_verified(signed: Signed, tmp_path: Path) -> None:
    data = signed.files["v1.pdf"].read_bytes()
    for variant in (data + b"\n", data[:-1], b"", data[1:]):
        target = tmp_path / "variant.pdf"
        target.write_bytes(variant)
        assert not signed.signoff.verify(target).verified
    reasons = {
        tmp_path / "missing.pdf": "no such file",
        tmp_path: "a folder, not a file",
        Path("/dev/zero"): "not a regular file",
        Path("x" * 5000): "",
    }
    for path, reason in reasons.items():
        result = signed.signoff.verify(path)
        assert not result.verified and reason in result.reason
