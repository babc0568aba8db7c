"""What a merge changed, in plain words for the command line: "3 agenda items added, 1 goal
updated, 1 conflict"."""

from __future__ import annotations

from collections import Counter

from rmdesk.store.sync.merge import MergeSummary

# (singular, plural) per table.
NOUNS: dict[str, tuple[str, str]] = {
    "relationship": ("relationship", "relationships"),
    "mentor_candidate": ("mentor candidate", "mentor candidates"),
    "goal": ("goal", "goals"),
    "goal_progress": ("progress entry", "progress entries"),
    "agreement_version": ("agreement version", "agreement versions"),
    "agreement_confirmation": ("confirmation", "confirmations"),
    "meeting": ("meeting", "meetings"),
    "meeting_private_note": ("private meeting note", "private meeting notes"),
    "agenda_item": ("agenda item", "agenda items"),
    "action_item": ("action", "actions"),
    "acknowledgement": ("acknowledgement", "acknowledgements"),
    "checkin": ("check-in", "check-ins"),
    "checkin_answer": ("check-in answer", "check-in answers"),
    "reflection": ("reflection", "reflections"),
    "reflection_tag": ("reflection tag", "reflection tags"),
    "prompt": ("prompt", "prompts"),
    "agenda_template": ("agenda template", "agenda templates"),
}


def noun(table: str, count: int) -> str:
    singular, plural = NOUNS.get(table, (table.replace("_", " "), table.replace("_", " ")))
    return singular if count == 1 else plural


def _part(counts: Counter[str], verb: str) -> list[str]:
    return [f"{n} {noun(t, n)} {verb}" for t, n in sorted(counts.items()) if n]


def describe(summary: MergeSummary) -> str:
    parts = (
        _part(summary.added, "added")
        + _part(summary.updated, "updated")
        + _part(summary.deleted, "deleted")
    )
    conflicts = summary.conflict_count
    if conflicts:
        parts.append(f"{conflicts} conflict" + ("" if conflicts == 1 else "s"))
    return ", ".join(parts) if parts else "nothing new"
