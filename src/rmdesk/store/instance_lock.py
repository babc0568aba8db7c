"""One rmdesk per data folder.

An OS advisory lock on a small file in the data folder. The kernel drops it when the holder
dies, so a lock left by a killed process recovers by itself; no pid guessing. (Not QLockFile:
the store and the headless CLI must not import Qt.)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from rmdesk.store.errors import ReadOnlyError, VaultInUseError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError as exc:
            raise ReadOnlyError("the lock file cannot be created") from exc
        except OSError as exc:
            raise ReadOnlyError(exc.strerror or "the lock file cannot be created") from exc
        try:
            if sys.platform == "win32":  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise VaultInUseError() from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if sys.platform != "win32":
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
