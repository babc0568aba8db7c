"""Which language rmdesk speaks: the system's by default (English under C/POSIX and for
languages it does not ship), the user's choice from Preferences after a restart; dates follow
the same choice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from rmdesk.paths import DataPaths
from rmdesk.ui.kit.ui_language import (
    LANGUAGE_NAMES,
    current_language,
    locale_for,
    system_language,
)
from rmdesk.ui.shell import settings as keys
from rmdesk.ui.shell.settings import UiSettings
from rmdesk.ui.vault.preferences import PreferencesDialog
from tests.ui.conftest import unlock
from tests.ui.languages import speaking
from tests.ui.vault.helpers import drive, make_window

REPO_ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["C"], "en"),
        ([], "en"),
        (["de-Latn-DE", "de-DE", "de"], "de"),
        (["fr-CA", "fr"], "fr"),
        (["en-GB", "en", "de"], "en"),
        (["es-ES", "es", "fr-FR"], "fr"),  # GNU LANGUAGE=es:fr: the first one rmdesk ships
        (["it-IT", "it"], "en"),
    ],
)
def test_the_system_language_is_the_first_ui_language_rmdesk_ships(
    ui_languages: list[str], expected: str
) -> None:
    assert system_language(ui_languages) == expected


def test_a_chosen_language_brings_its_locale_and_qt_own_texts(qapp: QApplication) -> None:
    for language, locale_name, cancel in (("de", "de", "Abbrechen"), ("fr", "fr", "Annuler")):
        with speaking(language):
            assert current_language() == language
            assert QLocale().name().startswith(locale_name)
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
            # The English source's plural forms stay under the translation (never "(s)").
            assert "(s)" not in QCoreApplication.translate("Nowhere", "%n minute(s)", "", 2)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert current_language() == "en"


def test_a_language_other_than_the_system_brings_its_usual_locale(qapp: QApplication) -> None:
    # (Under a C system locale English keeps C, ISO 8601 dates: the child process test below.)
    assert locale_for("de").language() == QLocale.Language.German
    assert locale_for("fr").language() == QLocale.Language.French


def test_the_setting_is_allow_listed_and_rejects_unknown_values(tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "ui.ini")
    assert settings.language == ""
    settings.set_language("fr")
    assert settings.language == "fr"
    settings.set_text(keys.LANGUAGE, "klingon")
    assert settings.language == ""
    assert keys.LANGUAGE in keys.ALLOWED_KEYS


def test_preferences_store_the_language_and_say_it_applies_at_the_next_start(
    qtbot: QtBot, filled_vault_file: DataPaths
) -> None:
    window = make_window(qtbot, filled_vault_file)
    unlock(qtbot, window)
    seen: list[tuple[str, bool]] = []

    def choose_german(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.language.currentData() == ""  # System default
        assert not dialog.language_note.isVisible()
        names = [dialog.language.itemText(i) for i in range(1, dialog.language.count())]
        assert names == list(LANGUAGE_NAMES.values())
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        seen.append((dialog.language_note.text(), dialog.language_note.isVisible()))
        dialog.accept()

    drive(qtbot, window.vault_menu.preferences_action.trigger, choose_german)
    assert seen and seen[0][1] and "next time" in seen[0][0]
    settings = window.context.settings
    assert settings.language == "de"
    assert settings.text_value(keys.LANGUAGE) == "de"
    assert set(settings.keys()) <= keys.ALLOWED_KEYS

    def shows_german(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.chosen_language() == "de"
        dialog.reject()

    drive(qtbot, window.vault_menu.preferences_action.trigger, shows_german)


def _start(data_dir: Path, lang: str) -> dict[str, str]:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "tests.ui.i18n.language_child", str(data_dir)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, str] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.slow
def test_the_app_starts_in_the_system_language_or_the_chosen_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    c_locale = _start(data, "C.UTF-8")
    assert (c_locale["language"], c_locale["locale"]) == ("en", "C")
    assert c_locale["qt_cancel"] == "Cancel"
    french = _start(data, "fr_FR.UTF-8")
    assert (french["language"], french["locale"], french["qt_cancel"]) == ("fr", "fr_FR", "Annuler")
    german = UiSettings(DataPaths(data).ui_settings)
    german.set_language("de")
    german.sync()
    chosen = _start(data, "fr_FR.UTF-8")  # the choice wins over the system
    assert (chosen["language"], chosen["locale"], chosen["qt_cancel"]) == (
        "de",
        "de_DE",
        "Abbrechen",
    )
    english = UiSettings(DataPaths(data).ui_settings)
    english.set_language("en")
    english.sync()
    assert _start(data, "de_DE.UTF-8")["language"] == "en"


def test_english_on_a_german_system_keeps_the_region_dates(tmp_path: Path) -> None:
    """The language chosen, the region kept: 30/11/2026, not the American 11/30/26."""
    probe = (
        "from PySide6.QtCore import QDate, QLocale;"
        "from rmdesk.ui.kit.ui_language import locale_for;"
        "print(locale_for('en').toString(QDate(2026, 11, 30), QLocale.FormatType.ShortFormat))"
    )
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    proc = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert proc.stdout.strip() == "30/11/2026"
