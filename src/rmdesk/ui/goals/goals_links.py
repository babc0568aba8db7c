"""What hangs off one goal: its progress history, linked actions and meetings, and — only
outside shared-screen mode — the private reflections linked to it."""

from __future__ import annotations

from dataclasses import dataclass

from rmdesk.domain.models import ActionItem, Goal, GoalProgress, Meeting
from rmdesk.privacy.access import DataAccess
from rmdesk.privacy.display_text import one_line
from rmdesk.store.repositories.reflection_query import ReflectionFilter

MAX_REFLECTION_LINES = 5


@dataclass(frozen=True)
class GoalLinks:
    """What the details part shows; the reflection fields stay None in shared-screen mode."""

    history: list[GoalProgress]
    actions: list[ActionItem]
    meetings: list[Meeting]  # meetings where an action for this goal was agreed
    reflection_count: int | None = None
    reflections: list[str] | None = None


def load_links(data: DataAccess, goal: Goal) -> GoalLinks:
    assert goal.id is not None
    shared = data.shared
    # Only what the links show (titles, status): the private notes are not needed.
    actions = shared.actions.list_for_goal(goal.id, include_private=False)
    meeting_ids = sorted({a.meeting_id for a in actions if a.meeting_id is not None})
    meetings = [m for m in (shared.meetings.get(i) for i in meeting_ids) if m is not None]
    meetings.sort(key=lambda m: m.starts_at)
    history = shared.goals.progress_history(goal.id)
    private = data.private
    if private is None:  # shared-screen mode: private reflections are not even counted
        return GoalLinks(history=history, actions=actions, meetings=meetings)
    filters = ReflectionFilter(relationship_id=goal.relationship_id, goal_id=goal.id)
    page = private.reflections.ids_page(limit=MAX_REFLECTION_LINES, filters=filters)
    lines = [one_line(r.body) or one_line(r.prompt) for r in private.reflections.get_many(page.ids)]
    return GoalLinks(
        history=history,
        actions=actions,
        meetings=meetings,
        reflection_count=private.reflections.count(filters),
        reflections=lines,
    )
