"""Run every benchmark with its documented settings (`make bench`); numbers go to stdout and
are copied by hand into bench/RESULTS.md with the machine they were measured on.

Timing runs must not recompile: PYTHONDONTWRITEBYTECODE is removed from the children's
environment (with it set, every launch recompiles ~150 modules and is 1.3x slower).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def run(*args: str) -> None:
    print(f"\n$ python {' '.join(args)}", flush=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    subprocess.run([sys.executable, *args], check=True, env=env, cwd=BENCH.parent)


def main() -> None:
    run(str(BENCH / "bench_import.py"))
    run(str(BENCH / "bench_live_notes.py"))
    run(str(BENCH / "bench_launch.py"))  # starts its own Xvfb
    with tempfile.TemporaryDirectory(prefix="rmdesk-bench-") as folder:
        small, large = Path(folder) / "100k", Path(folder) / "300k"
        run(str(BENCH / "gen_large_vault.py"), str(small), "--count", "100000", "--real-kdf")
        run(str(BENCH / "bench_app.py"), str(small))
        run(
            str(BENCH / "gen_large_vault.py"),
            str(large),
            "--count",
            "300000",
            "--meetings",
            "2000",
            "--real-kdf",
        )
        run(str(BENCH / "bench_app.py"), str(large))


if __name__ == "__main__":
    main()
