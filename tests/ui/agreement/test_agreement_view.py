"""The agreement: draft, confirmation by both, a later edit that nobody confirmed, export."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.domain import agreement as rules
from rmdesk.domain.models import Cadence, Goal, Relationship, Role
from rmdesk.paths import DataPaths
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.agreement.agreement_confirm_dialog import AgreementConfirmDialog, same_name
from rmdesk.ui.agreement.agreement_view import PAGE_DRAFT, PAGE_EMPTY, PAGE_READ, AgreementView
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.modal import click_button, when_modal
from tests.ui.section_context import demo_vault, view_context
from tests.ui.test_accessibility import unnamed_interactive_widgets

__all__ = ["demo_vault"]  # the fixture, imported for pytest

LEADER, MENTOR = "Morgan Lee", "Priya Shah"
NEW_RULE = "We may tell our partners that we meet, never what we say."


@pytest.fixture
def new_vault(data_paths: DataPaths) -> Iterator[Vault]:
    """A relationship with a goal and no agreement yet."""
    vault = Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF)
    try:
        repos = Repositories.from_db(vault.db)
        relationship = repos.relationships.add(
            Relationship(
                my_role=Role.LEADER,
                my_name=LEADER,
                other_name=MENTOR,
                cadence=Cadence.MONTHLY,
                meeting_minutes=45,
                start_date=date(2026, 1, 5),
                purpose="Understand how new colleagues experience their first year.",
            )
        )
        assert relationship.id is not None
        repos.goals.add(Goal(relationship_id=relationship.id, title="Hear newcomers first"))
        yield vault
    finally:
        vault.close()


def open_view(qtbot: QtBot, vault: Vault, *, share_mode: bool = False) -> AgreementView:
    context, _calls = view_context(vault, share_mode=share_mode)
    view = AgreementView(context)
    qtbot.addWidget(view)
    view.resize(1100, 750)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


@pytest.fixture
def typed_names(monkeypatch: pytest.MonkeyPatch) -> list[Role]:
    """Each confirmation dialog answers with the recorded name, as the person would type it."""
    asked: list[Role] = []

    def ask(
        cls: type, parent: QWidget, party: Role, expected: str, number: int, fp: str
    ) -> str | None:
        asked.append(party)
        return expected.upper() if party is Role.MENTOR else expected

    monkeypatch.setattr(AgreementConfirmDialog, "ask", classmethod(ask))
    return asked


def test_draft_confirm_by_both_then_an_edit_is_not_covered_and_diffed(
    qtbot: QtBot, new_vault: Vault, typed_names: list[Role]
) -> None:
    view = open_view(qtbot, new_vault)
    assert view.pages.currentIndex() == PAGE_EMPTY
    view.template_button.click()
    assert view.pages.currentIndex() == PAGE_DRAFT
    bodies = view.draft_editor.body_edits()
    assert LEADER in bodies[0].toPlainText() and "Hear newcomers first" in bodies[0].toPlainText()
    assert not view.confirm_leader_button.isEnabled()  # nothing to confirm until saved
    qtbot.keyClick(
        view.draft_editor.title_edits()[0], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )

    versions = view._repo.list_versions(view._rel_id)
    assert [v.number for v in versions] == [1]
    first = versions[0]
    assert first.sha256 == rules.sha256_hex(first.sections)
    assert view.pages.currentIndex() == PAGE_READ
    assert view.text_view.isReadOnly()
    assert view.fingerprint_label.text() == rules.fingerprint(first.sha256)
    assert "waiting for confirmation by Morgan Lee and Priya Shah" in view.status_label.text()
    assert not view.export_pdf_button.isEnabled()

    view.confirm_leader_button.click()
    assert not view.confirm_leader_button.isEnabled()
    assert "✓ Leader: Morgan Lee" in view.confirmations_label.text()
    view.confirm_mentor_button.click()
    assert typed_names == [Role.LEADER, Role.MENTOR]
    assert "confirmed by both" in view.status_label.text()
    stored = view._repo.list_versions(view._rel_id)[0]
    assert {(c.party, c.sha256) for c in stored.confirmations} == {
        (Role.LEADER, first.sha256),
        (Role.MENTOR, first.sha256),
    }
    assert view.diff_box.isHidden()
    assert view.export_pdf_button.isEnabled()

    # A later edit is a new version that the earlier confirmations do not cover.
    view.edit_button.click()
    confidentiality = view.draft_editor.body_edits()[2]
    confidentiality.moveCursor(confidentiality.textCursor().MoveOperation.End)
    qtbot.keyClick(confidentiality, Qt.Key.Key_Return)
    qtbot.keyClicks(confidentiality, NEW_RULE)
    view.draft_editor.save_button.click()
    versions = view._repo.list_versions(view._rel_id)
    assert [v.number for v in versions] == [1, 2]
    assert versions[1].confirmations == ()
    assert "do not cover it" in view.status_label.text()
    assert "has not confirmed yet" in view.confirmations_label.text()
    assert view.fingerprint_label.text() == rules.fingerprint(versions[1].sha256)
    assert view.fingerprint_label.text() != rules.fingerprint(first.sha256)
    assert not view.diff_box.isHidden()
    assert "version 1" in view.diff_box.title()
    diff = view.diff_view.toPlainText().splitlines()
    assert f"+{NEW_RULE}" in diff
    assert view.confirm_leader_button.isEnabled()
    # Export still offers the version both confirmed, not the new one.
    assert "version 1" in view.export_pdf_button.toolTip()

    # Every version stays readable: the picker shows version 1, confirmed, read-only.
    view.version_combo.setCurrentIndex(view.version_combo.findData(1))
    assert "Version 1 is confirmed by both" in view.status_label.text()
    assert NEW_RULE not in view.text_view.toPlainText()
    assert not view.confirm_leader_button.isEnabled()


def test_a_draft_without_changes_is_not_a_new_version(qtbot: QtBot, demo_vault: Vault) -> None:
    view = open_view(qtbot, demo_vault)
    view.edit_button.click()
    assert view.save_draft() is False
    assert "same text as version 1" in view.draft_editor.error_label.text()
    view.draft_editor.discard_button.click()
    assert view.pages.currentIndex() == PAGE_READ
    assert len(view._repo.list_versions(view._rel_id)) == 1


def test_leaving_with_a_changed_draft_keeps_it_as_an_unconfirmed_version(
    qtbot: QtBot, demo_vault: Vault
) -> None:
    view = open_view(qtbot, demo_vault)
    view.edit_button.click()
    qtbot.keyClicks(view.draft_editor.body_edits()[0], "Typed before lunch. ")
    view.save_pending()
    versions = view._repo.list_versions(view._rel_id)
    assert len(versions) == 2 and versions[1].confirmations == ()
    assert "Typed before lunch." in versions[1].sections[0].body


def test_text_changed_behind_the_apps_back_is_a_clear_warning(
    qtbot: QtBot, demo_vault: Vault
) -> None:
    version = Repositories.from_db(demo_vault.db).agreements.list_versions(1)[0]
    sections = [{"key": s.key, "title": s.title, "body": s.body} for s in version.sections]
    sections[2]["body"] = "Anything may be shared with HR."
    demo_vault.db.execute(
        "UPDATE agreement_version SET sections = ? WHERE id = ?",
        (json.dumps(sections), version.id),
    )
    view = open_view(qtbot, demo_vault)
    assert view.tamper_label.isVisible()
    assert "changed outside rmdesk" in view.tamper_label.text()
    assert "cannot count as confirmed" in view.status_label.text()
    assert not view.confirm_leader_button.isEnabled()
    assert not view.confirm_mentor_button.isEnabled()
    assert not view.export_pdf_button.isEnabled()


def normalised_pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def test_export_pdf_after_the_warning_holds_names_and_fingerprint_mode_0600(
    qtbot: QtBot, demo_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ours"), "")
    )
    view = open_view(qtbot, demo_vault)
    warnings: list[str] = []
    when_modal(click_button("Save unencrypted", warnings))
    view.export_pdf_button.click()
    target = tmp_path / "ours.pdf"
    assert warnings and "NOT encrypted" in warnings[0]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = normalised_pdf_text(target)
    assert "Margaret Okafor" in text and "Leo Brandt" in text
    assert view.fingerprint_label.text() in text
    assert "UTC" in text

    when_modal(click_button("Save unencrypted"))
    view.export_markdown_button.click()
    markdown = (tmp_path / "ours.md").read_text("utf-8")
    assert stat.S_IMODE((tmp_path / "ours.md").stat().st_mode) == 0o600
    assert view.fingerprint_label.text() in markdown


def test_declining_the_warning_writes_nothing(
    qtbot: QtBot, demo_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_ask(*args: object, **kwargs: object) -> tuple[str, str]:
        raise AssertionError("asked for a path after the warning was declined")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", must_not_ask)
    view = open_view(qtbot, demo_vault)
    when_modal(click_button("Cancel"))
    view.export_pdf_button.click()
    assert list(tmp_path.glob("*.pdf")) == []


def test_confirm_dialog_accepts_only_the_recorded_name(qtbot: QtBot) -> None:
    assert same_name("  morgan   LEE ", "Morgan Lee")
    assert not same_name("Morgan", "Morgan Lee")
    assert not same_name("", "")
    dialog = AgreementConfirmDialog(Role.LEADER, "Morgan Lee", 3, "aaaa bbbb cccc dddd")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fingerprint_label.text() == "aaaa bbbb cccc dddd"
    qtbot.keyClicks(dialog.name_edit, "Morgan Leigh")
    dialog.confirm_button.click()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "not the name recorded" in dialog.error_label.text()
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, " morgan  lee")
    with qtbot.waitSignal(dialog.accepted):
        dialog.confirm_button.click()
    assert dialog.typed_name() == "morgan lee"


def test_confirm_dialog_without_a_recorded_name_says_what_to_do(qtbot: QtBot) -> None:
    dialog = AgreementConfirmDialog(Role.LEADER, "  ", 1, "aaaa bbbb cccc dddd")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.confirm_button.isEnabled()
    assert "Edit relationship" in dialog.prompt_label.text()


def test_agreement_view_and_dialog_name_every_control(qtbot: QtBot, new_vault: Vault) -> None:
    view = open_view(qtbot, new_vault)
    assert unnamed_interactive_widgets(view) == []  # empty state
    view.template_button.click()
    assert unnamed_interactive_widgets(view) == []  # draft
    view.save_draft()
    assert unnamed_interactive_widgets(view) == []  # reading
    dialog = AgreementConfirmDialog(Role.MENTOR, MENTOR, 1, "aaaa bbbb cccc dddd", view)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    dialog.reject()


def test_agreement_is_on_view_in_shared_screen_mode(qtbot: QtBot, demo_vault: Vault) -> None:
    view = open_view(qtbot, demo_vault, share_mode=True)
    assert view.pages.currentIndex() == PAGE_READ
    assert "confirmed by both" in view.status_label.text()
    assert unnamed_interactive_widgets(view) == []
