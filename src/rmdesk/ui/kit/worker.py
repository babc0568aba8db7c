"""Run one slow call (the KDF, a backup) off the UI thread and hand the result back.

The window keeps painting and answering while scrypt takes its half second. A call can be
awaited synchronously on shutdown (:meth:`BackgroundCall.finish_now`), so quitting during a
key derivation neither aborts the process ("QThread destroyed while running") nor leaves an
open vault behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from rmdesk.store.kdf import wipe
from rmdesk.store.vault import Vault


class _Job(QObject):
    finished_ok = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._fn()
        except BaseException as exc:  # handed to the UI thread, which decides
            self.error = exc
            self.failed.emit(exc)
        else:
            self.finished_ok.emit(self.result)


class BackgroundCall(QObject):
    """``BackgroundCall(fn).start()``; ``succeeded``/``failed`` arrive on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._job = _Job(fn)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.finished_ok.connect(self._on_ok)
        self._job.failed.connect(self._on_failed)
        self._abandoned = False

    def start(self) -> None:
        self._thread.start()

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.done.emit()

    def _on_ok(self, result: object) -> None:
        self._finish()
        if not self._abandoned:
            self.succeeded.emit(result)

    def _on_failed(self, exc: object) -> None:
        self._finish()
        if not self._abandoned:
            self.failed.emit(exc)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def finish_now(self) -> object:
        """Wait for the call here and now; its signals will not be delivered any more.

        Returns the call's result (None if it failed), so the caller can release it.
        """
        self._abandoned = True
        self._thread.quit()  # takes effect once the job has returned
        self._thread.wait()
        return self._job.result


def finish_calls_under(root: QObject) -> list[object]:
    """Wait for every background call owned by ``root`` (before it is deleted: a QThread must
    not outlive its owner). Returns their results so the caller can release them."""
    results: list[object] = []
    for call in root.findChildren(BackgroundCall):
        if call.running:
            results.append(call.finish_now())
    return results


def call_with_secret(
    fn: Callable[[bytearray], Any], secret: bytearray, parent: QObject | None = None
) -> BackgroundCall:
    """A call of ``fn(secret)`` off the UI thread (not started); the secret is wiped as soon
    as ``fn`` returns, whatever happens."""

    def work() -> Any:
        try:
            return fn(secret)
        finally:
            wipe(secret)

    return BackgroundCall(work, parent)


def finish_and_release(call: BackgroundCall) -> None:
    """On shutdown: wait for ``call`` and close the vault it may have opened."""
    result = call.finish_now()
    if isinstance(result, Vault):
        result.close()
    call.deleteLater()
