"""The repository layer: rows in, frozen domain dataclasses out; one repository per aggregate.

Every write runs in ``db.transaction()`` after ``validate()``. Reads of aggregates that mix
shared and private columns take a keyword-only ``include_private`` with no default; when it
is False the private column is not even selected (the object carries ``""`` there), and an
update leaves the stored private value alone. ``reflections`` and ``private_meeting_notes`` are
private as a whole: the privacy layer hands them out only outside shared-screen mode.
"""

from __future__ import annotations

from dataclasses import dataclass

from rmdesk.domain.models import AgendaTemplate, AgendaTemplateItem
from rmdesk.store.db import Db
from rmdesk.store.repositories._base import NotFoundError
from rmdesk.store.repositories.action import AcknowledgementRepository, ActionRepository
from rmdesk.store.repositories.agenda_template import AgendaTemplateRepository
from rmdesk.store.repositories.agreement import AgreementRepository
from rmdesk.store.repositories.checkin import CheckInRepository
from rmdesk.store.repositories.goal import GoalRepository
from rmdesk.store.repositories.meeting import AgendaItemRepository, MeetingRepository
from rmdesk.store.repositories.meeting_note import PrivateMeetingNoteRepository
from rmdesk.store.repositories.prompt import PromptRepository
from rmdesk.store.repositories.reflection import ReflectionRepository
from rmdesk.store.repositories.reflection_query import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    NO_FILTER,
    PageKey,
    ReflectionFilter,
    ReflectionPage,
    SearchHit,
    SnippetSpan,
    match_expression,
)
from rmdesk.store.repositories.relationship import (
    MentorCandidateRepository,
    RelationshipRepository,
)


@dataclass(frozen=True, slots=True)
class Repositories:
    relationships: RelationshipRepository
    mentor_candidates: MentorCandidateRepository
    goals: GoalRepository
    agreements: AgreementRepository
    meetings: MeetingRepository
    agenda_items: AgendaItemRepository
    private_meeting_notes: PrivateMeetingNoteRepository
    actions: ActionRepository
    acknowledgements: AcknowledgementRepository
    checkins: CheckInRepository
    reflections: ReflectionRepository
    prompts: PromptRepository
    agenda_templates: AgendaTemplateRepository

    @classmethod
    def from_db(cls, db: Db) -> Repositories:
        return cls(
            relationships=RelationshipRepository(db),
            mentor_candidates=MentorCandidateRepository(db),
            goals=GoalRepository(db),
            agreements=AgreementRepository(db),
            meetings=MeetingRepository(db),
            agenda_items=AgendaItemRepository(db),
            private_meeting_notes=PrivateMeetingNoteRepository(db),
            actions=ActionRepository(db),
            acknowledgements=AcknowledgementRepository(db),
            checkins=CheckInRepository(db),
            reflections=ReflectionRepository(db),
            prompts=PromptRepository(db),
            agenda_templates=AgendaTemplateRepository(db),
        )


__all__ = [
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "NO_FILTER",
    "AcknowledgementRepository",
    "ActionRepository",
    "AgendaItemRepository",
    "AgendaTemplate",
    "AgendaTemplateItem",
    "AgendaTemplateRepository",
    "AgreementRepository",
    "CheckInRepository",
    "GoalRepository",
    "MeetingRepository",
    "MentorCandidateRepository",
    "NotFoundError",
    "PageKey",
    "PrivateMeetingNoteRepository",
    "PromptRepository",
    "ReflectionFilter",
    "ReflectionPage",
    "ReflectionRepository",
    "RelationshipRepository",
    "Repositories",
    "SearchHit",
    "SnippetSpan",
    "match_expression",
]
