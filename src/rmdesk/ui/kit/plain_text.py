"""Vault text in places Qt may read as rich text (tooltips, item tooltips)."""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally. Qt renders a tooltip as HTML whenever it
    *looks* like HTML, so vault text is escaped and explicitly marked as rich text."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
