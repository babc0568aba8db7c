"""A readable Markdown document of the whole vault, one section per relationship.

Built from domain objects read through the repositories, the same reads the app makes, so
the private columns are not even selected unless ``include_private``; private content then
goes under one clearly marked "Private" heading per relationship. Every text from the vault
is written literally (``export/markdown_text.py``): a title cannot become a heading, a link
or an image. The document is produced as a stream of chunks, so a journal of any length is
written without being held in memory twice.

The fixed words come through a :class:`DocumentStyle` (the reader's language and date format,
passed in by the app); without one the document is English with ISO 8601 dates, as the
command line writes it. Times are in UTC either way, so two people's copies agree.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime

from rmdesk.domain.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Goal,
    Relationship,
    Role,
)
from rmdesk.domain.resources import load_checkin_questions
from rmdesk.export.document_style import ENGLISH, DocumentStyle
from rmdesk.export.markdown_text import literal_block, literal_inline
from rmdesk.export.markdown_words import (
    action_status_word,
    cadence_word,
    goal_status_word,
    kind_word,
    meeting_status_word,
    relationship_status_word,
    role_word,
)
from rmdesk.store.repositories import ReflectionFilter, Repositories

PRIVATE_HEADING = "PRIVATE — your own notes, not shared"  # the English heading
JOURNAL_PAGE = 256


def private_heading(style: DocumentStyle = ENGLISH) -> str:
    return style.translate("MarkdownExport", "PRIVATE — your own notes, not shared")


def _when(moment: datetime, style: DocumentStyle) -> str:
    utc = style.day_and_clock(moment.astimezone(UTC))
    return style.translate("MarkdownExport", "{0} UTC").format(utc)


def _day(day: date | None, style: DocumentStyle) -> str:
    return style.day(day) if day is not None else ""


def _other(role: Role) -> Role:
    return Role.MENTOR if role is Role.LEADER else Role.LEADER


def _paragraph(label: str, text: str) -> list[str]:
    """``label`` carries its own colon (French puts a space before it)."""
    return [f"**{label}**", "", literal_block(text), ""] if text.strip() else []


def _indented(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else "" for line in literal_block(text).splitlines())


def render(
    repos: Repositories, *, include_private: bool, style: DocumentStyle = ENGLISH
) -> Iterator[str]:
    """The document as chunks of text (each ends with a newline)."""
    scope = (
        style.translate("MarkdownExport", "everything, including private notes and the journal")
        if include_private
        else style.translate(
            "MarkdownExport", "the shared parts only (no private notes, no journal)"
        )
    )
    intro = style.translate(
        "MarkdownExport",
        "This document holds {0}. It is **not encrypted**: keep it somewhere safe.",
    )
    yield (
        "# "
        + style.translate("MarkdownExport", "rmdesk export")
        + "\n\n"
        + intro.format(scope)
        + "\n\n"
    )
    relationships = sorted(repos.relationships.list_all(), key=lambda r: (r.start_date, r.uuid))
    if not relationships:
        yield "_" + style.translate("MarkdownExport", "No relationships yet.") + "_\n"
        return
    for relationship in relationships:
        yield from _relationship(repos, relationship, include_private, style)


def render_text(
    repos: Repositories, *, include_private: bool, style: DocumentStyle = ENGLISH
) -> str:
    return "".join(render(repos, include_private=include_private, style=style)).rstrip("\n") + "\n"


def _lines(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _relationship(
    repos: Repositories, rel: Relationship, include_private: bool, style: DocumentStyle
) -> Iterator[str]:
    assert rel.id is not None
    me = literal_inline(rel.my_name) or style.translate("MarkdownExport", "Me")
    other = literal_inline(rel.other_name)
    my_role, other_role = role_word(rel.my_role, style), role_word(_other(rel.my_role), style)
    out = [f"## {me} ({my_role}) & {other} ({other_role})", ""]
    status = relationship_status_word(rel.status, style)
    out.append("- " + style.translate("MarkdownExport", "Status: {0}").format(status))
    out.append(
        "- "
        + style.translate("MarkdownExport", "Cadence: {0}, {1} min").format(
            cadence_word(rel.cadence, style), style.number(rel.meeting_minutes)
        )
    )
    out.append(
        "- " + style.translate("MarkdownExport", "Started: {0}").format(_day(rel.start_date, style))
    )
    if rel.review_date is not None:
        out.append(
            "- "
            + style.translate("MarkdownExport", "Review: {0}").format(_day(rel.review_date, style))
        )
    if rel.focus_areas:
        areas = ", ".join(literal_inline(a) for a in rel.focus_areas)
        out.append("- " + style.translate("MarkdownExport", "Focus areas: {0}").format(areas))
    not_written = "_" + style.translate("MarkdownExport", "Not written yet.") + "_"
    out += ["", "### " + style.translate("MarkdownExport", "Purpose"), ""]
    out += [literal_block(rel.purpose) or not_written, ""]
    yield _lines(out)
    goals = repos.goals.list_for_relationship(rel.id)
    yield _lines(_goals(repos, goals, style))
    yield _lines(_agreement(repos, rel.id, style))
    yield from _meetings(repos, rel.id, style)
    titles = {g.id: g.title for g in goals}
    actions = repos.actions.list_for_relationship(rel.id, include_private=include_private)
    yield _lines(_actions(actions, titles, style))
    yield _lines(_acknowledgements(repos, rel.id, {a.id: a.what for a in actions}, titles, style))
    yield _lines(_checkins(repos, rel.id, include_private, style))
    if include_private:
        yield from _private(repos, rel.id, actions, style)


def _goals(repos: Repositories, goals: list[Goal], style: DocumentStyle) -> list[str]:
    out = ["### " + style.translate("MarkdownExport", "Goals"), ""]
    if not goals:
        return [*out, "_" + style.translate("MarkdownExport", "No goals yet.") + "_", ""]
    for number, goal in enumerate(sorted(goals, key=lambda g: (g.position, g.id or 0)), start=1):
        archived = style.translate("MarkdownExport", ", archived") if goal.archived else ""
        line = style.translate(
            "MarkdownExport", "Owner: {0} · Status: {1}{2} · Progress: {3}%"
        ).format(
            role_word(goal.owner, style),
            goal_status_word(goal.status, style),
            archived,
            style.number(goal.progress),
        )
        out += [f"#### {number}. {literal_inline(goal.title)}", "", "- " + line, ""]
        out += _paragraph(style.translate("MarkdownExport", "Why:"), goal.why)
        out += _paragraph(
            style.translate("MarkdownExport", "Success looks like:"), goal.success_measure
        )
        history = repos.goals.progress_history(goal.id) if goal.id is not None else []
        if history:
            out += ["**" + style.translate("MarkdownExport", "Progress log:") + "**", ""]
            out += [
                f"- {_when(p.at, style)}: {style.number(p.progress)}%"
                + (f" — {literal_inline(p.note)}" if p.note.strip() else "")
                for p in history
            ]
            out.append("")
    return out


def _agreement(repos: Repositories, rel_id: int, style: DocumentStyle) -> list[str]:
    versions = sorted(repos.agreements.list_versions(rel_id), key=lambda v: v.number)
    heading = "### " + style.translate("MarkdownExport", "Agreement")
    if not versions:
        return [heading, "", "_" + style.translate("MarkdownExport", "No agreement yet.") + "_", ""]
    out = [heading, ""]
    for version in versions:
        title = style.translate("MarkdownExport", "Version {0} ({1})").format(
            style.number(version.number), _when(version.created_at, style)
        )
        fingerprint = style.translate("MarkdownExport", "Fingerprint (SHA-256): {0}").format(
            f"`{literal_inline(version.sha256)}`"
        )
        out += [f"#### {title}", "", fingerprint, ""]
        for section in version.sections:
            out += [f"##### {literal_inline(section.title)}", "", literal_block(section.body), ""]
        out += ["**" + style.translate("MarkdownExport", "Confirmations:") + "**", ""]
        if not version.confirmations:
            out.append("- " + style.translate("MarkdownExport", "none yet"))
        for conf in sorted(version.confirmations, key=lambda c: c.party):
            line = (
                style.translate(
                    "MarkdownExport", "{0}: {1}, {2} (fingerprint matches this version)"
                )
                if conf.sha256 == version.sha256
                else style.translate(
                    "MarkdownExport", "{0}: {1}, {2} (fingerprint DOES NOT match this version)"
                )
            )
            out.append(
                "- "
                + line.format(
                    role_word(conf.party, style),
                    literal_inline(conf.name),
                    _when(conf.confirmed_at, style),
                )
            )
        out.append("")
    return out


def _meetings(repos: Repositories, rel_id: int, style: DocumentStyle) -> Iterator[str]:
    meetings = repos.meetings.list_for_relationship(rel_id)
    heading = "### " + style.translate("MarkdownExport", "Meetings")
    if not meetings:
        yield _lines(
            [heading, "", "_" + style.translate("MarkdownExport", "No meetings yet.") + "_", ""]
        )
        return
    yield heading + "\n\n"
    for meeting in sorted(meetings, key=lambda m: (m.starts_at, m.uuid)):
        extra = style.translate("MarkdownExport", ", extra") if meeting.is_extra else ""
        title = style.translate("MarkdownExport", "{0} — {1}{2}, {3} min").format(
            _when(meeting.starts_at, style),
            meeting_status_word(meeting.status, style),
            extra,
            style.number(meeting.minutes),
        )
        out = [f"#### {title}", ""]
        out += _paragraph(
            style.translate("MarkdownExport", "Learning intent:"), meeting.learning_intent
        )
        items = repos.agenda_items.list_for_meeting(meeting.id) if meeting.id is not None else []
        if items:
            out += ["**" + style.translate("MarkdownExport", "Agenda:") + "**", ""]
            for number, item in enumerate(items, start=1):
                out += _agenda_item(number, item, style)
            out.append("")
        out += _paragraph(style.translate("MarkdownExport", "Summary:"), meeting.summary)
        yield _lines(out)


def _agenda_item(number: int, item: AgendaItem, style: DocumentStyle) -> list[str]:
    tick = "x" if item.done else " "
    carried = (
        style.translate("MarkdownExport", " (carried over)")
        if item.carried_from_id is not None
        else ""
    )
    details = style.translate("MarkdownExport", "{0}, {1}, {2} min").format(
        kind_word(item.kind, style),
        role_word(item.owner, style),
        style.number(item.time_box_minutes),
    )
    lines = [f"{number}. [{tick}] {literal_inline(item.title)} — {details}{carried}"]
    for label, text in (
        (style.translate("MarkdownExport", "Shared notes: {0}"), item.shared_notes),
        (style.translate("MarkdownExport", "Outcome: {0}"), item.outcome),
    ):
        if text.strip():
            lines.append(_indented(label.format(text), "   "))
    return lines


def _actions(
    actions: list[ActionItem], titles: Mapping[int | None, str], style: DocumentStyle
) -> list[str]:
    out = ["### " + style.translate("MarkdownExport", "Actions"), ""]
    if not actions:
        return [*out, "_" + style.translate("MarkdownExport", "No actions yet.") + "_", ""]
    for action in sorted(actions, key=lambda a: (a.created_at, a.uuid)):
        tick = "x" if action.status is ActionStatus.DONE else " "
        due = (
            style.translate("MarkdownExport", ", due {0}").format(_day(action.due_date, style))
            if action.due_date is not None
            else ""
        )
        goal = titles.get(action.goal_id, "") if action.goal_id is not None else ""
        state = f"{role_word(action.owner, style)}, {action_status_word(action.status, style)}"
        line = f"- [{tick}] {literal_inline(action.what)} ({state}{due})"
        for_goal = style.translate("MarkdownExport", " — for goal “{0}”").format(
            literal_inline(goal)
        )
        out.append(line + (for_goal if goal else ""))
        if action.impact_note.strip():
            impact = style.translate("MarkdownExport", "Impact: {0}").format(action.impact_note)
            out.append(_indented(impact, "  "))
    return [*out, ""]


def _acknowledgements(
    repos: Repositories,
    rel_id: int,
    actions: Mapping[int | None, str],
    goals: Mapping[int | None, str],
    style: DocumentStyle,
) -> list[str]:
    acks = repos.acknowledgements.list_for_relationship(rel_id)
    if not acks:
        return []
    out = ["### " + style.translate("MarkdownExport", "Acknowledgements"), ""]
    for ack in sorted(acks, key=lambda a: (a.created_at, a.uuid)):
        about = (actions.get(ack.action_id, "") if ack.action_id is not None else "") or (
            goals.get(ack.goal_id, "") if ack.goal_id is not None else ""
        )
        suffix = style.translate("MarkdownExport", " (about “{0}”)").format(literal_inline(about))
        line = f"- {_when(ack.created_at, style)}: {literal_inline(ack.body)}"
        out.append(line + (suffix if about else ""))
    return [*out, ""]


def _checkins(
    repos: Repositories, rel_id: int, include_private: bool, style: DocumentStyle
) -> list[str]:
    checkins = repos.checkins.list_for_relationship(rel_id, include_private=include_private)
    if not checkins:
        return []
    # The question's short name in the document's language; a key we do not know as stored.
    names = {(q.side, q.key): q.short_name for q in load_checkin_questions(style.language)}
    out = ["### " + style.translate("MarkdownExport", "Check-ins"), ""]
    for checkin in sorted(checkins, key=lambda c: (c.held_on, c.uuid)):
        out += [f"#### {_day(checkin.held_on, style)}", ""]
        for answer in sorted(checkin.answers, key=lambda a: (a.side, a.question)):
            if answer.skipped:
                verdict = style.translate("MarkdownExport", "skipped")
            else:
                rating = (
                    style.translate("MarkdownExport", "{0}/5").format(style.number(answer.rating))
                    if answer.rating is not None
                    else style.translate("MarkdownExport", "no rating")
                )
                sentence = literal_inline(answer.sentence)
                verdict = rating + (f" — “{sentence}”" if sentence else "")
            question = names.get((answer.side, answer.question), answer.question)
            side = role_word(answer.side, style)
            out.append(f"- {side} · {literal_inline(question)}: {verdict}")
        out.append("")
    return out


def _private(
    repos: Repositories, rel_id: int, actions: list[ActionItem], style: DocumentStyle
) -> Iterator[str]:
    out = [f"### {private_heading(style)}", ""]
    notes: list[str] = []
    for cand in repos.mentor_candidates.list_for_relationship(rel_id, include_private=True):
        expertise = ", ".join(literal_inline(e) for e in cand.expertise)
        chosen = style.translate("MarkdownExport", " — **chosen**") if cand.chosen else ""
        line = "- " + style.translate("MarkdownExport", "Mentor candidate {0}").format(
            literal_inline(cand.name)
        )
        line += chosen
        line += f" ({expertise})" if expertise else ""
        line += f": {literal_inline(cand.private_notes)}" if cand.private_notes.strip() else ""
        notes.append(line)
    for meeting in sorted(
        repos.meetings.list_for_relationship(rel_id), key=lambda m: (m.starts_at, m.uuid)
    ):
        note = repos.private_meeting_notes.get(meeting.id) if meeting.id is not None else None
        if note is not None and note.body.strip():
            when = _when(meeting.starts_at, style)
            notes.append("- " + style.translate("MarkdownExport", "Meeting {0}:").format(when))
            notes.append(_indented(note.body, "  "))
    for action in sorted(actions, key=lambda a: (a.created_at, a.uuid)):
        if action.private_note.strip():
            text = style.translate("MarkdownExport", "Action “{0}”: {1}")
            notes.append(
                "- " + text.format(literal_inline(action.what), literal_inline(action.private_note))
            )
    for checkin in sorted(
        repos.checkins.list_for_relationship(rel_id, include_private=True),
        key=lambda c: (c.held_on, c.uuid),
    ):
        if checkin.private_note.strip():
            text = style.translate("MarkdownExport", "Check-in {0}: {1}")
            notes.append(
                "- "
                + text.format(_day(checkin.held_on, style), literal_inline(checkin.private_note))
            )
    no_notes = "_" + style.translate("MarkdownExport", "No private notes.") + "_"
    out += [*notes, ""] if notes else [no_notes, ""]
    out += ["#### " + style.translate("MarkdownExport", "Journal"), ""]
    yield _lines(out)
    yield from _journal(repos, rel_id, style)


def _journal(repos: Repositories, rel_id: int, style: DocumentStyle) -> Iterator[str]:
    """Oldest first, a page at a time: only the ids of the whole journal are held."""
    filters = ReflectionFilter(relationship_id=rel_id)
    ids: list[int] = []
    page = repos.reflections.ids_page(limit=JOURNAL_PAGE, filters=filters)
    while True:
        ids.extend(page.ids)
        if page.next_key is None:
            break
        page = repos.reflections.ids_page(page.next_key, JOURNAL_PAGE, filters)
    if not ids:
        yield "_" + style.translate("MarkdownExport", "No reflections.") + "_\n\n"
        return
    ids.reverse()
    for start in range(0, len(ids), JOURNAL_PAGE):
        entries = repos.reflections.get_many(ids[start : start + JOURNAL_PAGE])
        out: list[str] = []
        for entry in sorted(entries, key=lambda r: (r.created_at, r.id or 0)):
            tags = ", ".join(literal_inline(t) for t in sorted(entry.tags))
            when = _when(entry.created_at, style)
            out += [f"##### {when}" + (f" — {tags}" if tags else ""), ""]
            if entry.prompt.strip():
                out += [f"_{literal_inline(entry.prompt)}_", ""]
            out += [literal_block(entry.body), ""]
        yield _lines(out)
