"""The real app at scale: unlock, first section painted, Ctrl+End, search as you type, memory.

    .venv/bin/python bench/gen_large_vault.py /tmp/rmdesk-bench --count 100000 --real-kdf
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_app.py /tmp/rmdesk-bench

Everything goes through the real window: ``make_application`` and ``MainWindow`` exactly as
``rmdesk.app`` builds them (real KDF, real settings file beside the vault), the passphrase
typed into the unlock page and Enter pressed, keys sent with QTest to the real widgets.

- unlock: from the moment the KDF has returned (the opener the window calls on its worker
  thread is wrapped to stamp its return) to the end of the first paint of the shown
  section's list (the journal: the settings file says the journal was shown last);
- Ctrl+End in the journal: key press to the list painted at its last row;
- search as you type: each letter of real words typed with ``QTest.keyClick`` into the search
  field; from just before the key press to the end of the first paint of the results list
  after its model was reset (so the debounce, if any, and the query are included). Between
  letters the typist waits until ``--cadence`` ms after the key; between words the field is
  cleared (Ctrl+A, Backspace; not timed);
- memory: RSS (VmRSS) at the lock screen, after the list is painted, after the searches; the
  peak (VmHWM) says what the KDF's transient adds;
- Meetings: switching to the section (Ctrl+4) to its list painted.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QListView,
    QTableView,
    QWidget,
)

from floors import end_floor, keystroke_floor, table_floor  # noqa: E402
from rmdesk.app import make_application, vault_creator, vault_opener  # noqa: E402
from rmdesk.paths import DataPaths  # noqa: E402
from rmdesk.privacy.idle import SystemClock  # noqa: E402
from rmdesk.ui.kit.empty_state import EmptySwitch  # noqa: E402
from rmdesk.ui.shell import settings as keys  # noqa: E402
from rmdesk.ui.shell.main_window import MainWindow, WindowContext  # noqa: E402
from rmdesk.ui.shell.settings import UiSettings  # noqa: E402
from stats import peak_rss_mib, rss_mib, summary  # noqa: E402

PASSPHRASE = "bench passphrase, not a secret"
# Real words of the journal's vocabulary (and two that are not in it), typed letter by letter:
# every word starts with its 1- and 2-letter prefixes. 100 keystrokes in all.
WORDS = [
    "mentor", "feedback", "listen", "silence", "zeugma", "trust", "curious", "inventive",
    "habit", "team", "question", "board", "respect", "quiet", "async", "explain",
]  # fmt: skip


class PaintClock(QObject):
    """Stamps the end of every widget's paint (the first after ``arm``) and model resets."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: dict[int, float] = {}
        self.on_paint: Callable[[], None] | None = None  # a waiting loop's check
        self._inside = False

    def arm(self) -> None:
        self.painted.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._inside and watched.isWidgetType():
            self._inside = True
            try:
                QApplication.sendEvent(watched, event)  # paint now, then stamp its end
            finally:
                self._inside = False
            self.painted.setdefault(id(watched), time.perf_counter())
            if self.on_paint is not None:
                self.on_paint()
            return True
        return False


def spin_until(
    app: QApplication, clock: PaintClock, done: Callable[[], bool], timeout: float = 30.0
) -> None:
    """Run a real event loop (``exec``: it sleeps, and lets worker threads have the GIL,
    as the app's own loop does) until ``done()``, asked after each paint."""
    if done():
        return
    loop = QEventLoop()

    def check() -> None:
        if done():
            loop.quit()

    clock.on_paint = check
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    try:
        loop.exec()
    finally:
        clock.on_paint = None
    if not done():
        raise TimeoutError("the bench waited too long")


def idle(app: QApplication, seconds: float) -> None:
    """Let the app run (its own event loop, nothing polled) for ``seconds``."""
    if seconds <= 0:
        return
    loop = QEventLoop()
    QTimer.singleShot(max(1, int(seconds * 1000)), loop.quit)
    loop.exec()


def section_list(window: MainWindow, name: str) -> QAbstractItemView | None:
    view = window.findChild(QWidget, name)
    if view is None or not view.isVisible():
        return None
    # The section's main list: the journal, or the meetings (not the agenda beside them).
    tables = [
        t
        for t in view.findChildren(QTableView)
        if t.isVisible()
        and (t.objectName() == "reflectionList" or t.accessibleName() == "Meetings")
    ]
    return tables[0] if tables else None


def list_painted(window: MainWindow, clock: PaintClock, name: str) -> float | None:
    found = section_list(window, name)
    return None if found is None else clock.painted.get(id(found.viewport()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--cadence", type=float, default=120.0, help="ms from key to key")
    args = parser.parse_args()
    app = make_application(sys.argv[:1])
    clock = PaintClock()
    app.installEventFilter(clock)

    paths = DataPaths(args.data_dir)
    settings = UiSettings(paths.ui_settings)
    settings.set_text(keys.LAST_SECTION, "reflections")
    opened_at: list[float] = []
    real_opener = vault_opener(paths)

    def timed_opener(path: Path, passphrase: bytearray) -> object:
        vault = real_opener(path, passphrase)
        opened_at.append(time.perf_counter())
        return vault

    window = MainWindow(
        WindowContext(
            paths=paths,
            settings=settings,
            open_vault=timed_opener,  # type: ignore[arg-type]
            create_vault=vault_creator(),
            clock=SystemClock(),
        )
    )
    window.resize(1100, 720)
    window.show()
    idle(app, 0.5)
    lock_rss = rss_mib()
    lock_peak = peak_rss_mib()

    def spin(done: Callable[[], bool]) -> None:
        spin_until(app, clock, done)

    floor_table = table_floor(clock.painted, clock.arm, spin)
    floor_end = end_floor(clock.painted, clock.arm, spin)
    floor_keys = keystroke_floor(clock.painted, clock.arm, spin, WORDS)
    idle(app, 0.5)
    window.activateWindow()

    # -- unlock ------------------------------------------------------------------------------
    field = window.unlock_page.passphrase
    built_at: list[float] = []
    window.vault_unlocked.connect(lambda: built_at.append(time.perf_counter()))
    QTest.keyClicks(field, PASSPHRASE)
    clock.arm()
    profiler = cProfile.Profile() if os.environ.get("BENCH_PROFILE") else None
    if profiler is not None:
        profiler.enable()
    pressed = time.perf_counter()
    QTest.keyClick(field, Qt.Key.Key_Return)
    try:
        spin_until(app, clock, lambda: list_painted(window, clock, "reflectionsView") is not None)
    except TimeoutError:
        view = window.workspace.view if window.workspace else None
        found = section_list(window, "reflectionsView")
        print(
            "page:",
            window.pages.currentWidget().objectName(),
            opened_at,
            view,
            view.isVisible() if view else None,
            found,
            len(clock.painted),
            file=sys.stderr,
        )
        raise
    painted = list_painted(window, clock, "reflectionsView")
    assert painted is not None and opened_at
    table = section_list(window, "reflectionsView")
    assert table is not None
    print(f"unlock, Enter -> KDF done (vault open): {(opened_at[0] - pressed) * 1000:.0f} ms")
    print(f"unlock, KDF done -> journal painted: {(painted - opened_at[0]) * 1000:.1f} ms")
    print(
        f"  of which KDF done -> window built: {(built_at[0] - opened_at[0]) * 1000:.1f} ms,"
        f" built -> painted: {(painted - built_at[0]) * 1000:.1f} ms"
    )
    print(f"  floor, a bare 100,000-row table window shown -> painted: {floor_table * 1000:.1f} ms")
    if profiler is not None:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(
            int(os.environ.get("BENCH_PROFILE_LINES", "30"))
        )
    idle(app, 1.0)
    rows = table.model().rowCount()  # the count may arrive after the first paint
    print(f"reflections listed: {rows:,}")
    listed_rss = rss_mib()

    # -- Ctrl+End ------------------------------------------------------------------------------
    ends = []
    for _ in range(5):
        table.setFocus()
        QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        idle(app, 0.2)
        clock.arm()
        start = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        spin_until(app, clock, lambda: id(table.viewport()) in clock.painted)
        ends.append(clock.painted[id(table.viewport())] - start)
        assert table.currentIndex().row() == rows - 1, table.currentIndex().row()
    print(f"Ctrl+End in the journal -> last row painted: {summary(ends)}")
    print(f"  floor, the same in a bare 100,000-row table: {summary(floor_end)}")
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    idle(app, 0.5)

    # -- search as you type ------------------------------------------------------------------
    search = window.findChild(QLineEdit, "reflectionSearch")
    results = window.findChild(QListView, "reflectionResults")
    assert search is not None and results is not None
    search.setFocus()
    reset = [False]

    stamps: dict[str, float] = {}

    def on_reset() -> None:  # only a paint after the new rows counts
        reset[0] = True
        stamps["reset"] = time.perf_counter()
        clock.painted.pop(id(results.viewport()), None)
        # an unchanged "Nothing found" page paints nothing: let the waiting loop look anyway
        QTimer.singleShot(0, lambda: clock.on_paint() if clock.on_paint is not None else None)

    trace = os.environ.get("BENCH_TRACE")
    searcher = getattr(window.workspace.view if window.workspace else None, "searcher", None)
    if trace and searcher is not None:
        searcher.answered.connect(
            lambda *_a: stamps.__setitem__("answered", time.perf_counter()),
            Qt.ConnectionType.DirectConnection,
        )

    results.model().modelReset.connect(on_reset)
    # No match shows the "Nothing found" page of an EmptySwitch instead of the list: then the
    # figure ends with that page painted, or at the reset when the page was already up (an
    # unchanged page is not painted again).
    switch = results.parentWidget()
    assert isinstance(switch, EmptySwitch)

    def results_shown(viewport: int, was_empty: bool) -> float | None:
        if not reset[0]:
            return None
        if not switch.is_empty():
            return clock.painted.get(viewport)
        if was_empty:
            return stamps["reset"]
        return clock.painted.get(id(switch.empty))

    per_key: list[float] = []
    by_length: dict[int, list[float]] = {}
    before_searches = rss_mib()
    nothing_found = 0
    for word in WORDS:
        for length, letter in enumerate(word, start=1):
            reset[0] = False
            clock.arm()
            start = time.perf_counter()
            QTest.keyClick(search, letter)
            stamps["key handled"] = time.perf_counter()
            viewport = id(results.viewport())
            was_empty = switch.is_empty()
            spin_until(app, clock, lambda v=viewport, e=was_empty: results_shown(v, e) is not None)
            shown = results_shown(viewport, was_empty)
            assert shown is not None
            took = shown - start
            if trace:
                marks = " ".join(f"{k} {(v - start) * 1000:.1f}" for k, v in stamps.items())
                print(f"  {search.text()!r}: {marks} painted {took * 1000:.1f}", file=sys.stderr)
                stamps.clear()
            # a reset stamped before the paint that followed it: the paint is what counts
            per_key.append(took)
            nothing_found += switch.is_empty()
            by_length.setdefault(min(length, 3), []).append(took)
            idle(app, max(0.0, args.cadence / 1000 - (time.perf_counter() - start)))
        assert search.text() == word
        if os.environ.get("BENCH_RSS_TRACE"):
            print(f"  after {word!r}: RSS {rss_mib():.1f} MiB", file=sys.stderr)
        QTest.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(search, Qt.Key.Key_Backspace)
        idle(app, 0.3)
    print(f"search as you type, key press -> results painted: {summary(per_key)}")
    print(f"  of which {nothing_found} keys found nothing (the 'Nothing found' page)")
    print(f"  floor, a bare line edit filling a bare list, same keys: {summary(floor_keys)}")
    for length, label in ((1, "1-letter prefix"), (2, "2-letter prefix"), (3, "3+ letters")):
        print(f"  {label}: {summary(by_length[length])}")
    idle(app, 1.0)
    after_rss = rss_mib()
    gc.collect()
    print(
        f"RSS: lock screen {lock_rss:.0f} MiB; journal listed {listed_rss:.0f} MiB;"
        f" after {len(per_key)} searches {after_rss:.0f} MiB"
        f" (growth over the searches {after_rss - before_searches:+.1f} MiB)"
    )
    print(
        f"peak RSS (VmHWM): before unlock {lock_peak:.0f} MiB, at the end {peak_rss_mib():.0f}"
        " MiB (the KDF's transient is the difference)"
    )

    # -- Meetings ------------------------------------------------------------------------------
    clock.arm()
    start = time.perf_counter()
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    spin_until(app, clock, lambda: list_painted(window, clock, "meetingsView") is not None)
    meetings = section_list(window, "meetingsView")
    assert meetings is not None
    shown = list_painted(window, clock, "meetingsView")
    assert shown is not None
    print(
        f"Meetings ({meetings.model().rowCount():,}), Ctrl+4 -> list painted:"
        f" {(shown - start) * 1000:.1f} ms"
    )
    window.close()


if __name__ == "__main__":
    main()
