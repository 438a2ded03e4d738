"""The front door for every headless job; with no command it opens the app.

Each area registers its own subcommands (a `register(subparsers)` function in its module), so
adding a feature never means editing a long central switch. A command returns an exit code:
0 ok, 1 bad input (a one-line message), 2 usage.

Adding a command is one line in COMMANDS: `"word": "package.module",` (the top-level command
word -> the module whose `register(subparsers)` adds it). A command that changes the user's data
says so with `parser.set_defaults(func=..., writes_db=True)`: the CLI then runs it holding the
database's lock (skillsapp.lock), refused while the app has that file open. Only the module of
the command being run is imported, so `skillsapp --version` and the app's start never pay for
the others; `--help` and an unknown word import them all to list every command. A module listed
in COMMAND_MODULES but with no word in COMMANDS still works (it is imported on every start,
slower); tests/unit/test_cli_lazy.py says which line to add.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence

from skillsapp import __version__
from skillsapp.errors import UserError

COMMANDS = {  # top-level command word -> module with its register(subparsers); keep sorted
    "backup": "skillsapp.commands",
    "cards": "skillsapp.cards.commands",
    "cases": "skillsapp.cases.commands",
    "curriculum": "skillsapp.content.commands",
    "demo": "skillsapp.commands",
    "gui": "skillsapp.commands",
    "keys": "skillsapp.sync.commands",
    "lessons": "skillsapp.packs.commands",
    "plan": "skillsapp.reports.commands",
    "pupils": "skillsapp.commands",
    "print": "skillsapp.reports.commands",
    "report": "skillsapp.reports.commands",
    "restore": "skillsapp.commands",
    "roster": "skillsapp.rosters.commands",
    "sheets": "skillsapp.cards.sheet_commands",
    "sync": "skillsapp.sync.commands",
    "year": "skillsapp.commands",
}

COMMAND_MODULES = (
    "skillsapp.commands",
    "skillsapp.content.commands",
    "skillsapp.sync.commands",
    "skillsapp.rosters.commands",
    "skillsapp.reports.commands",
)

_GLOBAL_WITH_VALUE = frozenset({"--db"})


def command_word(argv: Sequence[str]) -> str | None:
    """The first word that is not a global option (or its value): the command to run."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _GLOBAL_WITH_VALUE:
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def modules_for(argv: Sequence[str] | None) -> list[str]:
    """The command modules to import for this command line, in registration order."""
    unlisted = [m for m in COMMAND_MODULES if m not in COMMANDS.values()]
    word = None if argv is None else command_word(argv)
    if argv is not None and word is None:  # the app itself
        wanted = unlisted
    elif word in COMMANDS:
        wanted = [COMMANDS[word], *unlisted]
    else:  # every command (help), or an unknown word: the usage error lists them all
        wanted = [*COMMAND_MODULES, *COMMANDS.values()]
    return [*dict.fromkeys(wanted)]


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv` (only its command registered), or with every command when None."""
    from skillsapp.cli_help import LocalParser, install_words, words_as_written

    words_as_written()
    parser = LocalParser(
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
    for name in modules_for(argv):
        importlib.import_module(name).register(sub)
    install_words()  # argparse's words, and the help when printed, in the app's language
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    asks_help = "-h" in argv or "--help" in argv
    parser = build_parser(None if asks_help and command_word(argv) is None else argv)
    args = parser.parse_args(argv)
    handler = getattr(args, "func", None)
    try:
        if handler is None:
            from skillsapp.app import run_app

            return run_app(db=args.db, demo_on_first_run=args.demo_on_first_run)
        if getattr(args, "writes_db", False):
            from skillsapp.lock import run_locked

            return int(run_locked(handler, args) or 0)
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
