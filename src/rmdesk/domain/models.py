"""The data model as frozen dataclasses. Pure Python: no Qt, no SQL.

Identity: ``id`` is the vault's row id (``None`` until saved); ``uuid`` is the stable identity
used by export/import. Times are timezone-aware UTC ``datetime``; calendar days are ``date``.
Fields whose names start with ``private_`` (and the whole ``Reflection`` and
``MeetingPrivateNote``) are private: never shown in shared-screen mode, never exported unless
the user asks.
"""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utc_now() -> datetime:
    # Second precision: what we store, so a saved object equals its reloaded self.
    return datetime.now(UTC).replace(microsecond=0)


class Role(StrEnum):
    LEADER = "leader"
    MENTOR = "mentor"

    @property
    def other(self) -> Role:
        return Role.MENTOR if self is Role.LEADER else Role.LEADER


class Cadence(StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"


class RelationshipStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"


class GoalStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AgendaKind(StrEnum):
    TOPIC = "topic"
    QUESTION = "question"
    ASSUMPTION = "assumption"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class Relationship:
    my_role: Role
    other_name: str
    cadence: Cadence
    meeting_minutes: int
    start_date: date
    my_name: str = ""
    purpose: str = ""
    focus_areas: tuple[str, ...] = ()
    review_date: date | None = None
    checkin_every: int = 4
    status: RelationshipStatus = RelationshipStatus.ACTIVE
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    @property
    def leader_name(self) -> str:
        return self.my_name if self.my_role is Role.LEADER else self.other_name

    @property
    def mentor_name(self) -> str:
        return self.other_name if self.my_role is Role.LEADER else self.my_name

    def name_of(self, party: Role) -> str:
        """The name recorded for ``party`` (the leader or the mentor), as typed."""
        return self.leader_name if party is Role.LEADER else self.mentor_name


@dataclass(frozen=True, slots=True)
class MentorCandidate:
    relationship_id: int
    name: str
    expertise: tuple[str, ...] = ()
    private_notes: str = ""
    chosen: bool = False
    created_at: datetime = field(default_factory=utc_now)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Goal:
    relationship_id: int
    title: str
    why: str = ""
    success_measure: str = ""
    owner: Role = Role.LEADER
    status: GoalStatus = GoalStatus.PROPOSED
    progress: int = 0
    position: int = 0
    archived: bool = False
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class GoalProgress:
    goal_id: int
    at: datetime
    progress: int
    note: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class AgreementSection:
    key: str
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class AgreementConfirmation:
    version_id: int
    party: Role
    name: str
    sha256: str
    confirmed_at: datetime = field(default_factory=utc_now)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class AgreementVersion:
    relationship_id: int
    number: int
    sections: tuple[AgreementSection, ...]
    sha256: str
    created_at: datetime = field(default_factory=utc_now)
    confirmations: tuple[AgreementConfirmation, ...] = ()
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Meeting:
    relationship_id: int
    starts_at: datetime
    minutes: int
    status: MeetingStatus = MeetingStatus.PLANNED
    is_extra: bool = False
    learning_intent: str = ""
    summary: str = ""
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class MeetingPrivateNote:
    """Leader-only notes on a meeting: a table of its own so shared queries never touch it."""

    meeting_id: int
    body: str
    updated_at: datetime = field(default_factory=utc_now)
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    meeting_id: int
    owner: Role
    kind: AgendaKind
    title: str
    time_box_minutes: int = 10
    position: int = 0
    shared_notes: str = ""
    outcome: str = ""
    done: bool = False
    carried_from_id: int | None = None
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class ActionItem:
    relationship_id: int
    what: str
    owner: Role = Role.LEADER
    meeting_id: int | None = None
    goal_id: int | None = None
    due_date: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    impact_note: str = ""
    private_note: str = ""
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    # Set by the store when the status becomes done, cleared when it stops being done.
    done_at: datetime | None = None
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    relationship_id: int
    body: str
    action_id: int | None = None
    goal_id: int | None = None
    created_at: datetime = field(default_factory=utc_now)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class CheckInAnswer:
    side: Role
    question: str
    rating: int | None = None
    sentence: str = ""
    skipped: bool = False
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class CheckIn:
    relationship_id: int
    held_on: date
    answers: tuple[CheckInAnswer, ...] = ()
    meeting_id: int | None = None
    private_note: str = ""
    created_at: datetime = field(default_factory=utc_now)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Reflection:
    relationship_id: int
    body: str
    prompt: str = ""
    tags: tuple[str, ...] = ()
    meeting_id: int | None = None
    goal_id: int | None = None
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Prompt:
    theme: str
    text: str
    moment: str = "any"
    builtin_key: str | None = None
    retired: bool = False
    created_at: datetime = field(default_factory=utc_now)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class AgendaTemplateItem:
    kind: AgendaKind
    title: str
    owner: Role = Role.LEADER
    time_box_minutes: int = 10


@dataclass(frozen=True, slots=True)
class AgendaTemplate:
    name: str
    items: tuple[AgendaTemplateItem, ...] = ()
    created_at: datetime = field(default_factory=utc_now)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)
