"""Reflections over a second, read-only connection: searches as you type on a worker thread.

A prefix query ("men*") makes FTS5 merge the posting lists of every word it expands to into
one list before it can return the newest 50: O(matches), 20-60 ms at 100,000 reflections for
a common prefix, on every keystroke. The reader instead names the words: the vocabulary for
a prefix is read once (fts5vocab; as costly as one merge) and kept while the word is typed,
since "ment", "mento", "mentor" only narrow it; the query then ORs those words, which FTS5
walks lazily from the newest row and stops after 50 (about a millisecond). The kept words are
dropped whenever another connection commits (``PRAGMA data_version``), so a word written a
moment ago is found. A prefix that is not plain ASCII letters and digits (whose folding by
the tokenizer we would have to imitate) or that expands to too many words keeps FTS5's own
prefix query.
"""

from __future__ import annotations

import re

from rmdesk.store.repositories.reflection import ReflectionRepository

MAX_WORDS = 64  # beyond this an OR of words is no faster than FTS5's own merge
MAX_KEPT = 2000  # words kept for a short prefix, to narrow as letters follow
_LAST_PREFIX = re.compile(r'"([0-9A-Za-z]+)"\*$', re.ASCII)
_WORD = re.compile(r"[0-9A-Za-z]+", re.ASCII)


class ReflectionReader(ReflectionRepository):
    """A repository over its own read-only connection: the thread that owns it closes it;
    any thread may interrupt the query it is running."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._vocabulary_ready = False
        self._words_for: tuple[str, int, tuple[str, ...] | None] | None = None

    def interrupt(self) -> None:
        self._db.interrupt()

    def close(self) -> None:
        self._db.close()

    def prepare(self, word: str) -> None:
        """Look up (and keep) the words starting with ``word`` ahead of time: between two
        keystrokes, after a one- or two-letter word has been searched as it stands."""
        if _WORD.fullmatch(word):
            self._words(word.lower())

    def _expand_prefix(self, expression: str) -> str:
        found = _LAST_PREFIX.search(expression)
        if found is None:
            return expression
        words = self._words(found.group(1).lower())
        if words is None or len(words) > MAX_WORDS:
            return expression
        before = expression[: found.start()].rstrip()
        if not words:
            # No word starts so: an empty OR would be a syntax error; a word that cannot
            # occur (the tokenizer never keeps a quote) finds nothing, as FTS5 would.
            return f'{before} """x"""'.lstrip()
        alternatives = " OR ".join(f'"{word}"' for word in words)
        # FTS5 joins phrases with an implied AND, but not a phrase and a parenthesised group:
        # the words before the prefix need an explicit one ("ask" AND ("more" OR "most")).
        return f"{before} AND ({alternatives})" if before else f"({alternatives})"

    def _words(self, prefix: str) -> tuple[str, ...] | None:
        """The indexed words starting with ``prefix`` (None: more than MAX_KEPT)."""
        version = int(self._db.scalar("PRAGMA data_version"))
        kept = self._words_for
        if kept is not None and kept[1] == version and prefix.startswith(kept[0]):
            if kept[2] is not None:
                return tuple(word for word in kept[2] if word.startswith(prefix))
            if kept[0] == prefix:
                return None
        self._ensure_vocabulary()
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = self._db.query(
            "SELECT term FROM temp.reflection_words WHERE term >= ? AND term < ? LIMIT ?",
            (prefix, upper, MAX_KEPT + 1),
        )
        words = tuple(str(row["term"]) for row in rows)
        listed = words if len(words) <= MAX_KEPT else None
        self._words_for = (prefix, version, listed)
        return listed

    def _ensure_vocabulary(self) -> None:
        if self._vocabulary_ready:
            return
        # A virtual table over the index, in this connection's own (in-memory) temp schema;
        # query_only is lifted for that one statement: the file stays opened read-only.
        self._db.execute("PRAGMA query_only = OFF")
        try:
            self._db.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.reflection_words"
                " USING fts5vocab(main, reflection_fts, row)"
            )
        finally:
            self._db.execute("PRAGMA query_only = ON")
        self._vocabulary_ready = True
