"""The front door for every headless job; with no command it opens the app.

Each area registers its own subcommands (a `register(subparsers)` function in the modules named
in COMMAND_MODULES), so adding a feature never means editing a long central switch. A command
returns an exit code: 0 ok, 1 bad input (a one-line message), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence

from skillsapp import __version__
from skillsapp.errors import UserError

COMMAND_MODULES = (
    "skillsapp.commands",
    "skillsapp.content.commands",
    "skillsapp.sync.commands",
    "skillsapp.rosters.commands",
    "skillsapp.reports.commands",
    "skillsapp.lock",  # keep last: it wraps the write commands above in the database lock
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="skillsapp",
        description="Kỹ năng số: bộ kỹ năng số cho trẻ em (digital skills kit for schools)",
    )
    parser.add_argument("--version", action="version", version=f"skillsapp {__version__}")
    parser.add_argument("--db", help="database file to open in the app")
    parser.add_argument(
        "--demo-on-first-run",
        action="store_true",
        help="with no data yet, skip the first-run questions and open the demo school",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "func", None)
    try:
        if handler is None:
            from skillsapp.app import run_app

            return run_app(db=args.db, demo_on_first_run=args.demo_on_first_run)
        return int(handler(args) or 0)
    except UserError as exc:
        print(exc.message(), file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as exc:
        print(
            UserError("db.unreadable", path=getattr(args, "db", "?"), reason=exc).message(),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
