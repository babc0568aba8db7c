"""Run one slow call (the KDF, a backup) off the UI thread and hand the result back.

The window keeps painting and answering while scrypt takes its half second. A call can be
awaited synchronously on shutdown (:meth:`BackgroundCall.finish_now`), so quitting during a
key derivation neither aborts the process ("QThread destroyed while running") nor leaves an
open vault behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThread, Signal

from rmdesk.store.kdf import wipe

Resource = TypeVar("Resource")
Request = TypeVar("Request")


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
    for worker in root.findChildren(LatestOnlyWorker):
        worker.stop()  # closes its connection before the vault does
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
    # The store is imported only once a vault is being opened (not by the lock screen).
    from rmdesk.store.vault import Vault

    if isinstance(result, Vault):
        result.close()
    call.deleteLater()


class LatestOnlyWorker(QObject, Generic[Resource, Request]):
    """One thread that answers requests one at a time, newest first: a request that arrives
    while another runs replaces any request still waiting and interrupts the running one.
    Only the answer to the newest request is handed back (``answered``/``failed`` on the
    UI thread); answers overtaken on the way are dropped.

    ``open_resource`` runs on the worker thread before the first request (a second database
    connection), ``close_resource`` when the worker stops; ``interrupt`` may be called from
    the UI thread while ``work`` runs on that resource and must make it return or raise soon.
    ``idle``, if given, runs after an answer when nothing is waiting (a head start on the
    next request's work); it is interrupted like ``work`` and its failures are ignored.
    """

    answered = Signal(object, object)  # request, result
    failed = Signal(object, object)  # request, exception

    def __init__(
        self,
        open_resource: Callable[[], Resource],
        work: Callable[[Resource, Request], object],
        interrupt: Callable[[Resource], None],
        close_resource: Callable[[Resource], None],
        parent: QObject | None = None,
        idle: Callable[[Resource, Request], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle = idle
        self._open = open_resource
        self._work = work
        self._interrupt = interrupt
        self._close = close_resource
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._waiting: list[Request] = []  # at most one
        self._running = False
        self._stopping = False
        self._resource: Resource | None = None
        self._thread: threading.Thread | None = None

    def submit(self, request: Request) -> None:
        with self._lock:
            if self._stopping:
                return
            self._waiting[:] = [request]
            if self._running and self._resource is not None:
                self._interrupt(self._resource)
            self._wake.notify()
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="latest-only", daemon=True)
                self._thread.start()

    def stop(self) -> None:
        """Interrupt, wait for the thread and close its resource; nothing is delivered after."""
        with self._lock:
            self._stopping = True
            self._waiting.clear()
            if self._running and self._resource is not None:
                self._interrupt(self._resource)
            self._wake.notify()
            thread = self._thread
        if thread is not None:
            thread.join()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _next(self) -> Request | None:
        with self._lock:
            while not self._waiting and not self._stopping:
                self._wake.wait()
            if self._stopping:
                return None
            self._running = True
            return self._waiting.pop()

    def _run_idle(self, resource: Resource, request: Request) -> None:
        if self._idle is None:
            return
        with self._lock:
            if self._waiting or self._stopping:
                return
            self._running = True
        try:
            self._idle(resource, request)
        except Exception:  # interrupted or failed: only a head start is lost
            pass
        finally:
            with self._lock:
                self._running = False

    def _loop(self) -> None:
        try:
            resource = self._open()
        except BaseException as exc:  # handed to the UI thread, which decides
            with self._lock:
                request = self._waiting.pop() if self._waiting else None
                self._stopping = True
            if request is not None:
                self.failed.emit(request, exc)
            return
        with self._lock:
            self._resource = resource
        try:
            while (request := self._next()) is not None:
                result: object = None
                error: BaseException | None = None
                try:
                    result = self._work(resource, request)
                except BaseException as exc:
                    error = exc
                with self._lock:
                    self._running = False
                    overtaken = bool(self._waiting) or self._stopping
                if overtaken:
                    continue  # a newer request is waiting (or we stop): this answer is stale
                if error is not None:
                    self.failed.emit(request, error)
                else:
                    self.answered.emit(request, result)
                self._run_idle(resource, request)
        finally:
            with self._lock:
                self._resource = None
            self._close(resource)
