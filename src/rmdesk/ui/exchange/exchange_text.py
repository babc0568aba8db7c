"""What an exchange changed, in the user's language: "3 agenda items added, 1 goal updated,
1 difference to settle"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from rmdesk.domain.agreement import fingerprint
from rmdesk.domain.translation import QT_TRANSLATE_NOOP
from rmdesk.store.sync.merge import MergeSummary

CONTEXT = "Exchange"


def _n(text: str, n: int) -> str:
    return QCoreApplication.translate(CONTEXT, text, "", n)


# One literal per table so lupdate sees each plural form.
_COUNTED: dict[str, Callable[[int], str]] = {
    "relationship": lambda n: _n("%n relationship(s)", n),
    "mentor_candidate": lambda n: _n("%n mentor candidate(s)", n),
    "goal": lambda n: _n("%n goal(s)", n),
    "goal_progress": lambda n: _n("%n progress update(s)", n),
    "agreement_version": lambda n: _n("%n agreement version(s)", n),
    "agreement_confirmation": lambda n: _n("%n agreement confirmation(s)", n),
    "meeting": lambda n: _n("%n meeting(s)", n),
    "meeting_private_note": lambda n: _n("%n private meeting note(s)", n),
    "agenda_item": lambda n: _n("%n agenda item(s)", n),
    "action_item": lambda n: _n("%n action(s)", n),
    "acknowledgement": lambda n: _n("%n acknowledgement(s)", n),
    "checkin": lambda n: _n("%n check-in(s)", n),
    "checkin_answer": lambda n: _n("%n check-in answer(s)", n),
    "reflection": lambda n: _n("%n reflection(s)", n),
    "reflection_tag": lambda n: _n("%n reflection tag(s)", n),
    "prompt": lambda n: _n("%n prompt(s)", n),
    "agenda_template": lambda n: _n("%n agenda template(s)", n),
}

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
    make = _COUNTED.get(table)
    return make(n) if make is not None else f"{n} {table.replace('_', ' ')}"


def thing(table: str) -> str:
    """The kind of row, as the subject of a sentence ("A goal")."""
    return QCoreApplication.translate(CONTEXT, _THING.get(table, table))


def _joined(counts: Counter[str], verb: Callable[[str], str]) -> list[str]:
    return [verb(counted(t, n)) for t, n in sorted(counts.items()) if n]


def contents(counts: Counter[str]) -> str:
    """ "2 goals, 5 meetings, …" (or "nothing yet")."""
    parts = [counted(t, n) for t, n in sorted(counts.items()) if n]
    return ", ".join(parts) if parts else QCoreApplication.translate(CONTEXT, "nothing yet")


def describe(summary: MergeSummary) -> str:
    def added(what: str) -> str:
        return QCoreApplication.translate(CONTEXT, "{0} added").format(what)

    def updated(what: str) -> str:
        return QCoreApplication.translate(CONTEXT, "{0} updated").format(what)

    def deleted(what: str) -> str:
        return QCoreApplication.translate(CONTEXT, "{0} deleted").format(what)

    parts = (
        _joined(summary.added, added)
        + _joined(summary.updated, updated)
        + _joined(summary.deleted, deleted)
    )
    if summary.conflict_count:
        parts.append(_n("%n difference(s) to settle", summary.conflict_count))
    if not parts:
        return QCoreApplication.translate(CONTEXT, "nothing new")
    return ", ".join(parts)


def fingerprint_words(sha: str) -> str:
    """The fingerprint as the Agreement section shows it."""
    return fingerprint(sha)
