"""The lock screen comes up without importing the workspace, any section view, the store or
the Vault menu's dialogs, and unlocking into one section imports (so builds) no other."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from rmdesk.demo import fill_demo
from rmdesk.paths import DataPaths
from rmdesk.privacy.share_mode import Section
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.shell import settings as keys
from rmdesk.ui.shell.settings import UiSettings
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
SECTION_ROOMS = ("overview", "goals", "agreement", "meetings", "actions", "progress", "reflections")


def run_child(data_paths: DataPaths, *passphrase: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.startup_child", str(data_paths.root), *passphrase],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_lock_screen_shown_without_the_section_views(data_paths: DataPaths) -> None:
    Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF).close()
    report = run_child(data_paths)
    assert report["lock_screen"] is True
    loaded = report["modules"]
    assert isinstance(loaded, list)
    assert "rmdesk.ui.shell.unlock_page" in loaded  # the child did report what it loaded
    too_early = [
        name
        for name in loaded
        if name == "rmdesk.ui.shell.workspace"
        or (name.startswith("rmdesk.ui.") and name.split(".")[2] in SECTION_ROOMS)
        or name.startswith("rmdesk.ui.relationships")
        or name.split(".")[0] in ("icalendar", "markdown")
    ]
    assert too_early == []
    # Nor the store (SQLCipher, repositories, domain model), OpenSSL's hashing, the page
    # that creates a vault (one exists) or the Vault menu's dialogs: all for after the lock
    # screen (the store is imported once the passphrase is being typed).
    not_yet = {
        "rmdesk.store.vault",
        "rmdesk.store.repositories",
        "rmdesk.domain.models",
        "rmdesk.services.restore",
        "rmdesk.ui.shell.welcome_page",
        "rmdesk.ui.vault.backup_dialog",
        "rmdesk.ui.vault.restore_dialog",
        "rmdesk.ui.vault.transfer_dialogs",
        "sqlcipher3",
        "_hashlib",
    }
    assert not_yet & set(loaded) == set()


def test_unlocking_into_the_journal_builds_no_other_section(data_paths: DataPaths) -> None:
    # The real KDF: run_app opens vaults with the app's own setting.
    with Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE)) as vault:
        fill_demo(Repositories.from_db(vault.db), date(2026, 11, 24))
    settings = UiSettings(data_paths.ui_settings)
    settings.set_text(keys.LAST_SECTION, Section.REFLECTIONS.value)
    settings.sync()
    report = run_child(data_paths, PASSPHRASE)
    assert report["unlocked"] is True
    loaded = report["modules"]
    assert isinstance(loaded, list)
    assert "rmdesk.ui.reflections.reflections_view" in loaded
    rooms = {name.split(".")[2] for name in loaded if name.startswith("rmdesk.ui.")}
    assert rooms & set(SECTION_ROOMS) == {"reflections"}
    assert not [name for name in loaded if name.split(".")[0] == "icalendar"]
