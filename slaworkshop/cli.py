"""The command-line verbs, over the services. Output on stdout, one-line reasons on stderr."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

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


Command = Callable[["Store", argparse.Namespace, TextIO], int]

COMMANDS: dict[str, Command] = {"list": cmd_list, "sample": cmd_sample}


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("list", help="print the workshops, one per line (id, date, status, client, title)")
    p.add_argument("--json", action="store_true", help="print a JSON array of objects instead")
    p.add_argument("--search", metavar="TEXT", help="only workshops whose client or title contains TEXT")
    p = sub.add_parser(
        "sample", help="create the sample workshop (a complete fictional client) and print its id"
    )
    p.add_argument("--language", metavar="LANG", default="en", help="en, de or nl (default: en)")


def run(command: str, store: Store, args: argparse.Namespace, out: TextIO | None = None) -> int:
    # sys.stdout is looked up now, not when this module was imported (it may have been replaced).
    return COMMANDS[command](store, args, out if out is not None else sys.stdout)
