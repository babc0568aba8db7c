"""A recognition letter the mentor can keep or show their own manager.

Built from shared content only: the acknowledgements the leader wrote, the actions they
link to (what was tried and what changed) and the goals they served, within a period, plus
the leader's own closing words typed for the letter. Private notes and reflections are
never read here: the functions take no argument that could carry them into the text
(``ActionItem.private_note`` is ignored by construction).

Text from the vault is written as text, not Markdown: control and bidi characters are
neutralised and Markdown syntax is escaped, so an acknowledgement cannot become a heading, a
link or an image (QTextDocument would try to load an image's URL when making the PDF).

The fixed wording comes in a :class:`LetterWording` so the UI can pass it translated; the
English default keeps this module free of Qt. Files are written atomically with mode 0600.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, tzinfo
from pathlib import Path

from rmdesk.domain.models import Acknowledgement, ActionItem, ActionStatus, Goal, Relationship
from rmdesk.export.markdown_text import literal_block
from rmdesk.store.files import write_bytes_atomic


@dataclass(frozen=True, slots=True)
class LetterWording:
    """Every fixed phrase of the letter; ``{0}``-style placeholders as noted."""

    title: str = "Recognition letter"
    greeting: str = "Dear {0},"  # the mentor's name
    intro: str = (
        "From {0} to {1} you mentored me. This letter records, in my own words, what your "
        "contributions changed."
    )  # period start, period end
    contributions_heading: str = "What your contributions changed"
    applied_heading: str = "What I put into practice"
    linked_action: str = "What I tried: {0}"
    linked_goal: str = "Goal: {0}"
    impact: str = "What changed: {0}"
    words_heading: str = "In my own words"
    closing: str = "With thanks,"
    no_contributions: str = "No acknowledgements were recorded in this period."
    footer: str = "Written with rmdesk. Shared content only; nothing private is included."


ENGLISH = LetterWording()


@dataclass(frozen=True, slots=True)
class LetterContent:
    """What goes into one letter (all of it shared content)."""

    relationship: Relationship
    acknowledgements: tuple[Acknowledgement, ...]
    actions: tuple[ActionItem, ...]
    goals: tuple[Goal, ...]
    period_start: date
    period_end: date
    personal_words: str = ""


def select_for_period(
    relationship: Relationship,
    acknowledgements: Iterable[Acknowledgement],
    actions: Iterable[ActionItem],
    goals: Iterable[Goal],
    period_start: date,
    period_end: date,
    *,
    personal_words: str = "",
    tz: tzinfo = UTC,
) -> LetterContent:
    """Acknowledgements written, and actions applied, within the period (both days
    included); every action and goal an acknowledgement links to is kept for its text."""
    acks = tuple(
        ack
        for ack in sorted(acknowledgements, key=lambda a: (a.created_at, a.id or 0))
        if period_start <= ack.created_at.astimezone(tz).date() <= period_end
    )
    all_actions = list(actions)
    linked = {ack.action_id for ack in acks if ack.action_id is not None}
    kept = tuple(
        action
        for action in all_actions
        if action.id in linked
        or (
            action.status is ActionStatus.DONE
            and action.impact_note.strip()
            and period_start <= action.updated_at.astimezone(tz).date() <= period_end
        )
    )
    return LetterContent(
        relationship=relationship,
        acknowledgements=acks,
        actions=kept,
        goals=tuple(goals),
        period_start=period_start,
        period_end=period_end,
        personal_words=personal_words,
    )


def recognition_letter_markdown(
    content: LetterContent,
    *,
    wording: LetterWording = ENGLISH,
    format_day: Callable[[date], str] = date.isoformat,
    tz: tzinfo = UTC,
) -> str:
    relationship = content.relationship
    actions = {a.id: a for a in content.actions if a.id is not None}
    goals = {g.id: g for g in content.goals if g.id is not None}
    out = [f"# {literal_block(wording.title)}", ""]
    out += [literal_block(wording.greeting.format(relationship.mentor_name)), ""]
    out += [
        literal_block(
            wording.intro.format(format_day(content.period_start), format_day(content.period_end))
        ),
        "",
        f"## {literal_block(wording.contributions_heading)}",
        "",
    ]
    if not content.acknowledgements:
        out += [literal_block(wording.no_contributions), ""]
    mentioned: set[int] = set()
    for ack in content.acknowledgements:
        day = format_day(ack.created_at.astimezone(tz).date())
        out += [f"### {literal_block(day)}", "", literal_block(ack.body), ""]
        action = actions.get(ack.action_id) if ack.action_id is not None else None
        goal_id = ack.goal_id if ack.goal_id is not None else (action.goal_id if action else None)
        goal = goals.get(goal_id) if goal_id is not None else None
        if action is not None:
            mentioned.add(ack.action_id or 0)
            out += _action_lines(action, wording)
        if goal is not None:
            out += [f"- {literal_block(wording.linked_goal.format(goal.title))}"]
        if action is not None or goal is not None:
            out.append("")
    applied = [a for a in content.actions if a.id not in mentioned and a.impact_note.strip()]
    if applied:
        out += [f"## {literal_block(wording.applied_heading)}", ""]
        for action in applied:
            out += _action_lines(action, wording)
        out.append("")
    if content.personal_words.strip():
        out += [
            f"## {literal_block(wording.words_heading)}",
            "",
            literal_block(content.personal_words),
            "",
        ]
    out += [literal_block(wording.closing), ""]
    if relationship.leader_name.strip():
        out += [literal_block(relationship.leader_name), ""]
    out += ["---", "", f"*{literal_block(wording.footer)}*", ""]
    return "\n".join(out)


def _action_lines(action: ActionItem, wording: LetterWording) -> list[str]:
    lines = [f"- {literal_block(wording.linked_action.format(action.what))}"]
    if action.impact_note.strip():
        lines.append(f"- {literal_block(wording.impact.format(action.impact_note))}")
    return lines


def write_markdown(markdown: str, target: Path) -> None:
    """Atomic, 0600; raises a VaultError subclass (disk full, read-only) on failure."""
    write_bytes_atomic(target, markdown.encode("utf-8"))


def write_pdf(markdown: str, target: Path, *, title: str) -> None:
    # Imported here so reading this module never loads Qt (the CLI and tests of the text).
    from rmdesk.export.pdf import markdown_to_pdf

    markdown_to_pdf(markdown, target, title=title)
