"""Filters, page keys and search-query building for reflections (no I/O here).

Search input comes from a person typing, so :func:`match_expression` never produces an FTS5
syntax error: every term becomes an FTS5 string (``"..."`` with ``"`` doubled), so operators
(``AND``, ``OR``, ``NEAR(``, ``col:x``, brackets, ``^``) are just words; only a ``*`` at the end
of the last term keeps its meaning (prefix search, for results as you type).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from rmdesk.domain.validation import normalise_tags
from rmdesk.store.repositories._codec import time_to_text

# snippet() markers around each highlighted term. Control characters the tokenizer treats as
# separators and no one types; a \x02/\x03 already inside a reflection's own text would be
# taken as a marker, which only changes that snippet's highlighting, never the stored text.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class ReflectionFilter:
    """Which reflections a list, count or search covers; ``None`` means "any".

    ``since``/``until`` bound ``created_at`` as a half-open range [since, until); give them as
    aware datetimes (the UI turns a local day into its start and end instants).
    """

    relationship_id: int | None = None
    tag: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    meeting_id: int | None = None
    goal_id: int | None = None


NO_FILTER = ReflectionFilter()


@dataclass(frozen=True, slots=True)
class PageKey:
    """Where a page ended: the last row's ``created_at`` text and id (keyset paging)."""

    created_at: str
    id: int


@dataclass(frozen=True, slots=True)
class ReflectionPage:
    ids: tuple[int, ...]
    # None once no row follows; a page that ends exactly at the last row still carries a key,
    # and the page after it is empty.
    next_key: PageKey | None


@dataclass(frozen=True, slots=True)
class SnippetSpan:
    text: str
    highlighted: bool


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One found reflection: its id, a short excerpt split into highlighted/plain spans, and
    its bm25 rank (lower is better)."""

    reflection_id: int
    spans: tuple[SnippetSpan, ...]
    rank: float

    @property
    def snippet(self) -> str:
        return "".join(span.text for span in self.spans)


def where_clause(filters: ReflectionFilter) -> tuple[str, list[object]]:
    """SQL conditions on ``reflection r`` (joined by AND, at least ``1``) and their parameters.

    Built only from this module's constant fragments; every value is a bound parameter.
    """
    parts: list[str] = ["1"]
    params: list[object] = []
    if filters.relationship_id is not None:
        parts.append("r.relationship_id = ?")
        params.append(filters.relationship_id)
    if filters.meeting_id is not None:
        parts.append("r.meeting_id = ?")
        params.append(filters.meeting_id)
    if filters.goal_id is not None:
        parts.append("r.goal_id = ?")
        params.append(filters.goal_id)
    if filters.since is not None:
        parts.append("r.created_at >= ?")
        params.append(time_to_text(filters.since))
    if filters.until is not None:
        parts.append("r.created_at < ?")
        params.append(time_to_text(filters.until))
    if filters.tag is not None:
        tags = normalise_tags([filters.tag])
        # An empty tag filter matches nothing rather than everything: the person asked for a tag.
        parts.append("r.id IN (SELECT reflection_id FROM reflection_tag WHERE tag = ?)")
        params.append(tags[0] if tags else "")
    return " AND ".join(parts), params


def _is_separator(char: str) -> bool:
    # Controls, surrogates, unassigned, private use and spaces never form search words; a
    # surrogate would even fail to bind as text.
    return unicodedata.category(char)[0] in "CZ"


def _fts_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for what a person typed, or None when nothing is searchable."""
    cleaned = "".join(" " if _is_separator(char) else char for char in text)
    raw_terms = cleaned.split()
    quoted: list[str] = []
    for index, term in enumerate(raw_terms):
        is_last = index == len(raw_terms) - 1
        prefix = is_last and term.endswith("*")
        core = term.rstrip("*") if prefix else term
        if not any(char.isalnum() for char in core):
            continue  # only punctuation or symbols: the tokenizer would find no word in it
        quoted.append(_fts_string(core) + ("*" if prefix else ""))
    return " ".join(quoted) if quoted else None


def parse_snippet(snippet: str) -> tuple[SnippetSpan, ...]:
    """Split snippet() output at the markers; never fails on unbalanced markers."""
    spans: list[SnippetSpan] = []
    highlighted = False
    current: list[str] = []

    def flush() -> None:
        if current:
            spans.append(SnippetSpan("".join(current), highlighted))
            current.clear()

    for char in snippet:
        if char in (HIGHLIGHT_START, HIGHLIGHT_END):
            flush()
            highlighted = char == HIGHLIGHT_START
        else:
            current.append(char)
    flush()
    return tuple(spans)
