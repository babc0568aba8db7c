"""Child processes for the vault tests, and the parent-side helpers that run them.

Run as ``python -m tests.store.children COMMAND ...`` from the repository root. A child that
reports an outcome prints one JSON line last: ``{"ok": ...}`` or ``{"error": ClassName, ...}``.
Every child stops by itself within ``--seconds`` (or CHILD_TIMEOUT), and every parent-side
helper reaps what it started, so no test leaves a process or a zombie behind.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rmdesk.store.engine import PAGE_SIZE, connect, read_salt
from rmdesk.store.errors import VaultError
from rmdesk.store.generation import GENERATION_KEY
from rmdesk.store.instance_lock import InstanceLock
from rmdesk.store.kdf import KdfParams, derive_key, passphrase_bytes
from rmdesk.store.schema import MIGRATIONS
from rmdesk.store.seen_record import RECORD_SUFFIX
from rmdesk.store.vault import Vault

REPO_ROOT = Path(__file__).resolve().parents[2]
CHILD_TIMEOUT = 30.0
NOBODY = 65534
# Match tests/conftest.py (FAST_KDF, PASSPHRASE): cheap enough for the opens of a kill loop.
FAST_LOG2_N = 10
FAST = KdfParams(version=1, log2_n=FAST_LOG2_N)
PASSPHRASE = "correct horse battery staple"

Outcome = dict[str, Any]


# -- parent side ---------------------------------------------------------------------------
def child_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "tests.store.children", *args]


def run_child(*args: str, timeout: float = CHILD_TIMEOUT) -> Outcome:
    """Run a child to completion (killed and reaped on timeout); its final JSON outcome."""
    proc = subprocess.run(
        child_command(*args),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        raise AssertionError(f"child {args[0]} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    outcome: Outcome = json.loads(lines[-1])
    return outcome


@contextlib.contextmanager
def spawned(*args: str) -> Iterator[subprocess.Popen[str]]:
    """A running child with piped stdout; killed and reaped on the way out, whatever happens."""
    proc = subprocess.Popen(
        child_command(*args),
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=CHILD_TIMEOUT)


def read_line(proc: subprocess.Popen[str], timeout: float = CHILD_TIMEOUT) -> str:
    """The child's next stdout line, or an AssertionError (with its stderr) after ``timeout``."""
    assert proc.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise AssertionError(f"child said nothing within {timeout} s")
    line = proc.stdout.readline()
    if not line:
        _out, err = proc.communicate(timeout=CHILD_TIMEOUT)
        raise AssertionError(f"child ended early ({proc.returncode}): {err[-2000:]}")
    return line.rstrip("\n")


def kill_and_collect(proc: subprocess.Popen[str]) -> list[str]:
    """SIGKILL the child, reap it, and return the complete lines it printed before dying."""
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate(timeout=CHILD_TIMEOUT)
    # A line cut off by the kill has no newline: it was never acknowledged.
    return out.split("\n")[:-1]


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_listing(folder: Path) -> set[str]:
    """Every path under ``folder`` except the rollback records (``*.seen``) that opening a
    vault writes beside it on purpose (their content is tested in test_rollback.py)."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.suffix != RECORD_SUFFIX}


def make_vault(
    path: Path, *, rows: int = 0, row_bytes: int = 1000, passphrase: str = PASSPHRASE
) -> None:
    """A closed vault (FAST KDF) with an ``acked`` table of ``rows`` numbered random rows."""
    with Vault.create(path, passphrase_bytes(passphrase), kdf=FAST) as vault:
        db = vault.db
        db.execute("CREATE TABLE acked(n INTEGER PRIMARY KEY, filler BLOB NOT NULL)")
        with db.transaction():
            db.execute_many(
                "INSERT INTO acked(n, filler) VALUES (?, ?)",
                [(n, os.urandom(row_bytes)) for n in range(1, rows + 1)],
            )


def open_fast(path: Path, passphrase: str = PASSPHRASE, **kwargs: Any) -> Vault:
    return Vault.open(path, passphrase_bytes(passphrase), kdf=FAST, **kwargs)


def all_rows(vault: Vault) -> dict[str, list[str]]:
    """Every row of every table (FTS shadow tables included), as sorted reprs."""
    names = [
        str(row[0]) for row in vault.db.query("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    # The generation counter moves with every commit; it is not content.
    return {
        name: sorted(
            repr(tuple(row))
            for row in vault.db.query(f'SELECT * FROM "{name}"')  # noqa: S608
            if not (name == "meta" and row[0] == GENERATION_KEY)
        )
        for name in names
    }


# -- child side ----------------------------------------------------------------------------
def crash_mid_transaction(vault_path: Path) -> None:
    """Leave ``vault_path`` as a crash would: pages half-written, hot journal beside it.

    A transaction too big for a tiny page cache spills pages into the file before COMMIT;
    copying the file pair at that moment is exactly what a power cut would leave behind.
    """
    scratch = vault_path.with_name("scratch.rmdesk")
    shutil.copyfile(vault_path, scratch)
    conn = connect(scratch, derive_key(passphrase_bytes(PASSPHRASE), read_salt(scratch), FAST))
    try:
        conn.execute("PRAGMA cache_size = 4")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE acked SET filler = randomblob(900)")
        conn.execute("INSERT INTO acked(n, filler) SELECT n + 1000, filler FROM acked")
        shutil.copyfile(scratch, vault_path)
        shutil.copyfile(scratch.with_name("scratch.rmdesk-journal"), f"{vault_path}-journal")
        conn.execute("ROLLBACK")
    finally:
        conn.close()
        scratch.unlink()
    assert vault_path.stat().st_size % PAGE_SIZE == 0


def _kdf(log2_n: int) -> KdfParams:
    return KdfParams(version=1, log2_n=log2_n)


def _report(action: Callable[[], Outcome]) -> None:
    try:
        outcome = action()
    except VaultError as exc:
        outcome = {"error": type(exc).__name__, "kind": exc.kind, "message": str(exc)}
    print(json.dumps(outcome), flush=True)


def _hold_lock(args: argparse.Namespace) -> None:
    lock = InstanceLock(Path(args.path))
    lock.acquire()
    print("locked", flush=True)
    time.sleep(args.seconds)


def _writer(args: argparse.Namespace) -> None:
    """Commit numbered rows forever (until ``--seconds``); print each number once committed."""
    deadline = time.monotonic() + args.seconds
    with Vault.open(
        Path(args.vault), passphrase_bytes(args.passphrase), kdf=_kdf(args.log2_n)
    ) as vault:
        db = vault.db
        number = int(db.scalar("SELECT coalesce(max(n), 0) FROM acked")) + 1
        print("ready", flush=True)
        while time.monotonic() < deadline:
            # Varying sizes (some rows span pages) so kills land in every phase of a commit.
            filler = os.urandom(64 + (number * 7919) % 9000)
            with db.transaction():
                db.execute("INSERT INTO acked(n, filler) VALUES (?, ?)", (number, filler))
            print(number, flush=True)
            number += 1


def _rekey(args: argparse.Namespace) -> None:
    kdf = _kdf(args.log2_n)
    with Vault.open(Path(args.vault), passphrase_bytes(args.old), kdf=kdf) as vault:
        print("ready", flush=True)
        vault.change_passphrase(passphrase_bytes(args.old), passphrase_bytes(args.new), kdf=kdf)
        print("changed", flush=True)


def _limit_file_size(limit: int) -> None:
    import resource

    # Without SIG_IGN the kernel's SIGXFSZ would kill us instead of failing the write.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))


def _full_disk(args: argparse.Namespace) -> None:
    """Run one write-heavy action under RLIMIT_FSIZE; report what happened."""
    kdf = _kdf(args.log2_n)
    path = Path(args.vault)
    secret = passphrase_bytes(args.passphrase)
    _limit_file_size(args.limit)

    def action() -> Outcome:
        if args.action == "create":
            Vault.create(path, secret, kdf=kdf).close()
            return {"ok": "created"}
        if args.action == "migrate":
            extra = [*MIGRATIONS, ["CREATE TABLE added_later(x)"]]
            Vault.open(path, secret, kdf=kdf, migrations=extra).close()
            return {"ok": "migrated"}
        with Vault.open(path, secret, kdf=kdf) as vault:
            if args.action == "insert":
                return _insert_after_small_commit(vault)
            if args.action == "backup":
                vault.backup_to(Path(args.target))
                return {"ok": "backed up"}
            if args.action == "rekey":
                try:
                    vault.change_passphrase(secret, passphrase_bytes(args.new), kdf=kdf)
                finally:
                    # After a failed change the vault must still be open and readable.
                    print(json.dumps({"still_readable": vault.db.scalar("SELECT 1") == 1}))
                return {"ok": "changed"}
        raise SystemExit(f"unknown action {args.action}")

    _report(action)


def _insert_after_small_commit(vault: Vault) -> Outcome:
    db = vault.db
    with db.transaction():
        db.execute("INSERT INTO acked(n, filler) VALUES (?, ?)", (1_000_001, b"small"))
    print(json.dumps({"committed": 1_000_001}), flush=True)
    with db.transaction():
        for number in range(1_000_002, 1_000_402):
            db.execute("INSERT INTO acked(n, filler) VALUES (?, ?)", (number, os.urandom(4000)))
    return {"ok": "inserted"}


def _as_user(args: argparse.Namespace) -> None:
    """Drop root (which ignores permissions) and try to open, write and lock as ``--uid``."""
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(args.uid)
        os.setuid(args.uid)
    path = Path(args.vault)

    def action() -> Outcome:
        with Vault.open(path, passphrase_bytes(args.passphrase), kdf=_kdf(args.log2_n)) as vault:
            vault.db.execute("INSERT INTO meta(key, value) VALUES ('probe', 'x')")
        return {"ok": "written"}

    def lock() -> Outcome:
        with InstanceLock(path.with_name("vault.lock")):
            return {"ok": "locked"}

    _report(action)
    _report(lock)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="tests.store.children")
    commands = parser.add_subparsers(dest="command", required=True)

    hold = commands.add_parser("hold-lock")
    hold.add_argument("path")
    hold.add_argument("--seconds", type=float, default=CHILD_TIMEOUT)
    hold.set_defaults(run=_hold_lock)

    writer = commands.add_parser("writer")
    writer.add_argument("vault")
    writer.add_argument("passphrase")
    writer.add_argument("--seconds", type=float, default=CHILD_TIMEOUT)
    writer.set_defaults(run=_writer)

    rekey = commands.add_parser("rekey")
    rekey.add_argument("vault")
    rekey.add_argument("old")
    rekey.add_argument("new")
    rekey.set_defaults(run=_rekey)

    full = commands.add_parser("full-disk")
    full.add_argument("action", choices=["insert", "backup", "rekey", "migrate", "create"])
    full.add_argument("vault")
    full.add_argument("passphrase")
    full.add_argument("--limit", type=int, required=True)
    full.add_argument("--target", default="")
    full.add_argument("--new", default="new passphrase")
    full.set_defaults(run=_full_disk)

    user = commands.add_parser("as-user")
    user.add_argument("vault")
    user.add_argument("passphrase")
    user.add_argument("--uid", type=int, default=NOBODY)
    user.set_defaults(run=_as_user)

    for sub in (writer, rekey, full, user):
        sub.add_argument("--log2-n", dest="log2_n", type=int, default=FAST_LOG2_N)

    args = parser.parse_args(argv)
    args.run(args)


if __name__ == "__main__":
    main()
