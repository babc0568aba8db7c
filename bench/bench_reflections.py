"""Measure the journal at scale: first list paint, search latency, End key, peak memory.

    .venv/bin/python bench/gen_large_vault.py /tmp/rmdesk-bench --count 100000
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_reflections.py /tmp/rmdesk-bench

Runs in its own process (so the generator's memory does not count), with the real view:
- unlock: Vault.open with the bench vault's FAST KDF (the real KDF adds ~0.43 s before this);
- first list paint: from building ReflectionsView (right after unlock) to the end of the
  journal table's first paint event;
- search: 20 queries (common word, rare word, prefix), each timed from the moment the
  debounce timer fires (the 150 ms pause the UI deliberately waits after the last keystroke
  is not included) to the end of the results list's repaint; also the bare repository call;
- End key: jump to the last of 100,000 rows and paint it;
- memory: peak RSS of this process (ru_maxrss).
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from rmdesk.paths import DataPaths
from rmdesk.privacy.access import data_access
from rmdesk.privacy.clipboard import ClipboardPolicy
from rmdesk.privacy.share_mode import PRIVATE_VISIBILITY
from rmdesk.store.db import Db
from rmdesk.store.kdf import KdfParams, passphrase_bytes
from rmdesk.store.repositories.reflection_query import (
    ELLIPSIS,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    ReflectionFilter,
    match_expression,
    where_clause,
)
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.reflections.reflections_view import ReflectionsView, as_you_type

PASSPHRASE = "bench passphrase, not a secret"
FAST_KDF = KdfParams(version=1, log2_n=10)
QUERIES = ["mentor", "zeugma", "feedb", "silence curious", "inventi"] * 4  # 20, as typed


def newest_first_search(db: Db, text: str, filters: ReflectionFilter, limit: int = 50) -> list:
    """Reference point: a plain newest-first FTS query with snippets (no ranking at all).
    FTS5's own rowid order, so no sort over every match and snippet() only for the rows
    returned. Measured here so the lead can compare; the view still calls the repository."""
    expression = match_expression(as_you_type(text))
    where, params = where_clause(filters)
    return db.query(
        "SELECT r.id AS id, snippet(reflection_fts, -1, ?, ?, ?, 16) AS snip"  # noqa: S608
        " FROM reflection_fts JOIN reflection r ON r.id = reflection_fts.rowid"
        f" WHERE reflection_fts MATCH ? AND {where}"
        " ORDER BY reflection_fts.rowid DESC LIMIT ?",
        [HIGHLIGHT_START, HIGHLIGHT_END, ELLIPSIS, expression, *params, limit],
    )


class PaintWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            # Let the paint happen, then stamp its end.
            watched.removeEventFilter(self)
            QApplication.sendEvent(watched, event)
            self.painted_at = time.perf_counter()
            return True
        return False


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    paths = DataPaths(args.data_dir)

    began = time.perf_counter()
    vault = Vault.open(paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF)
    unlocked = time.perf_counter()
    data = data_access(vault.db, PRIVATE_VISIBILITY)
    context = ViewContext(
        data=data,
        relationship=data.shared.relationships.list_all()[0],
        navigate=lambda _s: None,
        clipboard=ClipboardPolicy(),
        edit_relationship=lambda: None,
    )
    built_at = time.perf_counter()
    view = ReflectionsView(context, None)
    watch = PaintWatch()
    view.table.viewport().installEventFilter(watch)
    view.resize(1200, 800)
    view.show()
    while watch.painted_at is None:
        app.processEvents()
    rows = view.model.rowCount()
    print(f"reflections: {rows}")
    print(f"unlock (Vault.open, FAST KDF): {ms(unlocked - began)}")
    print(f"first list paint after unlock: {ms(watch.painted_at - built_at)}")

    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    app.processEvents()
    start = time.perf_counter()
    QTest.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    view.table.viewport().repaint()
    print(f"Ctrl+End to the last row, painted: {ms(time.perf_counter() - start)}")

    shown: list[float] = []
    bare: list[float] = []
    reflections = data.private.reflections if data.private else None
    assert reflections is not None
    for query in QUERIES:
        view.search.setText(query)  # what the keystrokes leave in the field
        start = time.perf_counter()
        view.search_timer.timeout.emit()  # the debounce firing
        view.result_list.viewport().repaint()
        shown.append(time.perf_counter() - start)
        start = time.perf_counter()
        reflections.search(as_you_type(query), view.filter_bar.filters(), limit=50)
        bare.append(time.perf_counter() - start)
        assert view.results.rowCount() > 0, query
    median, worst = ms(statistics.median(shown)), ms(max(shown))
    print(f"search, debounce fired -> results painted (20 queries): median {median}, worst {worst}")
    print(
        f"search, repository call only: median {ms(statistics.median(bare))}, worst {ms(max(bare))}"
    )
    proposed: list[float] = []
    for query in QUERIES:
        start = time.perf_counter()
        newest_first_search(vault.db, query, view.filter_bar.filters())
        proposed.append(time.perf_counter() - start)
    print(
        f"search, reference newest-first query (no ranking): median"
        f" {ms(statistics.median(proposed))}, worst {ms(max(proposed))}"
    )
    for query in ("mentor", "zeugma", "feedb"):
        per = [s for q, s in zip(QUERIES, shown, strict=True) if q == query]
        print(f"  {query!r}: median {ms(statistics.median(per))}, worst {ms(max(per))}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB")
    view.save_pending()
    view.close()
    vault.close()


if __name__ == "__main__":
    main()
