"""`skillsapp --help`, every subcommand's help and argparse's errors in the app's language."""

from __future__ import annotations

import argparse

import pytest

from skillsapp.cli import build_parser, main
from skillsapp.cli_help import ARGPARSE_VI, HELP_VI, help_texts, localize

# argparse's own English, as Python prints it: none may be left in a Vietnamese help page
ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:", "show this help message")


def command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """Every command line that has its own help page: (), ("roster",), ("roster", "import")..."""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for word, sub in action.choices.items():
                yield from command_paths(sub, (*path, word))


@pytest.fixture(autouse=True)
def _english_argparse_after():
    yield
    localize(argparse.ArgumentParser(), "en")  # argparse's hook is process-wide


def help_page(monkeypatch, capsys, lang: str, path: tuple[str, ...]) -> str:
    monkeypatch.setenv("SKILLSAPP_LANG", lang)
    with pytest.raises(SystemExit) as done:
        main([*path, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_every_help_text_has_its_vietnamese():
    english = build_parser(None)
    localize(english, "en")
    missing = [t for t in help_texts(english) if t not in HELP_VI and t not in ARGPARSE_VI]
    assert not missing, "add to HELP_VI in skillsapp/cli_help.py:\n" + "\n".join(missing)


def test_every_help_page_is_vietnamese_in_vietnamese_and_english_in_english(monkeypatch, capsys):
    parser = build_parser(None)
    english_helps = [t for t in help_texts(parser) if HELP_VI.get(t, t) != t]
    paths = list(command_paths(parser))
    assert len(paths) > 20  # every command and subcommand, not just the top page
    checked: set[str] = set()
    for path in paths:
        vi = help_page(monkeypatch, capsys, "vi", path)
        en = help_page(monkeypatch, capsys, "en", path)
        assert vi.startswith("cách dùng: skillsapp") and "hiện trợ giúp này rồi thoát" in vi
        assert en.startswith("usage: skillsapp") and "show this help message and exit" in en
        left = [w for w in ARGPARSE_ENGLISH if w in vi]
        assert not left, f"skillsapp {' '.join(path)} --help in Vietnamese shows {left}"
        flat_vi, flat_en = " ".join(vi.split()), " ".join(en.split())
        english_here = [t for t in english_helps if t in flat_en]
        checked.update(english_here)
        still = [t for t in english_here if t in flat_vi]
        assert not still, f"skillsapp {' '.join(path)} --help in Vietnamese shows {still}"
    assert checked == set(english_helps)  # each help text was on a page, and in Vietnamese there


def test_usage_errors_in_the_app_language(monkeypatch, capsys):
    for lang, words in (("vi", "lỗi: thiếu các tham số bắt buộc"), ("en", "error: the following")):
        monkeypatch.setenv("SKILLSAPP_LANG", lang)
        with pytest.raises(SystemExit) as done:
            main(["roster", "import"])
        assert done.value.code == 2
        assert words in capsys.readouterr().err


def test_building_and_parsing_the_apps_command_line_looks_up_no_gettext_catalogue(monkeypatch):
    """The standard gettext searched four paths for an argparse catalogue on each of ~33 words,
    on every start (cli_help.words_as_written, _gettext): the app's language is our table."""
    import gettext

    from skillsapp import cli

    looked = []
    monkeypatch.setattr(gettext, "find", lambda *a, **k: looked.append(a) or None)
    parser = cli.build_parser(["gui", "--db", "x.sqlite"])
    parser.parse_args(["gui", "--db", "x.sqlite"])
    assert looked == []
