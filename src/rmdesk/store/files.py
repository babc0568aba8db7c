"""Atomic, private file writes (temp file in the same folder, fsync, rename; mode 0600)."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rmdesk.paths import PRIVATE_FILE_MODE
from rmdesk.store.errors import DiskFullError, ReadOnlyError, VaultError


def os_error_to_vault_error(exc: OSError) -> VaultError:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return DiskFullError()
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyError(exc.strerror or "")
    return ReadOnlyError(exc.strerror or "the file could not be written")


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every OS/filesystem allows a directory fsync
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temp path beside ``target``; on success it replaces ``target`` (0600).

    On any failure the temp file is removed and ``target`` is left as it was.
    """
    folder = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise os_error_to_vault_error(exc) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, PRIVATE_FILE_MODE)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        fsync_dir(folder)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_error_to_vault_error(exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp, open(tmp, "wb") as handle:
        handle.write(data)
