"""neutralise(): one regex pass that replaces exactly what the per-character definition does."""

from __future__ import annotations

import unicodedata

from rmdesk.privacy.display_text import BIDI_CONTROLS, REPLACEMENT, neutralise, one_line


def by_category(text: str) -> str:
    """The definition: bidi controls and control characters (category Cc) become stand-ins,
    tab and line breaks a space."""
    out: list[str] = []
    for char in text:
        if char in BIDI_CONTROLS:
            out.append(REPLACEMENT)
        elif char in "\t\n\r":
            out.append(" ")
        elif unicodedata.category(char) == "Cc":
            out.append(REPLACEMENT)
        else:
            out.append(char)
    return "".join(out)


def test_neutralise_matches_the_definition_over_every_code_point() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert neutralise(every) == by_category(every)


def test_one_line_shows_stand_ins() -> None:
    assert one_line("\n  a\x1bb\u202ec\tz  \nsecond") == f"a{REPLACEMENT}b{REPLACEMENT}c z"
