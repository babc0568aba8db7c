"""The journal's row count waits for the list's first paint (it reads the whole journal on a
worker, which slowed the unlock of a large vault), then arrives by itself."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from rmdesk.demo import fill_demo
from rmdesk.domain.models import Reflection
from rmdesk.store.repositories import Repositories
from rmdesk.store.repositories.reflection_query import ReflectionFilter
from rmdesk.store.vault import Vault
from rmdesk.ui.reflections.reflections_model import PAGE_SIZE
from rmdesk.ui.reflections.reflections_view import ReflectionsView
from tests.ui.reflections.test_reflections_view import make_context


def test_the_count_starts_after_the_first_paint(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_db(vault.db)
    fill_demo(repos, date(2026, 11, 24))
    rel_id = repos.relationships.list_all()[0].id
    assert rel_id is not None
    with vault.db.transaction():
        for number in range(PAGE_SIZE * 3):
            repos.reflections.add(Reflection(relationship_id=rel_id, body=f"entry {number}"))
    total = repos.reflections.count(ReflectionFilter(relationship_id=rel_id))

    view = ReflectionsView(make_context(vault))
    qtbot.addWidget(view)
    assert view.model.rowCount() == PAGE_SIZE  # the first page, at once
    qtbot.wait(300)  # long enough for a count of this journal, had it started
    assert not view.model.count_known
    assert view.model.count_waiting

    view.resize(1024, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.count_known, timeout=10_000)
    assert view.model.rowCount() == total
    assert not view.model.count_waiting

    # Once painted, a later reload counts at once, even hidden.
    view.hide()
    view.model.reload()
    assert not view.model.count_known
    assert not view.model.count_waiting
    qtbot.waitUntil(lambda: view.model.count_known, timeout=10_000)
    assert view.model.rowCount() == total
