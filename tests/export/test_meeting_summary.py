"""The meeting summary: shared parts, in order, with vault text kept as text."""

from __future__ import annotations

from datetime import UTC, date, datetime

from rmdesk.domain.models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Cadence,
    Meeting,
    MeetingStatus,
    Relationship,
    Role,
)
from rmdesk.export.meeting_summary import (
    MeetingSummary,
    summary_markdown,
    summary_plain_text,
    summary_title,
)

RELATIONSHIP = Relationship(
    my_role=Role.LEADER,
    my_name="Margaret Okafor",
    other_name="Leo Brandt",
    cadence=Cadence.BIWEEKLY,
    meeting_minutes=45,
    start_date=date(2026, 1, 1),
    id=1,
)
MEETING = Meeting(
    relationship_id=1,
    starts_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
    minutes=45,
    status=MeetingStatus.HELD,
    learning_intent="Listen first",
    id=5,
)


def summary() -> MeetingSummary:
    items = [
        AgendaItem(
            meeting_id=5,
            owner=Role.LEADER,
            kind=AgendaKind.ASSUMPTION,
            title="Remote staff are less committed",
            position=1,
            outcome="# Not true\n- they are measured differently",
            id=2,
        ),
        AgendaItem(
            meeting_id=5,
            owner=Role.MENTOR,
            kind=AgendaKind.TOPIC,
            title="[AI](http://x) *tools*",
            position=0,
            shared_notes="line one\n1. not a list\n<b>no html</b>",
            done=True,
            id=1,
        ),
    ]
    actions = [
        ActionItem(relationship_id=1, what="Try a round", due_date=date(2026, 3, 16), meeting_id=5)
    ]
    return MeetingSummary.of(RELATIONSHIP, MEETING, items, actions, UTC)


def test_markdown_lists_items_in_agenda_order_with_outcomes_and_actions() -> None:
    text = summary_markdown(summary())
    assert text.startswith("# Meeting summary — Reverse mentoring: Margaret \\& Leo\n")
    assert text.index("\\[AI\\](http://x) \\*tools\\*") < text.index("Remote staff")
    assert "## Assumptions challenged" in text and "## Decisions and outcomes" in text
    assert "- Try a round — Margaret Okafor (leader), by 2026-03-16" in text
    assert "\\# Not true" in text and "1\\. not a list" in text and "\\<b\\>" in text
    assert "2026-03-02 09:00–09:45 (UTC), held" in text
    assert "not encrypted" in text


def test_plain_text_keeps_the_words_as_typed() -> None:
    text = summary_plain_text(summary())
    assert "1. [AI](http://x) *tools*" in text
    assert "<b>no html</b>" in text
    assert summary_title(summary()) == "Reverse mentoring: Margaret & Leo — 2026-03-02"
