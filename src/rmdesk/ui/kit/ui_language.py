"""The language rmdesk speaks: its own catalogue and Qt's, and the locale dates follow.

English is the source language: it needs no catalogue, and :mod:`plurals` resolves its
"(s)" plural forms. German and French ship as ``resources/translations/rmdesk_<code>.qm``
(``make translations`` builds them from the ``.ts`` files translators edit).

The choice is the user's (Preferences, kept in the UI settings) or, by default, the first of
the system's UI languages that rmdesk ships; a C/POSIX locale and any other language give
English. Qt's translators are asked newest first, so the order of installation is: the
English plural forms, then Qt's own catalogue (its buttons, its file dialog), then rmdesk's.
The default QLocale set here (:func:`apply_ui_locale`) is what dates, numbers and the shipped
content's language (templates, prompts, check-in questions) follow.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rmdesk.ui.kit.plurals import install_source_plurals

SOURCE_LANGUAGE = "en"
SHIPPED = ("de", "fr")
SYSTEM_DEFAULT = ""  # the stored choice that follows the system
# Each language named in itself: a person who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français"}

_LANGUAGE_PROPERTY = "rmdeskLanguage"
_TRANSLATOR_NAME = "rmdeskLanguageTranslator"


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's UI languages ("de-DE", "fr", "C") that rmdesk speaks."""
    for tag in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        code = tag.replace("_", "-").split("-", 1)[0].lower()
        if code in SHIPPED or code == SOURCE_LANGUAGE:
            return code
    return SOURCE_LANGUAGE


def language_for(choice: str) -> str:
    """The language a stored choice means: itself when rmdesk ships it, else the system's."""
    return choice if choice in LANGUAGE_NAMES else system_language()


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers: the system's when it speaks ``language`` (its region
    and its own settings stay), else ``language`` in the system's region when Qt knows the
    pair, or in its usual one (de → de_DE). A C/POSIX system keeps its ISO 8601 dates under
    English."""
    system = QLocale.system()
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    if language == SOURCE_LANGUAGE and system.language() in (
        QLocale.Language.C,
        QLocale.Language.AnyLanguage,
    ):
        return system
    # The language chosen, the region kept: English on a German system writes 30/11/2026,
    # not the American 11/30/26 (Qt picks the language's usual region when the pair is
    # unknown: French in Germany is fr_FR).
    return QLocale(wanted.language(), system.territory())


def apply_ui_locale(language: str) -> QLocale:
    """Make ``QLocale()`` (every date, time and number rmdesk shows or exports) follow the
    language. The content side calls this too, so keep the decision here."""
    locale = locale_for(language)
    QLocale.setDefault(locale)
    return locale


def current_language() -> str:
    """The language installed by :func:`install_language` ("en" before it ran)."""
    app = QCoreApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGE_NAMES else SOURCE_LANGUAGE


@contextmanager
def translations_folder() -> Iterator[Path]:
    """``resources/translations`` as a real folder, wherever rmdesk is installed (a source
    tree, site-packages, a PyInstaller bundle; a temporary copy from a zip)."""
    with as_file(files("rmdesk.resources").joinpath("translations")) as folder:
        yield Path(folder)


def _remove_ours(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def _installed(app: QCoreApplication, translator: QTranslator) -> None:
    translator.setObjectName(_TRANSLATOR_NAME)
    app.installTranslator(translator)


def install_language(choice: str = SYSTEM_DEFAULT) -> str:
    """Install the translators for ``choice`` ("" = the system's), replacing any earlier
    ones, set the default locale to match, and return the language ("en", "de", "fr").
    Widgets built before keep their texts: the app calls this before it builds any."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    language = language_for(choice)
    _remove_ours(app)
    install_source_plurals()
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        with translations_folder() as folder:
            # QTranslator reads the whole file here (or maps it, which outlives a removal).
            loaded = ours.load(f"rmdesk_{language}.qm", str(folder))
        if loaded:
            qt_own = QTranslator(app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(QLocale(language), "qtbase", "_", qt_folder):
                _installed(app, qt_own)
            _installed(app, ours)
        else:
            ours.deleteLater()
            language = SOURCE_LANGUAGE  # a missing catalogue: English throughout, not a mix
    apply_ui_locale(language)
    app.setProperty(_LANGUAGE_PROPERTY, language)
    return language
