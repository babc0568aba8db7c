"""The recognition letter: shared content of the period, vault text kept as text, 0600."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from rmdesk.domain.models import (
    Acknowledgement,
    ActionItem,
    ActionStatus,
    Cadence,
    Goal,
    Relationship,
    Role,
)
from rmdesk.export.markdown_text import literal_block as escape_markdown
from rmdesk.export.recognition_letter import (
    LetterWording,
    recognition_letter_markdown,
    select_for_period,
    write_markdown,
)
from rmdesk.store.errors import VaultError

REL = Relationship(
    my_role=Role.LEADER,
    my_name="Margaret Okafor",
    other_name="Leo Brandt",
    cadence=Cadence.BIWEEKLY,
    meeting_minutes=45,
    start_date=date(2025, 1, 6),
    id=1,
)
GOAL = Goal(relationship_id=1, title="Use AI assistants in my work", id=10)
TRIED = ActionItem(
    relationship_id=1,
    what="Draft the board update with an assistant",
    goal_id=10,
    status=ActionStatus.DONE,
    impact_note="It took an hour instead of a day",
    private_note="PRIVATE-canary-action",
    updated_at=datetime(2025, 3, 2, tzinfo=UTC),
    id=5,
)
APPLIED_ALONE = ActionItem(
    relationship_id=1,
    what="Open the review with the newest analyst",
    status=ActionStatus.DONE,
    impact_note="They proposed the dashboard change",
    updated_at=datetime(2025, 4, 2, tzinfo=UTC),
    id=6,
)
OPEN = ActionItem(relationship_id=1, what="Still open", id=7)


def ack(body: str, day: date, **links: int) -> Acknowledgement:
    return Acknowledgement(
        relationship_id=1,
        body=body,
        created_at=datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
        **links,  # type: ignore[arg-type]
    )


def letter(start: date, end: date, words: str = "") -> str:
    content = select_for_period(
        REL,
        [
            ack("Your walk-through changed how I prepare", date(2025, 3, 3), action_id=5),
            ack("Thank you for the candid feedback in May", date(2025, 5, 20)),
            ack("Outside the period", date(2024, 12, 1)),
        ],
        [TRIED, APPLIED_ALONE, OPEN],
        [GOAL],
        start,
        end,
        personal_words=words,
    )
    return recognition_letter_markdown(content)


def test_letter_holds_contributions_impact_period_and_words_but_no_private_note() -> None:
    text = letter(date(2025, 1, 1), date(2025, 6, 30), words="You made me a better leader")
    assert "Dear Leo Brandt," in text
    assert "From 2025-01-01 to 2025-06-30" in text
    assert "Your walk-through changed how I prepare" in text
    assert "Thank you for the candid feedback in May" in text
    assert "Outside the period" not in text
    assert "What I tried: Draft the board update with an assistant" in text
    assert "What changed: It took an hour instead of a day" in text
    assert "Goal: Use AI assistants in my work" in text  # through the linked action
    # An applied action with no acknowledgement still counts as impact.
    assert "What changed: They proposed the dashboard change" in text
    assert "Still open" not in text
    assert "You made me a better leader" in text
    assert text.rstrip().endswith("*")  # footer
    assert "Margaret Okafor" in text
    assert "PRIVATE-canary" not in text


def test_period_limits_both_acknowledgements_and_applied_actions() -> None:
    text = letter(date(2025, 5, 1), date(2025, 5, 31))
    assert "candid feedback in May" in text
    assert "walk-through" not in text
    assert "dashboard change" not in text
    empty = letter(date(2023, 1, 1), date(2023, 1, 31))
    assert "No acknowledgements were recorded in this period." in empty


def test_vault_text_cannot_become_markdown_structure() -> None:
    hostile = (
        "# Heading\n![x](file:///etc/passwd) [link](http://x) <b>bold</b> *em*\n- item\x1b[31m"
    )
    escaped = escape_markdown(hostile)
    assert "\n#" not in "\n" + escaped
    assert "![" not in escaped and "](" not in escaped.replace("\\]", "")
    assert "<b>" not in escaped
    assert "\x1b" not in escaped
    assert escaped.splitlines()[-1].startswith("\\-")
    wording = LetterWording(title="Dank", greeting="Liebe(r) {0},")
    content = select_for_period(REL, [], [], [], date(2025, 1, 1), date(2025, 1, 2))
    assert recognition_letter_markdown(content, wording=wording).startswith("# Dank\n")


def test_markdown_is_written_atomically_with_mode_0600(tmp_path: Path) -> None:
    target = tmp_path / "letter.md"
    write_markdown("# Hello\n", target)
    assert target.read_text(encoding="utf-8") == "# Hello\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["letter.md"]
    with pytest.raises(VaultError):
        write_markdown("x", tmp_path / "missing-folder" / "letter.md")
