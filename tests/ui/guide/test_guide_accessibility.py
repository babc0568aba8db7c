"""Every step of the guided setup: named controls, one mnemonic per letter, keyboard reach."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QRadioButton, QScrollBar, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.privacy.access import data_access
from rmdesk.privacy.share_mode import PRIVATE_VISIBILITY
from rmdesk.store.vault import Vault
from rmdesk.ui.agreement.agreement_confirm_dialog import AgreementConfirmDialog
from rmdesk.ui.guide.guided_start import PAGE_READY, PAGE_WHO, GuidedStart
from rmdesk.ui.guide.help_dialogs import AboutDialog, GuideDialog, ShortcutsDialog
from tests.ui.test_accessibility import INTERACTIVE, unnamed_interactive_widgets

_MNEMONIC = re.compile(r"&([^&])")


def mnemonics(root: QWidget) -> list[str]:
    letters = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found = _MNEMONIC.search(widget.text().replace("&&", ""))
            if found:
                letters.append(found.group(1).casefold())
    return letters


def every_page(wizard: GuidedStart) -> Iterator[int]:
    """Walk the wizard forward (as Next would), yielding each page once it is shown."""
    wizard.show()
    while True:
        yield wizard.currentId()
        if wizard.currentId() == PAGE_READY:
            return
        if wizard.currentId() == PAGE_WHO:
            wizard.pages[PAGE_WHO].other_edit.setText("Mo Reyes")  # type: ignore[attr-defined]
        wizard.next()


@pytest.mark.parametrize("mentor", [False, True])
def test_every_step_names_its_controls_and_has_unique_mnemonics(
    qtbot: QtBot, vault: Vault, mentor: bool
) -> None:
    wizard = GuidedStart(
        data_access(vault.db, PRIVATE_VISIBILITY), None, AgreementConfirmDialog.ask
    )
    qtbot.addWidget(wizard)
    seen = []
    for page_id in every_page(wizard):
        if page_id == 0 and mentor:
            wizard.pages[0].mentor_radio.setChecked(True)  # type: ignore[attr-defined]
        seen.append(page_id)
        assert unnamed_interactive_widgets(wizard) == [], page_id
        letters = mnemonics(wizard)
        assert len(letters) == len(set(letters)), (page_id, sorted(letters))
        for widget in wizard.currentPage().findChildren(QWidget):
            if isinstance(widget, QRadioButton | QScrollBar):
                continue  # radio groups: Tab reaches the chosen one, arrows the rest
            if isinstance(widget, INTERACTIVE) and widget.isVisibleTo(wizard):
                assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    assert seen == list(range(PAGE_READY + 1))
    wizard.reject()


def test_help_dialogs_name_every_control(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    for dialog in (
        GuideDialog(window),
        ShortcutsDialog(window),
        AboutDialog(Path("/data"), window),
    ):
        dialog.show()
        assert unnamed_interactive_widgets(dialog) == [], dialog
        letters = mnemonics(dialog)
        assert len(letters) == len(set(letters)), dialog
        dialog.close()
