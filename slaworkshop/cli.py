"""The command-line verbs, over the services. Output on stdout, one-line reasons on stderr."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from slaworkshop import cli_exchange

if TYPE_CHECKING:
    # The store and the services (SQLAlchemy) load when a verb runs, not when the window starts:
    # ``slaworkshop`` without a verb builds this parser on its way to the first paint.
    from slaworkshop.model.db import Store

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_STORE = 3


def _one_line(value: str) -> str:
    return " ".join(value.split())


def cmd_list(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    from slaworkshop.model.enums import STATUS_LABELS, WorkshopStatus
    from slaworkshop.services.workshops import WorkshopService

    summaries = WorkshopService(store).list_workshops(args.search or "")
    if args.json:
        json.dump([s.as_json() for s in summaries], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for s in summaries:
        status = (
            STATUS_LABELS[WorkshopStatus(s.status)]
            if s.status in {w.value for w in WorkshopStatus}
            else s.status
        )
        when = s.date_start.isoformat() if s.date_start else "-"
        fields = [
            s.id,
            when,
            status,
            _one_line(s.client) or "(no client)",
            _one_line(s.title) or "(untitled)",
        ]
        out.write("\t".join(fields) + "\n")
    return EXIT_OK


def cmd_sample(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    """Create the sample workshop (a complete fictional client) and print its id."""
    from slaworkshop.services.sample import create_sample, languages
    from slaworkshop.services.workshops import WorkshopService

    language = (args.language or "en").strip().lower()
    if language not in languages():
        choices = ", ".join(languages())
        print(
            f"slaworkshop: no sample in “{_one_line(args.language)[:20]}”; choose one of {choices}.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    out.write(create_sample(WorkshopService(store), language) + "\n")
    return EXIT_OK


MAX_VERSION = 1_000_000


def _shown(text: str) -> str:
    """Text safe to print on one line: lone surrogates (from file names or arguments that are not
    valid UTF-8) are escaped instead of making the print fail."""
    return _one_line(text.encode("utf-8", "backslashreplace").decode("utf-8"))


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"slaworkshop: {_shown(message)[:600]}", file=sys.stderr)
    return code


def _version_number(text: str) -> int:
    """``--version N``: a whole number from 1; argparse turns the error into a usage line."""
    try:
        number = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{_one_line(text)[:20]}” is not a version number") from None
    if not 1 <= number <= MAX_VERSION:
        raise argparse.ArgumentTypeError(f"a version number is between 1 and {MAX_VERSION:,}")
    return number


SLAW = "slaw"


def cmd_export(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    """Write the agreement as DOCX or PDF (a signed version's file is recorded for ``verify``), or
    the whole workshop as a workshop file (``slaw``)."""
    from slaworkshop.export import ExportError, ExportFormat, TargetExistsError
    from slaworkshop.services.signoff import SignOffService

    target = str(args.out or "")
    if not target.strip() or "\x00" in target:
        return _fail("--out: give the name of the file to write", EXIT_USAGE)
    path = Path(target).expanduser()
    formats = {f.value for f in ExportFormat} | {SLAW}
    suffix = path.suffix.lower().lstrip(".")
    fmt = args.format or suffix
    if fmt not in formats:
        return _fail(
            "--format: choose docx or pdf for the agreement, or slaw for the workshop file (or a file name "
            "ending in .docx, .pdf or .slaw)",
            EXIT_USAGE,
        )
    if suffix in formats and suffix != fmt:
        return _fail(f"--out ends in .{suffix} but --format is {fmt}; make them agree", EXIT_USAGE)
    if not args.workshop_id.isascii() or not args.workshop_id.isprintable():
        return _fail(f"There is no workshop with the id {ascii(args.workshop_id)[:60]}.")
    if fmt == SLAW:
        if args.version is not None:
            return _fail(
                "--version: a workshop file always holds every signed version; leave it out", EXIT_USAGE
            )
        if getattr(args, "style", None) is not None:
            return _fail("--style: a workshop file holds no document look; leave it out", EXIT_USAGE)
        from slaworkshop.cli_exchange import cmd_export_slaw

        return cmd_export_slaw(store, args.workshop_id, path, overwrite=args.force, out=out)
    style_file = None
    style_name = getattr(args, "style", None)
    if style_name is not None:
        from slaworkshop.export import check_style

        if not style_name.strip() or "\x00" in style_name:
            return _fail("--style: give the document style file (a .json file)", EXIT_USAGE)
        style_file = Path(style_name).expanduser()
        try:
            check_style(style_file)
        except ExportError as exc:
            return _fail(f"--style: {exc}")
    try:
        result = SignOffService(store).export(
            args.workshop_id, path, fmt, version=args.version, overwrite=args.force, style_file=style_file
        )
    except TargetExistsError:
        return _fail(f"{path} exists already; add --force to replace it")
    except ExportError as exc:
        return _fail(str(exc))
    except (OSError, ValueError) as exc:
        return _fail(f"cannot write {path}: {getattr(exc, 'strerror', None) or exc}")
    which = f"version {result.version}" if result.version is not None else "draft"
    out.write(f"{_shown(str(result.path))}\t{which}\t{result.sha256}\n")
    return EXIT_OK


def cmd_verify(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    """Exit 0 naming the workshop, version and export FILE is; exit 1 with the reason when it is
    not a file this app exported unchanged."""
    from slaworkshop.services.signoff import SignOffService

    name = str(args.file or "")
    if not name or "\x00" in name:
        return _fail("verify: give the file to check", EXIT_USAGE)
    result = SignOffService(store).verify(Path(name))
    if not result.verified:
        return _fail(f"{name[:300]}: {result.reason}")
    out.write(_shown(f"{name[:300]}: {result.reason}") + "\n")
    return EXIT_OK


Command = Callable[["Store", argparse.Namespace, TextIO], int]

COMMANDS: dict[str, Command] = {
    "list": cmd_list,
    "sample": cmd_sample,
    "export": cmd_export,
    "verify": cmd_verify,
    "import": cli_exchange.cmd_import,
}


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("list", help="print the workshops, one per line (id, date, status, client, title)")
    p.add_argument("--json", action="store_true", help="print a JSON array of objects instead")
    p.add_argument("--search", metavar="TEXT", help="only workshops whose client or title contains TEXT")
    p = sub.add_parser(
        "sample", help="create the sample workshop (a complete fictional client) and print its id"
    )
    p.add_argument("--language", metavar="LANG", default="en", help="en, de or nl (default: en)")
    p = sub.add_parser(
        "export",
        help="write the agreement as DOCX or PDF, or the workshop as a workshop file (slaw)",
        description=(
            "Write the agreement of workshop ID. Without --version: the signed version if the workshop "
            "is signed and unchanged since, else the current draft (marked DRAFT on every page). The "
            "file of a signed version is recorded, so that “slaworkshop verify” recognises it. Prints "
            "one line: the path, “version N” or “draft”, and the file's SHA-256, separated by tabs. "
            "With --format slaw: the whole workshop — every step, agreement, signed version, signature "
            "and the audit log — as one workshop file for “slaworkshop import” on another computer "
            "(prints the path, “workshop file” and its SHA-256)."
        ),
        epilog="Exit codes: 0 written; 1 not written (reason on stderr); 2 wrong arguments; 3 database.",
    )
    p.add_argument("workshop_id", metavar="ID", help="the workshop's id (see “slaworkshop list”)")
    p.add_argument(
        "--format",
        choices=("docx", "pdf", SLAW),
        help="docx, pdf or slaw (the workshop file); default: from the --out suffix",
    )
    p.add_argument("--out", metavar="PATH", required=True, help="the file to write")
    p.add_argument(
        "--version",
        metavar="N",
        type=_version_number,
        help="export signed version N (default: see above; not with slaw)",
    )
    p.add_argument("--force", action="store_true", help="replace PATH if it exists")
    p.add_argument(
        "--style",
        metavar="FILE",
        help="the document style file (a consultancy's look: logo, colours, fonts, base .docx; see "
        "docs/branding.md); default: the built-in style",
    )
    p = sub.add_parser(
        "verify",
        help="say which workshop, version and export FILE is, or that it is not an unchanged export",
        description=(
            "Check FILE against the SHA-256 recorded for every exported file of a signed version, and "
            "the workshop's audit log. Exit 0 with one line on stdout naming the workshop, version and "
            "export; exit 1 with the reason on stderr if FILE is not a file this app exported unchanged."
        ),
        epilog="Exit codes: 0 verified; 1 not verified; 2 wrong arguments; 3 database.",
    )
    p.add_argument("file", metavar="FILE", help="an exported .docx or .pdf")
    cli_exchange.add_import_command(sub)


def run(command: str, store: Store, args: argparse.Namespace, out: TextIO | None = None) -> int:
    # sys.stdout is looked up now, not when this module was imported (it may have been replaced).
    return COMMANDS[command](store, args, out if out is not None else sys.stdout)
