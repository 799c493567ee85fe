"""Entry point: parse arguments, open the store, then run a command or the window.

Qt is imported only on the window's path, so the command line starts fast and runs headless.
Every failure on the command line ends with a non-zero exit code and one line on stderr that says
why; a traceback is shown only with ``SLAWORKSHOP_DEBUG=1``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from slaworkshop import APP_NAME, __version__

DEBUG_ENV = "SLAWORKSHOP_DEBUG"


def _one_line(value: object, limit: int = 300) -> str:
    return " ".join(str(value).split())[:limit]


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (argparse prints the whole usage block first)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {_one_line(message)} (see “slaworkshop --help”)\n")


def build_parser() -> argparse.ArgumentParser:
    from slaworkshop import cli

    parser = _Parser(
        prog="slaworkshop",
        description=f"{APP_NAME}: run a Marketing–Sales SLA workshop and export the signed agreement. "
        "Without a command, the window opens.",
        epilog="“slaworkshop FILE.slaw” opens the window and imports the workshop file (a preview "
        "first), so a file manager can open workshop files with SLA Workshop. "
        "Exit code 0 on success; otherwise non-zero with a one-line reason on stderr.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the workshop database, backups and settings "
        "(default: $SLAWORKSHOP_DATA_DIR, else the platform's user data folder)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="use this database instead of the local file, e.g. postgresql+psycopg://user@host/db",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli.add_commands(sub)
    return parser


_OPTIONS_WITH_VALUE = ("--data-dir", "--database")
WORKSHOP_FILE_SUFFIX = ".slaw"


def split_file_to_open(argv: Sequence[str], commands: Sequence[str]) -> tuple[list[str], str | None]:
    """``slaworkshop [options] FILE.slaw``: the arguments without the workshop file, and the file.

    The first positional argument is a file to open when it is not a command and names a ``.slaw``
    file or an existing file (a file manager passes whatever the user double-clicked)."""
    rest = list(argv)
    index = 0
    while index < len(rest):
        token = rest[index]
        if token == "--":
            index += 1
            break
        if token in _OPTIONS_WITH_VALUE:
            index += 2
            continue
        if token.startswith("-"):
            index += 1
            continue
        break
    if index >= len(rest):
        return rest, None
    token = rest[index]
    if token in commands:
        return rest, None
    if token.lower().endswith(WORKSHOP_FILE_SUFFIX) or os.path.isfile(token):
        return rest[:index] + rest[index + 1 :], token
    return rest, None


def main(argv: Sequence[str] | None = None) -> int:
    from slaworkshop import cli

    parser = build_parser()
    arguments, file_to_open = split_file_to_open(sys.argv[1:] if argv is None else argv, list(cli.COMMANDS))
    args = parser.parse_args(arguments)
    args.open_file = file_to_open
    if file_to_open is not None and args.command is not None:
        parser.error("give either a command or a workshop file to open, not both")
    from slaworkshop import paths

    if args.data_dir is not None and not args.data_dir.strip():
        parser.error("--data-dir: the folder name is empty")
    try:
        data_dir = paths.data_dir(args.data_dir)
    except (OSError, RuntimeError, ValueError) as exc:
        print(f"slaworkshop: cannot use the data folder: {_one_line(exc)}", file=sys.stderr)
        return 2
    if args.command is None:
        from slaworkshop.ui.app import run_gui

        return int(run_gui(args, data_dir))
    try:
        return run_command(args, data_dir)
    except KeyboardInterrupt:
        print("slaworkshop: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: a reason, not a traceback
        if os.environ.get(DEBUG_ENV):
            raise
        print(
            f"slaworkshop: unexpected error ({type(exc).__name__}: {_one_line(exc, 200)}); "
            f"set {DEBUG_ENV}=1 for details",
            file=sys.stderr,
        )
        return 1


def run_command(args: argparse.Namespace, data_dir: object) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from slaworkshop import cli
    from slaworkshop.model.db import open_store
    from slaworkshop.model.errors import StoreError, UnsupportedDatabaseError

    try:
        store = open_store(args.database, Path(str(data_dir)))
    except UnsupportedDatabaseError as exc:
        print(f"slaworkshop: --database: {_one_line(exc)}", file=sys.stderr)
        return cli.EXIT_USAGE
    except StoreError as exc:
        print(f"slaworkshop: {_one_line(exc, 600)}", file=sys.stderr)
        return cli.EXIT_STORE
    except (SQLAlchemyError, OSError) as exc:
        reason = _one_line(getattr(exc, "orig", None) or exc)
        print(f"slaworkshop: cannot open the database: {reason}", file=sys.stderr)
        return cli.EXIT_STORE
    for warning in store.warnings:
        print(f"slaworkshop: warning: {_one_line(warning)}", file=sys.stderr)
    try:
        return cli.run(args.command, store, args)
    except StoreError as exc:
        print(f"slaworkshop: {_one_line(exc, 600)}", file=sys.stderr)
        return cli.EXIT_FAILED
    except BrokenPipeError:
        # `slaworkshop list | head`: the reader left; nothing more to say. Point stdout at
        # devnull so the interpreter's final flush does not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return cli.EXIT_OK
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
