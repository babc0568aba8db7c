"""Running ``python -m rmdesk`` in a child process, as a user (or cron) would."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "quiet lantern — ünïcödé orbit meadow"


def child_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "RMDESK_DATA_DIR"}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update(extra)
    return env


def command(*args: str | Path, data_dir: Path | None = None) -> list[str]:
    argv = [sys.executable, "-m", "rmdesk"]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return argv + [str(a) for a in args]


def run(
    home: Path,
    *args: str | Path,
    lines: Sequence[str] = (),
    data_dir: Path | None = None,
    env_extra: dict[str, str] | None = None,
    preexec_fn: Callable[[], None] | None = None,
    stderr: int | IO[bytes] | None = subprocess.PIPE,
) -> subprocess.CompletedProcess[str]:
    """``rmdesk [--data-dir DIR] ARGS`` with ``lines`` on stdin (passphrases, one a line)."""
    argv = command(*args, data_dir=data_dir)
    stdin = "".join(f"{line}\n" for line in lines).encode("utf-8")
    done = subprocess.run(
        argv,
        input=stdin,
        stdout=subprocess.PIPE,
        stderr=stderr,
        env=child_env(home, **(env_extra or {})),
        preexec_fn=preexec_fn,  # only to set an rlimit in the child
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        argv,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        (done.stderr or b"").decode("utf-8", "replace"),
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def minimal_document(uuid: str = "33333333-3333-4333-8333-000000000001") -> dict[str, object]:
    """An export holding one relationship and nothing else."""
    stamp = "2026-01-05T10:00:00Z"
    relationship = {
        "uuid": uuid,
        "my_role": "mentor",
        "other_name": "Alex",
        "cadence": "weekly",
        "meeting_minutes": 30,
        "start_date": "2026-01-05",
        "created_at": stamp,
        "updated_at": stamp,
    }
    return {
        "format": "rmdesk-export",
        "version": 1,
        "schema_version": 1,
        "scope": "shared",
        "tables": {"relationship": [relationship]},
    }


def kill_while_writing(
    home: Path,
    *args: str | Path,
    data_dir: Path,
    lines: Sequence[str],
    journal: Path,
    into: float = 0.3,
) -> None:
    """Start ``rmdesk ARGS``, wait until it writes (its journal appears), then SIGKILL it
    ``into`` seconds later, while it is still running."""
    child = subprocess.Popen(
        command(*args, data_dir=data_dir),
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=child_env(home),
    )
    assert child.stdin is not None
    child.stdin.write("".join(f"{line}\n" for line in lines).encode())
    child.stdin.close()
    deadline = time.monotonic() + 90
    while not journal.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    try:
        assert journal.exists(), "the command never started writing"
        time.sleep(into)
        assert child.poll() is None, "the command finished before it could be killed"
        child.send_signal(signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)


def leave_hot_journal(vault_path: Path) -> None:
    """Leave ``vault_path`` as a power cut mid-transaction would: pages of an uncommitted
    transaction spilled into the file (a tiny page cache forces it), its journal beside it."""
    from rmdesk.store.kdf import passphrase_bytes
    from rmdesk.store.vault import Vault

    scratch = vault_path.with_name("scratch.rmdesk")
    shutil.copyfile(vault_path, scratch)
    with Vault.open(scratch, passphrase_bytes(PASSPHRASE)) as vault:
        raw = vault.db.raw
        raw.execute("PRAGMA cache_size = 4")
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("CREATE TABLE filler(x)")
        raw.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)"
            " INSERT INTO filler SELECT randomblob(3000) FROM n"
        )
        raw.execute("UPDATE relationship SET purpose = purpose || hex(randomblob(1500))")
        shutil.copyfile(scratch, vault_path)
        shutil.copyfile(f"{scratch}-journal", f"{vault_path}-journal")
        raw.execute("ROLLBACK")
    scratch.unlink()


def run_test_child(
    home: Path, module: str, *args: str | Path, data_dir: Path, lines: Sequence[str] = ()
) -> subprocess.CompletedProcess[bytes]:
    """``python -m tests.commands.<module> --data-dir DIR ARGS``: the real command with one fault
    injected (see the module), run from the repository root."""
    argv = [sys.executable, "-m", f"tests.commands.{module}", "--data-dir", str(data_dir)]
    return subprocess.run(
        [*argv, *(str(a) for a in args)],
        input="".join(f"{line}\n" for line in lines).encode("utf-8"),
        capture_output=True,
        env=child_env(home),
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
        check=False,
    )
