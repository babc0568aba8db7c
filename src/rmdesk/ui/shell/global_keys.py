"""Keys that work above every window: the panic key, shared-screen mode and lock.

A QAction's shortcut, even with ``Qt.ApplicationShortcut``, is ignored while a modal dialog
shadows the window that owns the action (Qt's shortcut map asks the modal helper first), so
F12 did nothing over a dialog opened with ``exec()``. An event filter on the QApplication sees
every key event before any window does, modal dialogs, nested dialogs, message boxes, Qt's
own file dialog and open menus included.

Two steps, because a key reaches a widget in two events: the ``ShortcutOverride`` is accepted
(so no other shortcut and no line edit claims the key), then the ``KeyPress`` runs the action
and goes no further.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def key_sequence(event: QKeyEvent) -> QKeySequence:
    """The key as a one-key sequence, keypad and group-switch flags dropped."""
    modifiers = event.modifiers() & _MODIFIERS
    return QKeySequence(event.keyCombination().key().value | modifiers.value)


class GlobalKeys(QObject):
    """Runs an action for its shortcut from any window of the application.

    An action counts only while it is enabled: locked, these keys behave as ordinary keys.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: list[QAction] = []
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def add(self, action: QAction) -> None:
        self._actions.append(action)

    def action_for(self, event: QKeyEvent) -> QAction | None:
        pressed = key_sequence(event)
        for action in self._actions:
            if not action.isEnabled():
                continue
            if any(pressed == shortcut for shortcut in action.shortcuts()):
                return action
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        action = self.action_for(event)
        if action is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
            action.trigger()
        return True
