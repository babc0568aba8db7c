"""Whole-vault jobs off the UI thread, with progress, and a vault that outlives its lock.

Jobs belong to :class:`VaultJobs` (a child of the window), not to the dialog that started
them: a dialog closed by the lock or the panic key does not take a running backup down with
it. While a job uses a vault, closing that vault waits for the job: :meth:`release` closes it
the moment the last job on it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from rmdesk.services.progress import Progress
from rmdesk.ui.kit.worker import BackgroundCall

if TYPE_CHECKING:
    from rmdesk.store.vault import Vault

Work = Callable[[Progress], Any]


class _Relay(QObject):
    """Lives on the UI thread; a worker's emit arrives here queued."""

    moved = Signal(int, int)


class Job(QObject):
    """One running call: ``progressed(done, total)``, then ``succeeded`` or ``failed``."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(self, work: Work, vault: Vault | None, parent: QObject) -> None:
        super().__init__(parent)
        self.vault = vault
        self._relay = _Relay(self)
        self._relay.moved.connect(self.progressed)
        relay = self._relay
        self._call = BackgroundCall(lambda: work(relay.moved.emit), self)
        # The outcome first, then "ended": whoever waits for the end sees the outcome shown.
        self._call.succeeded.connect(self._on_succeeded)
        self._call.failed.connect(self._on_failed)

    def _on_succeeded(self, result: object) -> None:
        self.succeeded.emit(result)
        self.ended.emit()

    def _on_failed(self, error: object) -> None:
        self.failed.emit(error)
        self.ended.emit()

    def start(self) -> None:
        self._call.start()

    @property
    def running(self) -> bool:
        return self._call.running

    def wait(self) -> None:
        """Block until the call returns (shutdown only); its signals are not delivered."""
        self._call.finish_now()


class VaultJobs(QObject):
    """The window's jobs, and vaults waiting for their jobs before they close."""

    idle = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []
        self._closing: list[Vault] = []

    def start(self, work: Work, vault: Vault | None = None) -> Job:
        job = Job(work, vault, self)
        self._jobs.append(job)
        job.ended.connect(lambda: self._ended(job))
        job.start()
        return job

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def uses(self, vault: Vault) -> bool:
        return any(job.vault is vault for job in self._jobs)

    def release(self, vault: Vault) -> None:
        """Close ``vault`` now, or as soon as no job uses it any more."""
        if self.uses(vault):
            self._closing.append(vault)
        else:
            vault.close()

    def _ended(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        for vault in list(self._closing):
            if not self.uses(vault):
                self._closing.remove(vault)
                vault.close()
        job.deleteLater()
        if not self._jobs:
            self.idle.emit()

    def wait_all(self) -> None:
        """Shutdown: wait for every job, then close the vaults they kept open."""
        for job in list(self._jobs):
            job.wait()
        self._jobs.clear()
        for vault in self._closing:
            vault.close()
        self._closing.clear()
