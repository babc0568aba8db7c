"""A readable Markdown document, one section per relationship, from a table dump.

Rendered from :func:`rmdesk.store.portable.dump`, so private content can only appear when the
dump included it; it then goes under one clearly marked "Private" heading per relationship.
Text from the vault is written as text: control and bidi-override characters are neutralised
and one-line fields stay on one line, so a title cannot turn into a heading.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

Row = dict[str, Any]
Tables = dict[str, list[Row]]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
PRIVATE_HEADING = "PRIVATE — your own notes, not shared"


def _text(value: object) -> str:
    return _CONTROL.sub("\ufffd", "" if value is None else str(value)).strip()


def _inline(value: object) -> str:
    return " ".join(_text(value).split())


def _when(value: object) -> str:
    # "2026-03-02T09:00:00+00:00" -> "2026-03-02 09:00 UTC"; anything else as stored.
    text = _inline(value)
    match = re.fullmatch(r"(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(\+00:00|Z)?", text)
    if not match:
        return text
    return f"{match.group(1)} {match.group(2)}" + (" UTC" if match.group(3) else "")


def _paragraph(label: str, value: object) -> list[str]:
    text = _text(value)
    return [f"**{label}:**", "", text, ""] if text else []


def _indented(text: str, prefix: str = "   ") -> str:
    return "\n".join(prefix + line if line else "" for line in text.splitlines())


def _json_list(value: object) -> list[Any]:
    try:
        parsed = json.loads(str(value))
    except ValueError:
        return []
    return parsed if isinstance(parsed, list) else []


class _Index:
    """Rows grouped by the relationship (or parent) they belong to."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.by_parent: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
        for table, rows in tables.items():
            for row in rows:
                for key, value in row.items():
                    if key.endswith("_uuid") and value is not None:
                        self.by_parent[(table, key, str(value))].append(row)
        self.by_uuid = {
            (table, str(row["uuid"])): row
            for table, rows in tables.items()
            for row in rows
            if "uuid" in row
        }

    def children(
        self, table: str, parent_key: str, parent: str, *, order: Iterable[str] = ()
    ) -> list[Row]:
        rows = self.by_parent.get((table, parent_key, parent), [])
        keys = tuple(order)
        return sorted(rows, key=lambda r: tuple(str(r.get(k) or "") for k in keys))

    def title(self, table: str, uuid: object, key: str) -> str:
        row = self.by_uuid.get((table, str(uuid)))
        return _inline(row.get(key)) if row else ""


def render(tables: Tables, *, include_private: bool) -> str:
    index = _Index(tables)
    scope = (
        "everything, including private notes and the journal"
        if include_private
        else ("the shared parts only (no private notes, no journal)")
    )
    out = [
        "# rmdesk export",
        "",
        f"This document holds {scope}. It is **not encrypted**: keep it somewhere safe.",
        "",
    ]
    relationships = sorted(
        tables.get("relationship", []), key=lambda r: (str(r["start_date"]), str(r["uuid"]))
    )
    if not relationships:
        out += ["_No relationships yet._", ""]
    for rel in relationships:
        out += _relationship(index, rel, include_private=include_private)
    return "\n".join(out).rstrip("\n") + "\n"


def _relationship(index: _Index, rel: Row, *, include_private: bool) -> list[str]:
    uuid = str(rel["uuid"])
    me, other = _inline(rel["my_name"]) or "Me", _inline(rel["other_name"])
    other_role = "mentor" if rel["my_role"] == "leader" else "leader"
    out = [f"## {me} ({rel['my_role']}) & {other} ({other_role})", ""]
    facts = [
        f"Status: {rel['status']}",
        f"Cadence: {rel['cadence']}, {rel['meeting_minutes']} min",
        f"Started: {_inline(rel['start_date'])}",
    ]
    if rel.get("review_date"):
        facts.append(f"Review: {_inline(rel['review_date'])}")
    out += [f"- {fact}" for fact in facts]
    focus = [_inline(item) for item in _json_list(rel.get("focus_areas"))]
    if focus:
        out.append(f"- Focus areas: {', '.join(focus)}")
    out += ["", "### Purpose", "", _text(rel.get("purpose")) or "_Not written yet._", ""]
    out += _candidates(index, uuid)
    out += _goals(index, uuid)
    out += _agreement(index, uuid)
    out += _meetings(index, uuid)
    out += _actions(index, uuid)
    out += _acknowledgements(index, uuid)
    out += _checkins(index, uuid)
    if include_private:
        out += _private(index, uuid)
    return out


def _candidates(index: _Index, rel: str) -> list[str]:
    rows = index.children(
        "mentor_candidate", "relationship_uuid", rel, order=("created_at", "uuid")
    )
    if not rows:
        return []
    out = ["### Mentor candidates", ""]
    for row in rows:
        expertise = ", ".join(_inline(e) for e in _json_list(row.get("expertise")))
        chosen = " — **chosen**" if row.get("chosen") else ""
        out.append(f"- {_inline(row['name'])}{chosen}" + (f" ({expertise})" if expertise else ""))
    return [*out, ""]


def _goals(index: _Index, rel: str) -> list[str]:
    rows = index.children(
        "goal", "relationship_uuid", rel, order=("position", "created_at", "uuid")
    )
    out = ["### Goals", ""]
    if not rows:
        return [*out, "_No goals yet._", ""]
    for number, goal in enumerate(rows, start=1):
        archived = ", archived" if goal.get("archived") else ""
        out += [
            f"#### {number}. {_inline(goal['title'])}",
            "",
            f"- Owner: {goal['owner']} · Status: {goal['status']}{archived} · "
            f"Progress: {goal['progress']}%",
            "",
        ]
        out += _paragraph("Why", goal.get("why"))
        out += _paragraph("Success looks like", goal.get("success_measure"))
        log = index.children("goal_progress", "goal_uuid", str(goal["uuid"]), order=("at", "uuid"))
        if log:
            out += ["**Progress log:**", ""]
            out += [
                f"- {_when(p['at'])}: {p['progress']}%"
                + (f" — {_inline(p['note'])}" if p.get("note") else "")
                for p in log
            ]
            out.append("")
    return out


def _agreement(index: _Index, rel: str) -> list[str]:
    versions = index.children("agreement_version", "relationship_uuid", rel, order=("number",))
    if not versions:
        return ["### Agreement", "", "_No agreement yet._", ""]
    out = ["### Agreement", ""]
    for version in sorted(versions, key=lambda v: int(v["number"])):
        digest = str(version["sha256"])
        out += [
            f"#### Version {version['number']} ({_when(version['created_at'])})",
            "",
            f"Fingerprint (SHA-256): `{_inline(digest)}`",
            "",
        ]
        for section in _json_list(version.get("sections")):
            if isinstance(section, dict):
                out += [
                    f"##### {_inline(section.get('title', ''))}",
                    "",
                    _text(section.get("body")),
                    "",
                ]
        confirmations = index.children(
            "agreement_confirmation", "version_uuid", str(version["uuid"]), order=("party",)
        )
        out += ["**Confirmations:**", ""]
        if not confirmations:
            out.append("- none yet")
        for conf in confirmations:
            matches = (
                "matches this version"
                if conf["sha256"] == digest
                else "DOES NOT match this version"
            )
            out.append(
                f"- {conf['party']}: {_inline(conf['name'])}, {_when(conf['confirmed_at'])} "
                f"(fingerprint {matches})"
            )
        out.append("")
    return out


def _meetings(index: _Index, rel: str) -> list[str]:
    rows = index.children("meeting", "relationship_uuid", rel, order=("starts_at", "uuid"))
    out = ["### Meetings", ""]
    if not rows:
        return [*out, "_No meetings yet._", ""]
    for meeting in rows:
        extra = ", extra" if meeting.get("is_extra") else ""
        heading = f"{_when(meeting['starts_at'])} — {meeting['status']}{extra}"
        out += [f"#### {heading}, {meeting['minutes']} min", ""]
        out += _paragraph("Learning intent", meeting.get("learning_intent"))
        items = index.children(
            "agenda_item", "meeting_uuid", str(meeting["uuid"]), order=("position", "uuid")
        )
        if items:
            out += ["**Agenda:**", ""]
        for number, item in enumerate(items, start=1):
            tick = "x" if item.get("done") else " "
            carried = " (carried over)" if item.get("carried_from_uuid") else ""
            out.append(
                f"{number}. [{tick}] {_inline(item['title'])} — {item['kind']}, {item['owner']}, "
                f"{item['time_box_minutes']} min{carried}"
            )
            for label, key in (("Shared notes", "shared_notes"), ("Outcome", "outcome")):
                if _text(item.get(key)):
                    out.append(_indented(f"{label}: {_text(item[key])}"))
        if items:
            out.append("")
        out += _paragraph("Summary", meeting.get("summary"))
    return out


def _actions(index: _Index, rel: str) -> list[str]:
    rows = index.children("action_item", "relationship_uuid", rel, order=("created_at", "uuid"))
    out = ["### Actions", ""]
    if not rows:
        return [*out, "_No actions yet._", ""]
    for action in rows:
        tick = "x" if action["status"] == "done" else " "
        due = f", due {_inline(action['due_date'])}" if action.get("due_date") else ""
        goal = index.title("goal", action.get("goal_uuid"), "title")
        line = f"- [{tick}] {_inline(action['what'])} ({action['owner']}, {action['status']}{due})"
        out.append(line + (f" — for goal “{goal}”" if goal else ""))
        if _text(action.get("impact_note")):
            out.append(_indented(f"Impact: {_text(action['impact_note'])}", "  "))
    return [*out, ""]


def _acknowledgements(index: _Index, rel: str) -> list[str]:
    rows = index.children("acknowledgement", "relationship_uuid", rel, order=("created_at", "uuid"))
    if not rows:
        return []
    out = ["### Acknowledgements", ""]
    for ack in rows:
        about = index.title("action_item", ack.get("action_uuid"), "what") or index.title(
            "goal", ack.get("goal_uuid"), "title"
        )
        suffix = f" (about “{about}”)" if about else ""
        out.append(f"- {_when(ack['created_at'])}: {_inline(ack['body'])}{suffix}")
    return [*out, ""]


def _checkins(index: _Index, rel: str) -> list[str]:
    rows = index.children("checkin", "relationship_uuid", rel, order=("held_on", "uuid"))
    if not rows:
        return []
    out = ["### Check-ins", ""]
    for checkin in rows:
        out += [f"#### {_inline(checkin['held_on'])}", ""]
        answers = index.children(
            "checkin_answer", "checkin_uuid", str(checkin["uuid"]), order=("side", "question")
        )
        for answer in answers:
            if answer.get("skipped"):
                verdict = "skipped"
            else:
                rating = (
                    f"{answer['rating']}/5" if answer.get("rating") is not None else "no rating"
                )
                sentence = _inline(answer.get("sentence"))
                verdict = rating + (f" — “{sentence}”" if sentence else "")
            out.append(f"- {answer['side']} · {_inline(answer['question'])}: {verdict}")
        out.append("")
    return out


def _private(index: _Index, rel: str) -> list[str]:
    out = [f"### {PRIVATE_HEADING}", ""]
    notes: list[str] = []
    for cand in index.children(
        "mentor_candidate", "relationship_uuid", rel, order=("created_at", "uuid")
    ):
        if _text(cand.get("private_notes")):
            notes.append(f"- Candidate {_inline(cand['name'])}: {_inline(cand['private_notes'])}")
    for meeting in index.children("meeting", "relationship_uuid", rel, order=("starts_at", "uuid")):
        for note in index.children("meeting_private_note", "meeting_uuid", str(meeting["uuid"])):
            if _text(note.get("body")):
                notes.append(f"- Meeting {_when(meeting['starts_at'])}:")
                notes.append(_indented(_text(note["body"]), "  "))
    for action in index.children(
        "action_item", "relationship_uuid", rel, order=("created_at", "uuid")
    ):
        if _text(action.get("private_note")):
            notes.append(f"- Action “{_inline(action['what'])}”: {_inline(action['private_note'])}")
    for checkin in index.children("checkin", "relationship_uuid", rel, order=("held_on", "uuid")):
        if _text(checkin.get("private_note")):
            notes.append(
                f"- Check-in {_inline(checkin['held_on'])}: {_inline(checkin['private_note'])}"
            )
    out += [*notes, ""] if notes else ["_No private notes._", ""]
    reflections = index.children(
        "reflection", "relationship_uuid", rel, order=("created_at", "uuid")
    )
    out += ["#### Journal", ""]
    if not reflections:
        return [*out, "_No reflections._", ""]
    for entry in reflections:
        tags = sorted(
            _inline(t["tag"])
            for t in index.children("reflection_tag", "reflection_uuid", str(entry["uuid"]))
        )
        out += [
            f"##### {_when(entry['created_at'])}" + (f" — {', '.join(tags)}" if tags else ""),
            "",
        ]
        if _text(entry.get("prompt")):
            out += [f"_{_inline(entry['prompt'])}_", ""]
        out += [_text(entry.get("body")), ""]
    return out
