"""``slaworkshop export … --style FILE``: the agreement in a consultancy's own look; a bad style file
is one line on stderr, a non-zero exit and no file."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.export.readers import docx_header_text, pdf_fonts
from tests.export.test_branding import HEADER_TEXT, copy_templates, edit_style, rename_font
from tests.test_cli import main, run_cli
from tests.test_cli_export import Library, assert_one_line_reason, lib, run

__all__ = ["lib"]


@pytest.fixture
def contoso(tmp_path: Path) -> Path:
    style_file = copy_templates(tmp_path / "contoso")
    root = style_file.parent.parent
    for font in (root / "fonts").glob("*.ttf"):
        rename_font(font)
    base = docx.Document(str(root / "docx" / "base.docx"))
    base.sections[0].header.add_paragraph(HEADER_TEXT)
    base.save(str(root / "docx" / "base.docx"))
    return style_file


def test_help_names_the_style_option() -> None:
    result = run_cli("export", "--help")
    assert result.returncode == 0 and "--style" in result.stdout and "branding" in result.stdout


def test_export_with_a_style_file_uses_its_look(
    lib: Library, contoso: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = lib.out / "contoso.docx"
    code, out, err = run(
        lib,
        "export",
        lib.signed,
        "--version",
        "1",
        "--out",
        str(target),
        "--style",
        str(contoso),
        capsys=capsys,
    )
    assert (code, err) == (0, "") and out.split("\t")[1] == "version 1"
    assert HEADER_TEXT in docx_header_text(target)
    target = lib.out / "contoso.pdf"
    code, out, err = run(
        lib, "export", lib.draft, "--out", str(target), "--style", str(contoso), capsys=capsys
    )
    assert (code, err) == (0, "")
    names = {name.split("+")[-1] for name, _ in pdf_fonts(target)}
    assert "ContosSans" in names and not any("DejaVu" in n for n in names)
    # The file of a signed version exported in another look still verifies.
    code, out, err = run(lib, "verify", str(lib.out / "contoso.docx"), capsys=capsys)
    assert code == 0 and "version 1" in out


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (lambda f: f.write_text("{not json", encoding="utf-8"), ("--style", "not valid JSON")),
        (lambda f: f.unlink(), ("--style", "does not exist")),
        (
            lambda f: edit_style(f, lambda raw: raw["fonts"].update(regular="../../etc/passwd")),
            ("leads out",),
        ),
        (lambda f: edit_style(f, lambda raw: raw["colours"].update(primary="blue")), ("colours.primary",)),
        (
            lambda f: edit_style(f, lambda raw: raw.update(logo="fonts/DejaVuSans.ttf")),
            ("not a readable PNG",),
        ),
    ],
)
def test_a_bad_style_file_is_one_line_and_writes_nothing(
    lib: Library, contoso: Path, capsys: pytest.CaptureFixture[str], spoil: object, words: tuple[str, ...]
) -> None:
    spoil(contoso)  # type: ignore[operator]
    target = lib.out / "agreement.pdf"
    code, out, err = run(
        lib, "export", lib.draft, "--out", str(target), "--style", str(contoso), capsys=capsys
    )
    assert code == 1 and out == ""
    assert_one_line_reason(err, *words)
    assert not target.exists() and list(lib.out.iterdir()) == []


def test_style_is_refused_for_a_workshop_file_and_when_empty(
    lib: Library, contoso: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        lib, "export", lib.draft, "--out", str(lib.out / "w.slaw"), "--style", str(contoso), capsys=capsys
    )
    assert code == 2
    assert_one_line_reason(err, "--style", "workshop file")
    code, _, err = run(
        lib, "export", lib.draft, "--out", str(lib.out / "a.pdf"), "--style", " ", capsys=capsys
    )
    assert code == 2
    assert_one_line_reason(err, "--style")
    assert list(lib.out.iterdir()) == []


def test_the_entry_point_fails_with_one_line(lib: Library, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\x00" * 300_000)
    result = run_cli(*lib.args, "export", lib.draft, "--out", str(lib.out / "a.docx"), "--style", str(bad))
    assert result.returncode == 1
    assert_one_line_reason(result.stderr, "--style", "small JSON file")
    assert main([*lib.args, "list"]) == 0
