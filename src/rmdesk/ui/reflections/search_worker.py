"""Search as you type, off the UI thread.

Every keystroke becomes a :class:`SearchRequest` for a ``LatestOnlyWorker`` (ui/kit/worker.py)
with its own read-only connection to the vault: there is no debounce to wait out, a query
still running when the next key arrives is interrupted (``sqlite3_interrupt``), and only the
newest request's rows come back. The rows are built on the worker too (dates, tags, spans),
so the UI thread only swaps the model and paints.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from rmdesk.store.repositories.reflection import ReflectionRepository
from rmdesk.store.repositories.reflection_query import ReflectionFilter
from rmdesk.store.repositories.reflection_reader import ReflectionReader
from rmdesk.ui.kit.worker import LatestOnlyWorker
from rmdesk.ui.reflections.reflections_model import local_time_text
from rmdesk.ui.reflections.search_results import ResultRow, result_row


@dataclass(frozen=True, slots=True)
class SearchRequest:
    generation: int  # the view's count of search changes: only the newest is shown
    text: str  # as typed
    filters: ReflectionFilter
    limit: int


def find_rows(reader: ReflectionReader, request: SearchRequest) -> list[ResultRow]:
    hits = reader.search(request.text, request.filters, limit=request.limit)
    found = {r.id: r for r in reader.get_many([h.reflection_id for h in hits])}
    rows = []
    for hit in hits:
        reflection = found.get(hit.reflection_id)
        if reflection is None:
            continue
        heading = local_time_text(reflection.created_at)
        if reflection.tags:
            heading += " · " + ", ".join(reflection.tags)
        rows.append(result_row(hit, heading))
    return rows


# A last word shorter than this is searched as it stands, not as a prefix (see as_you_type).
MIN_PREFIX = 3


def prepare_next(reader: ReflectionReader, request: SearchRequest) -> None:
    """Between keystrokes: a word one letter short of a prefix will soon be one; look up the
    words it starts so the next letters only narrow that list. (Not for a single letter: its
    words are most of the vocabulary, and a lookup that long would hold up the next key when
    the interrupt falls between two statements, where SQLite ignores it.)"""
    words = request.text.split()
    if words and len(words[-1]) == MIN_PREFIX - 1 and not request.text.endswith("*"):
        reader.prepare(words[-1])


def search_worker(
    reflections: ReflectionRepository, parent: QObject
) -> LatestOnlyWorker[ReflectionReader, SearchRequest]:
    return LatestOnlyWorker(
        reflections.open_reader,
        find_rows,
        ReflectionReader.interrupt,
        ReflectionReader.close,
        parent,
        idle=prepare_next,
    )
