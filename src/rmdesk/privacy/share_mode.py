"""Shared-screen mode as a policy, with no widgets.

When a leader and mentor look at one screen, private content must never be *rendered*: not
blurred, not collapsed, not loaded. Views never decide this themselves: they receive a
:class:`Visibility` and a ``DataAccess`` whose private part is ``None`` in shared-screen mode, so a
view written later cannot reach private data there even by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass

from rmdesk.domain.sections import ALL_SECTIONS, Section

PRIVATE_SECTIONS: frozenset[Section] = frozenset({Section.REFLECTIONS})


@dataclass(frozen=True, slots=True)
class Visibility:
    """What may be loaded right now. Immutable: a mode change builds new views."""

    share_mode: bool

    @property
    def include_private(self) -> bool:
        return not self.share_mode

    def visible_sections(self) -> tuple[Section, ...]:
        if self.share_mode:
            return tuple(s for s in ALL_SECTIONS if s not in PRIVATE_SECTIONS)
        return ALL_SECTIONS

    def allows(self, section: Section) -> bool:
        return section in self.visible_sections()


PRIVATE_VISIBILITY = Visibility(share_mode=False)
SHARED_VISIBILITY = Visibility(share_mode=True)
