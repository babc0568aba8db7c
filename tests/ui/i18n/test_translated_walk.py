"""Every section (as leader and as mentor, on the demo data) and every dialog, built in German
and in French the way the app builds them: no visible text is still the English one, and no
text is cut at the smallest window (1024x700), where German runs about 30 % longer.

"Still English" is found place by place: the same window is built in English first, and a
text that reads the same at the same place in both is untranslated, unless it is vault content
(names, titles), has no words, is a text whose translation is the same word ("Agenda",
"Mentor"), or is on ALLOWED below.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import Role
from rmdesk.paths import DataPaths
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.ui_language import LANGUAGE_NAMES
from rmdesk.ui.shell.main_window import SMALLEST_WINDOW, MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.i18n.catalogue import PLACEHOLDER, read_ts, ts_path
from tests.ui.i18n.visible_text import HAS_LETTERS, Place, clipped_labels, plain, visible_texts
from tests.ui.languages import LANGUAGES, speaking
from tests.ui.layout_checks import (
    clipped_buttons,
    cut_at_the_right,
    elided_table_text,
    elided_tree_items,
    layout_problems,
)
from tests.ui.section_walk import demo_vault_as, demo_window, each_section, settle
from tests.ui.test_mnemonics import FACTORIES, VAULT_FACTORIES

# Read the same in every language: the product's name, file formats, key names.
ANY = "\x00"  # stands for a placeholder while the rest of a text is escaped
NAME_LENGTH = 40  # a stored text this short may be a name, shown by its first word
EXCERPT = 20  # a stored text shown in part: at least this long
HEX = re.compile(r"[0-9a-fA-F ]+")  # a fingerprint
# A key as Qt names it in French, which keeps "Ctrl+D" (German says "Strg+D").
FRENCH_KEY = re.compile(r"(?:Ctrl|Shift|Alt|Meta)(?:\+(?:Ctrl|Shift|Alt|Meta))*\+[A-Z0-9]")
ALLOWED = frozenset(
    {
        *("rmdesk", "OK", "PDF", "Markdown", "JSON", "iCalendar", "F12", "Esc"),
        *LANGUAGE_NAMES.values(),  # each language named in itself
        # What the dialog factories of test_mnemonics pass in (a caller's words, not ours).
        *("Move the meeting", "ABCD EFGH", "Passphrase", "A meeting"),
    }
)


def vault_content(vault: Vault) -> set[str]:
    """Every text stored in the vault: names, titles, notes (the user's words, not ours)."""
    found: set[str] = set()
    tables = [r[0] for r in vault.db.query("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        for row in vault.db.query(f'SELECT * FROM "{table}"'):  # noqa: S608 - names from the schema
            found.update(str(value).strip() for value in row if isinstance(value, str))
    for text in list(found):  # lists kept as JSON (a candidate's expertise), shown joined
        if text.startswith("["):
            with contextlib.suppress(ValueError):
                items = [str(item) for item in json.loads(text)]
                found.update([*items, ", ".join(items)])
    return found


def same_in_translation(language: str) -> re.Pattern[str]:
    """Texts the translators kept as they are ("Agenda", "Mentor", "{0} min"): one pattern in
    which each placeholder stands for any text."""
    kept = set()
    for message in read_ts(ts_path(language)):
        for form in message.forms:
            literal = PLACEHOLDER.sub(" ", plain(form))
            if plain(form) == plain(message.source) and HAS_LETTERS.search(literal):
                kept.add(re.escape(PLACEHOLDER.sub(ANY, plain(form))).replace(ANY, ".+"))
    if language == "fr":
        kept.add(FRENCH_KEY.pattern)
    return re.compile("|".join(sorted(kept)) or "(?!)")


def still_english(
    english: dict[Place, str],
    translated: dict[Place, str],
    content: set[str],
    kept: re.Pattern[str],
) -> list[str]:
    """Texts that read the same at the same place in English and in the translation."""
    words_of_names = {w for c in content if len(c) <= NAME_LENGTH for w in c.split()}
    found = []
    for place, text in translated.items():
        shown = plain(text)
        if english.get(place) is None or plain(english[place]) != shown:
            continue
        if not HAS_LETTERS.search(shown) or HEX.fullmatch(shown) or shown in ALLOWED:
            continue
        if shown.startswith(("/", "~")) or Path(shown).is_absolute():  # a file's path
            continue
        if kept.fullmatch(shown) or shown in content or shown in words_of_names:
            continue
        excerpt = shown.removesuffix("…").strip()
        if len(excerpt) >= EXCERPT and any(excerpt in piece for piece in content):
            continue  # the start of a note or reflection, cut to fit a cell
        rest = shown
        for piece in sorted((c for c in content if len(c) > 2), key=len, reverse=True):
            rest = rest.replace(piece, "")
        if not HAS_LETTERS.search(rest):  # only names and titles, joined by punctuation
            continue
        kind = re.sub(r" [\d,]+$", "", place[-1])  # one line for a whole column of cells
        found.append(f"{kind} {shown[:80]!r} at {'/'.join(place[-3:-1])}")
    return sorted(set(found))


def open_window(paths: DataPaths, role: Role) -> tuple[MainWindow, Vault]:
    vault = demo_vault_as(paths.vault, PASSPHRASE, FAST_KDF, role)
    window = demo_window(paths, vault, PASSPHRASE, FAST_KDF)
    window.setMinimumSize(QSize(0, 0))  # the offscreen screen is smaller than 1024x700
    window.resize(SMALLEST_WINDOW)
    window.show()
    settle()
    return window, vault


def walk_sections(
    qtbot: QtBot, paths: DataPaths, role: Role
) -> tuple[dict[str, dict[Place, str]], list[str], set[str]]:
    """Texts of every section, the layout problems met, and the vault's content."""
    window, vault = open_window(paths, role)
    qtbot.addWidget(window)
    try:
        qtbot.waitExposed(window)
        settle()
        content = vault_content(vault)
        texts: dict[str, dict[Place, str]] = {"unlocked": visible_texts(window)}
        problems: list[str] = []
        for section, _view in each_section(window):
            texts[section.value] = visible_texts(window)
            problems += [f"{section.value}: {p}" for p in layout_problems(window)]
            problems += [f"{section.value}: {p}" for p in clipped_labels(window)]
        return texts, problems, content
    finally:
        window.lock()
        window.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", [Role.LEADER, Role.MENTOR], ids=["leader", "mentor"])
def test_every_section_is_translated_and_fits(
    qtbot: QtBot, tmp_path: Path, qapp: QApplication, role: Role, language: str
) -> None:
    english, _, content = walk_sections(qtbot, DataPaths(tmp_path / "en"), role)
    with speaking(language):
        translated, clipped, content_there = walk_sections(
            qtbot, DataPaths(tmp_path / language), role
        )
    kept = same_in_translation(language)
    sections_of: dict[str, list[str]] = {}  # the sidebar and menus show in every section
    for section, texts in translated.items():
        for problem in still_english(
            english.get(section, {}), texts, content | content_there, kept
        ):
            sections_of.setdefault(problem, []).append(section)
    untranslated = [f"{problem} ({', '.join(where)})" for problem, where in sections_of.items()]
    assert not untranslated and not clipped, "\n".join(
        ["still English:", *untranslated, "cut off at 1024x700:", *clipped]
    )


# -- dialogs -------------------------------------------------------------------------------
def _build(dialog_class: type[QDialog], vault: Vault, owner: QObject) -> QDialog:
    if dialog_class in FACTORIES:
        return FACTORIES[dialog_class](Repositories.from_db(vault.db))
    return VAULT_FACTORIES[dialog_class](vault, owner)


def _dialog_texts(
    qtbot: QtBot, dialog_class: type[QDialog], vault: Vault
) -> tuple[dict[Place, str], list[str]]:
    owner = QObject()
    dialog = _build(dialog_class, vault, owner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    try:
        # Text cut inside the dialog. Its size and title depend on the window it is opened
        # from: test_layout_fit opens the dialogs from the window, in each language.
        problems = [
            *clipped_buttons(dialog),
            *clipped_labels(dialog),
            *elided_table_text(dialog),
            *elided_tree_items(dialog),
            *cut_at_the_right(dialog),
        ]
        return visible_texts(dialog), problems
    finally:
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
        dialog.deleteLater()
        owner.deleteLater()


DIALOGS: list[type[QDialog]] = [*FACTORIES, *VAULT_FACTORIES]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("dialog_class", DIALOGS, ids=lambda c: c.__name__)
def test_every_dialog_is_translated_and_fits(
    qtbot: QtBot, data_paths: DataPaths, dialog_class: type[QDialog], language: str
) -> None:
    vault = demo_vault_as(data_paths.vault, PASSPHRASE, FAST_KDF, Role.LEADER)
    try:
        content = vault_content(vault)
        english, _ = _dialog_texts(qtbot, dialog_class, vault)
        with speaking(language):
            translated, clipped = _dialog_texts(qtbot, dialog_class, vault)
        untranslated = still_english(english, translated, content, same_in_translation(language))
    finally:
        vault.close()
    assert not untranslated and not clipped, "\n".join(
        ["still English:", *untranslated, "cut off:", *clipped]
    )
