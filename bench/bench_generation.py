"""What the generation counter costs a commit, and what writing the rollback record costs.

    .venv/bin/python bench/bench_generation.py [--commits 400]

A fresh vault (real SQLCipher file, journal_mode DELETE, synchronous FULL: every commit
fsyncs) under the system temp folder. Times COMMITS one-row write transactions through a Db
that advances the counter (as the vault's own Db does) and as many through a second Db on
the same connection that does not, interleaved in pairs so disk noise hits both alike. Then
times ``SeenRecord.remember`` (what unlock and lock add). Median, p95 in milliseconds.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
import time
from pathlib import Path

from rmdesk.store.db import Db
from rmdesk.store.kdf import KdfParams, passphrase_bytes
from rmdesk.store.seen_record import SeenRecord, record_path
from rmdesk.store.vault import Vault

FAST = KdfParams(version=1, log2_n=10)  # the KDF is not what is measured


def timed_commit(db: Db, n: int) -> float:
    start = time.perf_counter()
    with db.transaction():
        db.execute("INSERT INTO t(n, body) VALUES (?, ?)", (n, "x" * 200))
    return (time.perf_counter() - start) * 1000


def summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"median {statistics.median(ordered):.2f} ms, p95 {p95:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commits", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vault.rmdesk"
        with Vault.create(path, passphrase_bytes("bench passphrase"), kdf=FAST) as vault:
            counted = vault.db
            counted.execute("CREATE TABLE t(n INTEGER, body TEXT)")
            plain = Db(counted.raw)  # same connection, no counter
            with_counter: list[float] = []
            without: list[float] = []
            for n in range(args.commits):
                with_counter.append(timed_commit(counted, n))
                without.append(timed_commit(plain, n))
            record = SeenRecord(record_path(path), bytearray(32), bytes(16))
            writes = []
            for n in range(100):
                start = time.perf_counter()
                record.remember(n)
                writes.append((time.perf_counter() - start) * 1000)
            record.wipe()
    print(f"{platform.python_implementation()} {platform.python_version()}, {args.commits} commits")
    print(f"commit without counter: {summary(without)}")
    print(f"commit with counter:    {summary(with_counter)}")
    print(f"rollback record write:  {summary(writes)}")


if __name__ == "__main__":
    main()
