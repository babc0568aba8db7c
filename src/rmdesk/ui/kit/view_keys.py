"""The keys each section view owns (beside the window's menu actions), declared once.

The views build their QActions from these entries and Help > Keyboard shortcuts lists the
same entries, so the list covers the keys of views that are not open and cannot drift from
what the keys really do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from rmdesk.domain.translation import QT_TRANSLATE_NOOP

CONTEXT = "ViewKeys"


@dataclass(frozen=True)
class ViewKeys:
    where: str  # source text in context "ViewKeys"
    what: str  # source text in context "ViewKeys"
    keys: tuple[str, ...]

    def where_text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.where)

    def what_text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.what)

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]

    def keys_text(self) -> str:
        """The keys as the desktop writes them (Ctrl+F, or Cmd+F on a Mac)."""
        return ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.sequences()
        )


GOALS = QT_TRANSLATE_NOOP("ViewKeys", "Purpose & Goals")
AGREEMENT = QT_TRANSLATE_NOOP("ViewKeys", "Agreement")
AGENDA = QT_TRANSLATE_NOOP("ViewKeys", "Meetings: the agenda list")
LIVE = QT_TRANSLATE_NOOP("ViewKeys", "Meetings: live session")
JOURNAL = QT_TRANSLATE_NOOP("ViewKeys", "Reflections")

GOAL_ADD = ViewKeys(GOALS, QT_TRANSLATE_NOOP("ViewKeys", "Add a goal"), ("Ctrl+Shift+N",))
GOAL_UP = ViewKeys(GOALS, QT_TRANSLATE_NOOP("ViewKeys", "Move the goal up"), ("Alt+Up",))
GOAL_DOWN = ViewKeys(GOALS, QT_TRANSLATE_NOOP("ViewKeys", "Move the goal down"), ("Alt+Down",))
GOAL_ARCHIVE = ViewKeys(
    GOALS, QT_TRANSLATE_NOOP("ViewKeys", "Archive or restore the goal"), ("Ctrl+Shift+A",)
)
GOAL_UNDO = ViewKeys(GOALS, QT_TRANSLATE_NOOP("ViewKeys", "Undo the last goal change"), ("Ctrl+Z",))
GOAL_REDO = ViewKeys(GOALS, QT_TRANSLATE_NOOP("ViewKeys", "Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"))
GOAL_SAVE = ViewKeys(GOALS, QT_TRANSLATE_NOOP("ViewKeys", "Save the goal"), ("Ctrl+S",))
AGREEMENT_SAVE = ViewKeys(
    AGREEMENT, QT_TRANSLATE_NOOP("ViewKeys", "Save the draft as a new version"), ("Ctrl+S",)
)
AGENDA_UP = ViewKeys(AGENDA, QT_TRANSLATE_NOOP("ViewKeys", "Move the item up"), ("Alt+Up",))
AGENDA_DOWN = ViewKeys(AGENDA, QT_TRANSLATE_NOOP("ViewKeys", "Move the item down"), ("Alt+Down",))
AGENDA_REMOVE = ViewKeys(AGENDA, QT_TRANSLATE_NOOP("ViewKeys", "Remove the item"), ("Del",))
LIVE_NEXT = ViewKeys(LIVE, QT_TRANSLATE_NOOP("ViewKeys", "Next item"), ("Alt+Right",))
LIVE_PREVIOUS = ViewKeys(LIVE, QT_TRANSLATE_NOOP("ViewKeys", "Previous item"), ("Alt+Left",))
LIVE_TIMER = ViewKeys(LIVE, QT_TRANSLATE_NOOP("ViewKeys", "Start or pause the timer"), ("Ctrl+T",))
LIVE_DONE = ViewKeys(LIVE, QT_TRANSLATE_NOOP("ViewKeys", "Item done"), ("Ctrl+D",))
LIVE_NOTE = ViewKeys(LIVE, QT_TRANSLATE_NOOP("ViewKeys", "Add a note"), ("Ctrl+Shift+N",))
LIVE_QUESTION = ViewKeys(LIVE, QT_TRANSLATE_NOOP("ViewKeys", "Raise a question"), ("Ctrl+Shift+Q",))
LIVE_ASSUMPTION = ViewKeys(
    LIVE, QT_TRANSLATE_NOOP("ViewKeys", "Challenge an assumption"), ("Ctrl+Shift+C",)
)
LIVE_ACTION = ViewKeys(LIVE, QT_TRANSLATE_NOOP("ViewKeys", "Add an action"), ("Ctrl+Shift+A",))
LIVE_END = ViewKeys(LIVE, QT_TRANSLATE_NOOP("ViewKeys", "End session"), ("Ctrl+Shift+E",))
JOURNAL_FIND = ViewKeys(
    JOURNAL, QT_TRANSLATE_NOOP("ViewKeys", "Search the reflections"), ("Ctrl+F",)
)

CATALOGUE: tuple[ViewKeys, ...] = (
    GOAL_ADD,
    GOAL_UP,
    GOAL_DOWN,
    GOAL_ARCHIVE,
    GOAL_UNDO,
    GOAL_REDO,
    GOAL_SAVE,
    AGREEMENT_SAVE,
    AGENDA_UP,
    AGENDA_DOWN,
    AGENDA_REMOVE,
    LIVE_NEXT,
    LIVE_PREVIOUS,
    LIVE_TIMER,
    LIVE_DONE,
    LIVE_NOTE,
    LIVE_QUESTION,
    LIVE_ASSUMPTION,
    LIVE_ACTION,
    LIVE_END,
    JOURNAL_FIND,
)

# Marks a view's action as one of the catalogue's (the window's list shows it by section).
VIEW_KEYS_PROPERTY = "rmdeskViewKeys"


def view_action(
    owner: QWidget,
    entry: ViewKeys,
    slot: Callable[[], object],
    scope: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QAction:
    """A key the view owns, working while the focus is inside ``owner``."""
    action = QAction(entry.what_text(), owner)
    action.setShortcuts(entry.sequences())
    action.setShortcutContext(scope)
    action.setProperty(VIEW_KEYS_PROPERTY, entry.what)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action
