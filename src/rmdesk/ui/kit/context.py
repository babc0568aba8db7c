"""What every section view receives. No vault, no global state: just this context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from rmdesk.domain.models import Relationship
from rmdesk.domain.sections import Section
from rmdesk.privacy.access import DataAccess
from rmdesk.privacy.clipboard import ClipboardPolicy


@dataclass(frozen=True)
class ViewContext:
    data: DataAccess
    relationship: Relationship
    navigate: Callable[[Section], None]
    clipboard: ClipboardPolicy
    edit_relationship: Callable[[], None]
    # True once the vault locked or the visibility mode changed. Code that returns from a
    # dialog's own event loop (ask(), exec(), a message box) checks it before doing anything
    # more: the vault may be closed and the view about to be deleted.
    is_closed: Callable[[], bool] = field(default=lambda: False)
    # Minutes before a meeting for the alarm a calendar export carries (the user's reminder
    # setting); None: reminders are off, so the export carries none.
    reminder_minutes: int | None = None


@runtime_checkable
class HasViewState(Protocol):
    """A view that can hand its place (selection, a running session) to its successor when
    the visibility mode changes: pressing F12 in the middle of a live session must not drop
    the session. The state is opaque to the workspace and never written anywhere."""

    def view_state(self) -> object: ...

    def restore_view_state(self, state: object) -> None: ...


@runtime_checkable
class HasPendingEdits(Protocol):
    """A view with autosave implements this; the workspace calls it before the view goes
    away (navigation, shared-screen mode, lock, quit), so no typed text is lost."""

    def save_pending(self) -> None: ...
