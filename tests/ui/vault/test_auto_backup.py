"""Automatic backups on lock and quit, only after a session with changes; the rotation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from rmdesk.paths import DataPaths
from rmdesk.services import backup as backup_service
from rmdesk.services.rotation import kept_backups, next_backup_path, prune, sweep_stale_temps
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from rmdesk.ui.shell import settings as keys
from rmdesk.ui.vault.preferences import PreferencesDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from tests.ui.vault.helpers import drive, make_window


def _ours(folder: Path) -> list[Path]:
    return sorted(folder.glob("rmdesk-*.rmdesk")) if folder.exists() else []


def test_lock_after_a_change_writes_a_verified_backup(
    qtbot: QtBot, filled_vault_file: DataPaths
) -> None:
    window = make_window(qtbot, filled_vault_file, auto_backup=True)
    unlock(qtbot, window)
    assert window.vault is not None
    window.vault.db.execute("UPDATE relationship SET other_name = 'Renamed'")
    vault = window.vault
    window.lock()
    assert window.vault is None  # the window locked at once; the backup runs behind it
    qtbot.waitUntil(lambda: not window.vault_menu.jobs.busy, timeout=30_000)
    assert not vault.is_open, "the key is wiped once the backup is done"
    written = _ours(filled_vault_file.backups)
    assert len(written) == 1
    with Vault.open(written[0], passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as copy:
        assert copy.db.scalar("SELECT other_name FROM relationship") == "Renamed"


def test_a_session_without_changes_writes_no_backup(
    qtbot: QtBot, filled_vault_file: DataPaths
) -> None:
    window = make_window(qtbot, filled_vault_file, auto_backup=True)
    unlock(qtbot, window)
    for section_action in window.section_actions:  # look at every section, change nothing
        section_action.trigger()
        qtbot.wait(20)
    window.lock()
    qtbot.waitUntil(lambda: not window.vault_menu.jobs.busy, timeout=30_000)
    window.close()
    assert _ours(filled_vault_file.backups) == []


def test_quit_after_a_change_waits_for_the_backup(
    qtbot: QtBot, filled_vault_file: DataPaths
) -> None:
    window = make_window(qtbot, filled_vault_file, auto_backup=True)
    unlock(qtbot, window)
    assert window.vault is not None
    window.vault.db.execute("UPDATE relationship SET other_name = 'Before quitting'")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert not window.vault_menu.jobs.busy
    assert len(_ours(filled_vault_file.backups)) == 1


def test_preferences_turn_it_off_and_choose_the_folder(
    qtbot: QtBot, filled_vault_file: DataPaths, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled_vault_file, auto_backup=True)
    unlock(qtbot, window)
    elsewhere = tmp_path / "usb" / "rmdesk"

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.automatic.isChecked()
        assert dialog.folder.text() == str(filled_vault_file.backups)
        assert dialog.keep.value() == 10
        dialog.folder.setText(str(elsewhere))
        dialog.keep.setValue(3)
        dialog.accept()

    drive(qtbot, window.vault_menu.preferences_action.trigger, steps)
    settings = window.context.settings
    assert settings.text_value(keys.BACKUP_FOLDER) == str(elsewhere)
    assert settings.text_value(keys.BACKUP_KEEP) == "3"
    assert window.vault is not None
    window.vault.db.execute("UPDATE relationship SET other_name = 'x'")
    window.lock()
    qtbot.waitUntil(lambda: not window.vault_menu.jobs.busy, timeout=30_000)
    assert len(_ours(elsewhere)) == 1
    assert _ours(filled_vault_file.backups) == []

    def off(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        dialog.automatic.setChecked(False)
        dialog.accept()

    unlock(qtbot, window)
    drive(qtbot, window.vault_menu.preferences_action.trigger, off)
    window.vault.db.execute("UPDATE relationship SET other_name = 'y'")
    window.lock()
    qtbot.waitUntil(lambda: not window.vault_menu.jobs.busy, timeout=30_000)
    assert len(_ours(elsewhere)) == 1
    assert set(settings.keys()) <= keys.ALLOWED_KEYS


def test_rotation_keeps_the_newest_n_and_one_a_week_for_eight_weeks() -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # a Monday
    # Two backups a day for the last 90 days.
    made = [now - timedelta(hours=12 * i + 1) for i in range(180)]
    kept = kept_backups(made, now, keep=10, weeks=8)
    newest = sorted(made, reverse=True)[:10]
    assert set(newest) <= kept
    weekly = kept - set(newest)
    # Weeks (Monday, UTC) in the last eight calendar weeks: the newest of each.
    first_monday = datetime(2026, 11, 30, tzinfo=UTC) - timedelta(weeks=7)
    expected_weekly = set()
    for week in range(8):
        start = first_monday + timedelta(weeks=week)
        in_week = [m for m in made if start <= m < start + timedelta(weeks=1)]
        if in_week:
            expected_weekly.add(max(in_week))
    assert weekly == expected_weekly - set(newest)
    assert len(kept) == 10 + len(expected_weekly - set(newest))
    assert all(m >= first_monday for m in kept)
    # Without weeks, exactly the newest N.
    assert kept_backups(made, now, keep=10) == set(newest)


def test_prune_deletes_exactly_what_the_rule_drops(tmp_path: Path) -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    paths = []
    for days in (0, 1, 2, 9, 10, 20, 40, 70):
        path = next_backup_path(tmp_path, now - timedelta(days=days, minutes=1))
        path.write_bytes(b"x")
        paths.append(path)
    stranger = tmp_path / "notes.rmdesk"
    stranger.write_bytes(b"x")
    deleted = prune(tmp_path, 2, weeks=8, now=now)
    # Now is a Monday. Kept: the newest two (0 and 1 days ago), and the newest of each week:
    # 1 day (Sunday) beats 2 days (Saturday) in last week; 9 beats 10 the week before; 20 and
    # 40 days are alone in theirs; 70 days lies outside the eight weeks.
    assert stranger.exists()
    assert {p.name for p in deleted} == {paths[2].name, paths[4].name, paths[7].name}


def test_below_the_free_space_floor_it_stops_and_says_so(
    qtbot: QtBot, filled_vault_file: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_service, "FREE_SPACE_FLOOR", 1 << 60)  # more than any disk
    window = make_window(qtbot, filled_vault_file, auto_backup=True)
    unlock(qtbot, window)
    assert window.vault is not None
    window.vault.db.execute("UPDATE relationship SET other_name = 'Renamed'")
    window.lock()
    qtbot.waitUntil(lambda: not window.vault_menu.jobs.busy, timeout=30_000)
    shown = window.unlock_page.error_label.text()
    assert window.unlock_page.error_label.isVisible()
    assert "automatic backup was NOT written" in shown
    assert "too little free space" in shown
    assert _ours(filled_vault_file.backups) == []
    leftovers = (
        list(filled_vault_file.backups.glob(".*")) if filled_vault_file.backups.exists() else []
    )
    assert leftovers == []


def test_a_killed_backups_temp_file_is_swept_after_a_day(tmp_path: Path) -> None:
    import os

    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    old = tmp_path / ".rmdesk-20261127T101010Z.rmdesk.abc123.tmp"
    fresh = tmp_path / ".rmdesk-20261130T115000Z.rmdesk.def456.tmp"
    stranger = tmp_path / ".notes.txt.abc.tmp"
    for path in (old, fresh, stranger):
        path.write_bytes(b"x")
        stamp = (now - timedelta(days=3)).timestamp()
        os.utime(path, (stamp, stamp))
    os.utime(fresh, (now.timestamp(), now.timestamp()))
    assert sweep_stale_temps(tmp_path, now) == [old]
    assert fresh.exists() and stranger.exists() and not old.exists()
