"""Text from the vault written into Markdown literally: one set of rules for every export.

Whatever a person typed — asterisks, a ``[link](…)``, an image, a leading ``#`` or ``1.`` —
must come out as the very characters typed, never as formatting, a hidden link or an image
read from disk. Control and bidi-override characters become visible stand-ins first.
"""

from __future__ import annotations

import re

from rmdesk.privacy.display_text import neutralise

# Characters that start Markdown syntax anywhere in a line (escaping them is always legal).
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>!#|~&{}])")
# What starts a block only at the beginning of a line: a bullet, quote or setext mark, or
# an ordered-list number. Only punctuation can be escaped in CommonMark, so a number keeps
# its digits and loses its power through an escaped "." or ")" ("1\. list").
_LINE_START = re.compile(r"^(\s*)(\d*)([-+=>.)])")


def _escape_line(line: str) -> str:
    escaped = _INLINE_SPECIAL.sub(r"\\\1", neutralise(line).strip())
    return _LINE_START.sub(lambda m: m.group(1) + m.group(2) + "\\" + m.group(3), escaped)


def literal_inline(text: str) -> str:
    """``text`` on one line (a title, a name, a heading's words), every character literal."""
    return _escape_line(" ".join(text.split()))


def literal_block(text: str) -> str:
    """``text`` as one literal paragraph; the writer's line breaks stay (as hard breaks)."""
    lines = [_escape_line(raw) for raw in text.strip().splitlines()]
    # A backslash at the end of a line is CommonMark's hard line break.
    return "\\\n".join(line for line in lines if line)


def literal_paragraphs(text: str) -> str:
    """Several paragraphs (blank-line separated), each as :func:`literal_block`."""
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join(literal_block(p) for p in paragraphs if p.strip())
