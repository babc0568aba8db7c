"""The environment fights back: read-only files and folders, and a full disk.

Both need a real child process: root ignores file permissions, so the read-only child drops to
'nobody' first; a full disk is a child under RLIMIT_FSIZE (with SIGXFSZ ignored, so the write
fails instead of the kernel killing the child).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from rmdesk.store.engine import PAGE_SIZE
from tests.store.children import (
    NOBODY,
    PASSPHRASE,
    file_digest,
    make_vault,
    open_fast,
    run_child,
    tree_listing,
)

posix_only = pytest.mark.skipif(
    sys.platform == "win32", reason="needs POSIX permissions and rlimits"
)


# -- read-only ---------------------------------------------------------------------------------
@pytest.fixture
def nobody_folder() -> Iterator[Path]:
    """A data folder 'nobody' owns, outside pytest's 0700 temp root (which it could not enter)."""
    if sys.platform == "win32" or not hasattr(os, "setuid"):
        pytest.skip("needs POSIX users to make a vault read-only for its owner")
    base = Path(tempfile.mkdtemp(prefix="rmdesk-ro-"))
    try:
        os.chmod(base, 0o711)  # enter, not list
        folder = base / "data"
        folder.mkdir(mode=0o700)
        make_vault(folder / "vault.rmdesk", rows=20)
        if os.geteuid() == 0:
            for path in (folder, *folder.iterdir()):
                os.chown(path, NOBODY, NOBODY)
        yield folder
    finally:
        for path in (base, *base.rglob("*")):
            if path.is_dir():
                os.chmod(path, 0o700)  # so the cleanup may delete what is inside
        shutil.rmtree(base)


@pytest.mark.parametrize(
    ("file_mode", "folder_mode", "detail"),
    [(0o400, 0o700, "vault file is read-only"), (0o600, 0o500, "folder is read-only")],
    ids=["read-only file", "read-only folder"],
)
def test_a_read_only_vault_or_folder_is_refused_with_a_read_only_message(
    nobody_folder: Path, file_mode: int, folder_mode: int, detail: str
) -> None:
    vault = nobody_folder / "vault.rmdesk"
    os.chmod(vault, file_mode)
    os.chmod(nobody_folder, folder_mode)
    digest = file_digest(vault)
    listing = tree_listing(nobody_folder)

    opened, locked = _as_nobody(vault)

    assert opened["error"] == "ReadOnlyError", opened
    assert detail in opened["message"]
    assert file_digest(vault) == digest
    if folder_mode == 0o500:  # no lock file can be made in a read-only folder either
        assert locked["error"] == "ReadOnlyError", locked
        assert tree_listing(nobody_folder) == listing


def test_the_same_user_can_write_once_permissions_allow_it(nobody_folder: Path) -> None:
    """The control case: the read-only refusals above are about permissions, nothing else."""
    opened, locked = _as_nobody(nobody_folder / "vault.rmdesk")
    assert opened == {"ok": "written"}
    assert locked == {"ok": "locked"}


def _as_nobody(vault: Path) -> tuple[dict[str, str], dict[str, str]]:
    import json
    import subprocess

    from tests.store.children import CHILD_TIMEOUT, REPO_ROOT, child_command

    proc = subprocess.run(
        child_command("as-user", str(vault), PASSPHRASE),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        check=False,
    )
    lines = proc.stdout.strip().splitlines()
    assert proc.returncode == 0 and len(lines) == 2, proc.stderr[-2000:]
    return json.loads(lines[0]), json.loads(lines[1])


# -- disk full ---------------------------------------------------------------------------------
@pytest.fixture
def full_disk_vault(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / "vault.rmdesk"
    make_vault(path, rows=60, row_bytes=2000)
    return path


def assert_intact(path: Path, expected_rows: int) -> None:
    with open_fast(path) as vault:
        report = vault.verify()
        assert report.ok, report
        assert vault.db.scalar("SELECT count(*) FROM acked") == expected_rows


@posix_only
def test_a_large_insert_on_a_full_disk_fails_cleanly_and_keeps_the_last_commit(
    full_disk_vault: Path,
) -> None:
    size = full_disk_vault.stat().st_size
    outcome = run_child(
        "full-disk",
        "insert",
        str(full_disk_vault),
        PASSPHRASE,
        "--limit",
        str(size + 16 * PAGE_SIZE),
    )
    assert outcome["error"] == "DiskFullError", outcome
    assert outcome["kind"] == "disk-full"
    assert_intact(full_disk_vault, expected_rows=61)  # the 60 + the small commit before it
    with open_fast(full_disk_vault) as vault:
        assert vault.db.scalar("SELECT filler FROM acked WHERE n = 1000001") == b"small"
        assert vault.db.scalar("SELECT count(*) FROM acked WHERE n > 1000001") == 0
    assert tree_listing(full_disk_vault.parent) == {"vault.rmdesk"}


@posix_only
def test_a_backup_on_a_full_disk_fails_and_leaves_no_partial_file(
    full_disk_vault: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    size = full_disk_vault.stat().st_size
    outcome = run_child(
        "full-disk",
        "backup",
        str(full_disk_vault),
        PASSPHRASE,
        "--limit",
        str(size // 2),
        "--target",
        str(backups / "copy.rmdesk"),
    )
    assert outcome["error"] == "DiskFullError", outcome
    assert list(backups.iterdir()) == []
    assert_intact(full_disk_vault, expected_rows=60)


@posix_only
def test_an_upgrade_on_a_full_disk_changes_nothing(full_disk_vault: Path) -> None:
    """The pre-migration copy cannot be written: the vault stays as it was, no partial copy."""
    digest = file_digest(full_disk_vault)
    outcome = run_child(
        "full-disk", "migrate", str(full_disk_vault), PASSPHRASE, "--limit", str(4 * PAGE_SIZE)
    )
    assert outcome["error"] == "DiskFullError", outcome
    assert file_digest(full_disk_vault) == digest
    assert tree_listing(full_disk_vault.parent) <= {"vault.rmdesk", "backups"}
    assert not any((full_disk_vault.parent / "backups").glob("*"))


@posix_only
def test_creating_a_vault_on_a_full_disk_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "vault.rmdesk"
    outcome = run_child("full-disk", "create", str(path), PASSPHRASE, "--limit", str(PAGE_SIZE))
    assert outcome["error"] == "DiskFullError", outcome
    assert list(tmp_path.iterdir()) == []
