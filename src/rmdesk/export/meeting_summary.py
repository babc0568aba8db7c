"""After a meeting: what was discussed, what was concluded, what was agreed to do.

Built from shared content only — the functions take no private note and there is no way to
pass one — so the same text can be shown on a shared screen and exported. Two renderings of
one structure: Markdown for the file (and, through :mod:`rmdesk.export.pdf`, the PDF), and
plain text for the screen.

Vault text stays text: control and bidi characters are neutralised, one-line fields stay on
one line, and in Markdown the characters that would make a heading, list, link, emphasis or
table out of a note are escaped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta, tzinfo

from rmdesk.domain.models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Meeting,
    MeetingStatus,
    Relationship,
    Role,
)
from rmdesk.export.ics import event_title
from rmdesk.export.markdown_text import literal_block, literal_inline
from rmdesk.privacy.display_text import neutralise, party_name

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
UNENCRYPTED_NOTE = (
    "This summary holds the shared parts of the meeting only (no private notes). "
    "It is not encrypted: keep it somewhere safe."
)
KIND_NAMES = {
    AgendaKind.TOPIC: "Topic",
    AgendaKind.QUESTION: "Question",
    AgendaKind.ASSUMPTION: "Assumption to challenge",
}
STATUS_NAMES = {
    MeetingStatus.PLANNED: "planned",
    MeetingStatus.HELD: "held",
    MeetingStatus.CANCELLED: "cancelled",
}


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    relationship: Relationship
    meeting: Meeting
    items: tuple[AgendaItem, ...]
    actions: tuple[ActionItem, ...]
    tz: tzinfo

    @classmethod
    def of(
        cls,
        relationship: Relationship,
        meeting: Meeting,
        items: Sequence[AgendaItem],
        actions: Sequence[ActionItem],
        tz: tzinfo,
    ) -> MeetingSummary:
        ordered = tuple(sorted(items, key=lambda i: (i.position, i.id or 0)))
        return cls(relationship, meeting, ordered, tuple(actions), tz)

    def person(self, role: Role) -> str:
        name = party_name(self.relationship, role)
        label = "leader" if role is Role.LEADER else "mentor"
        return f"{name} ({label})" if name else label.capitalize()

    def when(self) -> str:
        start = self.meeting.starts_at.astimezone(self.tz)
        end = start + timedelta(minutes=self.meeting.minutes)
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M} ({start.tzname()})"


def _text(value: str) -> str:
    return _CONTROL.sub("\ufffd", value).strip()


def _inline(value: str) -> str:
    return " ".join(neutralise(value).split())


@dataclass(frozen=True, slots=True)
class _Style:
    inline: Callable[[str], str]
    block: Callable[[str], str]
    heading: Callable[[int, str], list[str]]
    bold: Callable[[str], str]


_MARKDOWN = _Style(
    inline=literal_inline,
    block=literal_block,
    heading=lambda level, text: ["#" * level + " " + text, ""],
    bold=lambda text: f"**{text}**",
)
_PLAIN = _Style(
    inline=_inline,
    block=_text,
    heading=lambda level, text: (
        [text, ("=" if level == 1 else "-") * min(60, len(text)), ""] if level <= 2 else [text]
    ),
    bold=lambda text: text,
)


def _item_line(s: MeetingSummary, item: AgendaItem) -> str:
    state = "done" if item.done else "not finished"
    return (
        f"{KIND_NAMES[item.kind]} · {s.person(item.owner)} · {item.time_box_minutes} min · {state}"
    )


def _render(s: MeetingSummary, style: _Style, *, file_note: bool = True) -> list[str]:
    out = style.heading(1, f"Meeting summary — {style.inline(event_title(s.relationship))}")
    out += [f"{style.bold('When:')} {s.when()}, {STATUS_NAMES[s.meeting.status]}", ""]
    if s.meeting.learning_intent.strip():
        out += style.heading(2, "Learning intent")
        out += [style.block(s.meeting.learning_intent), ""]
    if s.meeting.summary.strip():
        out += style.heading(2, "In a few words")
        out += [style.block(s.meeting.summary), ""]
    out += style.heading(2, "What we discussed")
    if not s.items:
        out += ["No agenda items.", ""]
    for number, item in enumerate(s.items, start=1):
        out += style.heading(3, f"{number}. {style.inline(item.title)}")
        out += [_item_line(s, item), ""]
        if item.shared_notes.strip():
            out += [style.bold("Notes:"), "", style.block(item.shared_notes), ""]
        if item.outcome.strip():
            out += [style.bold("Concluded:"), "", style.block(item.outcome), ""]
    for kind, title in (
        (AgendaKind.QUESTION, "Questions raised"),
        (AgendaKind.ASSUMPTION, "Assumptions challenged"),
    ):
        chosen = [i for i in s.items if i.kind is kind]
        if chosen:
            out += style.heading(2, title)
            out += [_bullet(style, i.title, i.outcome) for i in chosen]
            out.append("")
    decided = [i for i in s.items if i.outcome.strip()]
    if decided:
        out += style.heading(2, "Decisions and outcomes")
        out += [_bullet(style, i.title, i.outcome) for i in decided]
        out.append("")
    out += style.heading(2, "Actions agreed")
    if not s.actions:
        out += ["None.", ""]
    for action in s.actions:
        due = f", by {action.due_date.isoformat()}" if action.due_date else ""
        out.append(f"- {style.inline(action.what)} — {s.person(action.owner)}{due}")
    if file_note:
        out += ["", UNENCRYPTED_NOTE]
    return out


def _bullet(style: _Style, title: str, outcome: str) -> str:
    concluded = f" → {style.inline(outcome)}" if outcome.strip() else ""
    return f"- {style.inline(title)}{concluded}"


def summary_markdown(summary: MeetingSummary, *, file_note: bool = True) -> str:
    """The summary as Markdown; ``file_note`` adds the "not encrypted" line an exported
    file carries (not needed on screen)."""
    lines = _render(summary, _MARKDOWN, file_note=file_note)
    return "\n".join(lines).rstrip("\n") + "\n"


def summary_plain_text(summary: MeetingSummary) -> str:
    return "\n".join(_render(summary, _PLAIN)).rstrip("\n") + "\n"


def summary_title(summary: MeetingSummary) -> str:
    day = summary.meeting.starts_at.astimezone(summary.tz).date().isoformat()
    return f"{event_title(summary.relationship)} — {day}"
