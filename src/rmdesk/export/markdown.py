"""A readable Markdown document of the whole vault, one section per relationship.

Built from domain objects read through the repositories, the same reads the app makes, so
the private columns are not even selected unless ``include_private``; private content then
goes under one clearly marked "Private" heading per relationship. Every text from the vault
is written literally (``export/markdown_text.py``): a title cannot become a heading, a link
or an image. The document is produced as a stream of chunks, so a journal of any length is
written without being held in memory twice.
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
from rmdesk.export.markdown_text import literal_block, literal_inline
from rmdesk.store.repositories import ReflectionFilter, Repositories

PRIVATE_HEADING = "PRIVATE — your own notes, not shared"
JOURNAL_PAGE = 256


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def _other(role: Role) -> Role:
    return Role.MENTOR if role is Role.LEADER else Role.LEADER


def _paragraph(label: str, text: str) -> list[str]:
    return [f"**{label}:**", "", literal_block(text), ""] if text.strip() else []


def _indented(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else "" for line in literal_block(text).splitlines())


def render(repos: Repositories, *, include_private: bool) -> Iterator[str]:
    """The document as chunks of text (each ends with a newline)."""
    scope = (
        "everything, including private notes and the journal"
        if include_private
        else "the shared parts only (no private notes, no journal)"
    )
    yield (
        "# rmdesk export\n\n"
        f"This document holds {scope}. It is **not encrypted**: keep it somewhere safe.\n\n"
    )
    relationships = sorted(repos.relationships.list_all(), key=lambda r: (r.start_date, r.uuid))
    if not relationships:
        yield "_No relationships yet._\n"
        return
    for relationship in relationships:
        yield from _relationship(repos, relationship, include_private=include_private)


def render_text(repos: Repositories, *, include_private: bool) -> str:
    return "".join(render(repos, include_private=include_private)).rstrip("\n") + "\n"


def _lines(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _relationship(
    repos: Repositories, rel: Relationship, *, include_private: bool
) -> Iterator[str]:
    assert rel.id is not None
    me = literal_inline(rel.my_name) or "Me"
    other = literal_inline(rel.other_name)
    out = [f"## {me} ({rel.my_role}) & {other} ({_other(rel.my_role)})", ""]
    out.append(f"- Status: {rel.status}")
    out.append(f"- Cadence: {rel.cadence}, {rel.meeting_minutes} min")
    out.append(f"- Started: {_day(rel.start_date)}")
    if rel.review_date is not None:
        out.append(f"- Review: {_day(rel.review_date)}")
    if rel.focus_areas:
        out.append(f"- Focus areas: {', '.join(literal_inline(a) for a in rel.focus_areas)}")
    out += ["", "### Purpose", "", literal_block(rel.purpose) or "_Not written yet._", ""]
    yield _lines(out)
    goals = repos.goals.list_for_relationship(rel.id)
    yield _lines(_goals(repos, goals))
    yield _lines(_agreement(repos, rel.id))
    yield from _meetings(repos, rel.id)
    titles = {g.id: g.title for g in goals}
    actions = repos.actions.list_for_relationship(rel.id, include_private=include_private)
    yield _lines(_actions(actions, titles))
    yield _lines(_acknowledgements(repos, rel.id, {a.id: a.what for a in actions}, titles))
    yield _lines(_checkins(repos, rel.id, include_private=include_private))
    if include_private:
        yield from _private(repos, rel.id, actions)


def _goals(repos: Repositories, goals: list[Goal]) -> list[str]:
    out = ["### Goals", ""]
    if not goals:
        return [*out, "_No goals yet._", ""]
    for number, goal in enumerate(sorted(goals, key=lambda g: (g.position, g.id or 0)), start=1):
        archived = ", archived" if goal.archived else ""
        out += [
            f"#### {number}. {literal_inline(goal.title)}",
            "",
            f"- Owner: {goal.owner} · Status: {goal.status}{archived} · Progress: {goal.progress}%",
            "",
        ]
        out += _paragraph("Why", goal.why)
        out += _paragraph("Success looks like", goal.success_measure)
        history = repos.goals.progress_history(goal.id) if goal.id is not None else []
        if history:
            out += ["**Progress log:**", ""]
            out += [
                f"- {_when(p.at)}: {p.progress}%"
                + (f" — {literal_inline(p.note)}" if p.note.strip() else "")
                for p in history
            ]
            out.append("")
    return out


def _agreement(repos: Repositories, rel_id: int) -> list[str]:
    versions = sorted(repos.agreements.list_versions(rel_id), key=lambda v: v.number)
    if not versions:
        return ["### Agreement", "", "_No agreement yet._", ""]
    out = ["### Agreement", ""]
    for version in versions:
        out += [
            f"#### Version {version.number} ({_when(version.created_at)})",
            "",
            f"Fingerprint (SHA-256): `{literal_inline(version.sha256)}`",
            "",
        ]
        for section in version.sections:
            out += [f"##### {literal_inline(section.title)}", "", literal_block(section.body), ""]
        out += ["**Confirmations:**", ""]
        if not version.confirmations:
            out.append("- none yet")
        for conf in sorted(version.confirmations, key=lambda c: c.party):
            matches = (
                "matches this version"
                if conf.sha256 == version.sha256
                else "DOES NOT match this version"
            )
            out.append(
                f"- {conf.party}: {literal_inline(conf.name)}, {_when(conf.confirmed_at)} "
                f"(fingerprint {matches})"
            )
        out.append("")
    return out


def _meetings(repos: Repositories, rel_id: int) -> Iterator[str]:
    meetings = repos.meetings.list_for_relationship(rel_id)
    if not meetings:
        yield _lines(["### Meetings", "", "_No meetings yet._", ""])
        return
    yield "### Meetings\n\n"
    for meeting in sorted(meetings, key=lambda m: (m.starts_at, m.uuid)):
        extra = ", extra" if meeting.is_extra else ""
        out = [
            f"#### {_when(meeting.starts_at)} — {meeting.status}{extra}, {meeting.minutes} min",
            "",
        ]
        out += _paragraph("Learning intent", meeting.learning_intent)
        items = repos.agenda_items.list_for_meeting(meeting.id) if meeting.id is not None else []
        if items:
            out += ["**Agenda:**", ""]
            for number, item in enumerate(items, start=1):
                out += _agenda_item(number, item)
            out.append("")
        out += _paragraph("Summary", meeting.summary)
        yield _lines(out)


def _agenda_item(number: int, item: AgendaItem) -> list[str]:
    tick = "x" if item.done else " "
    carried = " (carried over)" if item.carried_from_id is not None else ""
    lines = [
        f"{number}. [{tick}] {literal_inline(item.title)} — {item.kind}, {item.owner}, "
        f"{item.time_box_minutes} min{carried}"
    ]
    for label, text in (("Shared notes", item.shared_notes), ("Outcome", item.outcome)):
        if text.strip():
            lines.append(_indented(f"{label}: {text}", "   "))
    return lines


def _actions(actions: list[ActionItem], titles: Mapping[int | None, str]) -> list[str]:
    out = ["### Actions", ""]
    if not actions:
        return [*out, "_No actions yet._", ""]
    for action in sorted(actions, key=lambda a: (a.created_at, a.uuid)):
        tick = "x" if action.status is ActionStatus.DONE else " "
        due = f", due {_day(action.due_date)}" if action.due_date is not None else ""
        goal = titles.get(action.goal_id, "") if action.goal_id is not None else ""
        line = f"- [{tick}] {literal_inline(action.what)} ({action.owner}, {action.status}{due})"
        out.append(line + (f" — for goal “{literal_inline(goal)}”" if goal else ""))
        if action.impact_note.strip():
            out.append(_indented(f"Impact: {action.impact_note}", "  "))
    return [*out, ""]


def _acknowledgements(
    repos: Repositories,
    rel_id: int,
    actions: Mapping[int | None, str],
    goals: Mapping[int | None, str],
) -> list[str]:
    acks = repos.acknowledgements.list_for_relationship(rel_id)
    if not acks:
        return []
    out = ["### Acknowledgements", ""]
    for ack in sorted(acks, key=lambda a: (a.created_at, a.uuid)):
        about = (actions.get(ack.action_id, "") if ack.action_id is not None else "") or (
            goals.get(ack.goal_id, "") if ack.goal_id is not None else ""
        )
        suffix = f" (about “{literal_inline(about)}”)" if about else ""
        out.append(f"- {_when(ack.created_at)}: {literal_inline(ack.body)}{suffix}")
    return [*out, ""]


def _checkins(repos: Repositories, rel_id: int, *, include_private: bool) -> list[str]:
    checkins = repos.checkins.list_for_relationship(rel_id, include_private=include_private)
    if not checkins:
        return []
    out = ["### Check-ins", ""]
    for checkin in sorted(checkins, key=lambda c: (c.held_on, c.uuid)):
        out += [f"#### {_day(checkin.held_on)}", ""]
        for answer in sorted(checkin.answers, key=lambda a: (a.side, a.question)):
            if answer.skipped:
                verdict = "skipped"
            else:
                rating = f"{answer.rating}/5" if answer.rating is not None else "no rating"
                sentence = literal_inline(answer.sentence)
                verdict = rating + (f" — “{sentence}”" if sentence else "")
            out.append(f"- {answer.side} · {literal_inline(answer.question)}: {verdict}")
        out.append("")
    return out


def _private(repos: Repositories, rel_id: int, actions: list[ActionItem]) -> Iterator[str]:
    out = [f"### {PRIVATE_HEADING}", ""]
    notes: list[str] = []
    for cand in repos.mentor_candidates.list_for_relationship(rel_id, include_private=True):
        expertise = ", ".join(literal_inline(e) for e in cand.expertise)
        chosen = " — **chosen**" if cand.chosen else ""
        line = f"- Mentor candidate {literal_inline(cand.name)}{chosen}"
        line += f" ({expertise})" if expertise else ""
        line += f": {literal_inline(cand.private_notes)}" if cand.private_notes.strip() else ""
        notes.append(line)
    for meeting in sorted(
        repos.meetings.list_for_relationship(rel_id), key=lambda m: (m.starts_at, m.uuid)
    ):
        note = repos.private_meeting_notes.get(meeting.id) if meeting.id is not None else None
        if note is not None and note.body.strip():
            notes.append(f"- Meeting {_when(meeting.starts_at)}:")
            notes.append(_indented(note.body, "  "))
    for action in sorted(actions, key=lambda a: (a.created_at, a.uuid)):
        if action.private_note.strip():
            notes.append(
                f"- Action “{literal_inline(action.what)}”: {literal_inline(action.private_note)}"
            )
    for checkin in sorted(
        repos.checkins.list_for_relationship(rel_id, include_private=True),
        key=lambda c: (c.held_on, c.uuid),
    ):
        if checkin.private_note.strip():
            notes.append(
                f"- Check-in {_day(checkin.held_on)}: {literal_inline(checkin.private_note)}"
            )
    out += [*notes, ""] if notes else ["_No private notes._", ""]
    out += ["#### Journal", ""]
    yield _lines(out)
    yield from _journal(repos, rel_id)


def _journal(repos: Repositories, rel_id: int) -> Iterator[str]:
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
        yield "_No reflections._\n\n"
        return
    ids.reverse()
    for start in range(0, len(ids), JOURNAL_PAGE):
        entries = repos.reflections.get_many(ids[start : start + JOURNAL_PAGE])
        out: list[str] = []
        for entry in sorted(entries, key=lambda r: (r.created_at, r.id or 0)):
            tags = ", ".join(literal_inline(t) for t in sorted(entry.tags))
            out += [f"##### {_when(entry.created_at)}" + (f" — {tags}" if tags else ""), ""]
            if entry.prompt.strip():
                out += [f"_{literal_inline(entry.prompt)}_", ""]
            out += [literal_block(entry.body), ""]
        yield _lines(out)
