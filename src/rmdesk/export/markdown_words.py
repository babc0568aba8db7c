"""The stored states of the whole-vault Markdown export as words in the reader's language.

English by default: the source words are the stored values themselves, so the command
line's export reads as it always has. A context per kind of thing, as a status agrees with
its noun in some languages (French: une relation terminée, un objectif atteint).
"""

from __future__ import annotations

from rmdesk.domain.models import (
    ActionStatus,
    AgendaKind,
    Cadence,
    GoalStatus,
    MeetingStatus,
    RelationshipStatus,
    Role,
)
from rmdesk.export.document_style import DocumentStyle


def role_word(role: Role, style: DocumentStyle) -> str:
    words = {
        Role.LEADER: style.translate("MarkdownExport", "leader"),
        Role.MENTOR: style.translate("MarkdownExport", "mentor"),
    }
    return words[role]


def cadence_word(cadence: Cadence, style: DocumentStyle) -> str:
    words = {
        Cadence.WEEKLY: style.translate("MarkdownExport", "weekly"),
        Cadence.BIWEEKLY: style.translate("MarkdownExport", "biweekly"),
        Cadence.MONTHLY: style.translate("MarkdownExport", "monthly"),
    }
    return words[cadence]


def relationship_status_word(status: RelationshipStatus, style: DocumentStyle) -> str:
    words = {
        RelationshipStatus.ACTIVE: style.translate("MarkdownExportRelationship", "active"),
        RelationshipStatus.PAUSED: style.translate("MarkdownExportRelationship", "paused"),
        RelationshipStatus.COMPLETED: style.translate("MarkdownExportRelationship", "completed"),
    }
    return words[status]


def goal_status_word(status: GoalStatus, style: DocumentStyle) -> str:
    words = {
        GoalStatus.PROPOSED: style.translate("MarkdownExportGoal", "proposed"),
        GoalStatus.ACTIVE: style.translate("MarkdownExportGoal", "active"),
        GoalStatus.ACHIEVED: style.translate("MarkdownExportGoal", "achieved"),
        GoalStatus.DROPPED: style.translate("MarkdownExportGoal", "dropped"),
    }
    return words[status]


def meeting_status_word(status: MeetingStatus, style: DocumentStyle) -> str:
    words = {
        MeetingStatus.PLANNED: style.translate("MarkdownExportMeeting", "planned"),
        MeetingStatus.HELD: style.translate("MarkdownExportMeeting", "held"),
        MeetingStatus.CANCELLED: style.translate("MarkdownExportMeeting", "cancelled"),
    }
    return words[status]


def action_status_word(status: ActionStatus, style: DocumentStyle) -> str:
    words = {
        ActionStatus.OPEN: style.translate("MarkdownExportAction", "open"),
        ActionStatus.DONE: style.translate("MarkdownExportAction", "done"),
        ActionStatus.DROPPED: style.translate("MarkdownExportAction", "dropped"),
    }
    return words[status]


def kind_word(kind: AgendaKind, style: DocumentStyle) -> str:
    words = {
        AgendaKind.TOPIC: style.translate("MarkdownExport", "topic"),
        AgendaKind.QUESTION: style.translate("MarkdownExport", "question"),
        AgendaKind.ASSUMPTION: style.translate("MarkdownExport", "assumption"),
    }
    return words[kind]
