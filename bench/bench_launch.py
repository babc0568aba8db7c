"""Launch to lock screen: rmdesk against a bare PySide6 window, same Xvfb, paired runs.

    .venv/bin/python bench/bench_launch.py [--runs 10] [--lang de_DE.UTF-8]

Starts its own Xvfb (no window manager, so the client's window is the one mapped) and, for
each run, times from just before exec to the X server's MapNotify of the top-level window
(bench/xwatch.py; no polling interval). Runs alternate bare / rmdesk, after one warm-up each
(the warm-up writes the .pyc files: PYTHONDONTWRITEBYTECODE is removed from the children's
environment). rmdesk starts on a data folder holding a vault, so it shows its lock screen;
its RSS is read from /proc 0.8 s after the window is mapped. KeePassXC is timed the same way
when it is installed. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from stats import rss_mib, summary  # noqa: E402
from xwatch import MapWatcher  # noqa: E402

PASSPHRASE = "bench passphrase, not a secret"


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        number = reader.readline().strip()
    return server, f":{number}"


def make_vault(folder: Path) -> None:
    """A small vault (fast KDF: launch never derives a key) so rmdesk opens on its lock screen."""
    from rmdesk.paths import DataPaths
    from rmdesk.store.kdf import KdfParams, passphrase_bytes
    from rmdesk.store.vault import Vault

    paths = DataPaths(folder)
    folder.mkdir(mode=0o700, exist_ok=True)
    Vault.create(paths.vault, passphrase_bytes(PASSPHRASE), kdf=KdfParams(1, 10)).close()


def launch(command: list[str], env: dict[str, str], watcher: MapWatcher) -> tuple[float, float]:
    watcher.drain()
    began = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    mapped = watcher.wait_for_map(timeout=30)
    try:
        if mapped is None:
            raise RuntimeError(f"{command} mapped no window: {child.stderr}")
        time.sleep(0.8)
        rss = rss_mib(child.pid)
    finally:
        child.send_signal(signal.SIGTERM)
        _out, err = child.communicate(timeout=30)
    if err.strip():
        print(err.decode(errors="replace"), file=sys.stderr)
    return mapped - began, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--lang",
        default="en_GB.UTF-8",
        help="LANG for the children: de_DE.UTF-8 or fr_FR.UTF-8 makes rmdesk load its catalogue",
    )
    args = parser.parse_args()
    server, display = start_xvfb()
    folder = Path(tempfile.mkdtemp(prefix="rmdesk-launch-"))
    try:
        make_vault(folder / "data")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            XDG_CONFIG_HOME=str(folder / "config"),
            XDG_CACHE_HOME=str(folder / "cache"),
            LANG=args.lang,
        )
        commands = {
            "bare PySide6 window": [sys.executable, str(BENCH / "bare_window.py")],
            "rmdesk lock screen": [
                sys.executable,
                "-m",
                "rmdesk",
                "--data-dir",
                str(folder / "data"),
            ],
        }
        keepassxc = shutil.which("keepassxc")
        if keepassxc:
            commands["KeePassXC"] = [keepassxc]
        else:
            print("KeePassXC: not installed on this machine, not measured")
        watcher = MapWatcher(display)
        times: dict[str, list[float]] = {name: [] for name in commands}
        rss: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():
            launch(command, env, watcher)  # warm-up: .pyc files, font cache
        for run in range(args.runs):
            order = list(commands) if run % 2 == 0 else list(reversed(commands))
            for name in order:
                took, resident = launch(commands[name], env, watcher)
                times[name].append(took)
                rss[name].append(resident)
        watcher.close()
        floor = statistics.median(times["bare PySide6 window"])
        for name in commands:
            ratio = statistics.median(times[name]) / floor
            print(
                f"launch -> window mapped, {name}: {summary(times[name])};"
                f" {ratio:.2f}x the bare window; RSS median {statistics.median(rss[name]):.0f} MiB"
            )
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
