"""What a view may read, decided once per visibility mode.

Views never receive the vault or a bundle of every repository: they get a :class:`DataAccess`.
In shared-screen mode its ``private`` part is ``None``, so private repositories are simply not
reachable from a view, and ``include_private`` is False for the mixed ones, whose SQL then
does not select the private columns at all.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from rmdesk.privacy.share_mode import Visibility
from rmdesk.store.db import Db
from rmdesk.store.repositories import Repositories
from rmdesk.store.repositories.action import AcknowledgementRepository, ActionRepository
from rmdesk.store.repositories.agenda_template import AgendaTemplateRepository
from rmdesk.store.repositories.agreement import AgreementRepository
from rmdesk.store.repositories.checkin import CheckInRepository
from rmdesk.store.repositories.goal import GoalRepository
from rmdesk.store.repositories.meeting import AgendaItemRepository, MeetingRepository
from rmdesk.store.repositories.meeting_note import PrivateMeetingNoteRepository
from rmdesk.store.repositories.prompt import PromptRepository
from rmdesk.store.repositories.reflection import ReflectionRepository
from rmdesk.store.repositories.relationship import (
    MentorCandidateRepository,
    RelationshipRepository,
)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SharedData:
    """Repositories whose content both people may see (mixed ones honour include_private)."""

    relationships: RelationshipRepository
    goals: GoalRepository
    agreements: AgreementRepository
    meetings: MeetingRepository
    agenda: AgendaItemRepository
    actions: ActionRepository
    acknowledgements: AcknowledgementRepository
    checkins: CheckInRepository
    prompts: PromptRepository
    agenda_templates: AgendaTemplateRepository


@dataclass(frozen=True, slots=True)
class PrivateData:
    """Repositories that hold nothing but private content."""

    reflections: ReflectionRepository
    meeting_notes: PrivateMeetingNoteRepository
    # The people a leader considered as mentor, ranked and annotated: the chosen mentor may
    # be watching a shared screen, so the whole list is private.
    candidates: MentorCandidateRepository


@dataclass(frozen=True, slots=True)
class DataAccess:
    visibility: Visibility
    shared: SharedData
    private: PrivateData | None
    # All-or-nothing for a change that spans repositories (Db.transaction, not the Db).
    transaction: Callable[[], AbstractContextManager[None]]

    @property
    def include_private(self) -> bool:
        return self.private is not None


class PrivateContentBlockedError(PermissionError):
    """A view asked a mixed repository for private columns in shared-screen mode (a bug)."""


class _SharedOnly:
    """Wraps a mixed repository in shared-screen mode: any call that asks for
    ``include_private=True`` fails loudly instead of loading private columns."""

    def __init__(self, repository: object) -> None:
        self._repository = repository

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._repository, name)
        if not callable(attribute):
            return attribute

        def guarded(*args: Any, **kwargs: Any) -> Any:
            if kwargs.get("include_private"):
                raise PrivateContentBlockedError(
                    f"{type(self._repository).__name__}.{name}: private content is not "
                    "loaded in shared-screen mode"
                )
            return attribute(*args, **kwargs)

        return guarded


def _mixed(repository: T, share_mode: bool) -> T:
    return cast(T, _SharedOnly(repository)) if share_mode else repository


def data_access(db: Db, visibility: Visibility) -> DataAccess:
    # The store's one bundle of repositories, split here by what may be seen; a test checks
    # that every repository of the bundle lands on exactly one side.
    repos = Repositories.from_db(db)
    share_mode = visibility.share_mode
    shared = SharedData(
        relationships=repos.relationships,
        goals=repos.goals,
        agreements=repos.agreements,
        meetings=repos.meetings,
        agenda=repos.agenda_items,
        actions=_mixed(repos.actions, share_mode),
        acknowledgements=repos.acknowledgements,
        checkins=_mixed(repos.checkins, share_mode),
        prompts=repos.prompts,
        agenda_templates=repos.agenda_templates,
    )
    private = (
        None
        if share_mode
        else PrivateData(
            reflections=repos.reflections,
            meeting_notes=repos.private_meeting_notes,
            candidates=repos.mentor_candidates,
        )
    )
    return DataAccess(
        visibility=visibility, shared=shared, private=private, transaction=db.transaction
    )
