"""Import a large JSON export with the real CLI; report wall time and the child's peak memory.

    .venv/bin/python bench/bench_import.py [--count 100000] [--words 300] [--keep-files DIR]

Generates one relationship with COUNT reflections of about WORDS words each (deterministic
text from a small vocabulary, with a few tags every 10th entry), creates a vault with
``rmdesk vault create``, then times ``rmdesk import FILE.json``. The import runs with its
stderr on a pseudo-terminal, relayed here, so its progress line shows. Peak memory is the
child's ``ru_maxrss`` from ``os.wait4``. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "bench passphrase, not a secret"
STAMP = "2026-01-05T10:00:00+00:00"
VOCABULARY = [
    "mentor",
    "leader",
    "learn",
    "prompt",
    "tool",
    "team",
    "habit",
    "feedback",
    "question",
    "meeting",
    "goal",
    "action",
    "week",
    "trust",
    "curious",
    "assumption",
    "change",
    "practice",
    "reverse",
    "young",
    "senior",
    "insight",
    "workflow",
    "chat",
    "shortcut",
    "message",
    "context",
    "agenda",
    "listen",
    "explain",
    "example",
    "surprise",
]


def write_document(path: Path, count: int, words: int) -> None:
    """Stream the export to ``path`` row by row.

    Streaming keeps this process small, which matters: Linux carries a process's peak RSS
    over fork/exec into the child, so a big parent would inflate the child's measured peak.
    """
    rng = random.Random(20261124)
    rel = "00000000-0000-4000-8000-000000000001"
    relationship = {
        "uuid": rel,
        "my_role": "leader",
        "other_name": "Bench",
        "cadence": "weekly",
        "meeting_minutes": 30,
        "start_date": "2026-01-05",
        "created_at": STAMP,
        "updated_at": STAMP,
    }
    tags = []
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"format": "rmdesk-export", "version": 1, "schema_version": 1, ')
        out.write('"scope": "all", "tables": {"relationship": [')
        out.write(json.dumps(relationship))
        out.write('], "reflection": [')
        for n in range(count):
            uuid = f"00000000-0000-4000-9000-{n:012d}"
            reflection = {
                "uuid": uuid,
                "relationship_uuid": rel,
                "prompt": "What did you learn this week?",
                "body": " ".join(rng.choice(VOCABULARY) for _ in range(words)),
                "created_at": STAMP,
                "updated_at": STAMP,
            }
            out.write(("," if n else "") + json.dumps(reflection))
            if n % 10 == 0:
                tags.append({"reflection_uuid": uuid, "tag": rng.choice(VOCABULARY)})
        out.write('], "reflection_tag": ')
        out.write(json.dumps(tags))
        out.write("}}\n")


def rmdesk(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "rmdesk", "--data-dir", str(data_dir), *args]


def timed_import(data_dir: Path, source: Path) -> tuple[int, float, int]:
    """Run the import; returns (exit code, wall seconds, peak RSS in KiB)."""
    master, slave = pty.openpty()
    started = time.perf_counter()
    child = subprocess.Popen(
        rmdesk(data_dir, "import", str(source)),
        stdin=subprocess.PIPE,
        stderr=slave,
    )
    os.close(slave)
    assert child.stdin is not None
    child.stdin.write(f"{PASSPHRASE}\n".encode())
    child.stdin.close()
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO once the child has closed the terminal
            break
        if not chunk:
            break
        sys.stderr.buffer.write(chunk)
        sys.stderr.flush()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    os.close(master)
    return child.returncode, wall, usage.ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--keep-files", metavar="DIR", help="work here and keep the files")
    args = parser.parse_args()

    work = Path(args.keep_files or tempfile.mkdtemp(prefix="rmdesk-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    data_dir, source = work / "data", work / "import.json"
    print(f"Generating {args.count:,} reflections of {args.words} words ...", file=sys.stderr)
    write_document(source, args.count, args.words)
    size_mib = source.stat().st_size / 2**20
    subprocess.run(
        rmdesk(data_dir, "vault", "create"),
        input=f"{PASSPHRASE}\n{PASSPHRASE}\n".encode(),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    code, wall, peak_kib = timed_import(data_dir, source)
    vault_mib = (data_dir / "vault.rmdesk").stat().st_size / 2**20
    print(
        f"\n| reflections | words each | JSON size | exit | wall time | peak RSS (child) "
        f"| vault size |\n|---|---|---|---|---|---|---|\n"
        f"| {args.count:,} | {args.words} | {size_mib:.0f} MiB | {code} | {wall:.1f} s "
        f"| {peak_kib / 1024:.0f} MiB | {vault_mib:.0f} MiB |"
    )
    if not args.keep_files:
        for path in sorted(work.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        work.rmdir()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
