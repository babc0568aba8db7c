"""Every environment error has its own translated words in the UI, with a next step."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from rmdesk.store import errors
from rmdesk.store.errors import DamagedVaultError, VaultError, all_error_classes
from rmdesk.ui.kit.error_text import describe


def test_every_error_kind_has_distinct_ui_words() -> None:
    seen: dict[str, type[VaultError]] = {}
    for cls in all_error_classes():
        # The environment errors of the store; subclasses elsewhere carry their own details.
        if cls is VaultError or cls.__module__ != "rmdesk.store.errors":
            continue
        headline, advice = describe(cls())
        assert headline and advice, cls
        assert headline not in seen, (cls, seen.get(headline))
        seen[headline] = cls


def test_damage_says_where() -> None:
    header = describe(DamagedVaultError(where="header"))[0]
    page = describe(DamagedVaultError(where="page"))[0]
    assert header != page


def test_the_app_shows_the_words_the_command_line_prints() -> None:
    # One wording for both readers: untranslated, the UI shows exactly store/errors.py's text.
    for cls in all_error_classes():
        if cls.__module__ != "rmdesk.store.errors":
            continue
        error = cls()
        headline, advice = describe(error)
        assert headline == error.message
        assert advice == (error.advice or "Nothing was changed.")


def test_every_error_text_is_found_by_the_translation_tool(tmp_path: Path) -> None:
    # lupdate reads QT_TRANSLATE_NOOP("VaultErrors", "...") literally: a message written any
    # other way would silently stay English in a translated UI.
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ts = tmp_path / "errors.ts"
    subprocess.run([str(lupdate), errors.__file__, "-ts", str(ts)], check=True, capture_output=True)
    found = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    for cls in all_error_classes():
        if cls.__module__ != "rmdesk.store.errors":
            continue
        for text in (cls.message, cls.advice):
            if text:
                assert (errors.CONTEXT, text) in found, (cls, text)
    assert (errors.CONTEXT, DamagedVaultError.header_message) in found
