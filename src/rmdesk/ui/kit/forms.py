"""Small pieces the action, acknowledgement and check-in dialogs share."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from rmdesk.domain.models import Goal
from rmdesk.privacy.display_text import one_line


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def name_buttons(buttons: QDialogButtonBox) -> None:
    """Standard buttons get an accessible name from their visible text."""
    for button in buttons.buttons():
        button.setAccessibleName(button.text().replace("&", ""))


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
