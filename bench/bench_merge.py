"""Row versions, packs and merges on a vault with many reflections (docs/merge.md).

Measures, in-process on real SQLCipher files (the real scrypt setting for the vaults): the
full version refresh over every row (done before every exchange), the whole ``Vault.open``
(scrypt included) after a session that edited one reflection and after one that edited 1%
of them, with the versions brought up to date at open for the changed rows only (now) and
by a full refresh (as it was), writing and opening a pack of the relationship, and merging a
copy of the vault that has 1% of the reflections edited.

    .venv/bin/python bench/bench_merge.py --count 20000
"""

from __future__ import annotations

import argparse
import functools
import tempfile
import time
from pathlib import Path

from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.schema import MIGRATIONS
from rmdesk.store.sync import pack as packs
from rmdesk.store.sync.copies import merge_copy
from rmdesk.store.sync.state import refresh
from rmdesk.store.vault import Vault

PASSPHRASE = "bench passphrase for merges"
WORDS = "maple river lantern orbit velvet harbor"
STAMP = "2026-01-01T00:00:00Z"


def timed(label: str, action: object) -> None:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    print(f"{label}: {time.perf_counter() - start:.2f} s", flush=True)


def _open(path: Path) -> None:
    Vault.open(path, passphrase_bytes(PASSPHRASE)).close()


def _open_full(path: Path) -> None:
    # Another migrations object than the app's: the open leaves the versions alone, then the
    # full refresh the open used to run.
    with Vault.open(path, passphrase_bytes(PASSPHRASE), migrations=(*MIGRATIONS,)) as vault:
        refresh(vault.db, "all")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--opens-only", action="store_true", help="stop after the openings")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rmdesk-bench-") as folder:
        root = Path(folder)
        path = root / "a" / "vault.rmdesk"
        vault = Vault.create(path, passphrase_bytes(PASSPHRASE))
        with vault.db.transaction():
            rel = vault.db.execute(
                "INSERT INTO relationship (uuid, my_role, other_name, cadence, meeting_minutes,"
                " start_date, created_at, updated_at) VALUES"
                " ('bench-rel', 'leader', 'Sam', 'weekly', 45, '2026-01-01', ?, ?)",
                (STAMP, STAMP),
            )
            body = "lorem ipsum dolor sit amet consectetur " * 50
            vault.db.execute_many(
                "INSERT INTO reflection (uuid, relationship_id, body, created_at, updated_at)"
                " VALUES (?,?,?,?,?)",
                [(f"r{n:08d}", rel, body, STAMP, STAMP) for n in range(args.count)],
            )
        print(f"{args.count:,} reflections of {len(body)} characters")
        timed("full version refresh (every row new)", lambda: refresh(vault.db, "all"))
        vault.close()
        timed("open (scrypt, versions only of changed rows), nothing changed", lambda: _open(path))
        for edit, what in (
            ("WHERE rowid = 7", "1 reflection"),
            ("WHERE rowid % 100 = 0", "1% of reflections"),
        ):
            for how, opener in (
                ("only changed rows", _open),
                ("full refresh, as before", _open_full),
            ):
                with Vault.open(path, passphrase_bytes(PASSPHRASE)) as session:
                    session.db.execute(f"UPDATE reflection SET body = body || '.' {edit}")  # noqa: S608 - ours
                timed(
                    f"open after a session that edited {what} ({how})",
                    functools.partial(opener, path),
                )
        if args.opens_only:
            return
        vault = Vault.open(path, passphrase_bytes(PASSPHRASE))
        pack_file = root / "p.rmpack"
        timed(
            "write a pack (scrypt included)",
            lambda: packs.export_pack(vault.db, "bench-rel", pack_file, passphrase_bytes(WORDS)),
        )
        timed(
            "open a pack (scrypt included)",
            lambda: packs.read_pack(pack_file, passphrase_bytes(WORDS)),
        )
        vault.close()
        copy = root / "b" / "vault.rmdesk"
        copy.parent.mkdir()
        copy.write_bytes(path.read_bytes())
        with Vault.open(copy, passphrase_bytes(PASSPHRASE)) as other:
            other.db.execute("UPDATE reflection SET body = body || '!' WHERE rowid % 100 = 1")
        with Vault.open(path, passphrase_bytes(PASSPHRASE)) as again:
            timed(
                "merge a copy with 1% of rows changed (scrypt included)",
                lambda: merge_copy(again.db, again.path, copy, passphrase_bytes(PASSPHRASE)),
            )


if __name__ == "__main__":
    main()
