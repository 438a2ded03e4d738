"""The CLI imports only the module of the command being run (start-up speed, issue 10)."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from skillsapp.cli import COMMAND_MODULES, COMMANDS, command_word, modules_for


def _words_registered_by(module: str) -> set[str]:
    sub = argparse.ArgumentParser().add_subparsers()
    importlib.import_module(module).register(sub)
    return set(sub.choices)


@pytest.mark.parametrize("module", sorted({*COMMAND_MODULES, *COMMANDS.values()}))
def test_every_registered_word_is_in_the_table_under_its_module(module):
    listed = {word for word, owner in COMMANDS.items() if owner == module}
    registered = _words_registered_by(module)
    missing = registered - listed
    assert not missing, "add to COMMANDS in skillsapp/cli.py: " + ", ".join(
        f'"{word}": "{module}",' for word in sorted(missing)
    )
    assert listed <= registered, f"COMMANDS names words {module} does not register"


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        ([], None),
        (["--db", "x.db"], None),
        (["--db", "roster"], None),  # a database named like a command is still a database
        (["--demo-on-first-run", "gui", "--db", "x"], "gui"),
        (["--db=x.db", "roster", "import"], "roster"),
    ],
)
def test_command_word_skips_global_options(argv, word):
    assert command_word(argv) == word


def test_the_app_and_a_command_import_only_what_they_need():
    assert modules_for([]) == []
    assert modules_for(["--db", "x.db"]) == []
    assert modules_for(["roster", "import"]) == ["skillsapp.rosters.commands"]
    everything = modules_for(None)
    assert set(everything) == {*COMMAND_MODULES, *COMMANDS.values()}
    assert set(modules_for(["no-such-command"])) == set(everything)


def _loaded_after(args: list[str]) -> set[str]:
    code = (
        "import sys; from skillsapp.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('skillsapp'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return set(out.stdout.split())


def test_version_loads_no_command_module():
    loaded = _loaded_after(["--version"])
    assert not loaded & {*COMMAND_MODULES, *COMMANDS.values()}, loaded
    assert not {m for m in loaded if m.startswith(("skillsapp.content", "skillsapp.sync"))}


def test_curriculum_list_loads_no_sync_report_or_roster_code():
    loaded = _loaded_after(["curriculum", "list"])
    assert "skillsapp.content.commands" in loaded
    prefixes = ("skillsapp.sync", "skillsapp.reports", "skillsapp.rosters")
    assert not {m for m in loaded if m.startswith(prefixes)}, loaded
