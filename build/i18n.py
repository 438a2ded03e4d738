"""Translations of the UI: one .ts per UI module, compiled to .qm.

    python build/i18n.py update    # refresh resources/translations/vi/*.ts from the code
    python build/i18n.py release   # compile each .ts newer than its .qm (the README set-up)
    python build/i18n.py release --all   # compile every .ts again
    python build/i18n.py check     # exit 1 listing strings without a Vietnamese translation
    python build/i18n.py fill FILE.json  # set translations from {"source": "bản dịch"}

One .ts per module (named after it, e.g. ui.pages.classes.ts) so people working on different
pages never edit the same translation file. Source strings are English; Vietnamese is the
default language of the app.

vi/qtbase.ts is kept by hand (no module is scanned for it): Qt's own strings the app shows
(contexts QPlatformTheme, QMessageBox, QFileDialog, QLineEdit, QPrintDialog, ...), with Qt's
English sources, since Qt ships no Vietnamese. tests/gui/test_qt_dialogs_vi.py checks them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "skillsapp" / "ui"
OUT = ROOT / "resources" / "translations"
LANGS = ("vi",)


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / f"pyside6-{name}"
    return str(local) if local.exists() else f"pyside6-{name}"


def _modules() -> list[Path]:
    markers = (".tr(", ".translate(", "QT_TRANSLATE_NOOP(")
    return sorted(
        p
        for p in [*UI.rglob("*.py"), UI.parent / "app.py"]
        if any(m in p.read_text(encoding="utf-8") for m in markers)
    )


def ts_path(module: Path, lang: str) -> Path:
    dotted = ".".join(module.relative_to(ROOT / "skillsapp").with_suffix("").parts)
    return OUT / lang / f"{dotted}.ts"


def update() -> None:
    for lang in LANGS:
        for module in _modules():
            target = ts_path(module, lang)
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                 "-target-language", lang, str(module), "-ts", str(target)],
                check=True,
            )  # fmt: skip


def qm_path(ts: Path) -> Path:
    return OUT / f"{ts.stem}_{ts.parent.name}.qm"


def _stale(ts: Path) -> bool:
    """A .qm is rebuilt when missing or older than its .ts (`bash build/dev.sh app` runs release
    on every launch: compiling all of them each time cost about ten seconds)."""
    try:
        return qm_path(ts).stat().st_mtime_ns < ts.stat().st_mtime_ns
    except FileNotFoundError:
        return True


def release(*, everything: bool = False) -> list[Path]:
    """Compile the .ts files whose .qm is missing or older (all with `everything`); the
    compiled ones."""
    built = []
    for ts in sorted(OUT.glob("*/*.ts")):
        if everything or _stale(ts):
            qm = qm_path(ts)
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            built.append(ts)
    return built


def _missing(message: ET.Element) -> bool:
    """No Vietnamese, or a message holding two sources (a bad merge: lrelease keeps one)."""
    if len(message.findall("source")) != 1 or len(message.findall("translation")) != 1:
        return True
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") in ("vanished", "obsolete"):
        return False
    return translation.get("type") == "unfinished" or not (translation.text or "").strip()


def unfinished() -> list[str]:
    """Source strings whose Vietnamese is missing or marked unfinished, as 'file: text'."""
    return [
        f"{ts.relative_to(ROOT)}: {message.findtext('source', '')}"
        for ts in sorted(OUT.glob("*/*.ts"))
        for message in ET.parse(ts).getroot().iter("message")
        if _missing(message)
    ]


def fill(mapping_file: Path) -> int:
    """Write translations for every source string found in the mapping; returns how many."""
    mapping: dict[str, str] = json.loads(mapping_file.read_text(encoding="utf-8"))
    filled = 0
    for ts in sorted(OUT.glob("*/*.ts")):
        tree = ET.parse(ts)
        changed = False
        for message in tree.getroot().iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if source in mapping and translation is not None and _missing(message):
                translation.text = mapping[source]
                translation.attrib.pop("type", None)
                changed = True
                filled += 1
        if changed:
            ET.indent(tree)
            tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "release"
    if command == "update":
        update()
    elif command == "release":
        release(everything="--all" in argv[2:])
    elif command == "check":
        problems = unfinished()
        print("\n".join(problems) or "all UI strings are translated")
        return 1 if problems else 0
    elif command == "fill" and len(argv) == 3:
        print(f"filled {fill(Path(argv[2]))} translations")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
