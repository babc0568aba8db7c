"""Role-aware wording: in a relationship where I am the mentor, nothing on screen speaks to me
as the leader. The same walk as the leader finds those phrases, so the walk can see them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import Role
from rmdesk.paths import DataPaths
from rmdesk.privacy.share_mode import Section
from rmdesk.ui.actions.actions_view import ActionsView
from rmdesk.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.section_walk import demo_vault_as, demo_window, each_section
from tests.ui.walker import widget_strings

MENTOR_NAME = "Leo Brandt"  # the demo's mentor: the person at the desk in the mentor's copy

# Phrases only a leader should read (lower case; searched inside every visible text).
LEADER_ONLY = (
    "choose the right mentor",
    "pick someone whose knowledge",
    "tell my mentor",
    "your mentor",
    "their contribution made possible",
    f"tell {MENTOR_NAME.lower()}",
    "what do i want to learn",
    "learning from ",
)
# Whole texts only a leader should read (column headers and the like; demo content may
# contain the same words inside longer sentences).
LEADER_ONLY_EXACT = ("What I will try",)


RoleWindow = Callable[[Role], MainWindow]


@pytest.fixture
def window_as(qtbot: QtBot, data_paths: DataPaths) -> Iterator[RoleWindow]:
    windows: list[MainWindow] = []

    def make(role: Role) -> MainWindow:
        vault = demo_vault_as(data_paths.vault, PASSPHRASE, FAST_KDF, role)
        window = demo_window(data_paths, vault, PASSPHRASE, FAST_KDF)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.lock()


def visible_texts(window: MainWindow) -> dict[str, list[str]]:
    """Every text a person can see, per section: the window's own and the open view's."""
    found: dict[str, list[str]] = {}
    for section, view in each_section(window):
        texts: list[str] = []
        for widget in (window, *window.findChildren(QWidget)):
            if widget is window or widget.isVisibleTo(window):
                texts.extend(s for s in widget_strings(widget) if s)
        found[section.value] = texts
        assert view.isVisibleTo(window)
    return found


def leader_phrases(texts: dict[str, list[str]]) -> list[tuple[str, str]]:
    hits = []
    for section, strings in texts.items():
        for text in strings:
            lowered = text.lower()
            hits.extend((section, p) for p in LEADER_ONLY if p in lowered)
            hits.extend((section, p) for p in LEADER_ONLY_EXACT if text.replace("&", "") == p)
    return sorted(set(hits))


def test_the_mentor_is_never_spoken_to_as_the_leader(window_as: RoleWindow) -> None:
    window = window_as(Role.MENTOR)
    texts = visible_texts(window)
    assert leader_phrases(texts) == []
    # What fits a mentor instead.
    everything = "\n".join(t for strings in texts.values() for t in strings)
    assert "Mentoring Margaret Okafor" in everything
    assert "Acknowledgements received" in everything
    assert "What they will try" in everything


def test_the_same_walk_finds_the_leader_wording_in_the_leader_copy(window_as: RoleWindow) -> None:
    window = window_as(Role.LEADER)
    found = {phrase for _section, phrase in leader_phrases(visible_texts(window))}
    assert {"tell my mentor", "your mentor", "learning from ", "What I will try"} <= found


def test_the_mentors_dialogs_speak_to_the_mentor(qtbot: QtBot, window_as: RoleWindow) -> None:
    """The dialogs the mentor opens from Actions, opened the app's way (exec())."""
    window = window_as(Role.MENTOR)
    window.workspace.select_section(Section.ACTIONS)
    view = window.workspace.view
    assert isinstance(view, ActionsView)
    view.actions_table.selectRow(2)  # an open action: "Mark done" opens its dialog
    found: dict[str, list[str]] = {}

    def read_and_close(name: str) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, lambda: read_and_close(name))
            return
        texts = [
            s
            for w in (dialog, *dialog.findChildren(QWidget))
            if w.isVisibleTo(dialog)
            for s in widget_strings(w)
            if s
        ]
        found[name] = texts
        dialog.reject()

    for name, button in (
        ("letter", view.export_button),
        ("acknowledgement", view.add_ack_button),
        ("done", view.done_button),
    ):
        QTimer.singleShot(0, lambda n=name: read_and_close(n))
        button.click()
        qtbot.waitUntil(lambda n=name: n in found, timeout=5_000)
    assert leader_phrases(found) == []
    assert any("acknowledgements Margaret Okafor gave you" in t for t in found["letter"])
