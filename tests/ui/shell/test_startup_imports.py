"""The lock screen comes up without importing the workspace or any section view."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from rmdesk.paths import DataPaths
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
SECTION_ROOMS = ("overview", "goals", "agreement", "meetings", "actions", "progress", "reflections")


def test_lock_screen_shown_without_the_section_views(data_paths: DataPaths) -> None:
    Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF).close()
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.startup_child", str(data_paths.root)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["lock_screen"] is True
    loaded = report["modules"]
    assert "rmdesk.ui.shell.unlock_page" in loaded  # the child did report what it loaded
    too_early = [
        name
        for name in loaded
        if name == "rmdesk.ui.shell.workspace"
        or name.split(".")[2:3] in ([room] for room in SECTION_ROOMS)
        or name.split(".")[2:3] == ["relationships"]
        or name.split(".")[0] in ("icalendar", "markdown")
    ]
    assert too_early == []
