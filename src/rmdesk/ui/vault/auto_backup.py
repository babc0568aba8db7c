"""Automatic backups: on lock and on quit, after a session that changed the vault.

"Changed" is SQLite's own count of rows written through the vault's connection
(:attr:`Vault.changes`) compared with its value when the session began (or at the last
automatic backup): nothing is recorded anywhere to know it. The backup runs as a job, so the
window locks at once; the vault (and its key) is closed when the backup ends.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from rmdesk.services.backup import DEFAULT_WEEKS, RotatedBackup, backup_into_folder
from rmdesk.services.progress import Progress
from rmdesk.ui.vault.jobs import Job, VaultJobs
from rmdesk.ui.vault.preferences import BackupPreferences

if TYPE_CHECKING:
    from rmdesk.store.vault import Vault


class AutoBackup(QObject):
    written = Signal(object)  # Path of the new backup
    failed = Signal(object)  # the exception

    def __init__(
        self, jobs: VaultJobs, preferences: Callable[[], BackupPreferences], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._preferences = preferences
        self._baseline: dict[int, int] = {}
        self.job: Job | None = None

    def session_started(self, vault: Vault) -> None:
        self._baseline = {id(vault): vault.changes}

    def changed(self, vault: Vault) -> bool:
        return vault.is_open and vault.changes != self._baseline.get(id(vault), 0)

    def release(self, vault: Vault) -> Job | None:
        """The window is done with ``vault``: back it up if it changed, then close it."""
        job: Job | None = None
        prefs = self._preferences()
        if prefs.automatic and self.changed(vault):
            job = self.start(vault, prefs)
        self._baseline.pop(id(vault), None)
        self._jobs.release(vault)
        return job

    def start(self, vault: Vault, prefs: BackupPreferences) -> Job:
        folder, keep = Path(prefs.folder), prefs.keep

        def work(progress: Progress) -> RotatedBackup:
            return backup_into_folder(
                vault, folder, keep=keep, weeks=DEFAULT_WEEKS, progress=progress
            )

        job = self._jobs.start(work, vault)
        self.job = job
        job.succeeded.connect(lambda result: self.written.emit(getattr(result, "path", None)))
        job.failed.connect(self.failed)
        job.ended.connect(self._ended)
        return job

    def _ended(self) -> None:
        self.job = None

    @property
    def running(self) -> bool:
        return self.job is not None
