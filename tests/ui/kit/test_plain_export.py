"""The one plain-export flow: the warning through exec(), Cancel by default, the suffix."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.ui.kit.plain_export import (
    PlainFormat,
    ask_save_path,
    confirm_plain_export,
    safe_file_name,
    unencrypted_warning,
)
from tests.ui.modal import click_button, when_modal


def test_the_warning_names_the_content_and_says_what_is_private() -> None:
    assert "The agreement" in unencrypted_warning("The agreement")
    assert "NOT encrypted" in unencrypted_warning("x")
    assert unencrypted_warning("x") != unencrypted_warning("x", includes_private=True)


def test_saving_needs_the_explicit_button(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []
    when_modal(click_button("Save unencrypted", seen))
    assert confirm_plain_export(parent, "The letter")
    assert seen and seen[0].startswith("The letter")


def test_enter_on_the_warning_cancels(qtbot: QtBot) -> None:
    # Cancel is the default button: a reflexive Enter writes nothing.
    parent = QWidget()
    qtbot.addWidget(parent)

    def press_enter(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    when_modal(press_enter)
    assert not confirm_plain_export(parent, "The letter")


@pytest.mark.parametrize(
    ("typed", "kind", "expected"),
    [
        ("notes", PlainFormat.MARKDOWN, "notes.md"),
        ("notes.MD", PlainFormat.MARKDOWN, "notes.MD"),
        ("cal", PlainFormat.CALENDAR, "cal.ics"),
        ("letter.md", PlainFormat.PDF, "letter.md.pdf"),
    ],
)
def test_the_suffix_is_added_when_left_out(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, typed: str, kind: PlainFormat, expected: str
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / typed), ""))
    assert ask_save_path(None, "caption", "suggested", kind) == tmp_path / expected


def test_a_cancelled_path_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert ask_save_path(None, "caption", "suggested", PlainFormat.PDF) is None


def test_safe_file_names() -> None:
    assert safe_file_name("Letter for Ana/../x", "letter") == "Letter for Ana____x"
    assert safe_file_name("...", "letter") == "___"
    assert safe_file_name("  ", "letter") == "letter"
