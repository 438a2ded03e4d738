"""Reading one YAML file so that every later fault can be pinned to a line.

The file is parsed once into a node tree (which keeps line numbers) and the plain data built from
that same tree, so the checks pay for one parse and still report `file:line: field: message`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from skillsapp.content.model import Problem, make_problem
from skillsapp.content.problem_texts import Term

FieldPath = tuple[str | int, ...]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"


def field_name(path: FieldPath) -> str:
    """`("quiz", 2, "answer")` -> `quiz[2].answer`, the form authors read in problems."""
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else part)
    return name


@dataclass(frozen=True)
class YamlFile:
    """One parsed YAML file: its data, its node tree and the name shown in problems."""

    path: Path
    shown: str
    text: str
    data: Any
    node: yaml.Node | None

    def line(self, path: FieldPath) -> int | None:
        """The 1-based line of `path`, or of its nearest ancestor when it is missing."""
        node = self.node
        if node is None:
            return None
        for part in path:
            child = _child(node, part)
            if child is None:
                break
            node = child
        return node.start_mark.line + 1

    def problem(self, path: FieldPath, key: str, /, **params: str | int | Term) -> Problem:
        """A problem of the field at `path`, its message the text of `key` (problem_texts)."""
        return make_problem(self.shown, self.line(path), field_name(path), key, **params)

    def field_at(self, line: int) -> FieldPath:
        """The path of the value on `line` (1-based) that is not NFC, else the first value there."""
        if self.node is None:
            return ()
        found = list(_scalars_at(self.node, line - 1, ()))
        bad = [path for path, value in found if not unicodedata.is_normalized("NFC", value)]
        return (bad or [path for path, _ in found] or [()])[0]

    def nfc_problems(self) -> list[Problem]:
        """One problem per line written in decomposed Unicode (NFD looks alike but sorts and
        searches differently, so the kit must be NFC throughout)."""
        if unicodedata.is_normalized("NFC", self.text):
            return []
        return [
            self.problem(self.field_at(number), "check.not_nfc")
            for number, line in enumerate(self.text.splitlines(), start=1)
            if not unicodedata.is_normalized("NFC", line)
        ]


def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(part, str):
        for key, value in node.value:
            if key.value == part:
                return value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        return node.value[part]
    return None


def _scalars_at(node: yaml.Node, line: int, path: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    """Every scalar value (with its path) whose text spans the 0-based `line`."""
    if not node.start_mark.line <= line <= node.end_mark.line:
        return
    if isinstance(node, yaml.ScalarNode):
        yield path, node.value
        return
    children: list[tuple[str | int, yaml.Node]] = (
        [(key.value, value) for key, value in node.value]
        if isinstance(node, yaml.MappingNode)
        else list(enumerate(node.value))
    )
    for part, child in children:
        yield from _scalars_at(child, line, (*path, part))


def _plain(node: yaml.Node, loader: Any) -> Any:
    """The data of a node tree. Text, nearly every scalar in a lesson, is taken as it is; other
    scalars (numbers, true/false, dates) go through PyYAML's safe constructor. This halves the
    cost of building the data, which is most of a cold load. Merge keys (`<<`) and complex keys
    are refused as YAML errors: a lesson never needs them."""
    if isinstance(node, yaml.ScalarNode):
        return node.value if node.tag == _STR else loader.construct_object(node)
    if isinstance(node, yaml.SequenceNode):
        return [_plain(child, loader) for child in node.value]
    data = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be plain text", key.start_mark
            )
        data[_plain(key, loader)] = _plain(value, loader)
    return data


def read_document(path: Path, shown: str) -> YamlFile | Problem:
    """Parse `path`; a file that cannot be read or parsed comes back as a located Problem."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        return make_problem(shown, None, "", "check.not_utf8", reason=exc.reason)
    except OSError as exc:
        return make_problem(shown, None, "", "check.unreadable", reason=str(exc.strerror))
    return parse_document(text, path, shown)


def parse_document(text: str, path: Path, shown: str) -> YamlFile | Problem:
    """Parse YAML `text` that is not (or not yet) a file of its own, e.g. a lesson in a pack or
    in the database; `path` is where it belongs (`<band>/<file>.yaml`: the id rule reads it)."""
    text = text.removeprefix("\ufeff")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = _plain(node, loader) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        return make_problem(shown, line, "", "check.yaml", detail=str(exc.problem or exc.context))
    except yaml.YAMLError as exc:
        return make_problem(shown, None, "", "check.yaml", detail=str(exc))
    finally:
        loader.dispose()
    return YamlFile(path=path, shown=shown, text=text, data=data, node=node)
