"""Running a test in German or French: rmdesk's and Qt's catalogues installed the way the app
installs them, and the default locale to match; English and the old locale again afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale

from rmdesk.ui.kit.ui_language import SHIPPED, install_language

LANGUAGES = SHIPPED  # every translation rmdesk ships


@contextmanager
def speaking(language: str) -> Iterator[str]:
    before = QLocale()
    installed = install_language(language)
    assert installed == language, f"no catalogue for {language!r}"
    try:
        yield installed
    finally:
        install_language("en")
        QLocale.setDefault(before)
