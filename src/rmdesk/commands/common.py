"""What every headless command shares: the console, passphrases, the lock, opening the vault.

Passphrases never come from argv or the environment. On a terminal they are asked without
echo (getpass); otherwise they are read from standard input, one per line, in the order the
command documents (see docs/cli.md). They become NFC-normalised UTF-8 bytearrays at once and
are wiped after use.
"""

from __future__ import annotations

import getpass
import secrets
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TextIO

from rmdesk.domain import strength
from rmdesk.paths import DataPaths
from rmdesk.store.errors import PathError, VaultMissingError
from rmdesk.store.instance_lock import InstanceLock
from rmdesk.store.kdf import passphrase_bytes, wipe
from rmdesk.store.vault import Vault

USAGE_EXIT_CODE = 2


class UsageError(Exception):
    """The command was used wrongly (exit code 2); nothing was changed."""

    exit_code = USAGE_EXIT_CODE


@dataclass(slots=True)
class Console:
    """The streams a command talks through; ``interactive`` when a person types passphrases."""

    stdin: BinaryIO
    stdout: TextIO
    stderr: TextIO
    interactive: bool
    _lines_read: int = field(default=0)

    @classmethod
    def from_sys(cls) -> Console:
        return cls(
            stdin=sys.stdin.buffer,
            stdout=sys.stdout,
            stderr=sys.stderr,
            interactive=sys.stdin.isatty(),
        )

    def say(self, text: str) -> None:
        print(text, file=self.stdout, flush=True)

    def warn(self, text: str) -> None:
        print(text, file=self.stderr, flush=True)

    # -- passphrases ---------------------------------------------------------------------
    def passphrase(self, prompt: str) -> bytearray:
        """One passphrase: from the terminal without echo, else the next line of stdin."""
        if self.interactive:
            text = getpass.getpass(f"{prompt}: ")
            return passphrase_bytes(text)
        raw = bytearray(self.stdin.readline())
        self._lines_read += 1
        try:
            if not raw:
                raise UsageError(
                    f"Expected a passphrase ({prompt.lower()}) on line {self._lines_read} "
                    "of standard input, found the end of input."
                )
            while raw and raw[-1] in (0x0A, 0x0D):  # the line ending, "\n" or "\r\n"
                raw.pop()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise UsageError(
                    f"Line {self._lines_read} of standard input is not UTF-8 text."
                ) from exc
            return passphrase_bytes(text)
        finally:
            wipe(raw)

    def new_passphrase(self, prompt: str = "New passphrase") -> bytearray:
        """A new passphrase typed twice; refuses an empty one and two that differ."""
        first = self.passphrase(prompt)
        second = self.passphrase(f"{prompt} again")
        try:
            if not first:
                raise UsageError("An empty passphrase is not allowed; nothing was changed.")
            if not secrets.compare_digest(first, second):
                raise UsageError("The two passphrases differ; nothing was changed.")
            # The same rule as the app's welcome page: no empty or very weak passphrase.
            if not strength.is_acceptable(first.decode("utf-8")):
                raise UsageError(
                    "That passphrase is too weak to protect the vault (four or more unrelated "
                    "words work well); nothing was changed."
                )
        except BaseException:
            wipe(first)
            raise
        finally:
            wipe(second)
        return first


class ProgressLine:
    """A single updating line on a terminal (carriage return); silent when not a terminal."""

    def __init__(self, stream: TextIO, label: str, *, min_interval: float = 0.1) -> None:
        self._stream = stream
        self._label = label
        self._enabled = stream.isatty()
        self._min_interval = min_interval
        self._last = 0.0
        self._shown = False

    def update(self, done: int, total: int) -> None:
        if not self._enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < self._min_interval:
            return
        self._last = now
        percent = 100 if total == 0 else done * 100 // total
        self._stream.write(f"\r{self._label}: {done:,} / {total:,} rows ({percent}%)")
        self._stream.flush()
        self._shown = True

    def status(self, text: str) -> None:
        if self._enabled:
            self._stream.write(f"\r{self._label}: {text}\x1b[K")
            self._stream.flush()
            self._shown = True

    def finish(self) -> None:
        if self._shown:
            self._stream.write("\n")
            self._stream.flush()
            self._shown = False


# -- the vault ----------------------------------------------------------------------------
def require_vault(paths: DataPaths) -> None:
    """Fail early, before the lock and the passphrase, when there is nothing to open."""
    if not paths.vault.exists() and not paths.vault.is_symlink():
        raise VaultMissingError(str(paths.root))


@contextmanager
def vault_lock(paths: DataPaths) -> Iterator[None]:
    """Hold the data folder's instance lock: refuses while the app (or a command) has it."""
    with InstanceLock(paths.lock):
        yield


@contextmanager
def opened_vault(paths: DataPaths, passphrase: bytearray, console: Console) -> Iterator[Vault]:
    """Open with ``passphrase`` (wiped afterwards); closed and key wiped on the way out.

    What opening did that the user must hear of (a crash journal set aside) goes to stderr.
    """
    try:
        vault = Vault.open(paths.vault, passphrase, backup_dir=paths.backups)
    finally:
        wipe(passphrase)
    for notice in vault.notices:
        console.warn(f"rmdesk: {notice}")
    try:
        yield vault
    finally:
        vault.close()


# Files of the data folder that a backup or export must never be written over: SQLite would
# take a journal or WAL for its own, the lock file is the instance lock.
SIDECAR_SUFFIXES = ("-journal", "-wal", "-shm")


def refuse_data_folder_files(paths: DataPaths, target: Path, what: str) -> None:
    """Refuse a ``target`` that is the vault, one of its SQLite side files or the lock."""
    names = [
        paths.vault,
        *(paths.vault.with_name(paths.vault.name + s) for s in SIDECAR_SUFFIXES),
        paths.lock,
    ]
    resolved = target.resolve()
    for own in names:
        if resolved == own.resolve() or (
            resolved.parent == paths.root.resolve() and resolved.name == own.name
        ):
            raise UsageError(
                f"The {what} would be written over {own.name}, a file rmdesk keeps in its data "
                "folder; choose another file."
            )


def check_data_folder(paths: DataPaths) -> None:
    """The data folder, if it exists, must be a folder (and so must its nearest existing
    ancestor otherwise): a file there is a path error (31), not a missing vault."""
    probe = paths.root
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        raise PathError(f"{probe} is a file, not a folder")


def existing_parent(path: Path, what: str) -> Path:
    """``path`` absolute, after checking its folder exists (so errors say what is wrong)."""
    target = path.expanduser().absolute()
    if not target.parent.is_dir():
        raise UsageError(f"The folder for the {what} does not exist: {target.parent}")
    if target.is_dir():
        raise UsageError(f"The {what} path is a folder: {target}")
    return target
