"""Progress check-ins: when they happen, what is asked, and which way things are moving.

Schedule. A meeting is a check-in meeting when it is the N-th, 2N-th, … meeting that is
held or still planned (cancelled meetings do not count; N is the relationship's
``checkin_every``, 4 by default), and the one meeting nearest the review date is one too
(on a tie, the earlier meeting: better to check in before the review than after it).

Questions are stable keys; their wording lives in ``resources/checkins/questions.json``.
Each side rates 1–5 or skips; a skip is recorded as a skip and never read as a low score.

Trend of one question over the last ``window`` check-ins (3 by default):

* take the ratings in date order, leaving out skips and unanswered questions;
* with fewer than two ratings the trend is ``not_enough``;
* otherwise split them in time order into an earlier part (the first half, rounded down)
  and a recent part (the rest) and compare the means: a difference of at least
  :data:`TREND_THRESHOLD` (half a point on the 1–5 scale) is ``up`` or ``down``,
  anything smaller is ``flat``.

:func:`classify_trends` returns data (the UI translates the keys);
:func:`summary_sentence` turns it into one English sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, tzinfo
from enum import StrEnum
from statistics import fmean

from rmdesk.domain.models import CheckIn, CheckInAnswer, Meeting, MeetingStatus, Relationship, Role

DEFAULT_EVERY = 4
DEFAULT_WINDOW = 3
TREND_THRESHOLD = 0.5
LEADER_QUESTIONS = ("insight", "applied", "comfort_feedback")
MENTOR_QUESTIONS = ("gained", "heard", "safety")
QUESTIONS: tuple[tuple[Role, str], ...] = tuple(
    [(Role.LEADER, key) for key in LEADER_QUESTIONS]
    + [(Role.MENTOR, key) for key in MENTOR_QUESTIONS]
)
# Names used inside the English summary sentence; the labels people answer are in resources.
SHORT_NAMES = {
    (Role.LEADER, "insight"): "insight",
    (Role.LEADER, "applied"): "learning applied",
    (Role.LEADER, "comfort_feedback"): "comfort with feedback",
    (Role.MENTOR, "gained"): "mentor benefit",
    (Role.MENTOR, "heard"): "mentor feeling heard",
    (Role.MENTOR, "safety"): "feeling of safety",
}
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def questions_for(side: Role) -> tuple[str, ...]:
    return LEADER_QUESTIONS if side is Role.LEADER else MENTOR_QUESTIONS


# --- schedule ------------------------------------------------------------------------------


class CheckInReason(StrEnum):
    EVERY_N = "every_n"
    NEAREST_REVIEW = "nearest_review"


@dataclass(frozen=True, slots=True)
class ScheduledCheckIn:
    meeting: Meeting
    reasons: frozenset[CheckInReason]


def checkin_schedule(
    meetings: Iterable[Meeting],
    every: int = DEFAULT_EVERY,
    review_date: date | None = None,
    tz: tzinfo = UTC,
) -> list[ScheduledCheckIn]:
    """The check-in meetings in start order. ``tz`` decides a meeting's calendar day when
    measuring the distance to the review date."""
    if every < 1:
        raise ValueError("every must be at least 1")
    counted = sorted(
        (m for m in meetings if m.status is not MeetingStatus.CANCELLED),
        key=lambda m: m.starts_at,
    )
    reasons: list[set[CheckInReason]] = [set() for _ in counted]
    for position in range(every - 1, len(counted), every):
        reasons[position].add(CheckInReason.EVERY_N)
    if review_date is not None and counted:
        distances = [abs((m.starts_at.astimezone(tz).date() - review_date).days) for m in counted]
        nearest = distances.index(min(distances))  # index() picks the earliest on a tie
        reasons[nearest].add(CheckInReason.NEAREST_REVIEW)
    return [
        ScheduledCheckIn(meeting, frozenset(why))
        for meeting, why in zip(counted, reasons, strict=True)
        if why
    ]


def relationship_checkins(
    relationship: Relationship, meetings: Iterable[Meeting], tz: tzinfo = UTC
) -> list[ScheduledCheckIn]:
    return checkin_schedule(meetings, relationship.checkin_every, relationship.review_date, tz)


def is_checkin_meeting(
    meeting: Meeting,
    meetings: Iterable[Meeting],
    every: int = DEFAULT_EVERY,
    review_date: date | None = None,
    tz: tzinfo = UTC,
) -> bool:
    return any(
        scheduled.meeting.uuid == meeting.uuid
        for scheduled in checkin_schedule(meetings, every, review_date, tz)
    )


# --- trends --------------------------------------------------------------------------------


class Direction(StrEnum):
    UP = "up"
    FLAT = "flat"
    DOWN = "down"
    NOT_ENOUGH = "not_enough"


@dataclass(frozen=True, slots=True)
class QuestionTrend:
    side: Role
    question: str
    direction: Direction
    ratings: tuple[int, ...]  # in date order, skips left out
    skipped: int  # skipped or unanswered within the window
    earlier_mean: float | None = None
    recent_mean: float | None = None


@dataclass(frozen=True, slots=True)
class TrendReport:
    checkins_used: int  # how many check-ins the window actually held
    trends: tuple[QuestionTrend, ...]

    @property
    def enough(self) -> bool:
        return any(trend.direction is not Direction.NOT_ENOUGH for trend in self.trends)


def _rating(checkin: CheckIn, side: Role, question: str) -> int | None:
    answer: CheckInAnswer | None = next(
        (a for a in checkin.answers if a.side is side and a.question == question), None
    )
    if answer is None or answer.skipped:
        return None
    return answer.rating


@dataclass(frozen=True, slots=True)
class QuestionTrendMath:
    direction: Direction
    earlier_mean: float | None
    recent_mean: float | None


def classify(ratings: Sequence[int], threshold: float = TREND_THRESHOLD) -> QuestionTrendMath:
    """Direction of a series of ratings (already in date order, skips removed)."""
    if len(ratings) < 2:
        return QuestionTrendMath(Direction.NOT_ENOUGH, None, None)
    split = len(ratings) // 2
    earlier, recent = fmean(ratings[:split]), fmean(ratings[split:])
    change = recent - earlier
    if change >= threshold:
        direction = Direction.UP
    elif change <= -threshold:
        direction = Direction.DOWN
    else:
        direction = Direction.FLAT
    return QuestionTrendMath(direction, earlier, recent)


def classify_trends(
    checkins: Iterable[CheckIn],
    window: int = DEFAULT_WINDOW,
    threshold: float = TREND_THRESHOLD,
) -> TrendReport:
    """Trends of every question over the last ``window`` check-ins (by ``held_on``)."""
    if window < 2:
        raise ValueError("a trend needs a window of at least two check-ins")
    ordered = sorted(checkins, key=lambda c: (c.held_on, c.created_at))
    recent = ordered[-window:]
    trends = []
    for side, question in QUESTIONS:
        answers = [_rating(checkin, side, question) for checkin in recent]
        ratings = tuple(r for r in answers if r is not None)
        math = classify(ratings, threshold)
        trends.append(
            QuestionTrend(
                side=side,
                question=question,
                direction=math.direction,
                ratings=ratings,
                skipped=len(answers) - len(ratings),
                earlier_mean=math.earlier_mean,
                recent_mean=math.recent_mean,
            )
        )
    return TrendReport(checkins_used=len(recent), trends=tuple(trends))


def _count_words(number: int) -> str:
    return _NUMBER_WORDS[number] if number < len(_NUMBER_WORDS) else str(number)


def summary_sentence(report: TrendReport) -> str:
    """One English sentence, e.g. "Over the last three check-ins: insight up, mentor benefit
    flat, feeling of safety down." Questions without enough answers are named at the end."""
    if report.checkins_used < 2 or not report.enough:
        return "Not enough check-ins yet to see a trend."
    known = [t for t in report.trends if t.direction is not Direction.NOT_ENOUGH]
    unknown = [t for t in report.trends if t.direction is Direction.NOT_ENOUGH]
    parts = ", ".join(f"{SHORT_NAMES[(t.side, t.question)]} {t.direction.value}" for t in known)
    sentence = f"Over the last {_count_words(report.checkins_used)} check-ins: {parts}."
    if unknown:
        names = ", ".join(SHORT_NAMES[(t.side, t.question)] for t in unknown)
        sentence += f" Not enough answers yet for {names}."
    return sentence
