#!/usr/bin/env bash
# Smoke-test the Windows installer under wine (Debian `wine` + `wine64`), headless.
#
#   bash build/windows/smoke_wine.sh [dist/KyNangSo-X.Y.Z-setup.exe]
#
# In a fresh wine prefix: silent install (/S); the bundled Python runs the CLI (--version,
# curriculum check, demo, keys, sync export/import, a PDF report whose Vietnamese text is checked
# with pypdf on the Linux side, answer cards printed and read back from a photo made of them); a
# second silent install upgrades in place and keeps the data; silent uninstall removes the program
# and keeps the user's data. The installed GUI runs under Xvfb, started from its Start-menu
# shortcut and driven by xdotool (smoke_gui.py): the first-run wizard, Today, a lesson session
# (attendance, F5 presentation, Ctrl+S), a report PDF saved from the Reports page, the Sync page,
# and bad input (second start, data folder not writable, missing and damaged DLL). Screenshots go
# to the folder printed at the end (SHOTS=... to choose it). Qt needs the ICU that Windows ships
# and wine 8 lacks: a test-only stand-in (wine/icuuc.c) goes into the throwaway prefix, never into
# the installer; so do the C99 complex functions numpy needs and wine 8 leaves as stubs
# (wine/ucrt_complex.c).
# Slow (10-15 minutes), so not part of the default test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

SETUP=${1:-$(ls -t dist/KyNangSo-*-setup.exe 2>/dev/null | head -1)}
[ -f "$SETUP" ] || { echo "no installer: run build/windows/build.sh first" >&2; exit 1; }
SETUP=$(readlink -f "$SETUP")

# wine and wine64 run the installer; mingw-w64 builds the test-only stand-in DLLs below; Xvfb
# and xdotool give the GUI a screen and a keyboard.
PACKAGES="wine wine64 gcc-mingw-w64-x86-64-win32 xvfb xdotool"
if ! command -v wine >/dev/null 2>&1 || ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 ||
  ! command -v Xvfb >/dev/null 2>&1 || ! command -v xdotool >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $PACKAGES >/dev/null
  else
    echo "needed: sudo apt-get install -y $PACKAGES" >&2
    exit 1
  fi
fi

export LANG=C.UTF-8 WINEDEBUG=-all WINEARCH=win64
# No Mono/Gecko download prompts, no desktop integration of the test prefix.
# ucrtbase=n,b: the prefix's stand-in C runtime below, which falls back on wine's own.
export WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe=;ucrtbase=n,b"
WINEPREFIX=$(mktemp -d /tmp/kns-wine.XXXXXX)
export WINEPREFIX
WORK=$(mktemp -d /tmp/kns-smoke.XXXXXX)
SHOTS=${SHOTS:-$ROOT/build/windows/work/gui-screenshots}
rm -rf "$SHOTS"
mkdir -p "$SHOTS"
# A screen of its own (a free display number), for the GUI steps.
for n in $(seq 70 99); do [ -e "/tmp/.X$n-lock" ] || { DISPLAY_NO=$n; break; }; done
Xvfb ":$DISPLAY_NO" -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
export DISPLAY=":$DISPLAY_NO"
trap 'wineserver -k >/dev/null 2>&1 || true; kill "$XVFB" 2>/dev/null || true; rm -rf "$WINEPREFIX" "$WORK"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
# A Linux path as the app under wine sees it (wine maps Z: to /). Computed here rather than by
# winepath, which under load once printed nothing and handed the app an empty path.
win() { local path="$1"; printf 'Z:%s' "${path//\//\\}"; }

step "wine prefix ($(wine --version))"
wineboot -i >/dev/null 2>&1
winecfg -v win10 >/dev/null 2>&1  # Debian's wine starts as Windows 7; we need 10 (1903+)
wineserver -w
# Wine 8.0 lacks bcryptprimitives.dll (ProcessPrng), which Windows 10 has and cryptography
# imports: give this throwaway prefix a stand-in (build/windows/wine/bcryptprimitives.c).
x86_64-w64-mingw32-gcc -shared -s -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  build/windows/wine/bcryptprimitives.c -ladvapi32
# Nor has it icuuc.dll, the ICU of Windows 10 1903+ that Qt6Core.dll imports 20 converter
# functions from: a stand-in whose converters are never found (build/windows/wine/icuuc.c).
x86_64-w64-mingw32-gcc -shared -s -O2 -o "$WINEPREFIX/drive_c/windows/system32/icuuc.dll" \
  build/windows/wine/icuuc.c
# Its ucrtbase.dll leaves C99 complex functions numpy imports (crealf, ...) as aborting stubs:
# wine's own ucrtbase goes in as ucrtwine.dll, and a stand-in ucrtbase.dll forwards every
# export to it except those, which it implements (build/windows/wine/ucrt_complex.c).
WINE_UCRT=$(find /usr/lib/x86_64-linux-gnu/wine /usr/lib/wine -path '*x86_64-windows/ucrtbase.dll' 2>/dev/null | head -1)
[ -f "$WINE_UCRT" ] || fail "wine's ucrtbase.dll not found"
cp "$WINE_UCRT" "$WINEPREFIX/drive_c/windows/system32/ucrtwine.dll"
x86_64-w64-mingw32-objdump -p "$WINE_UCRT" | awk '
  BEGIN { print "LIBRARY ucrtbase.dll"; print "EXPORTS" }
  /\[Ordinal\/Name Pointer\] Table/ { table = 1; next }
  table && /^[ \t]*\[ *[0-9]+\] [A-Za-z_?@$]/ { name = $NF  # ours: the ones ucrt_complex.c has
    own = name ~ /^c(cos|cosh|exp|log|proj|sin|sinh|sqrt|tan|tanh|abs|arg|real|imag|pow)[fl]?$/
    print "    " name "=" (own ? "my_" name : "ucrtwine." name) }' >"$WORK/ucrtbase.def"
x86_64-w64-mingw32-gcc -shared -s -O2 -static-libgcc -o "$WINEPREFIX/drive_c/windows/system32/ucrtbase.dll" \
  build/windows/wine/ucrt_complex.c "$WORK/ucrtbase.def"
WIN_USER=$(wine cmd /c 'echo %USERNAME%' 2>/dev/null | tr -d '\r')
LOCAL="$WINEPREFIX/drive_c/users/$WIN_USER/AppData/Local"
INSTDIR="$LOCAL/Programs/KyNangSo"
DATA="$LOCAL/KyNangSo"
MENU="$WINEPREFIX/drive_c/users/$WIN_USER/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
UNINSTALL_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\KyNangSo'

install() {
  wine "$SETUP" /S
  wineserver -w
}

step "silent install: $(basename "$SETUP") ($(du -m "$SETUP" | cut -f1) MB)"
install
for f in python/python.exe python/pythonw.exe python/python311._pth app/skillsapp/__main__.py \
  app/lessons app/resources/icons/kynangso.ico licenses/LGPL-3.0.txt KyNangSo.ico uninstall.exe; do
  [ -e "$INSTDIR/$f" ] || fail "missing $INSTDIR/$f"
done
[ -f "$MENU/Kỹ năng số.lnk" ] || fail "no Start-menu shortcut"
wine reg query "$UNINSTALL_KEY" /v DisplayVersion | grep -q DisplayVersion || fail "no uninstall entry"
[ ! -e "$INSTDIR/python/Lib/site-packages/PySide6/Qt6Quick.dll" ] || fail "QtQuick was shipped"
stand_ins=$(find "$INSTDIR" -iname icuuc.dll -o -iname bcryptprimitives.dll -o -iname ucrtbase.dll \
  -o -iname ucrtwine.dll)
[ -z "$stand_ins" ] || fail "a wine stand-in DLL was shipped: $stand_ins"
[ -f "$INSTDIR/app/skillsapp/__pycache__/app.cpython-311.pyc" ] || fail "the app is not byte-compiled"
[ -f "$INSTDIR/app/kynangso_files.txt" ] || fail "no list of program files for the launcher"
echo "installed in $INSTDIR ($(find "$INSTDIR" -name '*.pyc' | wc -l) .pyc files)"

GUI=(.venv/bin/python build/windows/smoke_gui.py)
GUI_ARGS=(--install "$INSTDIR" --shortcut "$MENU/Kỹ năng số.lnk" --data "$DATA" --shots "$SHOTS"
  --work "$WORK" --win-work "$(win "$WORK")")
gui() { "${GUI[@]}" "$1" "${GUI_ARGS[@]}" || fail "GUI: $1 (screenshots in $SHOTS)"; }

step "GUI: first start from the Start-menu shortcut, fresh profile: the first-run wizard"
gui wizard

PY=(wine "$INSTDIR/python/python.exe" -X utf8 -m skillsapp)
run() {  # run the bundled app's CLI, show its output, fail on a non-zero exit
  local out code=0
  out=$("${PY[@]}" "$@" </dev/null 2>&1 | tr -d '\r') || code=$?
  printf '%s\n' "$out"
  [ "$code" -eq 0 ] || fail "skillsapp $* exited $code"
  LAST=$out
}

DB=$(win "$DATA/kynangso.db")
mkdir -p "$DATA"
PERIOD=$(.venv/bin/python -c 'from datetime import date; from skillsapp.domain.periods import current_school_year as y; print(y(date.today()).label)')

step "bundled Python: version"
run --version
[[ "$LAST" == "skillsapp $(.venv/bin/python -c 'import skillsapp; print(skillsapp.__version__)')" ]] ||
  fail "unexpected version: $LAST"

step "curriculum check"
run curriculum check

step "demo school in the user's data folder"
run demo --db "$DB" --pupils 120

step "answer cards: print the PDF, read a photo made from it (OpenCV without its FFmpeg DLL)"
ffmpeg=$(find "$INSTDIR" -iname 'opencv_videoio_ffmpeg*')
[ -z "$ffmpeg" ] || fail "OpenCV's FFmpeg DLL was shipped: $ffmpeg"
run cards print --db "$DB" --class 6A1 --out "$(win "$WORK/cards.pdf")" --per-page 4
# The first page's four cards (numbers 1-4 in a new class), each turned a different number of
# clockwise quarter turns (0 = A ... 3 = D, the orientation rule), pasted side by side.
.venv/bin/python - "$WORK/cards.pdf" "$WORK/cards-photo.png" <<'PY'
import sys

import numpy as np
import pypdfium2
from PIL import Image

from skillsapp.cards.printing import page_cells

scale = 100 / 72
page = pypdfium2.PdfDocument(sys.argv[1])[0]
height = page.get_height()
grey = np.array(page.render(scale=scale, grayscale=True).to_pil().convert("L"))
tiles = []
for turns, (x, y, w, h) in enumerate(page_cells(4)):
    tile = grey[int((height - y - h) * scale) : int((height - y) * scale), int(x * scale) : int((x + w) * scale)]
    tile = np.rot90(tile, k=-turns)  # negative k: clockwise
    side = int(max(w, h) * scale) + 2  # the same for every tile, so they line up
    square = np.full((side + 40, side + 40), 255, dtype=np.uint8)
    square[20 : 20 + tile.shape[0], 20 : 20 + tile.shape[1]] = tile
    tiles.append(square)
Image.fromarray(np.hstack(tiles)).save(sys.argv[2])
print(f"photo: {sys.argv[2]}")
PY
run cards scan --db "$DB" --class 6A1 --json "$(win "$WORK/cards-photo.png")"
.venv/bin/python - "$LAST" <<'PY'
import json
import sys

seen = json.loads(sys.argv[1].strip().splitlines()[-1])
got = {card["number"]: card["answer"] for card in seen["cards"]}
if got != {1: "A", 2: "B", 3: "C", 4: "D"} or seen["unknown_markers"]:
    sys.exit(f"cards scan read {seen}")
print("cards scan ok: 1=A 2=B 3=C 4=D, no unknown marker")
PY

step "keys: teacher and leader exchange cards"
LEADER=$(win "$WORK/leader.db")
run keys export --db "$DB" --name "Cô Hà" --role teacher --out "$(win "$WORK/teacher.knskey")"
run keys export --db "$LEADER" --name "Cô Hiệu trưởng" --role leader --out "$(win "$WORK/leader.knskey")"
run keys import --db "$DB" "$(win "$WORK/leader.knskey")"
run keys import --db "$LEADER" "$(win "$WORK/teacher.knskey")"

step "sync export (teacher) and import (leader)"
run sync export --db "$DB" --out "$(win "$WORK/teacher.kns")" --to "Cô Hiệu trưởng"
run sync import --db "$LEADER" "$(win "$WORK/teacher.kns")"
grep -q "Imported\|Đã nhập" <<<"$LAST" || fail "the leader imported nothing"

step "school report (PDF, Vietnamese) from the leader's merged database"
run report --db "$LEADER" --kind school --period "$PERIOD" --format pdf --out "$(win "$WORK/school.pdf")" --lang vi
.venv/bin/python - "$WORK/school.pdf" <<'EOF'
import sys
from pypdf import PdfReader

text = "\n".join(page.extract_text() for page in PdfReader(sys.argv[1]).pages)
wanted = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập", "Hạnh phúc", "Hoa Phượng"]
missing = [w for w in wanted if w not in text]
if missing:
    sys.exit(f"the PDF lacks {missing}; it begins: {text[:300]!r}")
print(f"PDF ok: {len(text)} characters, Vietnamese intact")
EOF

step "gui --screenshot with the installed build (no offscreen plugin shipped)"
run gui --screenshot "$(win "$SHOTS/00-gui-screenshot-today.png")" --page today --db "$DB"
.venv/bin/python - "$SHOTS/00-gui-screenshot-today.png" <<'PY'
import sys
from PIL import Image, ImageStat

picture = Image.open(sys.argv[1]).convert("RGB")
spread = ImageStat.Stat(picture.convert("L")).stddev[0]
if picture.size != (1366, 768) or spread < 12:
    sys.exit(f"gui --screenshot gave {picture.size}, grey spread {spread:.1f}")
print(f"gui --screenshot ok: {picture.size[0]}x{picture.size[1]}, grey spread {spread:.0f}")
PY

step "GUI on the demo school: Today, a session by keyboard, a report PDF, Sync; warm start"
gui pages

step "GUI, bad input: second start, data folder not writable, missing and damaged DLL"
gui bad-input

step "the CLI respects the app's lock (msvcrt locking on Windows)"
DATA_SUM=$(sha256sum "$DATA/kynangso.db" | cut -d' ' -f1)
HOLD="import sys, time; from skillsapp.lock import InstanceLock
InstanceLock(sys.argv[1]).acquire(); open(sys.argv[2], 'w').close(); time.sleep(60)"
# (output through a pipe: wine's Python cannot use a plain file as its stdout)
wine "$INSTDIR/python/python.exe" -X utf8 -c "$HOLD" "$DB" "$(win "$WORK/held")" \
  </dev/null 2>&1 | cat >"$WORK/holder.log" &
HOLDER=$!
for _ in $(seq 120); do [ -e "$WORK/held" ] && break; sleep 0.5; done
[ -e "$WORK/held" ] || fail "the lock holder did not start: $(cat "$WORK/holder.log")"
code=0
out=$("${PY[@]}" restore "$(win "$WORK/teacher.kns")" --db "$DB" </dev/null 2>&1 | tr -d '\r') ||
  code=$?
printf '%s\n' "$out"
[ "$code" -eq 1 ] && grep -q "đang mở\|already has" <<<"$out" || fail "a write command ran under the lock"
wineserver -k >/dev/null 2>&1 || true  # ends the holder, as a crash would: the OS drops the lock
wait "$HOLDER" 2>/dev/null || true
wineserver -w
[ "$(sha256sum "$DATA/kynangso.db" | cut -d' ' -f1)" = "$DATA_SUM" ] || fail "the data changed"

step "second silent install: upgrade in place, data untouched"
echo "stale" > "$INSTDIR/app/skillsapp/stale_from_old_version.py"
install
[ ! -e "$INSTDIR/app/skillsapp/stale_from_old_version.py" ] || fail "old files survived the upgrade"
[ "$(sha256sum "$DATA/kynangso.db" | cut -d' ' -f1)" = "$DATA_SUM" ] || fail "the upgrade changed the data"
run --version

step "silent uninstall"
wine "$INSTDIR/uninstall.exe" /S
wineserver -w
sleep 1
wineserver -w
[ ! -e "$INSTDIR/python" ] && [ ! -e "$INSTDIR/app" ] || fail "program files left in $INSTDIR"
[ ! -e "$INSTDIR/uninstall.exe" ] || fail "uninstaller left behind"
[ ! -f "$MENU/Kỹ năng số.lnk" ] || fail "Start-menu shortcut left behind"
if wine reg query "$UNINSTALL_KEY" >/dev/null 2>&1; then fail "uninstall entry left behind"; fi
[ "$(sha256sum "$DATA/kynangso.db" | cut -d' ' -f1)" = "$DATA_SUM" ] || fail "uninstall touched the data"
echo "program removed; the data folder is kept: $(ls "$DATA" | tr '\n' ' ')"

printf '\nGUI screenshots (%s files): %s\n' "$(ls "$SHOTS" | wc -l)" "$SHOTS"
printf 'SMOKE OK: install, GUI (wizard, Today, session, F5, report PDF, Sync, bad input), CLI (version, curriculum, demo, keys, sync, PDF report, answer cards), upgrade, uninstall\n'
