"""Round trips of every repository against a real SQLCipher vault (no mocks)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from rmdesk.domain.models import (
    Acknowledgement,
    ActionItem,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    AgreementConfirmation,
    AgreementSection,
    AgreementVersion,
    Cadence,
    CheckIn,
    CheckInAnswer,
    Goal,
    GoalStatus,
    Meeting,
    MeetingPrivateNote,
    MeetingStatus,
    MentorCandidate,
    Prompt,
    Relationship,
    RelationshipStatus,
    Role,
)
from rmdesk.domain.validation import ValidationError
from rmdesk.store.repositories import (
    AgendaTemplate,
    AgendaTemplateItem,
    NotFoundError,
    Repositories,
)
from rmdesk.store.vault import Vault

HASH_1 = "1" * 64
HASH_2 = "2" * 64
WHEN = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_db(vault.db)


@pytest.fixture
def rel(repos: Repositories) -> Relationship:
    return repos.relationships.add(
        Relationship(
            my_role=Role.LEADER,
            other_name="Sam",
            my_name="Alex",
            cadence=Cadence.BIWEEKLY,
            meeting_minutes=45,
            start_date=date(2026, 1, 5),
            review_date=date(2026, 7, 1),
            focus_areas=("AI tools", "Gen Z habits"),
            purpose="Learn",
        )
    )


def rid(rel: Relationship) -> int:
    assert rel.id is not None
    return rel.id


def test_relationship_round_trip(repos: Repositories, rel: Relationship) -> None:
    assert rel.id is not None
    assert repos.relationships.get(rel.id) == rel
    assert repos.relationships.list_all() == [rel]
    changed = repos.relationships.update(
        replace(rel, status=RelationshipStatus.PAUSED, focus_areas=(), review_date=None)
    )
    assert changed.status is RelationshipStatus.PAUSED
    assert changed.focus_areas == () and changed.review_date is None
    assert changed.updated_at >= rel.updated_at and changed.created_at == rel.created_at
    assert repos.relationships.get(rel.id) == changed
    repos.relationships.delete(rel.id)
    assert repos.relationships.get(rel.id) is None


def test_times_are_stored_as_utc_seconds(repos: Repositories, rel: Relationship) -> None:
    local = datetime(2026, 3, 4, 7, 6, 7, 999_999, tzinfo=timezone(timedelta(hours=2)))
    meeting = repos.meetings.add(Meeting(relationship_id=rid(rel), starts_at=local, minutes=30))
    assert meeting.starts_at == WHEN and meeting.starts_at.tzinfo is UTC
    raw = repos.meetings._db.scalar("SELECT starts_at FROM meeting WHERE id = ?", (meeting.id,))
    assert raw == "2026-03-04T05:06:07Z"
    assert repos.meetings.get(meeting.id or 0) == meeting


def test_add_refuses_saved_objects_and_invalid_ones_write_nothing(
    repos: Repositories, rel: Relationship
) -> None:
    with pytest.raises(ValueError, match="already saved"):
        repos.relationships.add(rel)
    with pytest.raises(ValidationError):
        repos.goals.add(Goal(relationship_id=rid(rel), title="  "))
    assert repos.goals.list_for_relationship(rid(rel)) == []
    with pytest.raises(NotFoundError):
        repos.meetings.update(
            replace(Meeting(relationship_id=rid(rel), starts_at=WHEN, minutes=30), id=999)
        )
    with pytest.raises(ValueError, match="not been saved"):
        repos.goals.update(Goal(relationship_id=rid(rel), title="x"))


def test_mentor_candidates(repos: Repositories, rel: Relationship) -> None:
    first = repos.mentor_candidates.add(
        MentorCandidate(relationship_id=rid(rel), name="Kim", expertise=("data", "TikTok"))
    )
    second = repos.mentor_candidates.add(
        MentorCandidate(relationship_id=rid(rel), name="Lee", private_notes="shy")
    )
    assert repos.mentor_candidates.get(first.id or 0, include_private=True) == first
    assert repos.mentor_candidates.list_for_relationship(rid(rel), include_private=True) == [
        first,
        second,
    ]
    repos.mentor_candidates.choose(second.id or 0)
    chosen = repos.mentor_candidates.list_for_relationship(rid(rel), include_private=True)
    assert [c.chosen for c in chosen] == [False, True]
    repos.mentor_candidates.choose(first.id or 0)
    chosen = repos.mentor_candidates.list_for_relationship(rid(rel), include_private=True)
    assert [c.chosen for c in chosen] == [True, False]
    updated = repos.mentor_candidates.update(replace(first, name="Kim P."), include_private=True)
    assert updated.name == "Kim P."
    repos.mentor_candidates.delete(first.id or 0)
    assert repos.mentor_candidates.get(first.id or 0, include_private=True) is None


def test_goals_order_and_progress_history(repos: Repositories, rel: Relationship) -> None:
    goals = [
        repos.goals.add(Goal(relationship_id=rid(rel), title=t, progress=p))
        for t, p in (("A", 0), ("B", 20), ("C", 0))
    ]
    assert [g.position for g in goals] == [0, 1, 2]
    a, b, c = goals
    assert repos.goals.get(b.id or 0) == b
    assert repos.goals.list_for_relationship(rid(rel)) == goals

    repos.goals.reorder(rid(rel), [c.id or 0, a.id or 0])
    assert [g.title for g in repos.goals.list_for_relationship(rid(rel))] == ["C", "A", "B"]
    with pytest.raises(ValueError):
        repos.goals.reorder(rid(rel), [999])
    with pytest.raises(ValueError):
        repos.goals.reorder(rid(rel), [a.id or 0, a.id or 0])

    moved = repos.goals.update(replace(b, progress=60, status=GoalStatus.ACTIVE), note="half")
    assert moved.progress == 60 and moved.position == 2  # update never moves it
    repos.goals.update(replace(moved, title="B2"))  # same progress: no new point
    repos.goals.set_progress(b.id or 0, 80)
    history = repos.goals.progress_history(b.id or 0)
    assert [(p.progress, p.note) for p in history] == [(20, ""), (60, "half"), (80, "")]
    assert all(p.goal_id == b.id and p.at.tzinfo is UTC for p in history)

    repos.goals.update(replace(repos.goals.get(a.id or 0), archived=True))  # type: ignore[arg-type]
    assert [g.title for g in repos.goals.list_for_relationship(rid(rel), include_archived=False)]
    assert "A" not in [
        g.title for g in repos.goals.list_for_relationship(rid(rel), include_archived=False)
    ]
    repos.goals.delete(b.id or 0)
    assert repos.goals.get(b.id or 0) is None
    assert repos.goals.progress_history(b.id or 0) == []


def test_progress_history_rolls_back_with_the_goal(repos: Repositories, rel: Relationship) -> None:
    goal = repos.goals.add(Goal(relationship_id=rid(rel), title="G"))
    with pytest.raises(ValidationError):
        repos.goals.update(replace(goal, progress=50), note="\ud800")
    assert repos.goals.get(goal.id or 0) == goal
    assert len(repos.goals.progress_history(goal.id or 0)) == 1


def test_agreement_versions_are_append_only(repos: Repositories, rel: Relationship) -> None:
    agreements = repos.agreements
    assert not hasattr(agreements, "update") and not hasattr(agreements, "delete")
    assert agreements.next_number(rid(rel)) == 1
    sections = (
        AgreementSection(key="purpose", title="Purpose", body="Why"),
        AgreementSection(key="confidentiality", title="Confidentiality", body="Chatham"),
    )
    v1 = agreements.add_version(
        AgreementVersion(relationship_id=rid(rel), number=1, sections=sections, sha256=HASH_1)
    )
    assert agreements.get_version(v1.id or 0) == v1
    with pytest.raises(ValidationError) as stale:
        agreements.add_version(
            AgreementVersion(relationship_id=rid(rel), number=1, sections=(), sha256=HASH_2)
        )
    assert stale.value.field == "number"
    v2 = agreements.add_version(
        AgreementVersion(relationship_id=rid(rel), number=2, sections=sections[:1], sha256=HASH_2)
    )
    assert agreements.latest(rid(rel)) == v2

    mentor = agreements.confirm(
        AgreementConfirmation(version_id=v2.id or 0, party=Role.MENTOR, name="Sam", sha256=HASH_2)
    )
    leader = agreements.confirm(
        AgreementConfirmation(version_id=v2.id or 0, party=Role.LEADER, name="Alex", sha256=HASH_2)
    )
    with pytest.raises(ValidationError) as twice:
        agreements.confirm(
            AgreementConfirmation(
                version_id=v2.id or 0, party=Role.LEADER, name="Alex", sha256=HASH_2
            )
        )
    assert twice.value.field == "party"
    with pytest.raises(ValidationError) as mismatch:
        agreements.confirm(
            AgreementConfirmation(version_id=v1.id or 0, party=Role.LEADER, name="A", sha256=HASH_2)
        )
    assert mismatch.value.field == "sha256"
    with pytest.raises(NotFoundError):
        agreements.confirm(
            AgreementConfirmation(version_id=999, party=Role.LEADER, name="A", sha256=HASH_2)
        )
    assert agreements.list_versions(rid(rel)) == [v1, replace(v2, confirmations=(leader, mentor))]
    with pytest.raises(ValueError):
        agreements.add_version(
            AgreementVersion(
                relationship_id=rid(rel),
                number=3,
                sections=(),
                sha256=HASH_1,
                confirmations=(leader,),
            )
        )


def test_meetings_agenda_and_private_note(repos: Repositories, rel: Relationship) -> None:
    meeting = repos.meetings.add(
        Meeting(relationship_id=rid(rel), starts_at=WHEN, minutes=45, learning_intent="Prompts")
    )
    later = repos.meetings.add(
        Meeting(relationship_id=rid(rel), starts_at=WHEN + timedelta(days=14), minutes=30)
    )
    assert repos.meetings.get(meeting.id or 0) == meeting
    assert repos.meetings.list_for_relationship(rid(rel)) == [meeting, later]
    assert repos.meetings.list_for_relationship(rid(rel), starts_from=WHEN + timedelta(days=1)) == [
        later
    ]
    assert repos.meetings.list_for_relationship(rid(rel), starts_before=WHEN) == []
    held = repos.meetings.update(replace(meeting, status=MeetingStatus.HELD, summary="Good"))
    assert repos.meetings.get(meeting.id or 0) == held and held.summary == "Good"

    items = repos.agenda_items
    mid = meeting.id or 0
    added = [
        items.add(AgendaItem(meeting_id=mid, owner=Role.MENTOR, kind=k, title=t))
        for k, t in ((AgendaKind.TOPIC, "one"), (AgendaKind.QUESTION, "two"))
    ]
    carried = items.add(
        AgendaItem(
            meeting_id=later.id or 0,
            owner=Role.LEADER,
            kind=AgendaKind.ASSUMPTION,
            title="again",
            carried_from_id=added[1].id,
        )
    )
    assert items.get(carried.id or 0) == carried
    assert items.list_for_meeting(mid) == added
    items.reorder(mid, [added[1].id or 0])
    assert [i.title for i in items.list_for_meeting(mid)] == ["two", "one"]
    done = items.update(replace(added[0], done=True, outcome="agreed", time_box_minutes=5))
    assert items.get(added[0].id or 0) == done and done.position == 1

    notes = repos.private_meeting_notes
    assert notes.get(mid) is None
    first = notes.put(MeetingPrivateNote(meeting_id=mid, body="nervous"))
    assert notes.get(mid) == first
    second = notes.put(MeetingPrivateNote(meeting_id=mid, body="calmer"))
    assert second.body == "calmer" and second.uuid == first.uuid

    repos.meetings.delete(mid)
    assert notes.get(mid) is None and items.list_for_meeting(mid) == []
    assert items.get(carried.id or 0) == replace(carried, carried_from_id=None)


def test_actions_and_acknowledgements(repos: Repositories, rel: Relationship) -> None:
    goal = repos.goals.add(Goal(relationship_id=rid(rel), title="G"))
    late = repos.actions.add(
        ActionItem(relationship_id=rid(rel), what="Later", due_date=date(2026, 5, 1))
    )
    soon = repos.actions.add(
        ActionItem(
            relationship_id=rid(rel),
            what="Soon",
            due_date=date(2026, 4, 1),
            goal_id=goal.id,
            owner=Role.MENTOR,
        )
    )
    undated = repos.actions.add(ActionItem(relationship_id=rid(rel), what="Whenever"))
    assert repos.actions.get(soon.id or 0, include_private=True) == soon
    listed = repos.actions.list_for_relationship(rid(rel), include_private=True)
    assert listed == [soon, late, undated]
    assert repos.actions.list_for_goal(goal.id or 0, include_private=True) == [soon]
    finished = repos.actions.update(
        replace(late, status=ActionStatus.DONE, impact_note="Used it"), include_private=True
    )
    assert repos.actions.list_for_relationship(
        rid(rel), include_private=True, status=ActionStatus.DONE
    ) == [finished]

    ack = repos.acknowledgements.add(
        Acknowledgement(relationship_id=rid(rel), body="Thank you", action_id=finished.id)
    )
    assert repos.acknowledgements.get(ack.id or 0) == ack
    edited = repos.acknowledgements.update(replace(ack, body="Thanks a lot"))
    assert repos.acknowledgements.list_for_relationship(rid(rel)) == [edited]
    repos.actions.delete(finished.id or 0)
    assert repos.acknowledgements.get(ack.id or 0) == replace(edited, action_id=None)
    repos.acknowledgements.delete(ack.id or 0)
    assert repos.acknowledgements.get(ack.id or 0) is None


def test_checkins_with_answers(repos: Repositories, rel: Relationship) -> None:
    answers = (
        CheckInAnswer(side=Role.MENTOR, question="Useful?", rating=5, sentence="Very"),
        CheckInAnswer(side=Role.LEADER, question="Useful?", rating=None, skipped=True),
        CheckInAnswer(side=Role.LEADER, question="Pace?", rating=2),
    )
    checkin = repos.checkins.add(
        CheckIn(relationship_id=rid(rel), held_on=date(2026, 2, 1), answers=answers)
    )
    assert repos.checkins.get(checkin.id or 0, include_private=True) == checkin
    newer = repos.checkins.add(CheckIn(relationship_id=rid(rel), held_on=date(2026, 3, 1)))
    assert repos.checkins.list_for_relationship(rid(rel), include_private=True) == [newer, checkin]
    fewer = repos.checkins.update(replace(checkin, answers=answers[::-2]), include_private=True)
    assert fewer.answers == answers[::-2]
    with pytest.raises(ValidationError):
        repos.checkins.update(
            replace(checkin, answers=(answers[0], answers[0])), include_private=True
        )
    assert repos.checkins.get(checkin.id or 0, include_private=True) == fewer
    repos.checkins.delete(checkin.id or 0)
    assert repos.checkins.get(checkin.id or 0, include_private=True) is None
    count = repos.checkins._db.scalar("SELECT count(*) FROM checkin_answer")
    assert count == 0


def test_prompts(repos: Repositories) -> None:
    builtin = repos.prompts.add(
        Prompt(theme="Listening", text="What did you hear?", builtin_key="listen-1")
    )
    own = repos.prompts.add(Prompt(theme="Courage", text="What scared you?", moment="after"))
    assert repos.prompts.get(own.id or 0) == own
    assert repos.prompts.get_builtin("listen-1") == builtin
    assert repos.prompts.list_all() == [own, builtin]
    retired = repos.prompts.update(replace(builtin, retired=True))
    assert repos.prompts.list_all() == [own]
    assert repos.prompts.list_all(include_retired=True) == [own, retired]
    assert repos.prompts.list_all(theme="Listening", include_retired=True) == [retired]
    assert repos.prompts.list_all(moment="after") == [own]
    repos.prompts.delete(own.id or 0)
    assert repos.prompts.get(own.id or 0) is None


def test_agenda_templates(repos: Repositories) -> None:
    template = repos.agenda_templates.add(
        AgendaTemplate(
            name="First session",
            items=(
                AgendaTemplateItem(kind=AgendaKind.TOPIC, title="Hopes", time_box_minutes=15),
                AgendaTemplateItem(
                    kind=AgendaKind.QUESTION, title="Ground rules", owner=Role.MENTOR
                ),
            ),
        )
    )
    assert repos.agenda_templates.get(template.id or 0) == template
    renamed = repos.agenda_templates.update(replace(template, name="Kick-off", items=()))
    assert repos.agenda_templates.list_all() == [renamed]
    with pytest.raises(ValidationError):
        repos.agenda_templates.add(
            AgendaTemplate(name="x", items=(AgendaTemplateItem(kind=AgendaKind.TOPIC, title=""),))
        )
    repos.agenda_templates.delete(template.id or 0)
    assert repos.agenda_templates.list_all() == []


def test_deleting_a_relationship_removes_everything_it_owns(
    repos: Repositories, rel: Relationship
) -> None:
    meeting = repos.meetings.add(Meeting(relationship_id=rid(rel), starts_at=WHEN, minutes=30))
    repos.goals.add(Goal(relationship_id=rid(rel), title="G"))
    repos.actions.add(ActionItem(relationship_id=rid(rel), what="A", meeting_id=meeting.id))
    repos.checkins.add(CheckIn(relationship_id=rid(rel), held_on=date(2026, 1, 1)))
    repos.relationships.delete(rid(rel))
    db = repos.goals._db
    for table in ("goal", "goal_progress", "meeting", "action_item", "checkin"):
        assert db.scalar(f"SELECT count(*) FROM {table}") == 0, table  # noqa: S608
