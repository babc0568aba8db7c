"""The search-results model under pytest-qt's model tester: plain text, highlight spans."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from rmdesk.store.repositories import SnippetSpan
from rmdesk.ui.reflections.search_results import ResultRow, SearchResultsModel


def test_search_results_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = SearchResultsModel()
    qtmodeltester.check(model)
    rows = [
        ResultRow(1, "2026-11-01", (SnippetSpan("before ", False), SnippetSpan("hit", True))),
        ResultRow(2, "2026-11-02 · tag", (SnippetSpan("only text", False),)),
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.reflection_id(1) == 2
    shown = str(model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole))
    assert "before hit" in shown or "hit" in shown
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
