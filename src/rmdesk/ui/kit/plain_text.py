"""Vault text in places Qt may read as rich text (tooltips, item tooltips)."""

from __future__ import annotations

import html
import re


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally. Qt renders a tooltip as HTML whenever it
    *looks* like HTML, so vault text is escaped and explicitly marked as rich text."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


_BLOCK_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_INLINE = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"~~(.+?)~~"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)"), r"\1"),
)


def markdown_line(line: str) -> str:
    """One line of Markdown as the words it shows: no "#", "**", "- ", "[text](url)"."""
    if _RULE.match(line):
        return ""
    previous = None
    while previous != line:  # "> - item": a quote holding a list item
        previous = line
        line = _BLOCK_MARK.sub("", line, count=1)
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return line.strip()


def markdown_first_line(text: str) -> str:
    """The first line of Markdown ``text`` that shows any words, as plain text."""
    for line in text.splitlines():
        plain = markdown_line(line)
        if plain:
            return plain
    return ""
