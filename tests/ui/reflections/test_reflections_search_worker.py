"""Search as you type runs on a worker: an older keystroke's answer is never shown over a newer
one, whichever layer catches it (the worker drops an answer overtaken while it ran; the view
drops one that was already on its way)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rmdesk.demo import fill_demo
from rmdesk.domain.models import Reflection
from rmdesk.store.repositories import Repositories
from rmdesk.store.repositories.reflection_reader import ReflectionReader
from rmdesk.store.vault import Vault
from rmdesk.ui.reflections import search_worker
from rmdesk.ui.reflections.reflections_view import ReflectionsView
from rmdesk.ui.reflections.search_results import ResultRow
from rmdesk.ui.reflections.search_worker import SearchRequest
from tests.ui.reflections.test_reflections_view import make_view

OLD, NEW = "quokka", "zanzibar"


@pytest.fixture
def demo(vault: Vault) -> Vault:
    repos = Repositories.from_db(vault.db)
    fill_demo(repos, date(2026, 11, 24))
    relationship_id = repos.relationships.list_all()[0].id
    assert relationship_id is not None
    for word in (OLD, NEW, OLD, NEW, OLD):
        repos.reflections.add(Reflection(relationship_id, f"A day of {word} and other things."))
    return vault


class Gate:
    """Holds the worker inside its query for OLD until released (the real query then runs)."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.real = search_worker.find_rows

    def find_rows(self, reader: ReflectionReader, request: SearchRequest) -> list[ResultRow]:
        if request.text.startswith(OLD):
            self.entered.set()
            assert self.release.wait(10)
        return self.real(reader, request)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    gate = Gate()
    monkeypatch.setattr(search_worker, "find_rows", gate.find_rows)
    yield gate
    gate.release.set()


def shown_ids(view: ReflectionsView) -> list[int]:
    return [view.results.reflection_id(row) or 0 for row in range(view.results.rowCount())]


def expected(demo: Vault, word: str) -> list[int]:
    reflections = Repositories.from_db(demo.db).reflections
    return [hit.reflection_id for hit in reflections.search(word + "*", limit=50)]


def record_resets(view: ReflectionsView) -> list[list[int]]:
    shown: list[list[int]] = []
    view.results.modelReset.connect(lambda: shown.append(shown_ids(view)))
    return shown


def test_an_answer_overtaken_while_running_is_dropped_by_the_worker(
    qtbot: QtBot, demo: Vault, gate: Gate, request: pytest.FixtureRequest
) -> None:
    old, new = expected(demo, OLD), expected(demo, NEW)
    assert old and new and old != new
    view = make_view(qtbot, demo, request=request)
    shown = record_resets(view)
    view.search.setText(OLD)  # as typed: the worker starts on it and is held there
    assert gate.entered.wait(10)
    view.search.setText(NEW)  # the next keystroke arrives while OLD's query runs
    gate.release.set()
    qtbot.waitUntil(lambda: not view.searching, timeout=10_000)
    qtbot.wait(50)  # anything else still queued would arrive now
    assert shown_ids(view) == new
    assert old not in shown


def test_an_answer_already_on_its_way_is_dropped_by_the_view(
    qtbot: QtBot, demo: Vault, request: pytest.FixtureRequest
) -> None:
    old, new = expected(demo, OLD), expected(demo, NEW)
    view = make_view(qtbot, demo, request=request)
    shown = record_resets(view)
    answered = threading.Event()
    # Runs on the worker thread the moment it hands an answer over, before the view sees it.
    view.searcher.answered.connect(
        lambda *_args: answered.set(), Qt.ConnectionType.DirectConnection
    )
    view.search.setText(OLD)
    assert answered.wait(10)  # OLD's answer is queued for the UI thread, not yet shown
    view.search.setText(NEW)  # a newer keystroke before the UI thread got to it
    qtbot.waitUntil(lambda: not view.searching, timeout=10_000)
    qtbot.wait(50)
    assert shown_ids(view) == new
    assert old not in shown


def test_the_worker_and_its_connection_end_with_the_view(
    qtbot: QtBot, demo: Vault, request: pytest.FixtureRequest
) -> None:
    view = make_view(qtbot, demo, request=request)
    view.search.setText(NEW)
    qtbot.waitUntil(lambda: not view.searching, timeout=10_000)
    assert view.searcher.running
    from rmdesk.ui.kit.worker import finish_calls_under

    finish_calls_under(view)  # what the workspace does before the vault locks
    assert not view.searcher.running
