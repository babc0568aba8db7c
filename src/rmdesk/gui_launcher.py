"""Start the GUI, or say clearly why it cannot start (no display, Qt missing)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def _display_available(qt_options: Sequence[str] = ()) -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    for index, option in enumerate(qt_options):  # Qt's own -platform NAME wins
        if option.lstrip("-").startswith("platform="):
            platform = option.split("=", 1)[1]
        elif option.lstrip("-") == "platform" and index + 1 < len(qt_options):
            platform = qt_options[index + 1]
    if platform.split(":")[0] in {"offscreen", "minimal", "vnc"}:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch_gui(*, data_dir: str | None, demo: bool, qt_options: Sequence[str] = ()) -> int:
    if not _display_available(qt_options):
        print(
            "rmdesk: no display found, so the window cannot open. Run it in a desktop "
            "session, or use the headless commands (see `rmdesk --help`).",
            file=sys.stderr,
        )
        return 2
    try:
        from rmdesk.ui.kit.pyside_startup import lighten_feature_check

        lighten_feature_check()  # before the app's own modules are imported
        from rmdesk.app import run_app
    except ImportError as exc:
        print(f"rmdesk: the graphical interface cannot start: {exc}", file=sys.stderr)
        return 2
    return run_app(data_dir=data_dir, demo=demo, qt_options=qt_options)
