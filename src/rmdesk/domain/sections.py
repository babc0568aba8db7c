"""The sections of a relationship, in the order the sidebar shows them.

The list lives here, below every layer that needs it: the privacy policy says which sections
are private (``privacy/share_mode.py``), the UI gives them titles and icons
(``ui/kit/sections.py``) and builds one view per section (``ui/shell/workspace.py``).
"""

from __future__ import annotations

from enum import StrEnum


class Section(StrEnum):
    OVERVIEW = "overview"
    GOALS = "goals"
    AGREEMENT = "agreement"
    MEETINGS = "meetings"
    ACTIONS = "actions"
    PROGRESS = "progress"
    REFLECTIONS = "reflections"


ALL_SECTIONS: tuple[Section, ...] = tuple(Section)
