"""Text from the vault made safe for one-line places: list rows, titles, tooltips, logs.

Control characters (NUL, ESC sequences...) and bidi overrides/isolates could hide or reorder
what a line shows ("Trojan Source"); here they become visible stand-ins. Multi-line editors
show the exact text instead, as plain text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Annotations only: the lock screen (app.py uses one_line) needs no domain model.
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


# Category Cc is exactly C0, DEL and C1; with the bidi controls, everything neutralise()
# replaces. One regex pass instead of a category lookup per character (a list page shows
# 64 rows of up to 200 characters).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]")


def _stand_in(found: re.Match[str]) -> str:
    return " " if found.group() in "\t\n\r" else REPLACEMENT


def neutralise(text: str) -> str:
    return _UNSAFE.sub(_stand_in, text)


def party_name(relationship: Relationship, party: Role) -> str:
    """The leader's or mentor's name on one line, neutralised; "" when none was recorded
    (each caller says "the leader" / "the mentor" in its own language)."""
    return " ".join(neutralise(relationship.name_of(party)).split())
