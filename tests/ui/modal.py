"""Acting inside a dialog the app opens with ``exec()``: the test cannot continue until the
dialog closes, so a timer polls for the modal widget and acts inside its event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget


def when_modal(act: Callable[[QWidget], None], *, tries: int = 200) -> None:
    """Run ``act(dialog)`` as soon as a modal dialog is shown (polling every 10 ms)."""

    def poll(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            act(widget)
        elif left > 0:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))


def click_button(text_part: str, seen: list[str] | None = None) -> Callable[[QWidget], None]:
    """An action for :func:`when_modal`: click the button whose text contains ``text_part``
    (mnemonic ampersands ignored); ``seen`` collects a message box's text."""

    def act(dialog: QWidget) -> None:
        if seen is not None and isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
        for button in dialog.findChildren(QAbstractButton):
            if text_part in button.text().replace("&", ""):
                button.click()
                return
        raise AssertionError(f"no button with {text_part!r} in {dialog!r}")

    return act
