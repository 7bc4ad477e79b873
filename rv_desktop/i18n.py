"""Translations for the GUI and the command line (Qt Linguist files).

One function installs the program's translator and Qt's own (``qtbase``,
so standard buttons speak the same language) on the running
``QCoreApplication``. The language follows the system locale unless the user
chose one (``--lang``). ``tr_error`` turns a domain ``UserError`` into the
user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .domain.errors import SystemReason, UserError
from .paths import translations_dir

SUPPORTED = ("zh_CN", "en")

_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Load the translators for ``lang`` (or the system's); return the language used."""
    lang = lang or system_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        plurals = QTranslator(app)  # only the numerus forms: "1 page", "2 pages"
        if plurals.load("rv_desktop_en", str(translations_dir())):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return lang
    QLocale.setDefault(QLocale(lang))
    ours = QTranslator(app)
    if ours.load(f"rv_desktop_{lang}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_dirs = [
        str(translations_dir()),
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ]
    for folder in qt_dirs:
        if qt.load(f"qtbase_{lang}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    return lang


def tr_error(error: UserError) -> str:
    """The error's message in the user's language (the system's reasons too)."""
    params = {
        key: QCoreApplication.translate("UserError", value.template)
        if isinstance(value, SystemReason) and value.template
        else value
        for key, value in error.params.items()
    }
    for key, value in params.items():  # a label of data/ in both languages (a field's name)
        if hasattr(value, "in_language"):
            params[key] = value.in_language(QLocale().name())
    return error.format(QCoreApplication.translate(error.context, error.template), params)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
