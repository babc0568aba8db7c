"""Copy private text to the clipboard politely: marked sensitive, and taken back after 30 s.

Clipboard managers and history tools honour hints that a copy is a secret: KDE's Klipper (and
several Wayland/X11 managers) skip text carrying ``x-kde-passwordManagerHint: secret``, Windows'
clipboard history and cloud sync skip data with an ``ExcludeClipboardContentFromMonitorProcessing``
format, and macOS pasteboard managers skip a ``concealed`` type. We add all of them; each
platform ignores the others.

The window's :class:`ClipboardPolicy` remembers a digest of what we copied, so the main window
clears it on lock; here a timer clears it after ``CLEAR_AFTER_SECONDS`` if it is still ours
(never someone else's later copy).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

from rmdesk.privacy.clipboard import CLEAR_AFTER_SECONDS, ClipboardPolicy

SENSITIVE_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    "application/x-nspasteboard-concealed-type": b"secret",
}


def sensitive_mime(text: str) -> QMimeData:
    """Plain text plus every "do not keep this" hint; never HTML."""
    mime = QMimeData()
    mime.setText(text)
    for kind, value in SENSITIVE_HINTS.items():
        mime.setData(kind, value)
    return mime


class ClipboardGuard(QObject):
    """Puts text on the clipboard with the hints and clears it later if still ours.

    Views are rebuilt on every navigation, so the guard hangs off the application rather
    than its view: a copy made just before switching section is still cleared on time. It
    deletes itself once its view is gone and no clearing is due.
    """

    def __init__(self, policy: ClipboardPolicy, owner: QObject) -> None:
        super().__init__(QCoreApplication.instance())
        self._policy = policy
        self._owner_alive = True
        owner.destroyed.connect(self._owner_gone)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CLEAR_AFTER_SECONDS * 1000)
        self.timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        if not text:
            return
        # Register first: the window forgets the digest when the clipboard changes to
        # something that is not ours, and setMimeData announces the change at once.
        self._policy.copied(text)
        QGuiApplication.clipboard().setMimeData(sensitive_mime(text))
        self.timer.start()

    def mime_for_selection(self, text: str) -> QMimeData:
        """For a text widget's own copy/cut/drag: the hints, and the same 30 s clearing.

        For a drag nothing reaches the clipboard, so the later check finds nothing of ours.
        """
        if text:
            self._policy.copied(text)
            self.timer.start()
        return sensitive_mime(text)

    def clear_if_ours(self) -> None:
        clipboard = QGuiApplication.clipboard()
        cleared = False
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            if mode is QClipboard.Mode.Selection and not clipboard.supportsSelection():
                continue
            if self._policy.is_ours(clipboard.text(mode)):
                clipboard.clear(mode)
                cleared = True
        if cleared:
            self._policy.forget()
        if not self._owner_alive:
            self.deleteLater()

    def _owner_gone(self) -> None:
        self._owner_alive = False
        if not self.timer.isActive():
            self.deleteLater()
