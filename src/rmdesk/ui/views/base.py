"""What every section view receives. No vault, no global state: just this context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rmdesk.domain.models import Relationship
from rmdesk.privacy.access import DataAccess
from rmdesk.privacy.clipboard import ClipboardPolicy
from rmdesk.privacy.share_mode import Section


@dataclass(frozen=True)
class ViewContext:
    data: DataAccess
    relationship: Relationship
    navigate: Callable[[Section], None]
    clipboard: ClipboardPolicy
    edit_relationship: Callable[[], None]
