"""Loading Qt translations: one .qm per area and language, all installed together.

Source strings in the code are English; Vietnamese (the default) comes from
resources/translations/<area>_vi.ts compiled to .qm. Each area keeps its own .ts so that people
working on different pages never edit the same file.

Qt ships no Vietnamese for its own strings (standard buttons, message and file dialogs, print
dialog, text field menus), so resources/translations/vi/qtbase.ts carries ours: it compiles to
qtbase_vi.qm and is installed with the others; English removes every translator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from skillsapp.paths import resources_dir

_installed: list[QTranslator] = []


def translations_dir():
    return resources_dir() / "translations"


def install(language: str) -> None:
    """Replace the installed translators with those for `language` (English needs none)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else
                               QLocale.Language.English))  # fmt: skip
    if language == "en":
        return
    qt_base = QTranslator(app)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    for qm in sorted(translations_dir().glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
