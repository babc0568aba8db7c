"""Autosave for the Meetings views: debounce typing, then save small updates on the UI thread.

One UPDATE of one row in the encrypted file takes well under a millisecond (see
bench/bench_live_notes.py), so saving on the UI thread never blocks typing; the debounce only
keeps the number of writes down. Each pending save is keyed by what it writes (a field of a
row), so ten keystrokes into the same note end in one write of the last text.
"""

from __future__ import annotations

import dataclasses
import time
from collections import deque
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from rmdesk.domain.models import Meeting
from rmdesk.domain.validation import ValidationError
from rmdesk.store.errors import VaultError
from rmdesk.store.repositories.meeting import MeetingRepository

DEBOUNCE_MS = 800


class DebouncedSaver(QObject):
    """``schedule(key, save)`` queues ``save`` (replacing an older one under the same key)
    and (re)starts the debounce timer; when it fires, or on :meth:`flush`, every queued save
    runs in the order first queued."""

    saved = Signal()
    failed = Signal(object)  # the VaultError or ValidationError

    def __init__(self, parent: QObject | None = None, *, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._on_timeout)
        self._pending: dict[Hashable, Callable[[], object]] = {}
        # Seconds each flush took, for the benchmark and the curious; bounded.
        self.flush_durations: deque[float] = deque(maxlen=10_000)

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def schedule(self, key: Hashable, save: Callable[[], object]) -> None:
        self._pending[key] = save
        self.timer.start()

    def discard(self) -> None:
        self._pending.clear()
        self.timer.stop()

    def flush(self) -> None:
        """Run every pending save now. A failing save stays queued (its text is still in
        the editor) and the error is raised after the others have run."""
        self.timer.stop()
        started = time.perf_counter()
        first_error: VaultError | ValidationError | None = None
        for key, save in list(self._pending.items()):
            try:
                save()
            except ValidationError as error:
                # Retrying cannot help until the text changes; the next keystroke re-queues.
                self._pending.pop(key, None)
                first_error = first_error or error
            except VaultError as error:
                first_error = first_error or error
            else:
                if self._pending.get(key) is save:
                    del self._pending[key]
        self.flush_durations.append(time.perf_counter() - started)
        if first_error is not None:
            raise first_error
        self.saved.emit()

    def _on_timeout(self) -> None:
        try:
            self.flush()
        except (VaultError, ValidationError) as error:
            self.failed.emit(error)


class MeetingBook:
    """The relationship's meetings as last saved, so field-by-field saves never overwrite
    each other with a stale copy."""

    def __init__(self, repository: MeetingRepository, relationship_id: int) -> None:
        self._repository = repository
        self._relationship_id = relationship_id
        self.by_id: dict[int, Meeting] = {}

    def reload(self) -> list[Meeting]:
        meetings = self._repository.list_for_relationship(self._relationship_id)
        self.by_id = {m.id: m for m in meetings if m.id is not None}
        return meetings

    def all(self) -> list[Meeting]:
        return sorted(self.by_id.values(), key=lambda m: (m.starts_at, m.id or 0))

    def get(self, meeting_id: int) -> Meeting:
        return self.by_id[meeting_id]

    def add(self, meeting: Meeting) -> Meeting:
        saved = self._repository.add(meeting)
        assert saved.id is not None
        self.by_id[saved.id] = saved
        return saved

    def change(self, meeting_id: int, **fields: Any) -> Meeting:
        updated = dataclasses.replace(self.by_id[meeting_id], **fields)
        saved = self._repository.update(updated)
        self.by_id[meeting_id] = saved
        return saved
