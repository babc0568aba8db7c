"""Atomic, private file writes (temp file in the same folder, fsync, rename; mode 0600)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rmdesk.paths import PRIVATE_FILE_MODE
from rmdesk.store.errors import DiskFullError, PathError, ReadOnlyError, StorageError, VaultError


def os_error_to_vault_error(exc: OSError) -> VaultError:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return DiskFullError()
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyError(exc.strerror or "")
    if exc.errno in (errno.ENOTDIR, errno.EISDIR, errno.ENOENT, errno.ENAMETOOLONG, errno.EEXIST):
        return PathError(exc.strerror or "")
    return StorageError(exc.strerror or "the file could not be written")


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every OS/filesystem allows a directory fsync
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_sqlite_sidecars(database: Path) -> None:
    """Delete the journal SQLite may have left beside a temp database we are discarding."""
    for suffix in ("-journal", "-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temp path beside ``target``; on success it replaces ``target`` (0600).

    On any failure the temp file (and any SQLite journal beside it) is removed and ``target``
    is left as it was.
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
        _discard(tmp)
        raise os_error_to_vault_error(exc) from exc
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)
        remove_sqlite_sidecars(tmp)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp, open(tmp, "wb") as handle:
        handle.write(data)


def copy_file_atomic(source: Path, target: Path) -> None:
    """A byte-for-byte private copy of ``source`` that appears at ``target`` whole or not at all."""
    with atomic_path(target) as tmp:
        shutil.copyfile(source, tmp)
