"""The German and French catalogues: current with the source, compiled, complete, with right
plural forms and every placeholder, tag and mnemonic of the English text.

After changing texts in src/: ``make translations`` (updates the .ts and the .qm); translate
the new entries (pyside6-linguist resources/translations/rmdesk_de.ts, or any editor); run
``make translations`` again to compile.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.ui.i18n.catalogue import (
    LANGUAGES,
    TRANSLATIONS,
    Message,
    lrelease,
    lupdate,
    mnemonics,
    placeholders,
    read_ts,
    tags,
    ts_path,
)
from tests.ui.languages import speaking

PLURAL_COUNTS = (0, 1, 2, 5)
# Which numerus form a count takes (Qt's rules for the language: the .ts says which).
SINGULAR = {"de": lambda n: n == 1, "fr": lambda n: n in (0, 1)}


def _finished(language: str) -> list[Message]:
    return [m for m in read_ts(ts_path(language)) if not m.unfinished and all(m.forms)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_holds_exactly_the_source_texts(language: str, tmp_path: Path) -> None:
    fresh = {m.key for m in read_ts(lupdate(language, tmp_path / f"rmdesk_{language}.ts"))}
    committed = {m.key for m in read_ts(ts_path(language))}
    new = sorted(fresh - committed)
    gone = sorted(committed - fresh)
    assert not new and not gone, (
        "run `make translations`: "
        f"{len(new)} text(s) not in the catalogue, e.g. {new[:5]}; "
        f"{len(gone)} no longer in the source, e.g. {gone[:5]}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_current(language: str, tmp_path: Path) -> None:
    compiled = lrelease(ts_path(language), tmp_path / f"rmdesk_{language}.qm")
    shipped = (TRANSLATIONS / f"rmdesk_{language}.qm").read_bytes()
    assert compiled == shipped, f"rmdesk_{language}.qm is older than its .ts: make translations"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated(language: str) -> None:
    messages = read_ts(ts_path(language))
    missing = [m for m in messages if m.unfinished or not all(m.forms)]
    listing = "\n".join(m.where for m in missing)
    if missing:
        print(f"{len(missing)} of {len(messages)} untranslated in rmdesk_{language}.ts:\n{listing}")
    assert not missing, f"{len(missing)} of {len(messages)} untranslated:\n{listing[:6000]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_forms_are_right_for_0_1_2_and_5(qapp: QApplication, language: str) -> None:
    numerus = [m for m in _finished(language) if m.numerus]
    problems = []
    with speaking(language):
        for message in numerus:
            if len(message.forms) != 2:
                problems.append(f"{message.where}: {len(message.forms)} forms, want 2")
                continue
            for n in PLURAL_COUNTS:
                form = message.forms[0 if SINGULAR[language](n) else 1]
                shown = QCoreApplication.translate(
                    message.context, message.source, message.comment or None, n
                )
                if shown != form.replace("%n", str(n)):
                    problems.append(f"{message.where} n={n}: {shown!r}")
                elif "%n" in message.source and str(n) not in shown:
                    problems.append(f"{message.where} n={n}: the number is missing: {shown!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_tags_and_mnemonics(language: str) -> None:
    problems = []
    for message in _finished(language):
        for form in message.forms:
            want, got = placeholders(message.source), placeholders(form)
            if message.numerus:  # a singular may spell the number out ("ein Treffen")
                want.pop("%n", None)
                got.pop("%n", None)
            if want != got:
                problems.append(f"{message.where}: placeholders {dict(want)} -> {dict(got)}")
            if tags(message.source) != tags(form):
                problems.append(f"{message.where}: HTML tags differ: {form[:70]!r}")
            if mnemonics(message.source) != mnemonics(form):
                problems.append(f"{message.where}: '&' mnemonics differ: {form[:70]!r}")
    assert not problems, "\n".join(problems)


def test_the_checks_catch_what_they_should() -> None:
    assert placeholders("{0} — %n item(s), {1}") == Counter({"{0}": 1, "%n": 1, "{1}": 1})
    assert placeholders("{0} — %n Punkte") != placeholders("{0} — %n item(s), {1}")
    assert mnemonics("Save && &close") == 1 and mnemonics("Tom && Jerry") == 0
    assert tags("<b>a</b> <br/>") == Counter({"b": 2, "br": 1})  # opening and closing
