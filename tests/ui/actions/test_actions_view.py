"""The applied-learning ledger: action -> done with impact -> tell my mentor -> the letter."""

from __future__ import annotations

import re
import stat
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import ActionItem, ActionStatus, Cadence, Goal, Relationship, Role
from rmdesk.privacy.access import data_access
from rmdesk.privacy.clipboard import ClipboardPolicy
from rmdesk.privacy.share_mode import Visibility
from rmdesk.store.vault import Vault
from rmdesk.ui.actions import actions_view
from rmdesk.ui.actions.acknowledgement_letter_dialog import RecognitionLetterDialog
from rmdesk.ui.actions.action_dialog import ActionDialog
from rmdesk.ui.actions.action_done_dialog import ActionDoneDialog
from rmdesk.ui.actions.actions_view import ActionsView
from rmdesk.ui.kit.context import ViewContext
from tests.export.pdf_pages import assert_printable, ink, rendered_page

ACK_WORDS = "Your walk through of prompt writing halved my board paper time"
IMPACT = "Drafted the March board update with an assistant and caught two invented figures"


def make_context(vault: Vault, *, share_mode: bool = False) -> ViewContext:
    data = data_access(vault.db, Visibility(share_mode=share_mode))
    return ViewContext(
        data=data,
        relationship=data.shared.relationships.list_all()[0],
        navigate=lambda _section: None,
        clipboard=ClipboardPolicy(),
        edit_relationship=lambda: None,
    )


def seed_relationship(vault: Vault) -> tuple[int, int]:
    shared = data_access(vault.db, Visibility(share_mode=False)).shared
    rel = shared.relationships.add(
        Relationship(
            my_role=Role.LEADER,
            my_name="Margaret Okafor",
            other_name="Leo Brandt",
            cadence=Cadence.BIWEEKLY,
            meeting_minutes=45,
            start_date=date(2025, 1, 6),
        )
    )
    assert rel.id is not None
    goal = shared.goals.add(Goal(relationship_id=rel.id, title="Use AI assistants at work"))
    assert goal.id is not None
    return rel.id, goal.id


def driving(qtbot: QtBot, build: Callable[[], QWidget], act: Callable[[QWidget], None]) -> object:
    """Open a real dialog non-modally, let ``act`` use it like a person, return its result."""
    dialog = build()
    qtbot.addWidget(dialog)
    dialog.show()
    act(dialog)
    for name in ("result_action", "result_done", "result_ack", "result_request", "result_checkin"):
        if hasattr(dialog, name):
            return getattr(dialog, name)
    raise AssertionError("not one of our dialogs")


def test_action_done_with_impact_and_thanks_ends_in_the_recognition_letter(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rel_id, goal_id = seed_relationship(vault)
    view = ActionsView(make_context(vault))
    qtbot.addWidget(view)
    view.show()

    def fill_action(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        qtbot.keyClicks(dialog.what_edit, "Draft the board update with an AI assistant")
        dialog.goal_combo.setCurrentIndex(dialog.goal_combo.findData(goal_id))
        assert dialog.private_edit is not None
        qtbot.keyClicks(dialog.private_edit, "PRIVCANARY-letter")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    monkeypatch.setattr(
        ActionDialog,
        "ask",
        classmethod(
            lambda cls, parent, action, goals, **kw: driving(
                qtbot, lambda: cls(action, goals, parent=parent, **kw), fill_action
            )
        ),
    )
    with qtbot.waitSignal(view.actions_changed):
        view.new_button.click()
    assert view.actions_model.rowCount() == 1
    view.actions_table.selectRow(0)
    assert view.done_button.isEnabled()

    def finish(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDoneDialog)
        qtbot.keyClicks(dialog.impact_edit, IMPACT)
        dialog.tell_check.click()
        assert dialog.ack_edit.isEnabled()
        qtbot.keyClicks(dialog.ack_edit, ACK_WORDS)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    monkeypatch.setattr(
        ActionDoneDialog,
        "ask",
        classmethod(
            lambda cls, parent, action, **kw: driving(
                qtbot, lambda: cls(action, parent, **kw), finish
            )
        ),
    )
    with qtbot.waitSignal(view.actions_changed):
        view.done_button.click()

    shared = make_context(vault).data.shared
    [stored] = shared.actions.list_for_relationship(rel_id, include_private=True)
    assert stored.status is ActionStatus.DONE and stored.impact_note == IMPACT
    [ack] = shared.acknowledgements.list_for_relationship(rel_id)
    assert (ack.body, ack.action_id, ack.goal_id) == (ACK_WORDS, stored.id, goal_id)
    assert view.acks_model.rowCount() == 1
    assert "done, applied" in view.actions_model.data(
        view.actions_model.index(0, view.actions_model.COL_STATUS)
    )

    # The letter, first as Markdown, then as PDF; the unencrypted warning comes first.
    def letter_options(as_pdf: bool) -> Callable[[QWidget], None]:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, RecognitionLetterDialog)
            warning = dialog.findChild(QWidget, "unencryptedWarning")
            assert warning is not None and "NOT encrypted" in warning.text()  # type: ignore[attr-defined]
            (dialog.pdf_radio if as_pdf else dialog.markdown_radio).click()
            qtbot.keyClicks(dialog.words_edit, "Thank you for a generous year")
            dialog.save_button.click()

        return act

    for as_pdf, name in ((False, "letter.md"), (True, "letter.pdf")):
        target = tmp_path / name
        monkeypatch.setattr(
            RecognitionLetterDialog,
            "ask",
            classmethod(
                lambda cls, parent, first, today, pdf=as_pdf, **kw: driving(
                    qtbot, lambda: cls(first, today, parent, **kw), letter_options(pdf)
                )
            ),
        )
        monkeypatch.setattr(actions_view, "ask_letter_path", lambda *_a, t=target: t)
        with qtbot.waitSignal(view.letter_exported, timeout=10_000) as written:
            view.export_button.click()
        assert written.args == [target]
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        if as_pdf:
            text = " ".join(page.extract_text() for page in PdfReader(target).pages)
            assert_printable(target)
            drawn = ink(rendered_page(target, 1, tmp_path / "rendered.png"))
            assert drawn.right > 0.75, "the letter's lines run across the page"
        else:
            text = target.read_text(encoding="utf-8")
        # pypdf puts tabs between words and keeps the font's ligatures (ﬁ): normalise both.
        flat = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
        assert ACK_WORDS in flat
        assert IMPACT in flat
        assert "Thank you for a generous year" in flat
        assert "Leo Brandt" in flat
        assert "PRIVCANARY" not in flat
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("letter")) == [
        "letter.md",
        "letter.pdf",
    ]


def test_an_empty_action_is_refused_in_plain_words_and_nothing_is_lost(
    qtbot: QtBot, vault: Vault
) -> None:
    rel_id, _goal_id = seed_relationship(vault)
    dialog = ActionDialog(
        ActionItem(relationship_id=rel_id, what=""), [], include_private=True, today=date.today()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.impact_edit, "typed text stays")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result_action is None and dialog.isVisible()
    assert dialog.error_label.text() == "Please say what you will try."
    assert dialog.impact_edit.toPlainText() == "typed text stays"


def test_dropped_filter_and_delete_ask_first(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    rel_id, _goal = seed_relationship(vault)
    shared = make_context(vault).data.shared
    shared.actions.add(ActionItem(relationship_id=rel_id, what="Open one"))
    shared.actions.add(
        ActionItem(relationship_id=rel_id, what="Dropped one", status=ActionStatus.DROPPED)
    )
    view = ActionsView(make_context(vault))
    qtbot.addWidget(view)
    assert view.actions_model.rowCount() == 2
    view.filter_combo.setCurrentIndex(view.filter_combo.findData(ActionStatus.DROPPED.value))
    assert view.actions_model.rowCount() == 1
    view.actions_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "exec", lambda *_a: QMessageBox.StandardButton.No)
    view.delete_button.click()
    assert len(shared.actions.list_for_relationship(rel_id, include_private=False)) == 2
    monkeypatch.setattr(QMessageBox, "exec", lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.actions_changed):
        view.delete_button.click()
    assert [
        a.what for a in shared.actions.list_for_relationship(rel_id, include_private=False)
    ] == ["Open one"]
