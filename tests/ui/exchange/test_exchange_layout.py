"""The exchange dialogs fit the smallest supported window (1024x700), empty as they open and
full as they stand after the work: a written pack's summary, a preview with the question about
a hand-made relationship, two differences side by side."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from rmdesk.ui.exchange.conflict_dialog import ConflictDialog
from rmdesk.ui.exchange.open_pack_dialog import OpenPackDialog
from rmdesk.ui.exchange.share_dialog import ShareDialog
from rmdesk.ui.shell.main_window import SMALLEST_WINDOW, MainWindow
from tests.ui.exchange.helpers import (
    WORDS,
    drive_all,
    leader_window,
    mentor_window,
    repos_of,
    wait_job,
)
from tests.ui.exchange.test_exchange_flow import open_pack, share
from tests.ui.test_layout_fit import dialog_problems, inspect_dialog


def small(window: MainWindow) -> MainWindow:
    window.resize(SMALLEST_WINDOW)
    return window


@pytest.mark.parametrize("opener", ["share", "open_pack", "merge_copy", "resolve"])
def test_each_dialog_fits_as_it_opens(qtbot: QtBot, tmp_path: Path, opener: str) -> None:
    window = small(leader_window(qtbot, tmp_path / "leader"))
    problems = inspect_dialog(qtbot, getattr(window.exchange_menu, opener), SMALLEST_WINDOW)
    assert problems == [], "\n".join(problems)


def test_the_dialogs_fit_when_full(qtbot: QtBot, tmp_path: Path) -> None:
    leader = small(leader_window(qtbot, tmp_path / "leader"))
    mentor = small(mentor_window(qtbot, tmp_path / "mentor", hand_made="Margaret Okafor"))
    problems: list[str] = []

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, ShareDialog)
        dialog.words.setText(WORDS)
        dialog.target.set_path(tmp_path / "for-leo.rmpack")
        dialog.write_button.click()
        wait_job(qtbot, dialog)
        problems.extend(dialog_problems(dialog, SMALLEST_WINDOW))

    drive_all(qtbot, leader.exchange_menu.share, write)

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, OpenPackDialog)
        dialog.source.set_path(tmp_path / "for-leo.rmpack")
        dialog.words.setText(WORDS)
        dialog.check_button.click()
        wait_job(qtbot, dialog)
        assert dialog.target_box.isVisible()
        problems.extend(dialog_problems(dialog, SMALLEST_WINDOW))

    drive_all(qtbot, mentor.exchange_menu.open_pack, look)

    # Two goals changed on both sides: the differences side by side.
    mentor2 = small(mentor_window(qtbot, tmp_path / "mentor2"))
    open_pack(qtbot, mentor2, tmp_path / "for-leo.rmpack")
    lrepos, mrepos = repos_of(leader), repos_of(mentor2)
    rel_id = lrepos.relationships.list_all()[0].id
    mrel_id = mrepos.relationships.list_all()[0].id
    assert rel_id is not None and mrel_id is not None
    for repos, rid, who in ((lrepos, rel_id, "Margaret"), (mrepos, mrel_id, "Leo")):
        for goal in repos.goals.list_for_relationship(rid)[:2]:
            repos.goals.update(replace(goal, title=f"{goal.title}, as {who} now says it"))
    share(qtbot, mentor2, tmp_path / "back.rmpack")

    def look_at_differences(dialog: QDialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        assert dialog.table.rowCount() == 2
        problems.extend(dialog_problems(dialog, SMALLEST_WINDOW))

    open_pack(qtbot, leader, tmp_path / "back.rmpack", look_at_differences)
    assert problems == [], "\n".join(problems)
