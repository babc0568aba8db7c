"""Checks a domain object must pass before it is saved. Pure Python: no Qt, no SQL.

``validate(obj)`` raises :class:`ValidationError` (a ``ValueError``) naming the field and saying
in plain words what is wrong. Text is otherwise taken as it is: NUL, escape sequences, bidi
overrides, emoji sequences, combining marks and very long strings are all allowed and are
stored exactly. The one thing refused is a lone surrogate, which is not text at all (it cannot
be written as UTF-8), so it could never be saved or read back.

The ranges mirror the CHECK constraints of store/schema.py, so a person sees this message
rather than a database error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import fields, is_dataclass
from datetime import datetime
from typing import Any

from rmdesk.domain.models import (
    Acknowledgement,
    ActionItem,
    AgendaItem,
    AgreementConfirmation,
    AgreementSection,
    AgreementVersion,
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
)

MEETING_MINUTES = range(5, 481)
TIME_BOX_MINUTES = range(1, 241)
CHECKIN_EVERY = range(1, 53)
PROGRESS = range(0, 101)
RATING = range(1, 6)
_SHA256 = re.compile(r"[0-9a-f]{64}")


class ValidationError(ValueError):
    """A value a person (or a caller) gave that cannot be saved; ``field`` names where."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: stripped, lower-case, no empties, no duplicates, sorted."""
    return tuple(sorted({tag.strip().lower() for tag in tags} - {""}))


def check_encodable(field: str, value: str) -> None:
    """Refuse a lone surrogate: the only str that cannot be stored (or shown) as text."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(
            field,
            f"contains an invalid character at position {exc.start} "
            "(a broken emoji or a damaged paste); please retype that part",
        ) from exc


def require_text(field: str, value: str, what: str) -> None:
    """A field that must say something: not empty, not only spaces."""
    if not value.strip():
        raise ValidationError(field, f"{what} cannot be empty")


def require_in(field: str, value: int, allowed: range, what: str) -> None:
    if value not in allowed:
        raise ValidationError(
            field, f"{what} must be between {allowed.start} and {allowed.stop - 1}"
        )


def check_all_text(obj: object, prefix: str = "") -> None:
    """Every str (also inside tuples and nested dataclasses) must be encodable UTF-8."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError(f"not a dataclass instance: {type(obj).__name__}")
    for item in fields(obj):
        name = f"{prefix}{item.name}"
        _check_value(name, getattr(obj, item.name))


def _check_value(name: str, value: Any) -> None:
    if isinstance(value, str):
        check_encodable(name, value)
    elif isinstance(value, tuple):
        for index, element in enumerate(value):
            _check_value(f"{name}[{index}]", element)
    elif is_dataclass(value) and not isinstance(value, type):
        check_all_text(value, prefix=f"{name}.")
    elif isinstance(value, datetime) and value.tzinfo is None:
        # A naive time would be stored as if it were UTC and come back different.
        raise ValidationError(name, "time has no time zone")


def _relationship(obj: Relationship) -> None:
    require_text("other_name", obj.other_name, "The other person's name")
    require_in("meeting_minutes", obj.meeting_minutes, MEETING_MINUTES, "Meeting length")
    require_in("checkin_every", obj.checkin_every, CHECKIN_EVERY, "Check-in interval")
    if obj.review_date is not None and obj.review_date < obj.start_date:
        raise ValidationError("review_date", "The review date cannot be before the start date")


def _mentor_candidate(obj: MentorCandidate) -> None:
    require_text("name", obj.name, "The candidate's name")


def _goal(obj: Goal) -> None:
    require_text("title", obj.title, "The goal's title")
    require_in("progress", obj.progress, PROGRESS, "Progress")


def _goal_progress(obj: GoalProgress) -> None:
    require_in("progress", obj.progress, PROGRESS, "Progress")


def _agreement_section(obj: AgreementSection) -> None:
    require_text("key", obj.key, "A section's key")


def _agreement_confirmation(obj: AgreementConfirmation) -> None:
    require_text("name", obj.name, "The confirming person's name")
    if not _SHA256.fullmatch(obj.sha256):
        raise ValidationError("sha256", "is not a SHA-256 fingerprint")


def _agreement_version(obj: AgreementVersion) -> None:
    if obj.number < 1:
        raise ValidationError("number", "A version number starts at 1")
    if not _SHA256.fullmatch(obj.sha256):
        raise ValidationError("sha256", "is not a SHA-256 fingerprint")
    keys = [section.key for section in obj.sections]
    if len(set(keys)) != len(keys):
        raise ValidationError("sections", "Two sections have the same key")
    for section in obj.sections:
        _agreement_section(section)
    for confirmation in obj.confirmations:
        _agreement_confirmation(confirmation)


def _meeting(obj: Meeting) -> None:
    require_in("minutes", obj.minutes, MEETING_MINUTES, "Meeting length")


def _meeting_private_note(obj: MeetingPrivateNote) -> None:
    pass  # any text, also empty


def _agenda_item(obj: AgendaItem) -> None:
    require_text("title", obj.title, "The agenda item's title")
    require_in("time_box_minutes", obj.time_box_minutes, TIME_BOX_MINUTES, "Time box")


def _action_item(obj: ActionItem) -> None:
    require_text("what", obj.what, "The action")


def _acknowledgement(obj: Acknowledgement) -> None:
    require_text("body", obj.body, "The acknowledgement")


def _checkin_answer(obj: CheckInAnswer) -> None:
    require_text("question", obj.question, "The question")
    if obj.rating is not None:
        require_in("rating", obj.rating, RATING, "A rating")


def _checkin(obj: CheckIn) -> None:
    seen: set[tuple[str, str]] = set()
    for answer in obj.answers:
        _checkin_answer(answer)
        key = (str(answer.side), answer.question)
        if key in seen:
            raise ValidationError("answers", "The same question is answered twice by one side")
        seen.add(key)


def _reflection(obj: Reflection) -> None:
    pass  # an empty draft is allowed; tags are normalised by the repository


def _prompt(obj: Prompt) -> None:
    require_text("theme", obj.theme, "The prompt's theme")
    require_text("text", obj.text, "The prompt's text")


_RULES: dict[type, Callable[[Any], None]] = {
    Relationship: _relationship,
    MentorCandidate: _mentor_candidate,
    Goal: _goal,
    GoalProgress: _goal_progress,
    AgreementSection: _agreement_section,
    AgreementConfirmation: _agreement_confirmation,
    AgreementVersion: _agreement_version,
    Meeting: _meeting,
    MeetingPrivateNote: _meeting_private_note,
    AgendaItem: _agenda_item,
    ActionItem: _action_item,
    Acknowledgement: _acknowledgement,
    CheckInAnswer: _checkin_answer,
    CheckIn: _checkin,
    Reflection: _reflection,
    Prompt: _prompt,
}


def validate(obj: object) -> None:
    """Raise :class:`ValidationError` unless ``obj`` (a domain dataclass) can be saved."""
    rule = _RULES.get(type(obj))
    if rule is None:
        raise TypeError(f"no validation rules for {type(obj).__name__}")
    check_all_text(obj)
    rule(obj)
