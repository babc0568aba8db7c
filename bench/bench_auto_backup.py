"""How long the window is blocked by an automatic backup on lock.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_auto_backup.py VAULT_DIR [--real-kdf]

VAULT_DIR holds a vault made by ``bench/gen_large_vault.py`` (``--real-kdf`` if it was made
with that option). The bench opens the
real window, unlocks, changes one row, then locks: the lock hands the vault to the automatic
backup (a worker thread) and returns. A 5 ms heartbeat timer on the UI thread measures the
longest gap between its ticks from the lock until the backup is written and verified (the
event loop's worst stall while the backup runs), besides the time ``lock()`` itself takes.
The same lock is timed with automatic backups off, for comparison. Not part of the tests.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import itertools
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from rmdesk.app import vault_creator, vault_opener
from rmdesk.paths import DataPaths
from rmdesk.privacy.idle import ManualClock
from rmdesk.store.kdf import KdfParams
from rmdesk.ui.shell.main_window import MainWindow, WindowContext
from rmdesk.ui.shell.settings import UiSettings

PASSPHRASE = "bench passphrase, not a secret"
FAST_KDF = KdfParams(version=1, log2_n=10)
HEARTBEAT_MS = 5
BASELINE_SECONDS = 20.0  # with automatic backups off: how long to watch an idle window


def wait(condition: object, seconds: float = 600.0) -> None:
    """Run the event loop (sleeping between events, as the app does) until ``condition``."""
    loop = QEventLoop()
    deadline = time.monotonic() + seconds
    poll = QTimer()
    poll.setInterval(50)

    def check() -> None:
        if condition() or time.monotonic() > deadline:  # type: ignore[operator]
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()


def run(paths: DataPaths, automatic: bool, kdf: KdfParams | None) -> tuple[float, float, float]:
    """(lock() ms, worst heartbeat gap ms, seconds until the backup was done)."""
    window = MainWindow(
        WindowContext(
            paths=paths,
            settings=UiSettings(paths.ui_settings),
            open_vault=vault_opener(paths, kdf),
            create_vault=vault_creator(kdf or FAST_KDF),
            clock=ManualClock(),
            kdf=kdf,
            auto_backup=automatic,
        )
    )
    window.show()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    wait(lambda: window.vault is not None)
    assert window.vault is not None
    wait(lambda: False, 1.0)  # let the workspace settle
    window.vault.db.execute("UPDATE relationship SET other_name = other_name || '.'")
    gc.collect()  # an earlier run's window is garbage now; do not time its collection
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    wait(lambda: len(ticks) > 5)
    menu = window.vault_menu
    release = menu.release
    spent: list[float] = []

    def timed_release(vault: object) -> None:
        start = time.perf_counter()
        release(vault)  # type: ignore[arg-type]
        spent.append(time.perf_counter() - start)

    menu.release = timed_release  # type: ignore[method-assign]
    began = time.perf_counter()
    window.lock()
    locked = time.perf_counter()
    print(f"  handing the vault over took {spent[0] * 1000:.1f} ms", file=sys.stderr)
    ticks.append(locked)
    wait(lambda: not window.vault_menu.jobs.busy)
    done = time.perf_counter()
    if not automatic:
        wait(lambda: False, BASELINE_SECONDS)  # the same heartbeat with nothing running
    heartbeat.stop()
    after = [t for t in ticks if t >= locked]
    gaps = sorted(b - a for a, b in itertools.pairwise(after))
    print(
        f"  gaps over 50 ms: {sum(g > 0.05 for g in gaps)} of {len(gaps)}; "
        f"99th percentile {gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms"
        if gaps
        else "",
        file=sys.stderr,
    )
    window.close()
    window.deleteLater()
    return (locked - began) * 1000, max(gaps, default=0.0) * 1000, done - locked


def main() -> int:
    source = Path(sys.argv[1]) / "vault.rmdesk"
    kdf = None if "--real-kdf" in sys.argv[2:] else FAST_KDF
    app = QApplication([])
    work = Path(tempfile.mkdtemp(prefix="rmdesk-bench-auto-"))
    try:
        for automatic in (False, True):
            root = work / ("on" if automatic else "off")
            root.mkdir(mode=0o700)
            shutil.copyfile(source, root / "vault.rmdesk")
            paths = DataPaths(root)
            lock_ms, gap_ms, seconds = run(paths, automatic, kdf)
            written = sorted(paths.backups.glob("rmdesk-*.rmdesk")) if automatic else []
            print(
                f"| automatic backup {'on' if automatic else 'off'} "
                f"| {source.stat().st_size / 2**20:.0f} MiB "
                f"| {lock_ms:.0f} ms | {gap_ms:.0f} ms | {seconds:.1f} s "
                f"| {len(written)} |"
            )
    finally:
        shutil.rmtree(work)
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
