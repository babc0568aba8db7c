"""Vault text in any Markdown export comes out literally: one set of rules, checked by a
second reader (Qt's own Markdown parser turns the output back into plain text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from rmdesk.export.markdown_text import literal_block, literal_inline, literal_paragraphs

# Qt parses the output: QTextDocument needs the application object for its fonts.
pytestmark = pytest.mark.usefixtures("qapp")

HOSTILE = [
    "[click](http://example.com)",
    "![img](/etc/passwd)",
    "# heading",
    "1. list",
    "- item",
    "> quote",
    "**bold** _it_ `code`",
    "<b>html</b> &amp;",
    "a | b | c",
    "~~strike~~ {x}",
]


def rendered_text(markdown: str) -> str:
    document = QTextDocument()
    document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownNoHTML)
    return document.toPlainText()


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_syntax_stays_literal(text: str) -> None:
    assert rendered_text(literal_inline(text)) == text
    assert rendered_text(literal_block(text)) == text


def test_line_breaks_and_paragraphs_are_kept() -> None:
    assert rendered_text(literal_block("one\n# two")).splitlines() == ["one", "# two"]
    assert rendered_text(literal_paragraphs("a\n\n\nb")).split() == ["a", "b"]


def test_inline_text_stays_on_one_line() -> None:
    assert literal_inline("a\nb\tc") == "a b c"


def test_controls_and_bidi_overrides_become_visible() -> None:
    assert "\u202e" not in literal_inline("abc\u202edef")
    assert "\x1b" not in literal_block("x\x1b[2Jy")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(categories=["L", "N", "P", "S", "Zs"]), max_size=40))
def test_any_printable_line_reads_back_as_typed(text: str) -> None:
    line = " ".join(text.split())
    assert rendered_text(literal_inline(line)) == line
