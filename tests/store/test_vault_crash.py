"""SIGKILL at random moments: nothing acknowledged is lost, and exactly one passphrase works.

Real child processes write to a real vault; the parent kills them with SIGKILL (no clean-up
runs, like a power cut for the process) and then opens the file itself.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import pytest

from rmdesk.store.errors import WrongPassphraseError
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from tests.store.children import (
    FAST,
    PASSPHRASE,
    all_rows,
    kill_and_collect,
    make_vault,
    open_fast,
    read_line,
    spawned,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

WRITER_KILLS = 25
REKEY_KILLS = 15


def test_sigkill_during_commits_loses_no_acknowledged_row(tmp_path: Path) -> None:
    path = tmp_path / "vault.rmdesk"
    make_vault(path)
    acknowledged: set[int] = set()
    chance = random.Random(20240611)
    for _ in range(WRITER_KILLS):
        with spawned("writer", str(path), PASSPHRASE) as child:
            assert read_line(child) == "ready"
            time.sleep(chance.uniform(0.0, 0.12))
            acknowledged.update(int(line) for line in kill_and_collect(child)[1:])
        with open_fast(path) as vault:
            report = vault.verify()
            assert report.ok, report
            present = {int(row[0]) for row in vault.db.query("SELECT n FROM acked")}
        assert acknowledged <= present, sorted(acknowledged - present)[:10]
    assert len(acknowledged) > WRITER_KILLS  # the kills did land among real commits
    # A kill before the journal got its header leaves an empty, not-hot journal; the next
    # write transaction clears it.
    with open_fast(path) as vault:
        vault.db.execute("INSERT INTO acked(n, filler) VALUES (0, x'00')")
    assert not path.with_name(path.name + "-journal").exists()


def test_sigkill_during_a_passphrase_change_leaves_exactly_one_working(tmp_path: Path) -> None:
    path = tmp_path / "vault.rmdesk"
    make_vault(path, rows=300, row_bytes=3000)  # ~1 MB, so the rekey takes a while
    with open_fast(path) as vault:
        expected = all_rows(vault)
    duration = _rekey_duration(tmp_path, path)
    current, other = PASSPHRASE, "the other passphrase"
    chance = random.Random(4711)
    outcomes = {"old": 0, "new": 0, "hot journal": 0}
    for kill in range(REKEY_KILLS):
        with spawned("rekey", str(path), current, other) as child:
            assert read_line(child) == "ready"
            # Even kills aim inside the rekey, odd ones around its end (and the checks after).
            low, high = (0.0, 0.8) if kill % 2 == 0 else (0.8, 2.0)
            time.sleep(chance.uniform(low, high) * duration)
            said = kill_and_collect(child)
        journal = path.with_name(path.name + "-journal")
        outcomes["hot journal"] += journal.exists() and journal.stat().st_size > 0
        # Alternate which one is tried first: a wrong try must not spoil the file either
        # (it is the first open that replays the rekey's hot journal).
        order = [current, other] if kill % 2 else [other, current]
        works = [phrase for phrase in order if _opens(path, phrase)]
        assert len(works) == 1, f"kill {kill}: {works}"
        if "changed" in said:
            assert works == [other]
        if works == [other]:
            outcomes["new"] += 1
            current, other = other, current
        else:
            outcomes["old"] += 1
        with open_fast(path, current) as vault:
            assert vault.verify().ok
            assert all_rows(vault) == expected
    # Both outcomes are fine (each is checked above), but some kills must have caught the
    # rekey half-done, or this test proved nothing.
    print(f"rekey kills: {outcomes}")
    assert outcomes["hot journal"] >= 1, outcomes


def _opens(path: Path, phrase: str) -> bool:
    try:
        open_fast(path, phrase).close()
    except WrongPassphraseError:
        return False
    return True


def _rekey_duration(tmp_path: Path, path: Path) -> float:
    """How long one change takes here, measured on a copy, to aim the kills inside it."""
    copy = tmp_path / "timing.rmdesk"
    copy.write_bytes(path.read_bytes())
    with Vault.open(copy, passphrase_bytes(PASSPHRASE), kdf=FAST) as vault:
        started = time.perf_counter()
        vault.change_passphrase(passphrase_bytes(PASSPHRASE), passphrase_bytes("x"), kdf=FAST)
        return time.perf_counter() - started
