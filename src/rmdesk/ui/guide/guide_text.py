"""The in-app guide: short, in our own words, and only what the code does today.

Every heading and paragraph is its own translatable string (context "Guide"), so a
translator works on it in Qt Linguist with the rest of the app, one short unit at a time,
and a language without a translation falls back to English paragraph by paragraph. The
markup is built here and never sits inside a string, so a translation cannot break it; each
translated string is escaped before it becomes HTML.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from rmdesk.domain.sections import Section
from rmdesk.ui.kit.sections import section_title

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Block:
    """One heading and what follows it: paragraphs, then an optional list of points, each
    point a (term, explanation) pair ("" for no term). Commands are shown as code."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    points: tuple[tuple[str, str], ...] = ()
    commands: tuple[tuple[str, str], ...] = ()


def _sections_block() -> Block:
    return Block(
        translate("Guide", "The sections"),
        (translate("Guide", "Each relationship in the list on the left has the same sections."),),
        (
            (
                section_title(Section.OVERVIEW),
                translate(
                    "Guide",
                    "where you stand on the seven steps, the one thing to do next, the next "
                    "meeting and the open actions.",
                ),
            ),
            (
                section_title(Section.GOALS),
                translate(
                    "Guide",
                    "what you want to learn and why, how you will know it worked, and how far "
                    "you have come. The mentor's own goals sit beside the leader's.",
                ),
            ),
            (
                section_title(Section.AGREEMENT),
                translate(
                    "Guide",
                    "the confidentiality agreement. Each of you confirms it by typing your "
                    "name; a changed text is a new version that needs both confirmations "
                    "again. Compare the short fingerprint with the other person's copy.",
                ),
            ),
            (
                section_title(Section.MEETINGS),
                translate(
                    "Guide",
                    "the schedule from your rhythm, agendas either of you can add to, and a "
                    "live session with a timer for the shared screen.",
                ),
            ),
            (
                section_title(Section.ACTIONS),
                translate(
                    "Guide",
                    "what you will try, where you tried it and what changed, ending in a "
                    "thank-you to the mentor and a letter they can keep.",
                ),
            ),
            (
                section_title(Section.PROGRESS),
                translate(
                    "Guide",
                    "check-ins every few meetings, rated by both of you, with charts and a "
                    "table of the same numbers.",
                ),
            ),
            (
                section_title(Section.REFLECTIONS),
                translate(
                    "Guide",
                    "your own journal, with prompts and search. Nobody else sees it, and it is "
                    "never shown in shared-screen mode.",
                ),
            ),
        ),
    )


def guide_blocks() -> tuple[Block, ...]:
    """The whole guide, translated, in reading order."""
    return (
        Block(
            translate("Guide", "What rmdesk is for"),
            (
                translate(
                    "Guide",
                    "rmdesk keeps one reverse-mentoring relationship, or several, in a single "
                    "encrypted file on this computer: why you meet, what you agreed, your "
                    "meetings, what you tried and what you learned. Nothing is sent anywhere.",
                ),
                translate(
                    "Guide",
                    "To set up a relationship step by step, choose Relationship → Guided "
                    "setup. You can leave the guided setup at any point; what you entered is "
                    "kept, and every step can be changed later.",
                ),
            ),
        ),
        _sections_block(),
        Block(
            translate("Guide", "Shared-screen mode and the panic key"),
            (
                translate(
                    "Guide",
                    "When you and your mentor look at one screen, in a video call or in the "
                    "same room, turn on shared-screen mode (View → Shared-screen mode, "
                    "Ctrl+Shift+S). F12 turns it on at once and asks nothing.",
                ),
                translate(
                    "Guide",
                    "In this mode rmdesk does not load anything private: not your reflections, "
                    "not the private notes on a meeting, not the list of mentor candidates "
                    "you considered, not the private parts of actions and check-ins. They are "
                    "not hidden or blurred; they are simply not read from the file. Any "
                    "dialog that is open closes first.",
                ),
                translate(
                    "Guide",
                    "Leaving shared-screen mode asks for the passphrase, so nobody else at "
                    "the screen can bring private content back.",
                ),
            ),
        ),
        Block(
            translate("Guide", "What is protected"),
            points=(
                (
                    "",
                    translate(
                        "Guide",
                        "Everything is in one file encrypted with your passphrase. The "
                        "passphrase is never stored, so it cannot be recovered if you forget "
                        "it.",
                    ),
                ),
                (
                    "",
                    translate(
                        "Guide",
                        "Ctrl+L locks rmdesk at once. It also locks itself after some minutes "
                        "without activity (Vault → Lock when idle) and when the computer "
                        "locks or goes to sleep, where the desktop reports it. Locking saves "
                        "what you typed, closes the file, empties the window and removes "
                        "from the clipboard anything you copied out of rmdesk.",
                    ),
                ),
                (
                    "",
                    translate(
                        "Guide",
                        "If an older copy of the vault file is put in place of the current "
                        "one, rmdesk says so when you unlock.",
                    ),
                ),
                (
                    "",
                    translate(
                        "Guide",
                        "Nothing about your content is written to the settings file or the "
                        "log, and rmdesk never uses the network.",
                    ),
                ),
            ),
        ),
        Block(
            translate("Guide", "What is not protected"),
            points=(
                ("", translate("Guide", "A program running as you while rmdesk is unlocked.")),
                ("", translate("Guide", "An administrator of this computer.")),
                ("", translate("Guide", "A camera or a person looking at your screen.")),
                (
                    "",
                    translate(
                        "Guide",
                        "Exports you save as PDF, Markdown, JSON or calendar files: they are "
                        "not encrypted, and rmdesk says so each time.",
                    ),
                ),
                (
                    "",
                    translate(
                        "Guide",
                        "A whole data folder put back from an older backup: rmdesk notices "
                        "an older vault file on its own, not a complete older folder.",
                    ),
                ),
                (
                    "",
                    translate(
                        "Guide",
                        "Sharing your whole desktop on Linux outside shared-screen mode: "
                        "turn the mode on before a call.",
                    ),
                ),
            ),
        ),
        Block(
            translate("Guide", "Backups"),
            (
                translate(
                    "Guide",
                    "A backup is an encrypted copy of the vault that opens with the same "
                    "passphrase. rmdesk checks every copy before it counts, and restoring one "
                    "checks it first and keeps the current vault as a copy in case you change "
                    "your mind.",
                ),
                translate(
                    "Guide",
                    "The Vault menu backs up now, restores a backup (after showing what it "
                    "holds), changes the passphrase, checks the vault, exports and imports. "
                    "With automatic backups on (Vault → Preferences), rmdesk writes one when "
                    "it locks or quits after a session with changes, keeping by default the newest "
                    "ten and one a week for eight weeks.",
                ),
                translate(
                    "Guide",
                    "The same works from a terminal, also while the app is closed and from a "
                    "scheduled task:",
                ),
            ),
            commands=(
                (
                    "rmdesk vault backup ~/rmdesk-backup.rmdesk",
                    translate("Guide", "one copy, into that file"),
                ),
                (
                    "rmdesk vault backup --rotate ~/rmdesk-backups --keep 14",
                    translate("Guide", "a dated copy in that folder, keeping the newest 14"),
                ),
                (
                    "rmdesk vault restore ~/rmdesk-backup.rmdesk",
                    translate("Guide", "put a copy back"),
                ),
            ),
        ),
        Block(
            translate("Guide", "Keys and help"),
            (
                translate(
                    "Guide",
                    "F1 opens this guide. Help → Keyboard shortcuts lists every key rmdesk "
                    "knows. Help → About rmdesk shows the version and where your data folder is.",
                ),
            ),
        ),
    )


def guide_html(blocks: Sequence[Block]) -> str:
    """The guide as simple HTML for a sealed browser: headings, paragraphs, lists, code."""
    parts: list[str] = []
    for block in blocks:
        parts.append(f"<h2>{html.escape(block.heading)}</h2>")
        parts.extend(f"<p>{html.escape(text)}</p>" for text in block.paragraphs)
        if block.points:
            items = []
            for term, text in block.points:
                lead = f"<b>{html.escape(term)}</b>: " if term else ""
                items.append(f"<li>{lead}{html.escape(text)}</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
        if block.commands:
            items = [
                f"<li><code>{html.escape(command)}</code> — {html.escape(text)}</li>"
                for command, text in block.commands
            ]
            parts.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(parts)


def guide_plain_text(blocks: Sequence[Block]) -> str:
    """The same words without markup (tests read this; so could a copy command)."""
    lines: list[str] = []
    for block in blocks:
        lines.append(block.heading)
        lines.extend(block.paragraphs)
        lines.extend(f"{term}: {text}" if term else text for term, text in block.points)
        lines.extend(f"{command} — {text}" for command, text in block.commands)
    return "\n".join(lines)
