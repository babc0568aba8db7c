"""Generate a vault with many reflections, for bench_reflections.py.

    .venv/bin/python bench/gen_large_vault.py OUT_DIR [--count 100000] [--words 120]
        [--meetings 0] [--real-kdf]

Creates OUT_DIR/vault.rmdesk holding the demo relationship plus COUNT reflections of about
WORDS words each (deterministic text from a small vocabulary; every 5th has tags; one in 2,000
holds the rare word "zeugma"), written with executemany in one transaction, so the FTS5
triggers index every row as the app would.

The vault uses a FAST scrypt setting (N=2^10) unless ``--real-kdf`` is given (the app's own
setting, N=2^17, as bench_app.py needs: it unlocks through the real window). ``--meetings``
adds that many held meetings (one a week, going back from the demo's) to the relationship.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from rmdesk.demo import fill_demo
from rmdesk.paths import DataPaths
from rmdesk.store.db import Db
from rmdesk.store.kdf import DEFAULT_KDF, KdfParams, passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.repositories._codec import time_to_text
from rmdesk.store.vault import Vault

PASSPHRASE = "bench passphrase, not a secret"
FAST_KDF = KdfParams(version=1, log2_n=10)
RARE_WORD = "zeugma"
RARE_EVERY = 2000
VOCABULARY = [
    "mentor",
    "leader",
    "learn",
    "listen",
    "meeting",
    "feedback",
    "team",
    "assumption",
    "question",
    "idea",
    "change",
    "habit",
    "trust",
    "curious",
    "generation",
    "tool",
    "workflow",
    "decision",
    "inclusion",
    "voice",
    "silence",
    "explain",
    "defend",
    "ask",
    "reverse",
    "mentoring",
    "honest",
    "candid",
    "review",
    "board",
    "agenda",
    "goal",
    "progress",
    "practice",
    "insight",
    "coffee",
    "slack",
    "message",
    "video",
    "call",
    "async",
    "focus",
    "respect",
    "courtesy",
    "junior",
    "senior",
    "experience",
    "pattern",
    "bias",
    "surprise",
    "reflex",
    "rigour",
    "exam",
    "inventive",
    "credit",
    "summary",
    "newest",
    "speak",
    "first",
]
TAGS = ("assumptions", "feedback", "meetings", "listening", "inclusion", "tools", "habits")


def reflection_text(rng: random.Random, words: int, number: int) -> str:
    chosen = rng.choices(VOCABULARY, k=words)
    if number % RARE_EVERY == 0:
        chosen[rng.randrange(words)] = RARE_WORD
    lines = [" ".join(chosen[i : i + 15]) for i in range(0, words, 15)]
    return f"Entry {number}: " + "\n".join(lines)


def add_meetings(db: Db, rel_id: int, count: int, rng: random.Random) -> None:
    first = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    rows = []
    for number in range(count):
        stamp = time_to_text(first - timedelta(weeks=number + 1))
        rows.append(
            (
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                rel_id,
                stamp,
                60,
                "held",
                f"Session {count - number}",
                stamp,
                stamp,
            )
        )
    db.execute_many(
        "INSERT INTO meeting (uuid, relationship_id, starts_at, minutes, status,"
        " learning_intent, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
        rows,
    )


def generate(
    out_dir: Path, count: int, words: int, meetings: int = 0, kdf: KdfParams = FAST_KDF
) -> Path:
    paths = DataPaths(out_dir)
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if paths.vault.exists():
        sys.exit(f"{paths.vault} already exists")
    rng = random.Random(7)
    start = datetime(2023, 1, 2, 8, 0, tzinfo=UTC)
    with Vault.create(paths.vault, passphrase_bytes(PASSPHRASE), kdf=kdf) as vault:
        repos = Repositories.from_db(vault.db)
        fill_demo(repos, date(2026, 11, 24))
        rel_id = repos.relationships.list_all()[0].id
        db = vault.db
        began = time.perf_counter()
        with db.transaction():
            rows = []
            tag_rows = []
            first_id = int(db.scalar("SELECT coalesce(max(id), 0) FROM reflection")) + 1
            for number in range(count):
                created = start + timedelta(minutes=15 * number)
                stamp = time_to_text(created)
                rows.append(
                    (
                        first_id + number,
                        str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        rel_id,
                        "",
                        reflection_text(rng, words, number),
                        stamp,
                        stamp,
                    )
                )
                if number % 5 == 0:
                    tag_rows += [(first_id + number, t) for t in rng.sample(TAGS, 2)]
            db.execute_many(
                "INSERT INTO reflection (id, uuid, relationship_id, prompt, body, created_at,"
                " updated_at) VALUES (?,?,?,?,?,?,?)",
                rows,
            )
            db.execute_many(
                "INSERT INTO reflection_tag (reflection_id, tag) VALUES (?,?)", tag_rows
            )
            add_meetings(db, rel_id, meetings, rng)
        print(f"inserted {count} reflections in {time.perf_counter() - began:.1f} s")
    print(f"vault: {paths.vault} ({paths.vault.stat().st_size / 2**20:.0f} MiB)")
    return paths.vault


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--meetings", type=int, default=0)
    parser.add_argument("--real-kdf", action="store_true", help="the app's own scrypt setting")
    args = parser.parse_args()
    kdf = DEFAULT_KDF if args.real_kdf else FAST_KDF
    generate(args.out_dir, args.count, args.words, args.meetings, kdf)


if __name__ == "__main__":
    main()
