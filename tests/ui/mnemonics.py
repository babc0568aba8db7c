"""Alt-mnemonics a window offers at one moment, and the ones offered twice.

A mnemonic counts where Qt would act on it: a visible button's text, a visible label with a
buddy, a visible group box title, a visible tab, and the window's menu bar titles. Two of them
on one letter make Alt+letter do only one thing (or cycle), and the user's typing goes astray.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str:
    """The letter after a single '&' ("" when none), lower case."""
    sequence = QKeySequence.mnemonic(text)
    if sequence.isEmpty():
        return ""
    return sequence.toString().rsplit("+", 1)[-1].lower()


def _offered(window: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []

    def shown(widget: QWidget) -> bool:
        return widget.isVisibleTo(window) and widget.window() is window

    for widget in window.findChildren(QWidget):
        if not shown(widget):
            continue
        if isinstance(widget, QAbstractButton):
            found.append((widget.text(), type(widget).__name__))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((widget.text(), "QLabel"))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), "QGroupBox"))
        elif isinstance(widget, QTabBar):
            found += [(widget.tabText(i), "tab") for i in range(widget.count())]
    if isinstance(window, QMainWindow) and window.menuBar().isVisibleTo(window):
        found += [(a.text(), "menu") for a in window.menuBar().actions() if a.isVisible()]
    return found


def duplicate_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Letter → the texts that share it, for every letter used more than once."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text, kind in _offered(window):
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(f"{kind} {text!r}")
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}
