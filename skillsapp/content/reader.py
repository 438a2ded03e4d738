"""Typed access to one parsed YAML document that records a located Problem for every fault.

Every accessor returns a value of the promised type even when the YAML is wrong (a blank
placeholder), so one pass over a file reports all of its faults rather than stopping at the
first; the caller decides from `problems` whether what it built can be used.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, Protocol, TypeVar

from skillsapp.content.model import Problem, Text
from skillsapp.content.problem_texts import Term
from skillsapp.content.source import FieldPath, YamlFile

BLANK = Text("", "")


class _HasId(Protocol):
    @property
    def id(self) -> str | int: ...


E = TypeVar("E", bound=_HasId)


class Reader:
    def __init__(self, doc: YamlFile) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def fail(self, path: FieldPath, key: str, /, **params: str | int | Term) -> None:
        """Record a problem of the field at `path`: the message `key` with its `params`."""
        self.problems.append(self.doc.problem(path, key, **params))

    def root(self) -> dict[str, Any] | None:
        """The document's top mapping; None (reported) lets every later read skip quietly."""
        if self.doc.data is None:
            self.fail((), "check.file_empty")
            return None
        return self.doc.data if self.typed(self.doc.data, (), dict, "mapping") else None

    def typed(self, value: Any, path: FieldPath, kind: type, what: str) -> bool:
        """Whether `value` is a `kind`; reported as `what` (a term: "list" is `term.list`)
        when not."""
        # bool is an int in Python, but `answer: true` is never a number.
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return True
        self.fail(path, "check.wrong_type", what=Term(f"term.{what}"), got=describe(value))
        return False

    def keys(self, value: Any, path: FieldPath, allowed: Collection[str]) -> None:
        """Unknown keys are almost always typos of optional fields, which would vanish silently."""
        if isinstance(value, dict):
            for key in value:
                if key not in allowed:
                    self.fail((*path, key), "check.unknown_field", name=repr(key))

    def _get(self, parent: Any, path: FieldPath, key: str, optional: bool) -> Any:
        """`parent[key]`, or None (reported unless optional) when absent or empty.

        A parent that is not a mapping was reported where it was read, so it is skipped here.
        """
        if not isinstance(parent, dict):
            return None
        value = parent.get(key)
        if value is None and not optional:
            self.fail((*path, key), "check.missing")
        return value

    def present(self, parent: Any, key: str) -> bool:
        return isinstance(parent, dict) and parent.get(key) is not None

    def raw(self, parent: Any, path: FieldPath, key: str) -> Any:
        """The value as written, for fields whose type depends on another field."""
        return self._get(parent, path, key, optional=False)

    def mapping(self, parent: Any, path: FieldPath, key: str) -> dict[str, Any] | None:
        """A nested mapping; None (reported) when wrong, so reads inside it stay quiet."""
        value = self._get(parent, path, key, optional=False)
        if value is None or not self.typed(value, (*path, key), dict, "mapping"):
            return None
        return value

    def string(self, parent: Any, path: FieldPath, key: str) -> str:
        value = self._get(parent, path, key, optional=False)
        if value is None or not self.typed(value, (*path, key), str, "text"):
            return ""
        if not value.strip():
            self.fail((*path, key), "check.empty")
        return value

    def optional_string(self, parent: Any, path: FieldPath, key: str) -> str | None:
        return self.string(parent, path, key) if self.present(parent, key) else None

    def integer(
        self, parent: Any, path: FieldPath, key: str, low: int, high: int | None = None
    ) -> int:
        value = self._get(parent, path, key, optional=False)
        if value is None or not self.typed(value, (*path, key), int, "whole_number"):
            return 0
        if value < low or (high is not None and value > high):
            if high is None:
                self.fail((*path, key), "check.out_of_range_min", value=value, low=low)
            else:
                self.fail(
                    (*path, key), "check.out_of_range_between", value=value, low=low, high=high
                )
        return value

    def choice(self, parent: Any, path: FieldPath, key: str, allowed: Collection[str]) -> str:
        value = self.string(parent, path, key)
        if value and value not in allowed:
            self.fail(
                (*path, key), "check.not_one_of", value=repr(value), allowed=", ".join(allowed)
            )
        return value

    def text(self, parent: Any, path: FieldPath, key: str) -> Text:
        value = self._get(parent, path, key, optional=False)
        return BLANK if value is None else self.as_text(value, (*path, key))

    def optional_text(self, parent: Any, path: FieldPath, key: str) -> Text | None:
        return self.text(parent, path, key) if self.present(parent, key) else None

    def as_text(self, value: Any, path: FieldPath) -> Text:
        """A `{vi, en}` mapping with both languages written (the app can show either)."""
        if not self.typed(value, path, dict, "vi_en_text"):
            return BLANK
        self.keys(value, path, ("vi", "en"))
        return Text(vi=self.string(value, path, "vi"), en=self.string(value, path, "en"))

    def items(self, parent: Any, path: FieldPath, key: str) -> list[tuple[FieldPath, Any]]:
        """The entries of a list field, each with its own path for later problems."""
        value = self._get(parent, path, key, optional=False)
        if value is None or not self.typed(value, (*path, key), list, "list"):
            return []
        return [((*path, key, index), entry) for index, entry in enumerate(value)]

    def records(
        self, parent: Any, path: FieldPath, key: str
    ) -> list[tuple[FieldPath, dict[str, Any]]]:
        """The mapping entries of a list field; other entries are reported and skipped."""
        return [
            (where, value)
            for where, value in self.items(parent, path, key)
            if self.typed(value, where, dict, "mapping")
        ]

    def texts(self, parent: Any, path: FieldPath, key: str) -> tuple[Text, ...]:
        return tuple(self.as_text(value, where) for where, value in self.items(parent, path, key))

    def numbers(self, parent: Any, path: FieldPath, key: str) -> tuple[int, ...]:
        return tuple(
            value
            for where, value in self.items(parent, path, key)
            if self.typed(value, where, int, "whole_number")
        )

    def ids(
        self, parent: Any, path: FieldPath, key: str, known: Collection[str], what: str
    ) -> tuple[str, ...]:
        """A list of references; each must name an entry that exists. `what` is a term
        ("contact": `term.contact`, and `term.contact_id` for "a contact id")."""
        found: list[str] = []
        for where, value in self.items(parent, path, key):
            if not self.typed(value, where, str, f"{what}_id"):
                continue
            if value not in known:
                self.fail(where, "check.unknown_ref", what=Term(f"term.{what}"), value=repr(value))
            found.append(value)
        return tuple(found)

    def count(self, path: FieldPath, found: int, bounds: tuple[int, int], what: str) -> None:
        """`found` entries within `bounds`; `what` is a term ("options": `term.options`)."""
        low, high = bounds
        if not low <= found <= high:
            self.fail(
                path, "check.count", low=low, high=high, what=Term(f"term.{what}"), found=found
            )

    def unique(self, entries: list[tuple[FieldPath, str | int]], what: str) -> None:
        """No value twice; `what` is a term ("lesson": `term.lesson`)."""
        seen: set[str | int] = set()
        for where, value in entries:
            if value in seen:
                self.fail(where, "check.duplicate", what=Term(f"term.{what}"), value=repr(value))
            seen.add(value)

    def entries(
        self,
        parent: Any,
        path: FieldPath,
        key: str,
        build: Callable[[dict[str, Any], FieldPath], E],
    ) -> tuple[E, ...]:
        """Reference-file entries that read cleanly; a broken or repeated one is left out."""
        kept: list[E] = []
        seen: set[str | int] = set()
        for where, value in self.records(parent, path, key):
            before = len(self.problems)
            built = build(value, where)
            if built.id in seen:
                self.fail(
                    (*where, "id"), "check.duplicate", what=Term("term.id"), value=repr(built.id)
                )
            if len(self.problems) == before:
                kept.append(built)
                seen.add(built.id)
        return tuple(kept)


def describe(value: Any) -> Term | str:
    """How a wrong YAML value reads in a problem ("must be a list, not text"): a term, or the
    Python type's name for a value no lesson field ever holds."""
    if isinstance(value, bool):
        return Term("term.true_false")
    if isinstance(value, int | float):
        return Term("term.number")
    names = {str: "text", list: "list", dict: "mapping"}
    name = names.get(type(value))
    return Term(f"term.{name}") if name else type(value).__name__
