"""Capture exclusion on Windows, with SetWindowDisplayAffinity replaced at the ctypes boundary.

What could not be run here: the real user32 call and a real capture (no Windows in CI), and
the macOS path (no macOS). The guard's decisions, the windows it asks for and the values it
passes are what is checked: the same code runs there with the real function object.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from rmdesk.paths import DataPaths
from rmdesk.ui.shell.capture_guard import (
    WDA_EXCLUDEFROMCAPTURE,
    WDA_MONITOR,
    WDA_NONE,
    CaptureGuard,
    platform_exclude,
    windows_exclude,
)
from tests.ui.conftest import WindowFactory, unlock


class FakeSetWindowDisplayAffinity:
    """Stands in for user32.SetWindowDisplayAffinity: records (hwnd, affinity)."""

    def __init__(self, accepts: frozenset[int] = frozenset({0x00, 0x01, 0x11})) -> None:
        self.calls: list[tuple[int, int]] = []
        self.accepts = accepts

    def __call__(self, hwnd: int, affinity: int) -> int:
        self.calls.append((hwnd, affinity))
        return 1 if affinity in self.accepts else 0

    def last_for(self, hwnd: int) -> int:
        return [affinity for handle, affinity in self.calls if handle == hwnd][-1]


def test_private_windows_and_dialogs_are_excluded_only_outside_shared_mode(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    user32 = FakeSetWindowDisplayAffinity()
    window = make_window()
    CaptureGuard(window, windows_exclude(user32))
    main = int(window.winId())
    unlock(qtbot, window)
    assert user32.last_for(main) == WDA_EXCLUDEFROMCAPTURE

    dialog = QDialog(window)
    dialog.show()
    assert user32.last_for(int(dialog.winId())) == WDA_EXCLUDEFROMCAPTURE
    dialog.close()

    window.enter_share_mode()  # now sharing rmdesk's window is the point
    assert user32.last_for(main) == WDA_NONE
    shared_dialog = QDialog(window)
    shared_dialog.show()
    assert user32.last_for(int(shared_dialog.winId())) == WDA_NONE
    shared_dialog.close()

    window.lock()
    assert user32.last_for(main) == WDA_NONE


def test_before_windows_10_2004_the_window_goes_black_in_captures_instead(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    user32 = FakeSetWindowDisplayAffinity(accepts=frozenset({WDA_NONE, WDA_MONITOR}))
    window = make_window()
    CaptureGuard(window, windows_exclude(user32))
    unlock(qtbot, window)
    main = int(window.winId())
    mine = [affinity for handle, affinity in user32.calls if handle == main]
    assert mine[-2:] == [WDA_EXCLUDEFROMCAPTURE, WDA_MONITOR]


def test_linux_has_no_such_request_and_nothing_is_attempted() -> None:
    assert platform_exclude("linux") is None
