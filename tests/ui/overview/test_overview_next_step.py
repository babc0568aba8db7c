"""The Overview says the one next thing, in one sentence, with one button that does it."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import Goal, Role
from rmdesk.domain.next_step import NextStep, new_relationship
from rmdesk.domain.sections import Section
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.overview.overview_view import OverviewView
from tests.ui.section_context import Calls, demo_vault, view_context

__all__ = ["demo_vault"]


def overview(qtbot: QtBot, vault: Vault) -> tuple[OverviewView, Calls]:
    context, calls = view_context(vault)
    view = OverviewView(context)
    qtbot.addWidget(view)
    return view, calls


def sentence(view: OverviewView) -> str:
    label = view.findChild(QLabel, "nextStepText")
    assert isinstance(label, QLabel)
    return label.text()


def test_a_new_relationship_is_asked_for_its_purpose_first(qtbot: QtBot, vault: Vault) -> None:
    fresh = new_relationship(Role.MENTOR, date(2026, 11, 30))
    Repositories.from_db(vault.db).relationships.add(dataclasses.replace(fresh, other_name="Ann"))
    view, calls = overview(qtbot, vault)
    assert view.next_step is NextStep.WRITE_PURPOSE
    assert "what the leader wants to learn from you" in sentence(view)
    view.next_step_button.click()
    assert calls.edit_relationship == 1


def test_with_a_purpose_and_goal_but_no_agreement_it_points_to_the_agreement(
    qtbot: QtBot, vault: Vault
) -> None:
    repos = Repositories.from_db(vault.db)
    fresh = new_relationship(Role.LEADER, date(2026, 11, 30))
    saved = repos.relationships.add(
        dataclasses.replace(fresh, other_name="Mo", purpose="Learn how the team uses AI")
    )
    assert saved.id is not None
    repos.goals.add(Goal(relationship_id=saved.id, title="Use an AI tool every week"))
    view, calls = overview(qtbot, vault)
    assert view.next_step is NextStep.CONFIRM_AGREEMENT
    assert "confirm" in sentence(view)
    view.next_step_button.click()
    assert calls.navigated == [Section.AGREEMENT]


def test_the_demo_relationship_is_sent_to_its_meetings(qtbot: QtBot, demo_vault: Vault) -> None:
    view, calls = overview(qtbot, demo_vault)
    assert view.next_step in {NextStep.PREPARE_MEETING, NextStep.PLAN_MEETING}
    assert view.next_step_button.accessibleName() == view.next_step_button.text()
    view.next_step_button.click()
    assert calls.navigated == [Section.MEETINGS]
