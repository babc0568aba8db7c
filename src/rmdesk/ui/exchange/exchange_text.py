"""What an exchange changed, in the user's language: "3 agenda items added, 1 goal updated,
1 difference to settle"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from rmdesk.domain.agreement import fingerprint
from rmdesk.domain.translation import QT_TRANSLATE_NOOP
from rmdesk.store.sync.merge import MergeSummary


class Exchange:
    """The exchange texts' translation context. pyside6-lupdate files ``self.tr`` under the
    class's name, and only ``self.tr`` with a count is read as a plural by both 6.11 and 6.12
    (a module-level ``translate`` with a count is dropped or not marked as a plural)."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Exchange", text, disambiguation, n)

    def counted(self, table: str, n: int) -> str:
        """ "3 agenda items": one literal per table, so each plural is extracted."""
        match table:
            case "relationship":
                return self.tr("%n relationship(s)", "", n)
            case "mentor_candidate":
                return self.tr("%n mentor candidate(s)", "", n)
            case "goal":
                return self.tr("%n goal(s)", "", n)
            case "goal_progress":
                return self.tr("%n progress update(s)", "", n)
            case "agreement_version":
                return self.tr("%n agreement version(s)", "", n)
            case "agreement_confirmation":
                return self.tr("%n agreement confirmation(s)", "", n)
            case "meeting":
                return self.tr("%n meeting(s)", "", n)
            case "meeting_private_note":
                return self.tr("%n private meeting note(s)", "", n)
            case "agenda_item":
                return self.tr("%n agenda item(s)", "", n)
            case "action_item":
                return self.tr("%n action(s)", "", n)
            case "acknowledgement":
                return self.tr("%n acknowledgement(s)", "", n)
            case "checkin":
                return self.tr("%n check-in(s)", "", n)
            case "checkin_answer":
                return self.tr("%n check-in answer(s)", "", n)
            case "reflection":
                return self.tr("%n reflection(s)", "", n)
            case "reflection_tag":
                return self.tr("%n reflection tag(s)", "", n)
            case "prompt":
                return self.tr("%n prompt(s)", "", n)
            case "agenda_template":
                return self.tr("%n agenda template(s)", "", n)
        return f"{n} {table.replace('_', ' ')}"

    def differences(self, n: int) -> str:
        return self.tr("%n difference(s) to settle", "", n)

    def added(self, what: str) -> str:
        return self.tr("{0} added").format(what)

    def updated(self, what: str) -> str:
        return self.tr("{0} updated").format(what)

    def deleted(self, what: str) -> str:
        return self.tr("{0} deleted").format(what)

    def nothing_yet(self) -> str:
        return self.tr("nothing yet")

    def nothing_new(self) -> str:
        return self.tr("nothing new")


_TEXTS = Exchange()


_THING: dict[str, str] = {
    "relationship": QT_TRANSLATE_NOOP("Exchange", "The relationship"),
    "mentor_candidate": QT_TRANSLATE_NOOP("Exchange", "A mentor candidate"),
    "goal": QT_TRANSLATE_NOOP("Exchange", "A goal"),
    "goal_progress": QT_TRANSLATE_NOOP("Exchange", "A progress update"),
    "agreement_version": QT_TRANSLATE_NOOP("Exchange", "An agreement version"),
    "agreement_confirmation": QT_TRANSLATE_NOOP("Exchange", "An agreement confirmation"),
    "meeting": QT_TRANSLATE_NOOP("Exchange", "A meeting"),
    "meeting_private_note": QT_TRANSLATE_NOOP("Exchange", "A private meeting note"),
    "agenda_item": QT_TRANSLATE_NOOP("Exchange", "An agenda item"),
    "action_item": QT_TRANSLATE_NOOP("Exchange", "An action"),
    "acknowledgement": QT_TRANSLATE_NOOP("Exchange", "An acknowledgement"),
    "checkin": QT_TRANSLATE_NOOP("Exchange", "A check-in"),
    "checkin_answer": QT_TRANSLATE_NOOP("Exchange", "A check-in answer"),
    "reflection": QT_TRANSLATE_NOOP("Exchange", "A reflection"),
    "reflection_tag": QT_TRANSLATE_NOOP("Exchange", "A reflection tag"),
    "prompt": QT_TRANSLATE_NOOP("Exchange", "A prompt"),
    "agenda_template": QT_TRANSLATE_NOOP("Exchange", "An agenda template"),
}


def counted(table: str, n: int) -> str:
    return _TEXTS.counted(table, n)


def thing(table: str) -> str:
    """The kind of row, as the subject of a sentence ("A goal")."""
    return QCoreApplication.translate("Exchange", _THING.get(table, table))


def _joined(counts: Counter[str], verb: Callable[[str], str]) -> list[str]:
    return [verb(counted(t, n)) for t, n in sorted(counts.items()) if n]


def contents(counts: Counter[str]) -> str:
    """ "2 goals, 5 meetings, …" (or "nothing yet")."""
    parts = [counted(t, n) for t, n in sorted(counts.items()) if n]
    return ", ".join(parts) if parts else _TEXTS.nothing_yet()


def describe(summary: MergeSummary) -> str:
    parts = (
        _joined(summary.added, _TEXTS.added)
        + _joined(summary.updated, _TEXTS.updated)
        + _joined(summary.deleted, _TEXTS.deleted)
    )
    if summary.conflict_count:
        parts.append(_TEXTS.differences(summary.conflict_count))
    if not parts:
        return _TEXTS.nothing_new()
    return ", ".join(parts)


def fingerprint_words(sha: str) -> str:
    """The fingerprint as the Agreement section shows it."""
    return fingerprint(sha)
