"""The installer stops on a Windows that cannot run the app (issue 22 item 5), saying which
Windows versions do, in Vietnamese and English; the README says the same."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NSI = (ROOT / "build" / "windows" / "installer.nsi").read_text(encoding="utf-8")


def test_the_installer_checks_the_build_and_64_bit_before_anything_else():
    on_init = NSI.split("Function .onInit", 1)[1].split("FunctionEnd", 1)[0]
    check = on_init.index("${AtLeastBuild} 18362")  # Windows 10 version 1903
    assert "${OrIfNot} ${RunningX64}" in on_init
    assert on_init.index("Abort") > check
    assert on_init.index("Abort") < on_init.index("MUI_LANGDLL_DISPLAY")
    assert "!include x64.nsh" in NSI and "!include WinVer.nsh" in NSI


def test_the_message_names_the_versions_in_both_languages():
    messages = dict(re.findall(r'LangString OLD_WINDOWS \$\{LANG_(\w+)\} "([^"]+)"', NSI))
    assert "Windows 10 (bản 1903 trở lên) hoặc Windows 11, 64-bit" in messages["VIETNAMESE"]
    assert "64-bit Windows 10 (version 1903 or later) or Windows 11" in messages["ENGLISH"]


def test_the_readme_says_which_windows_runs_the_app():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Windows 10 version 1903 or later, or\nWindows 11, 64-bit" in readme
