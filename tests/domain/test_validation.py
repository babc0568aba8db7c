"""domain/validation.py: plain-words refusals naming the field; any real text allowed."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, date, datetime

import pytest

from rmdesk.domain.models import (
    Acknowledgement,
    ActionItem,
    AgendaItem,
    AgendaKind,
    AgreementConfirmation,
    AgreementSection,
    AgreementVersion,
    Cadence,
    CheckIn,
    CheckInAnswer,
    Goal,
    GoalProgress,
    Meeting,
    MeetingPrivateNote,
    MentorCandidate,
    Prompt,
    Reflection,
    Relationship,
    Role,
)
from rmdesk.domain.validation import ValidationError, normalise_tags, validate

HASH = "a" * 64
WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
STRANGE_TEXT = [
    "👩‍👩‍👧‍👦 family",  # ZWJ sequence
    "abc\u202edef",  # right-to-left override
    "e\u0301\u0301\u0301",  # stacked combining marks
    "nul\x00inside",
    "\x1b[31mred\x1b[0m",
    "x" * 1_000_000,
]


def samples() -> list[object]:
    """One valid object of every domain dataclass."""
    section = AgreementSection(key="purpose", title="Purpose", body="Why we meet")
    answer = CheckInAnswer(side=Role.LEADER, question="Useful?", rating=4, sentence="Yes")
    return [
        Relationship(
            my_role=Role.LEADER,
            other_name="Sam",
            cadence=Cadence.WEEKLY,
            meeting_minutes=45,
            start_date=date(2026, 1, 1),
            review_date=date(2026, 6, 1),
            focus_areas=("AI",),
        ),
        MentorCandidate(relationship_id=1, name="Kim", expertise=("data",), private_notes="p"),
        Goal(relationship_id=1, title="Learn", progress=50),
        GoalProgress(goal_id=1, at=WHEN, progress=10, note="n"),
        section,
        AgreementConfirmation(version_id=1, party=Role.MENTOR, name="Sam", sha256=HASH),
        AgreementVersion(relationship_id=1, number=1, sections=(section,), sha256=HASH),
        Meeting(relationship_id=1, starts_at=WHEN, minutes=30),
        MeetingPrivateNote(meeting_id=1, body=""),
        AgendaItem(meeting_id=1, owner=Role.LEADER, kind=AgendaKind.TOPIC, title="T"),
        ActionItem(relationship_id=1, what="Do", private_note="p"),
        Acknowledgement(relationship_id=1, body="Thanks"),
        answer,
        CheckIn(relationship_id=1, held_on=date(2026, 1, 2), answers=(answer,)),
        Reflection(relationship_id=1, body=""),
        Prompt(theme="Listening", text="What surprised you?"),
    ]


def string_fields(obj: object) -> list[str]:
    return [f.name for f in fields(obj) if isinstance(getattr(obj, f.name), str)]


@pytest.mark.parametrize("obj", samples(), ids=lambda o: type(o).__name__)
def test_valid_samples_pass(obj: object) -> None:
    validate(obj)


@pytest.mark.parametrize("obj", samples(), ids=lambda o: type(o).__name__)
def test_lone_surrogate_in_any_text_field_is_refused_naming_the_field(obj: object) -> None:
    names = string_fields(obj)
    assert names
    for name in names:
        broken = replace(obj, **{name: "ok \ud83d then"})
        with pytest.raises(ValidationError) as caught:
            validate(broken)
        assert caught.value.field == name
        assert "invalid character" in caught.value.message
        assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("text", STRANGE_TEXT, ids=range(len(STRANGE_TEXT)))
@pytest.mark.parametrize("obj", samples(), ids=lambda o: type(o).__name__)
def test_every_real_character_is_allowed(obj: object, text: str) -> None:
    for name in string_fields(obj):
        if name in {"sha256", "uuid"}:
            continue
        validate(replace(obj, **{name: text}))


def test_surrogates_inside_tuples_and_nested_objects_are_refused() -> None:
    rel, _, _, _, _, _, version, _, _, _, _, _, _, checkin, reflection, _ = samples()
    cases: list[tuple[object, str]] = [
        (replace(rel, focus_areas=("fine", "\udfff")), "focus_areas[1]"),
        (replace(reflection, tags=("\ud800",)), "tags[0]"),
        (
            replace(version, sections=(AgreementSection(key="k", title="\ud800", body=""),)),
            "sections[0].title",
        ),
        (
            replace(
                checkin, answers=(CheckInAnswer(side=Role.LEADER, question="q", sentence="\udc00"),)
            ),
            "answers[0].sentence",
        ),
    ]
    for obj, field_name in cases:
        with pytest.raises(ValidationError) as caught:
            validate(obj)
        assert caught.value.field == field_name


def _refused(obj: object, field_name: str) -> str:
    with pytest.raises(ValidationError) as caught:
        validate(obj)
    assert caught.value.field == field_name
    return caught.value.message


def test_required_text_cannot_be_blank() -> None:
    rel, cand, goal, _, section, conf, _, _, _, agenda, action, ack, answer, _, _, prompt = (
        samples()
    )
    assert "empty" in _refused(replace(rel, other_name="  \t"), "other_name")
    _refused(replace(cand, name=""), "name")
    _refused(replace(goal, title=" \n "), "title")
    _refused(replace(section, key=""), "key")
    _refused(replace(conf, name=" "), "name")
    _refused(replace(agenda, title=""), "title")
    _refused(replace(action, what="   "), "what")
    _refused(replace(ack, body=""), "body")
    _refused(replace(answer, question=""), "question")
    _refused(replace(prompt, theme=""), "theme")
    _refused(replace(prompt, text=" "), "text")


def test_numbers_must_be_in_the_schema_ranges() -> None:
    rel, _, goal, point, _, _, version, meeting, _, agenda, _, _, answer, _, _, _ = samples()
    for minutes in (4, 481):
        assert "between 5 and 480" in _refused(
            replace(rel, meeting_minutes=minutes),
            "meeting_minutes",
        )
        _refused(replace(meeting, minutes=minutes), "minutes")
    validate(replace(rel, meeting_minutes=5))
    validate(replace(meeting, minutes=480))
    for every in (0, 53):
        _refused(replace(rel, checkin_every=every), "checkin_every")
    for progress in (-1, 101):
        _refused(replace(goal, progress=progress), "progress")
        _refused(replace(point, progress=progress), "progress")
    validate(replace(goal, progress=100))
    for box in (0, 241):
        _refused(replace(agenda, time_box_minutes=box), "time_box_minutes")
    for rating in (0, 6):
        _refused(replace(answer, rating=rating), "rating")
    validate(replace(answer, rating=None))
    validate(replace(answer, rating=1))
    _refused(replace(version, number=0), "number")


def test_review_date_not_before_start() -> None:
    rel = samples()[0]
    message = _refused(replace(rel, review_date=date(2025, 12, 31)), "review_date")
    assert "before the start date" in message
    validate(replace(rel, review_date=date(2026, 1, 1)))
    validate(replace(rel, review_date=None))


def test_hashes_duplicates_and_naive_times() -> None:
    _, _, _, point, _, conf, version, meeting, _, _, _, _, answer, checkin, _, _ = samples()
    _refused(replace(version, sha256="A" * 64), "sha256")
    _refused(replace(conf, sha256="abc"), "sha256")
    section = AgreementSection(key="k", title="", body="")
    _refused(replace(version, sections=(section, section)), "sections")
    _refused(replace(checkin, answers=(answer, answer)), "answers")
    assert "time zone" in _refused(
        replace(meeting, starts_at=datetime(2026, 1, 1, 9, 0)),
        "starts_at",
    )
    _refused(replace(point, at=datetime(2026, 1, 1)), "at")


def test_unknown_types_are_a_bug() -> None:
    with pytest.raises(TypeError):
        validate("not a dataclass")


def test_normalise_tags() -> None:
    assert normalise_tags(["  Work ", "work", "", "   ", "AI", "ai ", "Ünïcode"]) == (
        "ai",
        "work",
        "ünïcode",
    )
    assert normalise_tags([]) == ()
