"""Text from the vault made safe for one-line places: list rows, titles, tooltips, logs.

Control characters (NUL, ESC sequences...) and bidi overrides/isolates could hide or reorder
what a line shows ("Trojan Source"); here they become visible stand-ins. Multi-line editors
show the exact text instead, as plain text.
"""

from __future__ import annotations

import unicodedata

from rmdesk.domain.models import Relationship, Role

# Explicit directional formatting characters (Unicode TR9): embeddings, overrides, isolates.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
REPLACEMENT = "\ufffd"
MAX_LINE = 200


def one_line(text: str, limit: int = MAX_LINE) -> str:
    """First line of ``text``, neutralised and shortened with an ellipsis."""
    first = ""
    for line in text.splitlines():
        if line.strip():
            first = line.strip()
            break
    return neutralise(first if len(first) <= limit else first[: limit - 1].rstrip() + "…")


def neutralise(text: str) -> str:
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


def party_name(relationship: Relationship, party: Role) -> str:
    """The leader's or mentor's name on one line, neutralised; "" when none was recorded
    (each caller says "the leader" / "the mentor" in its own language)."""
    return " ".join(neutralise(relationship.name_of(party)).split())
