"""``rmdesk vault ...`` in child processes against real vault files (real KDF)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from rmdesk.paths import LOCK_FILE_NAME, VAULT_FILE_NAME
from rmdesk.store.engine import connect
from rmdesk.store.instance_lock import InstanceLock
from rmdesk.store.kdf import DEFAULT_KDF, SALT_BYTES, derive_key, passphrase_bytes, wipe
from rmdesk.store.vault import Vault
from tests.commands.cli_helpers import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    child_env,
    digest,
    flip_byte,
    leave_hot_journal,
    minimal_document,
    run,
)
from tests.commands.conftest import Source

PAGE = 4096


def _assert_plain_failure(result: subprocess.CompletedProcess[str], code: int) -> None:
    """Failed with ``code``, a plain-words message on stderr and no traceback."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("rmdesk: ")


def test_create_made_a_private_vault_and_refuses_to_overwrite_it(source: Source) -> None:
    assert "Created an empty vault" in source.created.stdout
    assert stat.S_IMODE(source.vault.stat().st_mode) == 0o600
    assert stat.S_IMODE(source.data_dir.stat().st_mode) == 0o700
    assert not source.vault.read_bytes().startswith(b"SQLite format 3")
    before = digest(source.vault)
    again = run(source.home, "vault", "create", data_dir=source.data_dir, lines=["x", "x"])
    _assert_plain_failure(again, 12)
    assert digest(source.vault) == before


def test_create_refuses_differing_or_missing_passphrases(source: Source, tmp_path: Path) -> None:
    differ = run(source.home, "vault", "create", data_dir=tmp_path / "a", lines=["one", "two"])
    _assert_plain_failure(differ, 2)
    assert "differ" in differ.stderr
    missing = run(source.home, "vault", "create", data_dir=tmp_path / "b", lines=[])
    _assert_plain_failure(missing, 2)
    assert "standard input" in missing.stderr
    assert not (tmp_path / "a" / VAULT_FILE_NAME).exists()
    assert not (tmp_path / "b" / VAULT_FILE_NAME).exists()


def test_check_passes_without_qt_and_honours_the_environment_variable(source: Source) -> None:
    # Run main() in a child so we can see which modules the command imported.
    script = (
        "import sys; from rmdesk.cli import main; code = main(['vault', 'check']); "
        "print('QT-LOADED' if any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules) "
        "else 'NO-QT'); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=f"{PASSPHRASE}\n".encode(),
        capture_output=True,
        env=child_env(source.home, RMDESK_DATA_DIR=str(source.data_dir)),
        timeout=60,
        check=False,
    )
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr.decode()
    assert "Database integrity (integrity_check): ok" in out
    assert "Encryption integrity (cipher_integrity_check): ok" in out
    assert "Engine self-check: ok" in out
    assert "NO-QT" in out


def test_check_with_a_wrong_passphrase(source: Source) -> None:
    before = digest(source.vault)
    result = run(source.home, "vault", "check", data_dir=source.data_dir, lines=["wrong"])
    _assert_plain_failure(result, 20)
    assert "passphrase does not open" in result.stderr
    assert digest(source.vault) == before


def _data_page(vault: Path) -> int:
    """The last page whose damage leaves the schema readable (a page of rows, not of
    ``sqlite_master``, whose damage stops every open): where it lies depends on the schema."""
    original = vault.read_bytes()
    key = derive_key(passphrase_bytes(PASSPHRASE), original[:SALT_BYTES], DEFAULT_KDF)
    try:
        for page in range(len(original) // PAGE - 2, 1, -1):
            flip_byte(vault, page * PAGE + 200)
            conn = connect(vault, key, mode="ro")
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return page
            except dbapi2.DatabaseError:
                continue
            finally:
                conn.close()
                vault.write_bytes(original)
    finally:
        wipe(key)
    raise AssertionError("no data page found")


def test_check_finds_a_damaged_page(source: Source, tmp_path: Path) -> None:
    data_dir = source.copy(tmp_path / "damaged")
    vault = data_dir / VAULT_FILE_NAME
    flip_byte(vault, _data_page(vault) * PAGE + 200)
    result = run(source.home, "vault", "check", data_dir=data_dir, lines=[PASSPHRASE])
    _assert_plain_failure(result, 21)
    assert "FAILED" in result.stdout and "damaged" in result.stderr


def test_not_a_vault_missing_vault_and_vault_in_use(source: Source, tmp_path: Path) -> None:
    plain_dir = tmp_path / "plain"
    plain_dir.mkdir()
    with sqlite3.connect(plain_dir / VAULT_FILE_NAME) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    plain = run(source.home, "vault", "check", data_dir=plain_dir, lines=[PASSPHRASE])
    _assert_plain_failure(plain, 22)
    missing = run(source.home, "vault", "check", data_dir=tmp_path / "nothing", lines=[PASSPHRASE])
    _assert_plain_failure(missing, 11)
    assert not (tmp_path / "nothing").exists()
    with InstanceLock(source.data_dir / LOCK_FILE_NAME):
        busy = run(source.home, "vault", "check", data_dir=source.data_dir, lines=[PASSPHRASE])
    _assert_plain_failure(busy, 24)


def test_backup_restore_and_new_passphrase_backup(source: Source, tmp_path: Path) -> None:
    same = tmp_path / "same.rmdesk"
    result = run(source.home, "vault", "backup", same, data_dir=source.data_dir, lines=[PASSPHRASE])
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(same.stat().st_mode) == 0o600
    other = tmp_path / "other.rmdesk"
    result = run(
        source.home,
        "vault",
        "backup",
        "--new-passphrase",
        other,
        data_dir=source.data_dir,
        lines=[PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE],
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(other.stat().st_mode) == 0o600

    # Restore over an existing vault (a copy): the old one is kept as a rollback copy.
    target = tmp_path / "target"
    target.mkdir(mode=0o700)
    made = run(source.home, "vault", "create", data_dir=target, lines=[PASSPHRASE, PASSPHRASE])
    assert made.returncode == 0, made.stderr
    replaced = digest(target / VAULT_FILE_NAME)
    restored = run(source.home, "vault", "restore", other, data_dir=target, lines=[NEW_PASSPHRASE])
    assert restored.returncode == 0, restored.stderr
    rollbacks = list((target / "backups").glob("before-restore-*.rmdesk"))
    assert len(rollbacks) == 1 and digest(rollbacks[0]) == replaced

    # The restored vault opens with the backup's passphrase and holds the source's data.
    ours = run(
        source.home,
        "export",
        "--format",
        "json",
        "--include-private",
        tmp_path / "a.json",
        data_dir=source.data_dir,
        lines=[PASSPHRASE],
    )
    theirs = run(
        source.home,
        "export",
        "--format",
        "json",
        "--include-private",
        tmp_path / "b.json",
        data_dir=target,
        lines=[NEW_PASSPHRASE],
    )
    assert ours.returncode == theirs.returncode == 0, ours.stderr + theirs.stderr
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert json.loads((tmp_path / "a.json").read_bytes())["tables"]["relationship"]


def test_restore_refuses_bad_candidates_and_leaves_the_vault(
    source: Source, tmp_path: Path
) -> None:
    data_dir = source.copy(tmp_path / "data")
    before = digest(data_dir / VAULT_FILE_NAME)
    damaged = tmp_path / "damaged.rmdesk"
    damaged.write_bytes(source.vault.read_bytes())
    flip_byte(damaged, 3 * PAGE + 100)
    result = run(source.home, "vault", "restore", damaged, data_dir=data_dir, lines=[PASSPHRASE])
    _assert_plain_failure(result, 21)
    wrong = run(source.home, "vault", "restore", source.vault, data_dir=data_dir, lines=["nope"])
    _assert_plain_failure(wrong, 20)
    missing = run(source.home, "vault", "restore", tmp_path / "none.rmdesk", data_dir=data_dir)
    _assert_plain_failure(missing, 30)
    assert digest(data_dir / VAULT_FILE_NAME) == before
    backups = data_dir / "backups"
    assert not backups.exists() or not any(backups.iterdir())


def test_rotating_backups_keep_n_and_touch_nothing_else(source: Source, tmp_path: Path) -> None:
    folder = tmp_path / "rotated"
    folder.mkdir()
    for day in (1, 2, 3):
        (folder / f"rmdesk-2025010{day}T000000Z.rmdesk").write_bytes(b"old")
    (folder / "keep-me.rmdesk").write_bytes(b"mine")
    result = run(
        source.home,
        "vault",
        "backup",
        "--rotate",
        folder,
        "--keep",
        "2",
        data_dir=source.data_dir,
        lines=[PASSPHRASE],
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in folder.iterdir())
    assert "keep-me.rmdesk" in names and "rmdesk-20250103T000000Z.rmdesk" in names
    fresh = [n for n in names if n.startswith("rmdesk-") and not n.startswith("rmdesk-2025")]
    assert len(fresh) == 1 and len(names) == 3
    assert stat.S_IMODE((folder / fresh[0]).stat().st_mode) == 0o600
    assert "Deleted old backup: rmdesk-20250101T000000Z.rmdesk" in result.stdout


def test_passwd_changes_only_after_verifying(source: Source, tmp_path: Path) -> None:
    data_dir = source.copy(tmp_path / "data")
    before = digest(data_dir / VAULT_FILE_NAME)
    differ = run(source.home, "vault", "passwd", data_dir=data_dir, lines=[PASSPHRASE, "a", "b"])
    _assert_plain_failure(differ, 2)
    weak = run(source.home, "vault", "passwd", data_dir=data_dir, lines=[PASSPHRASE, "a", "a"])
    _assert_plain_failure(weak, 2)
    assert "too weak" in weak.stderr
    same = run(
        source.home,
        "vault",
        "passwd",
        data_dir=data_dir,
        lines=[PASSPHRASE, PASSPHRASE, PASSPHRASE],
    )
    _assert_plain_failure(same, 2)
    assert "same as the current one" in same.stderr
    wrong = run(
        source.home,
        "vault",
        "passwd",
        data_dir=data_dir,
        lines=["wrong", NEW_PASSPHRASE, NEW_PASSPHRASE],
    )
    _assert_plain_failure(wrong, 20)
    assert digest(data_dir / VAULT_FILE_NAME) == before
    changed = run(
        source.home,
        "vault",
        "passwd",
        data_dir=data_dir,
        lines=[PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE],
    )
    assert changed.returncode == 0, changed.stderr
    assert (
        run(source.home, "vault", "check", data_dir=data_dir, lines=[NEW_PASSPHRASE]).returncode
        == 0
    )
    old = run(source.home, "vault", "check", data_dir=data_dir, lines=[PASSPHRASE])
    _assert_plain_failure(old, 20)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_vault_is_reported(source: Source, tmp_path: Path) -> None:
    data_dir = source.copy(tmp_path / "ro")
    export = tmp_path / "in.json"
    export.write_text(json.dumps(minimal_document()), encoding="utf-8")
    (data_dir / LOCK_FILE_NAME).touch(mode=0o600)
    os.chmod(data_dir / VAULT_FILE_NAME, 0o400)
    os.chmod(data_dir, 0o500)
    try:
        result = run(source.home, "import", export, data_dir=data_dir, lines=[PASSPHRASE])
    finally:
        os.chmod(data_dir, 0o700)
    _assert_plain_failure(result, 26)


def test_check_sets_aside_a_crash_journal_left_by_another_copy(
    source: Source, tmp_path: Path
) -> None:
    """Issue 19 item 2, as a user meets it: a crash journal, then a hand-copied backup."""
    data_dir = source.copy(tmp_path / "data")
    vault_path = data_dir / VAULT_FILE_NAME
    backup = tmp_path / "by-hand.rmdesk"
    shutil.copyfile(vault_path, backup)
    with Vault.open(vault_path, passphrase_bytes(PASSPHRASE)) as vault:
        kept = vault.db.scalar("SELECT count(*) FROM goal_progress")
        assert kept > 0
        vault.db.execute("DELETE FROM goal_progress")
    leave_hot_journal(vault_path)
    shutil.copyfile(backup, vault_path)

    checked = run(source.home, "vault", "check", data_dir=data_dir, lines=[PASSPHRASE])

    # The copy put back is also older than the vault this computer last saw: both are said,
    # and the rollback is what the exit code reports (32).
    assert checked.returncode == 32, checked.stderr
    assert "older than the last version" in checked.stderr
    with Vault.open(vault_path, passphrase_bytes(PASSPHRASE)) as vault:  # the copy, unmixed
        assert vault.db.scalar("SELECT count(*) FROM goal_progress") == kept
    assert "did not belong" in checked.stderr
    assert not (data_dir / f"{VAULT_FILE_NAME}-journal").exists()
    assert len(list((data_dir / "backups").glob("journal-set-aside-*"))) == 1
    again = run(source.home, "vault", "check", data_dir=data_dir, lines=[PASSPHRASE])
    assert "did not belong" not in again.stderr  # set aside once, not again


def test_check_reports_a_rolled_back_vault_with_its_own_code(
    source: Source, tmp_path: Path
) -> None:
    data_dir = source.copy(tmp_path / "rolled")
    vault = data_dir / VAULT_FILE_NAME
    old = vault.read_bytes()
    assert run(source.home, "vault", "check", data_dir=data_dir, lines=[PASSPHRASE]).returncode == 0
    backup = run(
        source.home,
        "vault",
        "backup",
        str(tmp_path / "b.rmdesk"),
        data_dir=data_dir,
        lines=[PASSPHRASE],
    )
    assert backup.returncode == 0, backup.stderr
    # A change through rmdesk, then the old file put back by hand.
    import_file = tmp_path / "more.json"
    import_file.write_text(json.dumps(minimal_document()), encoding="utf-8")
    imported = run(source.home, "import", str(import_file), data_dir=data_dir, lines=[PASSPHRASE])
    assert imported.returncode == 0, imported.stderr
    vault.write_bytes(old)
    result = run(source.home, "vault", "check", data_dir=data_dir, lines=[PASSPHRASE])
    _assert_plain_failure(result, 32)
    assert "older than the last version" in result.stderr
    assert "Newest copy seen on this computer: NO" in result.stdout
    # A restore through rmdesk is deliberate: not reported.
    restored = run(
        source.home,
        "vault",
        "restore",
        str(tmp_path / "b.rmdesk"),
        data_dir=data_dir,
        lines=[PASSPHRASE],
    )
    assert restored.returncode == 0, restored.stderr
    again = run(source.home, "vault", "check", data_dir=data_dir, lines=[PASSPHRASE])
    assert again.returncode == 0, again.stderr
    assert (
        "32  vault older than the last one seen"
        in run(source.home, "vault", "check", "--help", data_dir=data_dir, lines=[]).stdout
    )


def test_backup_leaves_the_users_folders_permissions_alone(source: Source, tmp_path: Path) -> None:
    """A backup into a folder the user chose (their home, a shared drive) writes a 0600 file
    and never makes that folder private; a folder it has to create is made 0700."""
    chosen = tmp_path / "my-documents"
    chosen.mkdir()
    os.chmod(chosen, 0o755)
    rotated = tmp_path / "shared-backups"
    rotated.mkdir()
    os.chmod(rotated, 0o750)
    result = run(
        source.home,
        "vault",
        "backup",
        chosen / "vault-copy.rmdesk",
        data_dir=source.data_dir,
        lines=[PASSPHRASE],
    )
    assert result.returncode == 0, result.stderr
    result = run(
        source.home,
        "vault",
        "backup",
        "--rotate",
        rotated,
        data_dir=source.data_dir,
        lines=[PASSPHRASE],
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o755
    assert stat.S_IMODE(rotated.stat().st_mode) == 0o750
    assert stat.S_IMODE((chosen / "vault-copy.rmdesk").stat().st_mode) == 0o600
    assert [stat.S_IMODE(p.stat().st_mode) for p in rotated.iterdir()] == [0o600]
    created = tmp_path / "new" / "rotation"
    result = run(
        source.home,
        "vault",
        "backup",
        "--rotate",
        created,
        data_dir=source.data_dir,
        lines=[PASSPHRASE],
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(created.stat().st_mode) == 0o700
