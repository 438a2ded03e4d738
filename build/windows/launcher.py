"""What the Start-menu shortcut runs on Windows: `pythonw.exe -X utf8 -m kynangso_launcher`.

Staged by stage.py as app\\kynangso_launcher.py, beside app\\kynangso_files.txt (every program
binary's size and sha256). pythonw.exe has no console: an import that fails because a DLL of the
install folder is missing or damaged (an antivirus quarantine, a half-copied folder, a failing
disk) would otherwise end the program without a word. So before anything of Qt loads, the
launcher checks that every listed binary is there with its size (a few milliseconds), and if
the app still fails before its own error handling is up, it says so in a Windows message box,
Vietnamese first, naming the file and what to do. Standard library only (ctypes), because the
thing that is broken may be any of the bundled packages. The user's data is never touched here.
"""

from __future__ import annotations

import hashlib
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
INSTALL = HERE.parent
MANIFEST = HERE / "kynangso_files.txt"
MB_ICONERROR = 0x10
MB_SETFOREGROUND = 0x10000

TITLE_BROKEN = "Kỹ năng số: cần cài đặt lại / needs reinstalling"
TITLE_FAILED = "Kỹ năng số: không mở được / could not start"
BROKEN = (
    "Tệp chương trình {name} bị thiếu hoặc bị hỏng, nên Kỹ năng số không mở được.\n"
    "Hãy chạy lại bộ cài đặt Kỹ năng số (KyNangSo-...-setup.exe): dữ liệu của bạn được giữ "
    "nguyên. Nếu phần mềm diệt virus đã xóa tệp này, hãy cho phép thư mục {folder}.\n\n"
    "The program file {name} is missing or damaged, so Kỹ năng số cannot open.\n"
    "Run the Kỹ năng số installer again: your data is kept. If an antivirus removed the file, "
    "allow the folder {folder}."
)
FAILED = (
    "Kỹ năng số không mở được: {error}\n"
    "Dữ liệu của bạn không bị ảnh hưởng. Hãy thử mở lại; nếu vẫn lỗi, hãy chạy lại bộ cài "
    "đặt, rồi gửi tệp {log} cho người hỗ trợ.\n\n"
    "Kỹ năng số could not start: {error}\n"
    "Your data is not affected. Try again; if it keeps failing, run the installer again and "
    "send the file {log} to whoever helps you with the app."
)


def tell(title: str, text: str) -> None:
    """A Windows message box (no Qt: Qt may be what is broken); stderr elsewhere."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, title, MB_ICONERROR | MB_SETFOREGROUND)
    else:
        print(f"{title}\n{text}", file=sys.stderr)


def manifest() -> list[tuple[str, int, str]]:
    """(path relative to the install folder, size, sha256) of every shipped binary."""
    rows = []
    for line in MANIFEST.read_text(encoding="utf-8").splitlines():
        size, digest, rel = line.split("\t")
        rows.append((rel, int(size), digest))
    return rows


def missing_or_wrong_size(rows: list[tuple[str, int, str]]) -> str | None:
    for rel, size, _digest in rows:
        try:
            if (INSTALL / rel).stat().st_size != size:
                return rel
        except OSError:
            return rel
    return None


def damaged(rows: list[tuple[str, int, str]]) -> str | None:
    """The first binary whose content is not what was shipped (slow: only after a failure)."""
    for rel, _size, digest in rows:
        try:
            if hashlib.sha256((INSTALL / rel).read_bytes()).hexdigest() != digest:
                return rel
        except OSError:
            return rel
    return None


def _log_start_failure() -> str:
    """The traceback into the data folder's logs (where support looks), or '' if unwritable."""
    base = os.environ.get("LOCALAPPDATA") or str(Path.home())
    target = Path(base) / "KyNangSo" / "logs" / "start-failure.log"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(traceback.format_exc(), encoding="utf-8")
    except OSError:
        return ""
    return str(target)


def main() -> int:
    try:
        rows = manifest()
    except (OSError, ValueError):
        tell(TITLE_BROKEN, BROKEN.format(name=MANIFEST.name, folder=INSTALL))
        return 1
    broken = missing_or_wrong_size(rows)
    if broken:
        tell(TITLE_BROKEN, BROKEN.format(name=broken, folder=INSTALL))
        return 1
    try:
        from skillsapp.cli import main as app_main

        return app_main()
    except SystemExit:
        raise
    except BaseException as exc:  # anything before the app's own error dialogs are installed
        log = _log_start_failure()
        broken = damaged(rows)
        if broken:
            tell(TITLE_BROKEN, BROKEN.format(name=broken, folder=INSTALL))
        else:
            tell(TITLE_FAILED, FAILED.format(error=f"{type(exc).__name__}: {exc}", log=log))
        return 1


if __name__ == "__main__":
    sys.exit(main())
