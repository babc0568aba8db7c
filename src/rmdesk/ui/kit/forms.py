"""Form pieces every room uses: dates to and from Qt, named buttons, editors, goal pickers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from rmdesk.privacy.display_text import one_line

if TYPE_CHECKING:
    from rmdesk.domain.models import Goal  # the lock screen's dialogs need no domain model


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def accessible_label(text: str) -> str:
    """A control's visible text as a screen reader should say it: no mnemonic marker
    ("&&" stays one "&"), no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def name_buttons(buttons: QDialogButtonBox) -> None:
    """Standard buttons get an accessible name from their visible text."""
    for button in buttons.buttons():
        button.setAccessibleName(accessible_label(button.text()))


def push_button(
    text: str,
    parent: QWidget,
    slot: Callable[[], object] | None = None,
    *,
    name: str | None = None,
) -> QPushButton:
    """A button named for screen readers (after its text unless ``name`` says more)."""
    button = QPushButton(text, parent)
    button.setAccessibleName(name if name is not None else accessible_label(text))
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    return button


def text_editor(
    parent: QWidget, name: str, placeholder: str = "", height: int = 70
) -> QPlainTextEdit:
    editor = QPlainTextEdit(parent)
    editor.setAccessibleName(name)
    editor.setPlaceholderText(placeholder)
    editor.setTabChangesFocus(True)
    editor.setMinimumHeight(height)
    return editor


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


def fill_goal_combo(
    combo: QComboBox, goals: Iterable[Goal], none_text: str, selected: int | None
) -> None:
    combo.clear()
    combo.addItem(none_text, None)
    for goal in goals:
        if goal.id is None:
            continue
        combo.addItem(one_line(goal.title, 80), goal.id)
        if goal.id == selected:
            combo.setCurrentIndex(combo.count() - 1)


def combo_id(combo: QComboBox) -> int | None:
    value = combo.currentData()
    return int(value) if value is not None else None
