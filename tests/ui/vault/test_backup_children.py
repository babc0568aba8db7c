"""A backup started from the window in a child process: a full disk (RLIMIT_FSIZE) is reported
and leaves the vault intact; a kill mid-copy leaves no file under the backup's final name."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rmdesk.paths import DataPaths
from tests.store.children import (
    CHILD_TIMEOUT,
    REPO_ROOT,
    file_digest,
    kill_and_collect,
    open_fast,
    read_line,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="rlimits and SIGKILL are POSIX")


def _child(*args: str) -> list[str]:
    return [sys.executable, "-m", "tests.ui.vault.gui_child", *args]


def test_a_full_disk_is_reported_and_the_vault_is_intact(
    filled_vault_file: DataPaths, tmp_path: Path
) -> None:
    target = tmp_path / "backups" / "full.rmdesk"
    target.parent.mkdir()
    # Opening once settles the bookkeeping an open does after changes (row versions for
    # merging): from then on only a change writes the file.
    with open_fast(filled_vault_file.vault):
        pass
    before = file_digest(filled_vault_file.vault)
    size = filled_vault_file.vault.stat().st_size
    assert size > 64 * 1024
    proc = subprocess.run(
        _child("full-disk", str(filled_vault_file.root), str(target), str(32 * 1024)),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT * 2,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    outcome = json.loads(proc.stdout.strip().splitlines()[-1])
    assert outcome["running"] is False
    assert "The backup was NOT written." in outcome["text"]
    assert "disk is full" in outcome["text"].lower(), outcome["text"]
    assert not target.exists()
    assert list(target.parent.iterdir()) == [], "no temp file is left behind either"
    assert file_digest(filled_vault_file.vault) == before
    with open_fast(filled_vault_file.vault) as vault:
        assert vault.verify().ok


def test_a_kill_during_a_gui_backup_leaves_no_file_under_the_final_name(
    filled_vault_file: DataPaths, tmp_path: Path
) -> None:
    target = tmp_path / "backups" / "killed.rmdesk"
    target.parent.mkdir()
    # Opening once settles the bookkeeping an open does after changes (row versions for
    # merging): from then on only a change writes the file.
    with open_fast(filled_vault_file.vault):
        pass
    before = file_digest(filled_vault_file.vault)
    proc = subprocess.Popen(
        _child("slow", str(filled_vault_file.root), str(target)),
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert read_line(proc, timeout=CHILD_TIMEOUT) == "copying"
        time.sleep(0.3)
        partial = list(target.parent.glob(f".{target.name}.*.tmp"))
        assert partial, "the copy is under way in a temp file"
    finally:
        kill_and_collect(proc)
    assert not target.exists()
    # Whatever is left is a hidden temp file (encrypted pages), never the backup's name.
    assert all(p.name.startswith(f".{target.name}.") for p in target.parent.iterdir())
    assert file_digest(filled_vault_file.vault) == before
    with open_fast(filled_vault_file.vault) as vault:
        assert vault.verify().ok
