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
    t = QCoreApplication.translate
    return {
        Section.OVERVIEW: t("Sections", "Overview"),
        Section.GOALS: t("Sections", "Purpose & Goals"),
        Section.AGREEMENT: t("Sections", "Agreement"),
        Section.MEETINGS: t("Sections", "Meetings"),
        Section.ACTIONS: t("Sections", "Actions"),
        Section.PROGRESS: t("Sections", "Progress"),
        Section.REFLECTIONS: t("Sections", "Reflections (private)"),
    }[section]
