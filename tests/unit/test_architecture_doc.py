"""docs/ARCHITECTURE.md stays true: what it names exists, and its layers are the import contract.

A newcomer trusts the architecture document before the code, so a module that moved or a layer
rule that is not enforced would teach them the wrong house. The checks read files only (no
import, so no Qt in this unit test).
"""

from __future__ import annotations

import ast
import itertools
import re
import tomllib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "ARCHITECTURE.md"

# `skillsapp.store.rows.tombstone` or `skillsapp/store/schema.py`, stopping at a placeholder.
_MODULE = re.compile(r"(?<![\w/.])skillsapp(?:\.\w+)+")
_PATH = re.compile(r"(?<![\w/.])(?:skillsapp|tests|docs|lessons|build)/[\w./-]*")
_LAYER_ITEM = re.compile(r"^\d+\. \*\*(\w+)\*\*: (.+)$")


def _text() -> str:
    return DOC.read_text(encoding="utf-8")


def _module_file(dotted: str) -> Path | None:
    """The file of a module or package named `skillsapp.a.b`, or None."""
    base = ROOT.joinpath(*dotted.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


@cache
def _top_level_names(path: Path) -> frozenset[str]:
    """Names a module defines at top level (functions, classes, assignments, imports)."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return frozenset(names)


def _resolves(dotted: str) -> bool:
    """A module, or a module followed by one name it defines (a function, class, constant)."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        path = _module_file(".".join(parts[:cut]))
        if path is None:
            continue
        rest = parts[cut:]
        return not rest or (len(rest) == 1 and rest[0] in _top_level_names(path))
    return False


def test_every_module_named_exists():
    named = sorted({m.rstrip(".") for m in _MODULE.findall(_text())})
    assert named, "the document names no module"
    missing = [m for m in named if not _resolves(m)]
    assert missing == []


def test_every_path_named_exists():
    text = _text()
    found = (m for m in _PATH.finditer(text) if text[m.end() : m.end() + 1] not in ("*", "<"))
    named = sorted({m[0].rstrip("./") for m in found})  # a pattern (`report_*.py`) is no path
    assert named, "the document names no path"
    missing = [p for p in named if not (ROOT / p).exists()]
    assert missing == []


def doc_layers() -> list[tuple[str, set[str]]]:
    """The numbered layer list of the "Layers" section, top first: (name, modules)."""
    section = _text().split("\n## Layers\n", 1)[1].split("\n## ", 1)[0]
    layers = []
    for line in section.splitlines():
        match = _LAYER_ITEM.match(line)
        if match:
            layers.append((match[1], set(re.findall(r"`(skillsapp(?:\.\w+)+)`", match[2]))))
    return layers


def test_the_layer_list_is_read():
    layers = doc_layers()
    assert [name for name, _ in layers][:2] == ["app", "ui"]
    assert all(modules for _, modules in layers)
    assert len({m for _, modules in layers for m in modules}) == sum(len(m) for _, m in layers)


def test_every_layer_module_exists():
    missing = [m for _, modules in doc_layers() for m in modules if _module_file(m) is None]
    assert missing == []


def contract_layers() -> list[set[str]] | None:
    """The layers of the import-linter "layers" contract, top first, as full module names;
    None when pyproject.toml has no import-linter configuration yet."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    linter = config.get("tool", {}).get("importlinter")
    if linter is None:
        return None
    contracts = [c for c in linter.get("contracts", []) if c.get("type") == "layers"]
    assert contracts, "pyproject.toml configures import-linter but has no layers contract"
    contract = max(contracts, key=lambda c: len(c.get("layers", [])))
    containers = contract.get("containers", [])
    prefix = f"{containers[0]}." if len(containers) == 1 else ""
    layers = []
    for layer in contract["layers"]:
        names = re.split(r"[|:]", str(layer).strip("() "))
        layers.append(
            {n if n.startswith("skillsapp") else prefix + n for n in map(str.strip, names)}
        )
    return layers


def test_the_layer_list_is_the_import_contract():
    contract = contract_layers()
    if contract is None:  # the contract lands with the import-linter configuration
        return
    where = {module: i for i, layer in enumerate(contract) for module in layer}
    ours = doc_layers()
    absent = [m for _, modules in ours for m in sorted(modules) if m not in where]
    assert absent == [], "layers the document names but the contract does not"
    spans = [sorted({where[m] for m in modules}) for _, modules in ours]
    for (name, _), span in zip(ours, spans, strict=True):
        assert span == list(range(span[0], span[-1] + 1)), f"{name} is split by other layers"
    assert all(a[-1] < b[0] for a, b in itertools.pairwise(spans)), (
        "the document orders the layers unlike the contract"
    )


def _headings() -> list[str]:
    return [h.strip() for h in re.findall(r"^#{1,6} (.+)$", _text(), flags=re.MULTILINE)]


def _anchors() -> set[str]:
    """GitHub's anchors for the document's headings ("The .kns package format" ->
    "the-kns-package-format")."""
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in _headings()}


def _sources() -> list[Path]:
    own = Path(__file__).resolve()
    files = [*ROOT.joinpath("skillsapp").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py")]
    return [p for p in files if p.resolve() != own]


def test_code_points_to_sections_that_exist():
    """`docs/ARCHITECTURE.md#the-merge-rule` or `docs/ARCHITECTURE.md, "Sync"` name a heading."""
    sections = _anchors() | set(_headings())
    cited = set()
    for path in _sources():
        text = path.read_text("utf-8")
        found = re.findall(r"docs/ARCHITECTURE\.md(?:#([\w-]+)|,\s+\"([^\"]+)\")", text)
        cited |= {(str(path.relative_to(ROOT)), anchor or title) for anchor, title in found}
    assert cited, "no docstring points to a section of the document"
    assert sorted(c for c in cited if c[1] not in sections) == []


def test_no_code_cites_a_design_document_the_repository_lacks():
    if (ROOT / "DESIGN.md").exists() or (ROOT / "docs" / "DESIGN.md").exists():
        return
    citing = [str(p.relative_to(ROOT)) for p in _sources() if "DESIGN.md" in p.read_text("utf-8")]
    assert citing == []


def _layer_files(module: str) -> list[Path]:
    path = _module_file(module)
    if path is None:
        return []
    return sorted(path.parent.rglob("*.py")) if path.name == "__init__.py" else [path]


def test_the_layer_table_names_what_each_layer_has():
    """Each short name in "What each layer owns" is a module of that layer, or something one
    of its modules defines (`Store`, `UserError`)."""
    layers = dict(doc_layers())
    table = _text().split("| layer | owns |", 1)[1].split("\n\n", 1)[0]
    rows = re.findall(r"^\| (\w+) \| (.+) \|$", table, flags=re.MULTILINE)
    assert sorted(name for name, _ in rows) == sorted(layers)
    wrong = []
    for name, text in rows:
        modules = layers[name]
        defined = {n for m in modules for f in _layer_files(m) for n in _top_level_names(f)}
        for word in re.findall(r"`([A-Za-z_]\w*)`", text):
            if not any(m.endswith(f".{word}") or _module_file(f"{m}.{word}") for m in modules) and (
                word not in defined
            ):
                wrong.append(f"{name}: {word}")
    assert wrong == []


def test_the_data_model_names_every_table():
    schema = (ROOT / "skillsapp" / "store" / "schema.py").read_text(encoding="utf-8")
    tables = set(re.findall(r"CREATE TABLE (\w+)", schema))
    section = _text().split("\n## Data model\n", 1)[1].split("\n## ", 1)[0]
    assert tables and sorted(t for t in tables if f"`{t}`" not in section) == []
