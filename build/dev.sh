#!/usr/bin/env bash
# Set up Kỹ năng số on a fresh Debian/Ubuntu machine and run it or its tests.
#   bash build/dev.sh app    set up, then open the app (a demo school on first run)
#   bash build/dev.sh test   set up, then run the whole test suite
#   bash build/dev.sh guide  set up, then make the user guide's pictures from the app and the
#                            printable manual (dist/guide-vi.pdf, dist/guide-en.pdf)
# Idempotent: a second run reuses .venv and installs only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages Qt needs (xcb platform, EGL/GL, fonts) and the tools the tests use.
APT_PACKAGES=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libxcb-xfixes0 libx11-xcb1 fonts-dejavu-core libpulse0
  # libpulse0: QtMultimedia (the card-scanning camera) will not load without it on Linux
  gcc libc6-dev)  # gcc builds the power-cut test shim (tests/support/powercut)

need_apt() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system libraries for Qt: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Qt needs these system libraries. Install them, then run this command again:"
    echo "  sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
}

find_python() {
  for cand in python3.13 python3.12 python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1 &&
      "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$cand"; return 0
    fi
  done
  echo "Python 3.11 or newer is needed (apt-get install python3 python3-venv)." >&2
  exit 1
}

setup_venv() {
  local py stamp
  py=$(find_python)
  if [ ! -x .venv/bin/python ]; then
    "$py" -m venv .venv || { echo "Could not make a virtual environment: apt-get install python3-venv" >&2; exit 1; }
  fi
  stamp=$(sha256sum pyproject.toml | cut -c1-16)
  if [ ! -f .venv/.installed ] || [ "$(cat .venv/.installed)" != "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[test]'
    echo "$stamp" > .venv/.installed
  fi
  .venv/bin/python build/i18n.py release
}

# Qt aborts with a note about libxcb-cursor0 when there is no display: say what is wrong instead.
need_display() {
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    echo "Không có màn hình để mở cửa sổ (DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM đều trống): hãy chạy trong phiên desktop. / No display to open the window on (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset): run it in a desktop session." >&2
    exit 1
  fi
}

[ "${1:-}" = app ] && need_display  # before the set-up, so the answer comes at once
need_apt
setup_venv
case "${1:-}" in
  app)
    shift
    # A newcomer lands on the ready demo school; the installed app asks the first-run questions.
    exec .venv/bin/python -m skillsapp --demo-on-first-run "$@"
    ;;
  test)
    shift
    export QT_QPA_PLATFORM=offscreen
    # Lint and format are part of the test: CI fails on them as on a failing test.
    .venv/bin/python -m ruff check --quiet .
    .venv/bin/python -m ruff format --check --quiet .
    # The layers (import-linter contracts in pyproject.toml) and strict types on the core.
    .venv/bin/lint-imports --no-cache >/dev/null || .venv/bin/lint-imports --no-cache
    .venv/bin/python -m mypy --no-error-summary
    exec .venv/bin/python -m pytest "$@"
    ;;
  guide)
    # The guide's screenshots are made by the real app on the demo school, then the manual.
    export QT_QPA_PLATFORM=offscreen
    .venv/bin/python build/guide_shots.py
    mkdir -p dist
    for lang in vi en; do
      .venv/bin/python -m skillsapp print guide --lang "$lang" --out "dist/guide-$lang.pdf"
    done
    ;;
  *)
    echo "usage: bash build/dev.sh app|test|guide" >&2
    exit 2
    ;;
esac
