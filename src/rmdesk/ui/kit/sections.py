"""Titles and icons of the per-relationship sections."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rmdesk.domain.sections import Section

SECTION_ICONS = {
    Section.OVERVIEW: "overview",
    Section.GOALS: "goals",
    Section.AGREEMENT: "agreement",
    Section.MEETINGS: "meetings",
    Section.ACTIONS: "actions",
    Section.PROGRESS: "progress",
    Section.REFLECTIONS: "reflections",
}


def section_title(section: Section) -> str:
    """The translated title as shown in the sidebar and menus (with a plain '&')."""
    return {
        Section.OVERVIEW: QCoreApplication.translate("Sections", "Overview"),
        Section.GOALS: QCoreApplication.translate("Sections", "Purpose & Goals"),
        Section.AGREEMENT: QCoreApplication.translate("Sections", "Agreement"),
        Section.MEETINGS: QCoreApplication.translate("Sections", "Meetings"),
        Section.ACTIONS: QCoreApplication.translate("Sections", "Actions"),
        Section.PROGRESS: QCoreApplication.translate("Sections", "Progress"),
        Section.REFLECTIONS: QCoreApplication.translate("Sections", "Reflections (private)"),
    }[section]
