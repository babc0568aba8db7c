"""The exchange without a terminal: the leader shares, the mentor opens the pack (a new
relationship, roles mirrored), adds an agenda item and a goal and shares back, the leader
opens that; differences settled in the dialog; a hand-made relationship merged into."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import AgendaItem, AgendaKind, Goal, Role
from rmdesk.services.exchange import agreement_fingerprint
from rmdesk.ui.exchange.conflict_dialog import MINE, THEIRS, ConflictDialog
from rmdesk.ui.exchange.open_pack_dialog import OpenPackDialog
from rmdesk.ui.exchange.share_dialog import ShareDialog
from rmdesk.ui.shell.main_window import MainWindow
from tests.ui.exchange.helpers import (
    WORDS,
    drive_all,
    leader_window,
    mentor_window,
    repos_of,
    wait_job,
)


def share(qtbot: QtBot, window: MainWindow, target: Path) -> str:
    seen: list[str] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, ShareDialog)
        proposed = dialog.words.text().split()
        assert len(proposed) == 6
        dialog.new_words_button.click()
        assert dialog.words.text().split() != proposed  # 67 bits: never the same twice
        dialog.words.setText(WORDS)
        dialog.target.set_path(target.with_suffix(""))  # the suffix is added
        dialog.write_button.click()
        seen.append(wait_job(qtbot, dialog))

    drive_all(qtbot, window.exchange_menu.share, steps)
    assert target.is_file()
    return seen[0]


def open_pack(
    qtbot: QtBot,
    window: MainWindow,
    source: Path,
    *more: object,
    into_existing: bool | None = None,
) -> tuple[str, str]:
    seen: list[str] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, OpenPackDialog)
        dialog.source.set_path(source)
        dialog.words.setText(WORDS)
        dialog.check_button.click()
        seen.append(wait_job(qtbot, dialog))
        if into_existing is not None:
            assert dialog.target_box.isVisible()
            (dialog.into_existing if into_existing else dialog.as_new).setChecked(True)
            seen[0] = wait_job(qtbot, dialog)
        else:
            assert not dialog.target_box.isVisible()
        assert dialog.take_button.isEnabled()
        dialog.take_button.click()
        seen.append(wait_job(qtbot, dialog))

    drive_all(qtbot, window.exchange_menu.open_pack, steps, *more)  # type: ignore[arg-type]
    return seen[0], seen[1]


def test_both_ways_then_differences_settled_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    leader = leader_window(qtbot, tmp_path / "leader")
    mentor = mentor_window(qtbot, tmp_path / "mentor")
    assert "Share with Leo Brandt" in leader.exchange_menu.share_action.text().replace("&", "")

    written = share(qtbot, leader, tmp_path / "for-leo.rmpack")
    assert "Wrote the pack for Leo Brandt" in written
    assert "goals" in written and "meetings" in written
    assert "Agreement fingerprint:" in written

    preview, done = open_pack(qtbot, mentor, tmp_path / "for-leo.rmpack")
    assert "A new relationship with Margaret Okafor would be created." in preview
    assert "goals added" in preview
    assert "Created the relationship with Margaret Okafor" in done
    assert "Your agreement matches Margaret Okafor's: fingerprint" in done
    repos = repos_of(mentor)
    (rel,) = repos.relationships.list_all()
    assert rel.my_role is Role.MENTOR and rel.other_name == "Margaret Okafor"
    assert rel.my_name == "Leo Brandt"
    # What never travels: none of the leader's private parts is in the mentor's vault.
    assert mentor.vault is not None
    for table in ("reflection", "meeting_private_note", "mentor_candidate"):
        assert mentor.vault.db.scalar(f"SELECT count(*) FROM {table}") == 0  # noqa: S608
    assert leader.vault is not None
    assert agreement_fingerprint(mentor.vault.db, rel.uuid) == agreement_fingerprint(
        leader.vault.db, rel.uuid
    )

    # The mentor prepares the next meeting and a goal of her own, and shares back.
    assert rel.id is not None
    meeting = repos.meetings.list_for_relationship(rel.id)[-1]
    assert meeting.id is not None
    repos.agenda_items.add(
        AgendaItem(meeting.id, Role.MENTOR, AgendaKind.QUESTION, "How do you pick tools?")
    )
    repos.goals.add(Goal(rel.id, "Lead a team workshop", owner=Role.MENTOR))
    mentor.reload_workspace()
    share(qtbot, mentor, tmp_path / "for-margaret.rmpack")
    _preview, done = open_pack(qtbot, leader, tmp_path / "for-margaret.rmpack")
    assert "Updated the relationship with Leo Brandt: 1 agenda item added, 1 goal added" in done
    assert "Your agreement matches Leo Brandt's" in done
    lrepos = repos_of(leader)
    (lrel,) = lrepos.relationships.list_all()
    assert lrel.id is not None
    assert "Lead a team workshop" in [g.title for g in lrepos.goals.list_for_relationship(lrel.id)]

    # Both change the same two goals before the next exchange: two differences.
    goals = {g.title: g for g in lrepos.goals.list_for_relationship(lrel.id)}
    first, second = sorted(t for t in goals if t != "Lead a team workshop")[:2]
    mgoals = {g.title: g for g in repos.goals.list_for_relationship(rel.id)}
    lrepos.goals.update(replace(goals[first], title="Leader's first"))
    lrepos.goals.update(replace(goals[second], title="Leader's second"))
    repos.goals.update(replace(mgoals[first], title="Mentor's first"))
    repos.goals.update(replace(mgoals[second], title="Mentor's second"))
    share(qtbot, mentor, tmp_path / "again.rmpack")

    def settle(dialog: QDialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        assert dialog.table.rowCount() == 2
        texts = [dialog.table.item(r, c).text() for r in range(2) for c in (1, 2)]
        assert any("Mentor's first" in t for t in texts)
        assert any("Leader's first" in t for t in texts)
        for row, conflict in enumerate(dialog.conflicts):
            theirs = conflict.theirs or {}
            dialog.choose(row, THEIRS if theirs.get("title") == "Mentor's first" else MINE)
        dialog.apply_button.click()

    _preview, done = open_pack(qtbot, leader, tmp_path / "again.rmpack", settle)
    assert "2 differences to settle" in done
    titles = {g.title for g in lrepos.goals.list_for_relationship(lrel.id)}
    assert {"Mentor's first", "Leader's second"} <= titles
    assert "Leader's first" not in titles and "Mentor's second" not in titles
    assert not leader.exchange_menu.resolve_action.isEnabled()
    assert leader.exchange_menu.resolve_action.text() == "Resolve di&fferences…"  # not "0"

    # The choices travel back: the mentor ends with the same goals and no difference.
    share(qtbot, leader, tmp_path / "settled.rmpack")
    _preview, done = open_pack(qtbot, mentor, tmp_path / "settled.rmpack")
    assert "difference" not in done
    assert {g.title for g in repos.goals.list_for_relationship(rel.id)} == titles


def test_a_hand_made_relationship_takes_the_pack_in(qtbot: QtBot, tmp_path: Path) -> None:
    leader = leader_window(qtbot, tmp_path / "leader")
    mentor = mentor_window(qtbot, tmp_path / "mentor", hand_made="Margaret Okafor")
    repos = repos_of(mentor)
    (hand_made,) = repos.relationships.list_all()
    assert hand_made.id is not None
    repos.goals.add(Goal(hand_made.id, "Her own goal from before", owner=Role.MENTOR))
    share(qtbot, leader, tmp_path / "for-leo.rmpack")

    def keep_hers(dialog: QDialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        dialog.choose(0, MINE)  # the relationship's details: she keeps hers
        dialog.apply_button.click()

    preview, done = open_pack(
        qtbot, mentor, tmp_path / "for-leo.rmpack", keep_hers, into_existing=True
    )
    assert "Your relationship with Margaret Okafor would change." in preview
    (rel,) = repos.relationships.list_all()  # one relationship, not two
    assert rel.id == hand_made.id and rel.purpose == "My own notes on why we meet"
    titles = {g.title for g in repos.goals.list_for_relationship(rel.id)}
    assert "Her own goal from before" in titles and len(titles) > 1
    assert "Updated the relationship with Margaret Okafor" in done

    # Her goal from before reaches the leader with her next pack.
    share(qtbot, mentor, tmp_path / "for-margaret.rmpack")
    _preview, done = open_pack(qtbot, leader, tmp_path / "for-margaret.rmpack")
    lrepos = repos_of(leader)
    (lrel,) = lrepos.relationships.list_all()
    assert lrel.id is not None
    assert "Her own goal from before" in {
        g.title for g in lrepos.goals.list_for_relationship(lrel.id)
    }
