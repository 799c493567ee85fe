"""Entry point: parse arguments, open the store, then run a command or the window.

Qt is imported only on the window's path, so the command line starts fast and runs headless.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from slaworkshop import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    from slaworkshop import cli

    parser = argparse.ArgumentParser(
        prog="slaworkshop",
        description=f"{APP_NAME}: run a Marketing–Sales SLA workshop and export the signed agreement. "
        "Without a command, the window opens.",
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from slaworkshop import paths

    try:
        data_dir = paths.data_dir(args.data_dir)
    except (OSError, RuntimeError) as exc:
        print(f"slaworkshop: cannot use the data folder: {exc}", file=sys.stderr)
        return 2
    if args.command is None:
        from slaworkshop.ui.app import run_gui

        return int(run_gui(args, data_dir))
    return run_command(args, data_dir)


def run_command(args: argparse.Namespace, data_dir: object) -> int:
    from pathlib import Path

    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from slaworkshop import cli
    from slaworkshop.model.db import open_store
    from slaworkshop.model.errors import StoreError

    try:
        store = open_store(args.database, Path(str(data_dir)))
    except StoreError as exc:
        print(f"slaworkshop: {exc}", file=sys.stderr)
        return cli.EXIT_STORE
    except (ArgumentError, ValueError) as exc:
        print(f"slaworkshop: --database: {exc}", file=sys.stderr)
        return cli.EXIT_USAGE
    except (SQLAlchemyError, OSError) as exc:
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]
        print(f"slaworkshop: cannot open the database: {reason}", file=sys.stderr)
        return cli.EXIT_STORE
    try:
        return cli.run(args.command, store, args)
    except StoreError as exc:
        print(f"slaworkshop: {exc}", file=sys.stderr)
        return cli.EXIT_FAILED
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
