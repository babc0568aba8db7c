"""Start the GUI, or say clearly why it cannot start (no display, Qt missing)."""

from __future__ import annotations

import os
import sys


def _display_available() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in {"offscreen", "minimal", "vnc"}:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch_gui(*, data_dir: str | None, demo: bool) -> int:
    if not _display_available():
        print(
            "rmdesk: no display found, so the window cannot open. Run it in a desktop "
            "session, or use the headless commands (see `rmdesk --help`).",
            file=sys.stderr,
        )
        return 2
    try:
        from rmdesk.app import run_app
    except ImportError as exc:
        print(f"rmdesk: the graphical interface cannot start: {exc}", file=sys.stderr)
        return 2
    return run_app(data_dir=data_dir, demo=demo)
