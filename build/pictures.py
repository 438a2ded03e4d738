"""Render the pictures the lessons use from the Twemoji set into resources/pictures/*.png.

    .venv/bin/python build/pictures.py [--package DIR] [--check]

The graphics come from the npm package @iconify-json/twemoji (Twemoji by Twitter, now
maintained at github.com/jdecked/twemoji, CC BY 4.0). Without --package the script fetches the
pinned version with `npm pack` into a temporary folder. Only the emoji named in lessons/ (in a
`picture:` field or inside any text) are rendered, as PNG so that neither Qt (no SVG plugin in
the Windows build) nor reportlab needs an SVG reader. Pictures no lesson uses any more are
removed. --check only reports what is missing or unused, for CI on a machine without npm.
Development-time only: the app never imports this file.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PACKAGE = "@iconify-json/twemoji@1.2.5"
SIZE = 160  # pixels; a slide shows pictures at 150 design pixels


def used_emoji() -> set[str]:
    """Every emoji in the lesson files (picture fields and text alike)."""
    from skillsapp.content.pictures import emoji_in

    found: set[str] = set()
    for path in sorted((ROOT / "lessons").rglob("*.yaml")):
        found.update(emoji_in(path.read_text(encoding="utf-8")))
    return found


def fetch(workdir: Path) -> Path:
    subprocess.run(["npm", "pack", PACKAGE], cwd=workdir, check=True, capture_output=True)
    tarball = next(workdir.glob("iconify-json-twemoji-*.tgz"))
    with tarfile.open(tarball) as archive:
        archive.extractall(workdir, filter="data")
    return workdir / "package"


def svg_of(package: Path) -> dict[str, str]:
    """Picture key (hex code points, no FE0F) -> the SVG text of that emoji."""
    chars = json.loads((package / "chars.json").read_text(encoding="utf-8"))
    icons = json.loads((package / "icons.json").read_text(encoding="utf-8"))
    width, height = icons.get("width", 36), icons.get("height", 36)
    bodies = {name: icon["body"] for name, icon in icons["icons"].items()}
    for alias, target in icons.get("aliases", {}).items():
        if target.get("parent") in bodies:
            bodies.setdefault(alias, bodies[target["parent"]])
    out: dict[str, str] = {}
    for key, name in chars.items():
        if name in bodies:
            clean = "-".join(part for part in key.split("-") if part != "fe0f")
            out[clean] = (
                f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}">'
                f"{bodies[name]}</svg>"
            )
    return out


def render(svg: str, target: Path) -> None:
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter)
    painter.end()
    image.save(str(target), "PNG")


def main() -> int:
    from skillsapp.content.pictures import picture_key, pictures_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, help="an unpacked @iconify-json/twemoji")
    parser.add_argument("--check", action="store_true", help="report only, change nothing")
    args = parser.parse_args()
    folder = pictures_dir()
    wanted = {picture_key(emoji): emoji for emoji in used_emoji()}
    have = {path.stem for path in folder.glob("*.png")}
    missing, unused = sorted(set(wanted) - have), sorted(have - set(wanted))
    if args.check:
        for key in missing:
            print(f"missing: {wanted[key]} ({key})")
        for key in unused:
            print(f"unused: {key}")
        return 1 if missing else 0
    with tempfile.TemporaryDirectory() as tmp:
        package = args.package or fetch(Path(tmp))
        svgs = svg_of(package)
        folder.mkdir(parents=True, exist_ok=True)
        for key in missing:
            if key not in svgs:
                print(f"not in Twemoji: {wanted[key]} ({key})", file=sys.stderr)
                return 1
            render(svgs[key], folder / f"{key}.png")
    for key in unused:
        (folder / f"{key}.png").unlink()
    print(f"{len(wanted)} pictures ({len(missing)} new, {len(unused)} removed) in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
