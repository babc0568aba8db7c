"""A throwaway vault filled with a believable year of one relationship, for ``--demo``.

Every text here is written for rmdesk. Later sections extend :func:`fill_demo` with their own
data. Dates are relative to ``today`` so the demo always looks current.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from rmdesk.domain import agreement as agreement_rules
from rmdesk.domain.cadence import occurrences
from rmdesk.domain.models import (
    Acknowledgement,
    ActionItem,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    AgreementConfirmation,
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
    Reflection,
    Relationship,
    Role,
)
from rmdesk.store.kdf import DEFAULT_KDF, KdfParams
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault

LEADER = "Margaret Okafor"
MENTOR = "Leo Brandt"

GOALS = (
    (
        "Use AI assistants in my own weekly work",
        "I approve AI budgets without having used the tools myself.",
        "I draft two board updates with an assistant and can say where it helped and misled.",
        GoalStatus.ACHIEVED,
        100,
    ),
    (
        "Run meetings where junior voices are heard",
        "Newer colleagues tell Leo they rarely speak up in my reviews.",
        "In three team reviews, at least half the ideas discussed come from people under "
        "two years in the company.",
        GoalStatus.ACTIVE,
        60,
    ),
    (
        "Understand how younger colleagues want feedback",
        "Our engagement survey shows feedback feels like judgement, not help.",
        "I change how I give feedback and Leo's peers notice the difference.",
        GoalStatus.ACTIVE,
        35,
    ),
)

AGENDAS = (
    (AgendaKind.TOPIC, Role.MENTOR, "Show how I use an AI assistant to plan my week", 20),
    (AgendaKind.QUESTION, Role.LEADER, "Why do people prefer chat to meetings?", 10),
    (
        AgendaKind.ASSUMPTION,
        Role.MENTOR,
        "Challenge: 'people who work from home are less committed'",
        15,
    ),
    (AgendaKind.TOPIC, Role.LEADER, "Try running the next team review differently", 15),
    (AgendaKind.QUESTION, Role.MENTOR, "What did the board make of the AI draft?", 10),
)

ACTIONS = (
    (
        "Draft the quarterly board update with an AI assistant",
        ActionStatus.DONE,
        0,
        "The draft took an hour instead of a day; I caught two invented figures, which taught "
        "me what to check.",
    ),
    (
        "Ask the two newest analysts to open the team review",
        ActionStatus.DONE,
        1,
        "They proposed the dashboard change we had postponed for months.",
    ),
    (
        "Replace my 'any questions?' with a round where everyone speaks once",
        ActionStatus.OPEN,
        1,
        "",
    ),
    ("Give feedback as a question first, then my view", ActionStatus.OPEN, 2, ""),
)

REFLECTIONS = (
    (
        "What assumption did I hold before today's session?",
        "I assumed Leo's generation avoids phone calls out of shyness. He explained it is "
        "about respecting the other person's focus. I had read a courtesy as a weakness.",
        ("assumptions", "communication"),
    ),
    (
        "How did I react when the feedback stung?",
        "Leo said my review meetings feel like exams. My first reflex was to explain why "
        "they need to be rigorous. I stopped myself, and asked what a better meeting would "
        "feel like. That question was worth more than my defence.",
        ("feedback", "meetings"),
    ),
    (
        "What will I change to make my team more inventive?",
        "Let the newest person speak first. Stop summarising other people's ideas in my "
        "own words; it takes the credit without meaning to.",
        ("inclusion", "meetings"),
    ),
)


def build_demo_vault(
    path: Path, passphrase: bytearray, *, kdf: KdfParams = DEFAULT_KDF, today: date | None = None
) -> Vault:
    """Create a vault at ``path`` and fill it; the caller owns (and closes) the result."""
    vault = Vault.create(path, passphrase, kdf=kdf)
    try:
        fill_demo(Repositories.from_db(vault.db), today or date.today())
    except BaseException:
        vault.close()
        raise
    return vault


def fill_demo(repos: Repositories, today: date) -> None:
    start = today - timedelta(days=350)
    relationship = repos.relationships.add(
        Relationship(
            my_role=Role.LEADER,
            my_name=LEADER,
            other_name=MENTOR,
            purpose=(
                "Learn how the people joining us now work, decide and communicate, so that "
                "the operations division stays a place where they want to build a career."
            ),
            focus_areas=("AI tools", "hybrid work", "feedback", "inclusive meetings"),
            cadence=Cadence.BIWEEKLY,
            meeting_minutes=45,
            start_date=start,
            review_date=start + timedelta(days=365),
        )
    )
    rel_id = relationship.id
    assert rel_id is not None
    for name, expertise, notes, chosen in (
        (
            MENTOR,
            ("AI tools", "hybrid work", "feedback"),
            "Direct, thoughtful; asked good questions at the town hall.",
            True,
        ),
        (
            "Aisha Rahman",
            ("social media", "inclusive meetings"),
            "Busy with the product launch until spring.",
            False,
        ),
        ("Tom Veld", ("data visualisation",), "Could be a second mentor later.", False),
    ):
        candidate = repos.mentor_candidates.add(
            MentorCandidate(
                relationship_id=rel_id, name=name, expertise=expertise, private_notes=notes
            )
        )
        if chosen and candidate.id is not None:
            repos.mentor_candidates.choose(candidate.id)

    goals = []
    for title, why, measure, status, progress in GOALS:
        goal = repos.goals.add(
            Goal(
                relationship_id=rel_id,
                title=title,
                why=why,
                success_measure=measure,
                status=status,
                created_at=datetime.combine(start, time(12), UTC),
            )
        )
        assert goal.id is not None
        # Progress reviewed every two months over the year, so the history has a shape.
        for step in range(1, 6):
            if progress:
                when = datetime.combine(start + timedelta(days=60 * step), time(12), UTC)
                goal = repos.goals.set_progress(
                    goal.id, progress * step // 5, note="Reviewed together", at=when
                )
        goals.append(goal)
    mentor_goal = repos.goals.add(
        Goal(
            relationship_id=rel_id,
            owner=Role.MENTOR,
            title="Learn how budget decisions are really made",
            why="Leo wants to understand the trade-offs behind decisions he only sees the end of.",
            success_measure="Leo can explain the last budget round to his own team.",
            status=GoalStatus.ACTIVE,
            created_at=datetime.combine(start + timedelta(days=60), time(12), UTC),
        )
    )
    assert mentor_goal.id is not None
    for step, value in enumerate((15, 30, 50, 55), start=2):
        when = datetime.combine(start + timedelta(days=60 * step), time(12), UTC)
        repos.goals.set_progress(mentor_goal.id, value, note="Leo's own check", at=when)

    sections = agreement_rules.fill_template(relationship, [g.title for g in goals])
    agreed = datetime.combine(start, time(10, 15), UTC)  # at the end of the first meeting
    version = repos.agreements.add_version(
        AgreementVersion(
            relationship_id=rel_id,
            number=repos.agreements.next_number(rel_id),
            sections=sections,
            sha256=agreement_rules.sha256_hex(sections),
            created_at=agreed - timedelta(days=2),
        )
    )
    assert version.id is not None
    for party, name in ((Role.LEADER, LEADER), (Role.MENTOR, MENTOR)):
        repos.agreements.confirm(
            AgreementConfirmation(
                version_id=version.id,
                party=party,
                name=name,
                sha256=version.sha256,
                confirmed_at=agreed,
            )
        )

    meetings = _add_meetings(repos, relationship, today)
    held = [m for m in meetings if m.status is MeetingStatus.HELD]
    for index, (title_goal, action_status, goal_index, impact) in enumerate(ACTIONS):
        meeting = held[min(len(held) - 1, 2 + index * 3)] if held else None
        due = today + timedelta(days=7 * (index + 1) - 14)
        created = meeting.starts_at if meeting else datetime.combine(start, time(12), UTC)
        repos.actions.add(
            ActionItem(
                relationship_id=rel_id,
                what=title_goal,
                meeting_id=meeting.id if meeting else None,
                goal_id=goals[goal_index].id,
                due_date=due,
                created_at=created,
                updated_at=datetime.combine(due, time(12), UTC)
                if action_status is ActionStatus.DONE
                else created,
                status=action_status,
                impact_note=impact,
                private_note="Check with HR whether this fits the leadership programme."
                if index == 0
                else "",
            )
        )
    repos.acknowledgements.add(
        Acknowledgement(
            relationship_id=rel_id,
            goal_id=goals[0].id,
            created_at=datetime.combine(today - timedelta(days=20), time(18), UTC),
            body=(
                "Leo, your walk-through of how you use an assistant changed how I prepare "
                "board papers. The last one was clearer and took a third of the time."
            ),
        )
    )
    _add_checkins(repos, rel_id, held)
    for index, (prompt, body, tags) in enumerate(REFLECTIONS):
        meeting = held[min(len(held) - 1, index * 5)] if held else None
        # Written the evening after the meeting it reflects on.
        written = (
            meeting.starts_at + timedelta(hours=9)
            if meeting
            else datetime.combine(today, time(20), UTC)
        )
        repos.reflections.add(
            Reflection(
                relationship_id=rel_id,
                prompt=prompt,
                body=body,
                tags=tags,
                meeting_id=meeting.id if meeting else None,
                goal_id=goals[min(index, len(goals) - 1)].id,
                created_at=written,
                updated_at=written,
            )
        )


def _add_meetings(repos: Repositories, r: Relationship, today: date) -> list[Meeting]:
    assert r.id is not None
    saved: list[Meeting] = []
    now = datetime.now(UTC)
    for occurrence in occurrences(
        r.start_date, r.cadence, time(9, 30), UTC, until=today + timedelta(days=60)
    ):
        past = occurrence.utc < now
        status = MeetingStatus.HELD if past else MeetingStatus.PLANNED
        if past and occurrence.index % 9 == 5:
            status = MeetingStatus.CANCELLED
        meeting = repos.meetings.add(
            Meeting(
                relationship_id=r.id,
                starts_at=occurrence.utc,
                minutes=r.meeting_minutes,
                status=status,
                learning_intent="Listen first; do not defend the current process." if past else "",
            )
        )
        assert meeting.id is not None
        if status is MeetingStatus.HELD:
            kind, owner, title, minutes = AGENDAS[occurrence.index % len(AGENDAS)]
            repos.agenda_items.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    owner=owner,
                    kind=kind,
                    title=title,
                    time_box_minutes=minutes,
                    shared_notes="We agreed to try it for two weeks and compare notes.",
                    done=True,
                )
            )
            if occurrence.index % 4 == 0:
                repos.private_meeting_notes.put(
                    MeetingPrivateNote(
                        meeting_id=meeting.id,
                        body="I talked too much in the first ten minutes. Ask, then wait.",
                    )
                )
        saved.append(meeting)
    upcoming = next((m for m in saved if m.status is MeetingStatus.PLANNED), None)
    if upcoming is not None and upcoming.id is not None:
        # The next meeting already has an agenda both added to, ready for a live session.
        for kind, owner, title, minutes in (
            (AgendaKind.TOPIC, Role.MENTOR, "Walk through how my team shares updates", 15),
            (
                AgendaKind.QUESTION,
                Role.LEADER,
                "What would make my reviews feel less like exams?",
                10,
            ),
            (
                AgendaKind.ASSUMPTION,
                Role.MENTOR,
                "Challenge: 'if it isn't in a meeting, it isn't decided'",
                15,
            ),
            (AgendaKind.TOPIC, Role.LEADER, "What I will try before we meet again", 5),
        ):
            repos.agenda_items.add(
                AgendaItem(
                    meeting_id=upcoming.id,
                    owner=owner,
                    kind=kind,
                    title=title,
                    time_box_minutes=minutes,
                )
            )
        repos.meetings.update(
            replace(
                upcoming, learning_intent="Ask before I explain; do not defend the review format."
            )
        )
    return saved


def _add_checkins(repos: Repositories, rel_id: int, held: list[Meeting]) -> None:
    # Every fourth held meeting; ratings drift upward over the year, as they did for this pair.
    for number, meeting in enumerate(held[3::4]):
        lift = min(number, 3)
        answers = (
            CheckInAnswer(Role.LEADER, "insight", 3 + (lift > 1), "Each session changes a habit."),
            CheckInAnswer(
                Role.LEADER, "applied", 2 + lift // 2 + 1, "Tried two things this month."
            ),
            CheckInAnswer(
                Role.LEADER, "comfort_feedback", 2 + lift // 2, "Still bristle at first."
            ),
            CheckInAnswer(Role.MENTOR, "gained", 3 + (lift > 0), "I understand budgets better."),
            CheckInAnswer(Role.MENTOR, "heard", 4, "Margaret acts on what I say."),
            CheckInAnswer(
                Role.MENTOR,
                "safety",
                None if number == 0 else 4 + (lift > 2),
                "" if number == 0 else "I can disagree openly.",
                skipped=number == 0,
            ),
        )
        repos.checkins.add(
            CheckIn(
                relationship_id=rel_id,
                meeting_id=meeting.id,
                held_on=meeting.starts_at.date(),
                answers=answers,
            )
        )
