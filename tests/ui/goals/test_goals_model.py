"""The goals table model under pytest-qt's model tester, filled from a real demo vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.goals.goals_model import GoalsTableModel
from tests.ui.section_context import demo_vault

__all__ = ["demo_vault"]


def test_goals_model_passes_the_model_tester(qtmodeltester: ModelTester, demo_vault: Vault) -> None:
    repos = Repositories.from_db(demo_vault.db)
    rel = repos.relationships.list_all()[0]
    assert rel.id is not None
    goals = repos.goals.list_for_relationship(rel.id)
    model = GoalsTableModel()
    qtmodeltester.check(model)
    model.set_goals(goals)
    qtmodeltester.check(model)
    assert model.rowCount() == len(goals) > 0
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    model.set_goals([])
    qtmodeltester.check(model)
