"""The command-line verbs for workshop files: ``import PATH [--as-copy|--replace]`` and the ``slaw``
format of ``export``. Output on stdout, one-line reasons on stderr (see ``cli.py``).

Like ``cli.py``, nothing here loads the store or the services until a verb runs.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from slaworkshop.model.db import Store

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _shown(text: str) -> str:
    """One line, printable whatever the text holds (a file name that is not UTF-8 carries lone
    surrogates; they are escaped instead of making the print fail)."""
    return " ".join(text.encode("utf-8", "backslashreplace").decode("utf-8").split())


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"slaworkshop: {_shown(message)[:600]}", file=sys.stderr)
    return code


def cmd_import(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    """Import a .slaw file and print the id of the workshop it became (warnings on stderr)."""
    from slaworkshop.exchange.workshop_file import WorkshopFileError
    from slaworkshop.services.exchange import ImportChoiceNeeded, ImportMode, import_file
    from slaworkshop.services.workshops import WorkshopService

    name = str(args.path or "")
    if not name.strip() or "\x00" in name:
        return _fail("import: give the workshop file (.slaw) to import", EXIT_USAGE)
    mode = ImportMode.COPY if args.as_copy else ImportMode.REPLACE if args.replace else None
    path = Path(name).expanduser()
    shown = name[:200]
    try:
        result = import_file(WorkshopService(store), path, mode)
    except ImportChoiceNeeded as exc:
        return _fail(f"{shown}: {exc} Add --as-copy or --replace.")
    except WorkshopFileError as exc:
        return _fail(f"{shown}: {exc}")
    for warning in result.warnings:
        print(f"slaworkshop: warning: {_shown(warning)[:600]}", file=sys.stderr)
    out.write(result.workshop_id + "\n")
    return EXIT_OK


def cmd_export_slaw(store: Store, workshop_id: str, path: Path, *, overwrite: bool, out: TextIO) -> int:
    """``export ID --format slaw``: the workshop file with every version; prints path and SHA-256."""
    from slaworkshop.export import ExportError, TargetExistsError
    from slaworkshop.model.errors import StoreError
    from slaworkshop.services.exchange import export_bytes
    from slaworkshop.services.workshops import WorkshopService

    try:
        data = export_bytes(WorkshopService(store), workshop_id)
    except StoreError as exc:
        return _fail(str(exc))
    from slaworkshop.export.files import write_atomic

    try:
        written = write_atomic(path, data, overwrite=overwrite)
    except TargetExistsError:
        return _fail(f"{path} exists already; add --force to replace it")
    except ExportError as exc:
        return _fail(str(exc))
    except (OSError, ValueError) as exc:
        return _fail(f"cannot write {path}: {getattr(exc, 'strerror', None) or exc}")
    out.write(f"{_shown(str(written))}\tworkshop file\t{hashlib.sha256(data).hexdigest()}\n")
    return EXIT_OK


def add_import_command(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "import",
        help="import a workshop file (.slaw) and print the workshop's id",
        description=(
            "Import a workshop file exported by SLA Workshop, with its signed versions, signatures and "
            "audit log. The file is checked completely first; nothing is written unless all of it can "
            "be imported. A workshop that exists here already needs --as-copy or --replace. A signed "
            "version whose content does not match its fingerprint is not imported (a warning says "
            "which); the workshop's content then comes in as a draft. Prints the workshop's id."
        ),
        epilog="Exit codes: 0 imported; 1 not imported (reason on stderr); 2 wrong arguments; 3 database.",
    )
    p.add_argument("path", metavar="PATH", help="the .slaw file")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument(
        "--as-copy", action="store_true", help="import as a new workshop (new ids, title marked as a copy)"
    )
    choice.add_argument(
        "--replace",
        action="store_true",
        help="replace the local workshop with the same id by the file's content (its signed history is "
        "kept and extended; refused if the file lacks part of it)",
    )
