"""Atomic, private file writes (temp file in the same folder, fsync, rename; mode 0600)."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from rmdesk.paths import PRIVATE_FILE_MODE
from rmdesk.store.errors import DiskFullError, PathError, ReadOnlyError, StorageError, VaultError

Produce = Callable[[BinaryIO], object]  # writes a file's contents to the handle it is given


def os_error_to_vault_error(exc: OSError) -> VaultError:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return DiskFullError()
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyError(exc.strerror or "")
    if exc.errno in (errno.ENOTDIR, errno.EISDIR, errno.ENOENT, errno.ENAMETOOLONG, errno.EEXIST):
        return PathError(exc.strerror or "")
    return StorageError(exc.strerror or "the file could not be written")


def unused_stamped_name(folder: Path, prefix: str, suffix: str = "") -> Path:
    """``folder/<prefix><UTC time><suffix>``, with ``-2``, ``-3``... before the suffix when
    that name is taken."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = folder / f"{prefix}{stamp}{suffix}"
    counter = 1
    while candidate.exists() or candidate.is_symlink():
        counter += 1
        candidate = folder / f"{prefix}{stamp}-{counter}{suffix}"
    return candidate


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
    with _discarded_on_failure(tmp):
        yield tmp
        os.chmod(tmp, PRIVATE_FILE_MODE)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        fsync_dir(folder)


@contextmanager
def _discarded_on_failure(tmp: Path) -> Iterator[None]:
    """On any failure inside, remove ``tmp`` (and a journal beside it) and re-raise, an
    OSError as the matching VaultError."""
    try:
        yield
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


def temp_name_pattern(target_name: str, suffix: str = ".tmp") -> re.Pattern[str]:
    """The names :func:`atomic_path` and :func:`write_bytes_atomic` give their temp files for
    ``target_name`` (mkstemp: ``.<name>.<8 random characters>.tmp``), and SQLite's journal
    beside such a temp database. ``target_name`` is a regular expression."""
    return re.compile(rf"\.{target_name}\.[A-Za-z0-9_]{{8}}{re.escape(suffix)}(-journal)?")


def remove_stale_temps(folder: Path, target_name: str, suffix: str = ".tmp") -> list[Path]:
    """Delete the temp files a killed write to ``folder/target_name`` left behind.

    Called under the data folder's instance lock (or right before writing the same target
    again), so no live write of ours owns them. Only regular files of exactly our pattern.
    """
    return remove_matching(folder, temp_name_pattern(re.escape(target_name), suffix))


def remove_matching(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    """Delete the regular files (not symlinks) in ``folder`` whose whole name matches."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if pattern.fullmatch(entry.name) and entry.is_file() and not entry.is_symlink():
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed


SCRATCH_DIR = re.compile(r"\.(journal-check|restore)-[A-Za-z0-9_]{8}")


def remove_stale_vault_temps(vault_path: Path) -> None:
    """What killed writes of the vault's own operations left in its folder: restore's and
    create's temp copies (encrypted, but full size and never pruned otherwise) and the scratch
    folders of restore and the journal check. Call with the instance lock held."""
    folder = vault_path.parent
    remove_stale_temps(folder, vault_path.name)
    remove_stale_temps(folder, vault_path.name, ".new")
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if SCRATCH_DIR.fullmatch(entry.name) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target``: :func:`write_atomic_with` for bytes already in hand."""
    write_atomic_with(target, lambda handle: handle.write(data))


def write_atomic_with(target: Path, produce: Produce) -> None:
    """Write what ``produce(handle)`` writes (a binary file, possibly in many pieces) to
    ``target`` (mode 0600) so that a crash at any moment leaves either the old file or the
    whole new one, and no readable copy under another name.

    Where the OS allows it (Linux ``O_TMPFILE``), the data goes into a file with no name at
    all, which is given the target's name only when it is complete: a kill before that leaves
    nothing on disk. Replacing an existing file still needs a name for an instant (link, then
    rename); without ``O_TMPFILE`` the temp file is named for the whole write. Either leftover
    is removed by the next write to the same target. The temp file is only ever written
    through the descriptor it was created with, never reopened by name.
    """
    folder = target.parent
    remove_stale_temps(folder, target.name)
    try:
        if _write_unnamed(folder, target, produce):
            return
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise os_error_to_vault_error(exc) from exc
    tmp = Path(name)
    with _discarded_on_failure(tmp):
        try:
            _write_all(fd, produce)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        fsync_dir(folder)


def _write_all(fd: int, produce: Produce) -> None:
    with os.fdopen(fd, "wb", closefd=False) as handle:
        produce(handle)
    if hasattr(os, "fchmod"):  # born 0600 either way; this also undoes a umask
        os.fchmod(fd, PRIVATE_FILE_MODE)
    os.fsync(fd)


def _write_unnamed(folder: Path, target: Path, produce: Produce) -> bool:
    """Write through a nameless file (``O_TMPFILE``) and name it; False when the OS or the
    file system cannot, having left nothing behind."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag:
        return False
    try:
        fd = os.open(folder, flag | os.O_WRONLY, PRIVATE_FILE_MODE)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            return False  # a file system without O_TMPFILE
        raise
    tmp: Path | None = None
    try:
        _write_all(fd, produce)
        if link_fd(fd, target):
            fsync_dir(folder)
            return True
        # The target exists: a temp name for an instant, then an atomic rename over it.
        tmp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
        if not link_fd(fd, tmp):
            return False
        os.replace(tmp, target)
        fsync_dir(folder)
        return True
    except BaseException:
        if tmp is not None:
            _discard(tmp)
        raise
    finally:
        os.close(fd)


def link_fd(fd: int, path: Path) -> bool:
    """Give the nameless file open as ``fd`` the name ``path``; False if ``path`` exists or
    this system cannot name such a file (then nothing was created).

    ``linkat(fd, "", AT_FDCWD, path, AT_EMPTY_PATH)`` first (Linux 6.10+ allows it to the
    file's opener), then ``linkat`` of ``/proc/self/fd/N`` with ``AT_SYMLINK_FOLLOW`` (the
    classic way; some sandboxes refuse it with EXDEV).
    """
    if _linkat_empty_path(fd, path):
        return True
    try:
        os.link(f"/proc/self/fd/{fd}", path, follow_symlinks=True)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno in (errno.EXDEV, errno.ENOENT, errno.EPERM, errno.EACCES, errno.ENOSYS):
            return False
        raise
    return True


_AT_FDCWD = -100
_AT_EMPTY_PATH = 0x1000


def _linkat_empty_path(fd: int, path: Path) -> bool:
    if sys.platform != "linux":
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    result = libc.linkat(fd, b"", _AT_FDCWD, os.fsencode(path), _AT_EMPTY_PATH)
    return bool(result == 0)


def copy_file_atomic(source: Path, target: Path) -> None:
    """A byte-for-byte private copy of ``source`` that appears at ``target`` whole or not at all."""
    with atomic_path(target) as tmp:
        shutil.copyfile(source, tmp)
