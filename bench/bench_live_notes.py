"""Typing into the live session's shared notes while autosave runs: does it stay responsive?

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_live_notes.py [--keys 3000] [--burst 40]

Builds the demo vault (a year of a biweekly relationship: ~26 meetings with agenda items,
goals, actions, check-ins, reflections) with the real KDF, opens the real MeetingsView on it,
starts the live session and types KEYS characters into the notes of the first item with
QTest.keyClick, as a person would. Every BURST keys the typist pauses: the debounce timer
fires (its timeout is emitted directly, so the run takes no 800 ms naps) and autosave writes
the note. Reports per-keystroke handling time (the key event, the editor, textChanged, our
handler that queues the save) and autosave duration (one UPDATE + re-read of the item in the
encrypted file, on the UI thread): median, p95, max. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from rmdesk.demo import build_demo_vault
from rmdesk.domain.models import AgendaItem, AgendaKind, MeetingStatus, Role
from rmdesk.privacy.access import data_access
from rmdesk.privacy.clipboard import ClipboardPolicy
from rmdesk.privacy.share_mode import Visibility
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.meetings.meetings_view import MeetingsView

TEXT = "We agreed to try a pinned thread for decisions and compare in two weeks. "


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def describe(name: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return (
        f"| {name} | {len(ms)} | {statistics.median(ms):.3f} | {percentile(ms, 0.95):.3f} "
        f"| {max(ms):.3f} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=3000)
    parser.add_argument("--burst", type=int, default=40)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="rmdesk-bench-"))
    vault = build_demo_vault(folder / "vault.rmdesk", passphrase_bytes("bench"), today=date.today())
    try:
        repos = Repositories.from_db(vault.db)
        relationship = repos.relationships.list_all()[0]
        assert relationship.id is not None
        planned = next(
            m
            for m in repos.meetings.list_for_relationship(relationship.id)
            if m.status is MeetingStatus.PLANNED
        )
        assert planned.id is not None
        repos.agenda_items.add(
            AgendaItem(
                meeting_id=planned.id,
                owner=Role.MENTOR,
                kind=AgendaKind.TOPIC,
                title="How the team shares updates",
            )
        )
        context = ViewContext(
            data=data_access(vault.db, Visibility(share_mode=False)),
            relationship=relationship,
            navigate=lambda _section: None,
            clipboard=ClipboardPolicy(),
            edit_relationship=lambda: None,
        )
        view = MeetingsView(context, None)
        view.resize(1200, 800)
        view.show()
        view.table.selectRow(view.model.row_of(planned.id))
        view.start_button.click()
        live = view.live
        assert live is not None
        editor = live.notes_edit
        editor.setFocus()
        app.processEvents()

        keys: list[float] = []
        for index in range(args.keys):
            char = TEXT[index % len(TEXT)]
            started = time.perf_counter()
            QTest.keyClick(editor, char)
            keys.append(time.perf_counter() - started)
            if (index + 1) % args.burst == 0:
                view.saver.timer.timeout.emit()  # the typist paused: the debounce fires
        view.save_pending()
        saves = list(view.saver.flush_durations)
        item = live.current_item()
        assert item is not None and item.id is not None
        stored = repos.agenda_items.get(item.id)
        assert stored is not None and stored.shared_notes == editor.toPlainText()
        assert len(stored.shared_notes) == args.keys
        view.close()
        app.processEvents()
    finally:
        vault.close()

    print(
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"CPython {platform.python_version()}"
    )
    print(f"{args.keys} keys, autosave every {args.burst} keys; note ends {args.keys} chars")
    print("| what | count | median ms | p95 ms | max ms |")
    print("|---|---|---|---|---|")
    print(describe("keystroke handling", keys))
    print(describe("autosave (one flush)", saves))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
