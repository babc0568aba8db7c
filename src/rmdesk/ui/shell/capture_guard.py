"""Capture exclusion, a second layer behind shared-screen mode.

While the vault is unlocked outside shared-screen mode, rmdesk's windows and dialogs ask the
system to leave them out of screen captures, so a screen share of the whole desktop (or a
screenshot tool) shows nothing of them. In shared-screen mode, and while locked, they are
capturable again: sharing rmdesk's window is then exactly what the user wants.

- Windows 10 2004+: ``SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)``; older Windows
  refuses that value and gets ``WDA_MONITOR`` (the window shows black in captures).
- macOS: ``NSWindow.sharingType = NSWindowSharingNone`` through the Objective-C runtime
  (ctypes). Honoured by older capture APIs; macOS 15's ScreenCaptureKit ignores it.
- Linux (X11 and Wayland): there is no such request; the compositor or the capture tool
  decides. Nothing is done, and shared-screen mode remains the promise.

The platform calls are ctypes function objects; tests replace them at that boundary.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from rmdesk.ui.shell.main_window import MainWindow

WDA_NONE = 0x00
WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1

# (native window id, exclude?) -> did the system accept it
Exclude = Callable[[int, bool], bool]
SetAffinity = Callable[[int, int], int]


def system_set_affinity() -> SetAffinity:
    """user32's SetWindowDisplayAffinity (OSError/AttributeError off Windows)."""
    function = ctypes.WinDLL("user32", use_last_error=True).SetWindowDisplayAffinity  # type: ignore[attr-defined]
    function.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
    function.restype = ctypes.c_int
    return function  # type: ignore[no-any-return]


def windows_exclude(set_affinity: SetAffinity) -> Exclude:
    def exclude(hwnd: int, on: bool) -> bool:
        if not on:
            return bool(set_affinity(hwnd, WDA_NONE))
        # WDA_EXCLUDEFROMCAPTURE needs Windows 10 2004; before it, black beats visible.
        return bool(set_affinity(hwnd, WDA_EXCLUDEFROMCAPTURE)) or bool(
            set_affinity(hwnd, WDA_MONITOR)
        )

    return exclude


def macos_exclude() -> Exclude:
    """Sets the NSWindow's sharingType from the NSView Qt gives as winId (not run in CI)."""
    import ctypes.util  # macOS only: it imports subprocess, which nothing else needs at start

    path = ctypes.util.find_library("objc")
    if path is None:
        raise OSError("the Objective-C runtime was not found")
    objc = ctypes.CDLL(path)
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = (ctypes.c_char_p,)
    address = ctypes.cast(objc.objc_msgSend, ctypes.c_void_p).value
    if address is None:
        raise OSError("objc_msgSend was not found")
    get_window = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(address)
    set_sharing = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(address)
    window_selector = objc.sel_registerName(b"window")
    sharing_selector = objc.sel_registerName(b"setSharingType:")

    def exclude(view: int, on: bool) -> bool:
        window = get_window(view, window_selector)
        if not window:
            return False
        sharing = NS_WINDOW_SHARING_NONE if on else NS_WINDOW_SHARING_READ_ONLY
        set_sharing(window, sharing_selector, sharing)
        return True

    return exclude


def platform_exclude(platform: str) -> Exclude | None:
    try:
        if platform == "win32":
            return windows_exclude(system_set_affinity())
        if platform == "darwin":
            return macos_exclude()
    except (OSError, AttributeError):
        return None
    return None  # Linux/BSD: no such request exists


class CaptureGuard(QObject):
    """Keeps every visible top-level window of rmdesk excluded from capture exactly while
    the vault is unlocked outside shared-screen mode."""

    def __init__(self, window: MainWindow, exclude: Exclude | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._exclude = exclude if exclude is not None else platform_exclude(sys.platform)
        if self._exclude is None:
            return
        window.vault_unlocked.connect(self.refresh)
        window.vault_locked.connect(self.refresh)
        window.share_mode_changed.connect(self.refresh)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._exclude is not None

    def wanted(self) -> bool:
        return self._window.vault is not None and not self._window.visibility.share_mode

    def refresh(self, *_args: object) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() or widget is self._window:
                self._apply(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._apply(watched)
        return False

    def _apply(self, widget: QWidget) -> None:
        if self._exclude is None:
            return
        # Asked again on every show (one cheap system call): remembering per window id would
        # go wrong when the system reuses an id for a new window.
        self._exclude(int(widget.winId()), self.wanted())
