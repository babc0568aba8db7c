"""The meetings and agenda models under pytest-qt's model tester, from a real demo vault."""

from __future__ import annotations

from datetime import UTC

from pytestqt.modeltest import ModelTester

from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.meetings.agenda_model import AgendaModel, TextRowsModel
from rmdesk.ui.meetings.meetings_model import MeetingsModel
from tests.ui.section_context import demo_vault

__all__ = ["demo_vault"]


def test_meetings_model_passes_the_model_tester(
    qtmodeltester: ModelTester, demo_vault: Vault
) -> None:
    repos = Repositories.from_db(demo_vault.db)
    rel = repos.relationships.list_all()[0]
    assert rel.id is not None
    meetings = repos.meetings.list_for_relationship(rel.id)
    model = MeetingsModel(UTC)
    model.set_meetings(meetings)
    qtmodeltester.check(model)
    assert model.rowCount() == len(meetings) > 0


def test_agenda_models_pass_the_model_tester_through_edits(
    qtmodeltester: ModelTester, demo_vault: Vault
) -> None:
    repos = Repositories.from_db(demo_vault.db)
    rel = repos.relationships.list_all()[0]
    items = next(
        found
        for meeting in repos.meetings.list_for_relationship(rel.id or 0)
        if meeting.id is not None and (found := repos.agenda_items.list_for_meeting(meeting.id))
    )
    model = AgendaModel(rel)
    qtmodeltester.check(model)
    model.set_items(items)
    qtmodeltester.check(model)
    if len(items) > 1:
        assert model.move(0, 1)
    model.remove_at(0)
    model.append(items[0])
    assert [i.id for i in model.items()].count(items[0].id) == 1
    rows = TextRowsModel()
    rows.set_rows(["a question", "another"])
    qtmodeltester.check(rows)
