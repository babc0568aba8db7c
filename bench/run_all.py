"""Run every benchmark with its documented settings (`make bench`); numbers go to stdout and
are copied by hand into bench/RESULTS.md with the machine they were measured on."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def run(*args: str) -> None:
    print(f"\n$ python {' '.join(args)}", flush=True)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    subprocess.run([sys.executable, *args], check=True, env=env, cwd=BENCH.parent)


def main() -> None:
    run(str(BENCH / "bench_import.py"))
    run(str(BENCH / "bench_live_notes.py"))
    with tempfile.TemporaryDirectory(prefix="rmdesk-bench-") as folder:
        run(str(BENCH / "gen_large_vault.py"), folder)
        run(str(BENCH / "bench_reflections.py"), folder)


if __name__ == "__main__":
    main()
