"""Start-up of the frozen program against the venv's: `--version`, and launch to window.

Run under an X server (it uses the real xcb platform, not offscreen):

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python bench/bench_startup.py \
        --frozen dist/rmdesk/rmdesk --venv .venv/bin/rmdesk --runs 9

*Launch to window* is from starting the process to the X server's MapNotify for its first
top-level window (watched with `xev -root -event substructure`), with a vault in the data
folder, so the window is the unlock screen: what a person sees first. Runs alternate between
the two programs after one warm-up each, so both see the same page cache and load.
PYTHONDONTWRITEBYTECODE is removed from the children's environment: with it set the venv
recompiles every module on every start (docs/architecture.md).
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import tempfile
import time
from pathlib import Path


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("QT_QPA_PLATFORM", None)
    return env


def time_version(program: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([str(program), "--version"], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def time_window(program: Path, data_dir: Path, env: dict[str, str]) -> float:
    watcher = subprocess.Popen(
        ["xev", "-root", "-event", "substructure"],
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    try:
        time.sleep(0.3)  # let xev select its events before the app starts
        start = time.perf_counter()
        app = subprocess.Popen(
            [str(program), "--data-dir", str(data_dir)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert watcher.stdout is not None
        for line in watcher.stdout:
            if line.startswith("MapNotify"):
                following = next(watcher.stdout, "")
                if "override NO" in following:
                    elapsed = time.perf_counter() - start
                    break
        else:
            raise SystemExit("bench_startup: xev ended before a window appeared")
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=30)
        return elapsed
    finally:
        watcher.terminate()
        watcher.wait(timeout=10)


def summary(label: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return (
        f"{label:<28} median {statistics.median(ms):7.1f} ms   "
        f"min {min(ms):7.1f}   max {max(ms):7.1f}   (n={len(ms)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--frozen", type=Path, default=Path("dist/rmdesk/rmdesk"))
    parser.add_argument("--venv", type=Path, default=Path(".venv/bin/rmdesk"))
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = environment()
    programs = {"venv": args.venv.resolve(), "frozen": args.frozen.resolve()}
    with tempfile.TemporaryDirectory(prefix="rmdesk-startup-") as folder:
        data_dir = Path(folder) / "data"
        subprocess.run(
            [str(programs["venv"]), "vault", "create", "--data-dir", str(data_dir)],
            input="bench startup passphrase\nbench startup passphrase\n",
            text=True,
            env=env,
            check=True,
            capture_output=True,
        )
        results: dict[str, dict[str, list[float]]] = {
            name: {"version": [], "window": []} for name in programs
        }
        for program in programs.values():  # warm-up: page cache, the venv's .pyc files
            time_version(program, env)
            time_window(program, data_dir, env)
        for _ in range(args.runs):
            for name, program in programs.items():
                results[name]["version"].append(time_version(program, env))
                results[name]["window"].append(time_window(program, data_dir, env))
    for kind in ("version", "window"):
        for name in programs:
            print(summary(f"{name} {kind}", results[name][kind]))
        ratio = statistics.median(results["frozen"][kind]) / statistics.median(
            results["venv"][kind]
        )
        print(f"{'frozen / venv':<28} {ratio:.2f}x")


if __name__ == "__main__":
    main()
