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
from rmdesk.export.document_style import ENGLISH, DocumentStyle
from rmdesk.export.ics import event_title
from rmdesk.export.markdown_text import literal_block, literal_inline
from rmdesk.privacy.display_text import neutralise, party_name

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def unencrypted_note(document: DocumentStyle = ENGLISH) -> str:
    return document.translate(
        "MeetingSummaryExport",
        "This summary holds the shared parts of the meeting only (no private notes). "
        "It is not encrypted: keep it somewhere safe.",
    )


def kind_name(kind: AgendaKind, document: DocumentStyle = ENGLISH) -> str:
    names = {
        AgendaKind.TOPIC: document.translate("MeetingSummaryExport", "Topic"),
        AgendaKind.QUESTION: document.translate("MeetingSummaryExport", "Question"),
        AgendaKind.ASSUMPTION: document.translate(
            "MeetingSummaryExport", "Assumption to challenge"
        ),
    }
    return names[kind]


def status_name(status: MeetingStatus, document: DocumentStyle = ENGLISH) -> str:
    names = {
        MeetingStatus.PLANNED: document.translate("MeetingSummaryExport", "planned"),
        MeetingStatus.HELD: document.translate("MeetingSummaryExport", "held"),
        MeetingStatus.CANCELLED: document.translate("MeetingSummaryExport", "cancelled"),
    }
    return names[status]


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    relationship: Relationship
    meeting: Meeting
    items: tuple[AgendaItem, ...]
    actions: tuple[ActionItem, ...]
    tz: tzinfo
    document: DocumentStyle = ENGLISH  # the reader's language and date format

    @classmethod
    def of(
        cls,
        relationship: Relationship,
        meeting: Meeting,
        items: Sequence[AgendaItem],
        actions: Sequence[ActionItem],
        tz: tzinfo,
        document: DocumentStyle = ENGLISH,
    ) -> MeetingSummary:
        ordered = tuple(sorted(items, key=lambda i: (i.position, i.id or 0)))
        return cls(relationship, meeting, ordered, tuple(actions), tz, document)

    def person(self, role: Role) -> str:
        name = party_name(self.relationship, role)
        translate = self.document.translate
        if role is Role.LEADER:
            if name:
                return translate("MeetingSummaryExport", "{0} (leader)").format(name)
            return translate("MeetingSummaryExport", "Leader")
        if name:
            return translate("MeetingSummaryExport", "{0} (mentor)").format(name)
        return translate("MeetingSummaryExport", "Mentor")

    def when(self) -> str:
        start = self.meeting.starts_at.astimezone(self.tz)
        end = start + timedelta(minutes=self.meeting.minutes)
        day = self.document.day_and_clock(start)
        return f"{day}–{self.document.clock(end)} ({start.tzname()})"


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
    translate = s.document.translate
    state = (
        translate("MeetingSummaryExport", "done")
        if item.done
        else translate("MeetingSummaryExport", "not finished")
    )
    minutes = translate("MeetingSummaryExport", "{0} min").format(
        s.document.number(item.time_box_minutes)
    )
    return f"{kind_name(item.kind, s.document)} · {s.person(item.owner)} · {minutes} · {state}"


def _render(s: MeetingSummary, style: _Style, *, file_note: bool = True) -> list[str]:
    translate = s.document.translate
    title = translate("MeetingSummaryExport", "Meeting summary — {0}")
    out = style.heading(1, title.format(style.inline(event_title(s.relationship, s.document))))
    when = translate("MeetingSummaryExport", "When:")
    out += [f"{style.bold(when)} {s.when()}, {status_name(s.meeting.status, s.document)}", ""]
    if s.meeting.learning_intent.strip():
        out += style.heading(2, translate("MeetingSummaryExport", "Learning intent"))
        out += [style.block(s.meeting.learning_intent), ""]
    if s.meeting.summary.strip():
        out += style.heading(2, translate("MeetingSummaryExport", "In a few words"))
        out += [style.block(s.meeting.summary), ""]
    out += style.heading(2, translate("MeetingSummaryExport", "What we discussed"))
    if not s.items:
        out += [translate("MeetingSummaryExport", "No agenda items."), ""]
    for number, item in enumerate(s.items, start=1):
        out += style.heading(3, f"{number}. {style.inline(item.title)}")
        out += [_item_line(s, item), ""]
        if item.shared_notes.strip():
            notes = translate("MeetingSummaryExport", "Notes:")
            out += [style.bold(notes), "", style.block(item.shared_notes), ""]
        if item.outcome.strip():
            concluded = translate("MeetingSummaryExport", "Concluded:")
            out += [style.bold(concluded), "", style.block(item.outcome), ""]
    for kind, heading in (
        (AgendaKind.QUESTION, translate("MeetingSummaryExport", "Questions raised")),
        (AgendaKind.ASSUMPTION, translate("MeetingSummaryExport", "Assumptions challenged")),
    ):
        chosen = [i for i in s.items if i.kind is kind]
        if chosen:
            out += style.heading(2, heading)
            out += [_bullet(style, i.title, i.outcome) for i in chosen]
            out.append("")
    decided = [i for i in s.items if i.outcome.strip()]
    if decided:
        out += style.heading(2, translate("MeetingSummaryExport", "Decisions and outcomes"))
        out += [_bullet(style, i.title, i.outcome) for i in decided]
        out.append("")
    out += style.heading(2, translate("MeetingSummaryExport", "Actions agreed"))
    if not s.actions:
        out += [translate("MeetingSummaryExport", "None."), ""]
    for action in s.actions:
        due = (
            translate("MeetingSummaryExport", ", by {0}").format(s.document.day(action.due_date))
            if action.due_date
            else ""
        )
        out.append(f"- {style.inline(action.what)} — {s.person(action.owner)}{due}")
    if file_note:
        out += ["", unencrypted_note(s.document)]
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
    day = summary.document.day(summary.meeting.starts_at.astimezone(summary.tz).date())
    return f"{event_title(summary.relationship, summary.document)} — {day}"
