"""Ctrl-C that stops a command only where stopping leaves nothing half-done.

Python raises KeyboardInterrupt at whatever bytecode runs when SIGINT arrives — also just after
a COMMIT returned, so a command would say "nothing was changed" about work already saved.
Inside :class:`DeferredInterrupt` SIGINT only sets a flag; the command stops at its own
checkpoints (inside the transaction, where a rollback undoes everything) and, when the flag
was set after the last one, says the work was completed.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType


class DeferredInterrupt:
    def __init__(self) -> None:
        self.arrived = False
        self._previous: object = None
        self._installed = False

    def _note(self, _signum: int, _frame: FrameType | None) -> None:
        self.arrived = True

    def __enter__(self) -> DeferredInterrupt:
        # Signal handlers can only be set from the main thread (tests may call from others).
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._note)
            self._installed = True
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)  # type: ignore[arg-type]
            self._installed = False

    def checkpoint(self) -> None:
        """Stop here (KeyboardInterrupt) if Ctrl-C came since we started."""
        if self.arrived:
            raise KeyboardInterrupt
