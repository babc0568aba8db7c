"""Opening and copying keyed vault files: the steps :class:`~rmdesk.store.vault.Vault` and
restore share. Every function takes a path and a raw key and leaves no connection open on
failure.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.paths import BACKUP_DIR_NAME
from rmdesk.store import journal_guard
from rmdesk.store.db import translate, translated_errors
from rmdesk.store.engine import (
    OpenMode,
    connect,
    first_read_error,
    precheck,
    read_salt,
    truncation_detail,
    verify_file,
)
from rmdesk.store.errors import (
    DamagedVaultError,
    NotAVaultError,
    VaultError,
    VaultExistsError,
    WrongPassphraseError,
)
from rmdesk.store.files import os_error_to_vault_error
from rmdesk.store.kdf import KNOWN_KDFS, KdfParams, derive_key, wipe


@dataclass(slots=True)
class VaultKey:
    """The raw key and salt of an open vault, kept in a bytearray we can wipe."""

    key: bytearray
    salt: bytes
    kdf: KdfParams
    extra: list[bytearray] = field(default_factory=list)

    def wipe(self) -> None:
        wipe(self.key)
        for buffer in self.extra:
            wipe(buffer)


def kdf_candidates(kdf: KdfParams | None) -> list[KdfParams]:
    if kdf is not None:
        return [kdf]
    return sorted(KNOWN_KDFS.values(), key=lambda k: k.version, reverse=True)


def first_read(path: Path, key: bytearray, mode: OpenMode) -> sqlcipher.Connection:
    """A keyed connection whose first read succeeded (any hot journal is replayed by then)."""
    try:
        conn = connect(path, key, mode=mode)
    except sqlcipher.Error as exc:
        raise translate(exc) or NotAVaultError(str(exc)) from exc
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.Error as exc:
            raise first_read_error(conn, path, exc) from exc
        # Page 1 is fine; a vault is always whole pages, so a ragged end is a cut-short file
        # (better said now than on the first read of the missing page).
        detail = truncation_detail(path)
        if detail:
            raise DamagedVaultError(detail)
    except BaseException:
        conn.close()
        raise
    return conn


def unlock(
    path: Path,
    passphrase: bytearray,
    kdf: KdfParams | None,
    mode: OpenMode = "rw",
    *,
    set_aside_dir: Path | None = None,
    notices: list[str] | None = None,
) -> tuple[sqlcipher.Connection, VaultKey]:
    """Check the file, derive the key (trying each known KDF setting) and read page 1.

    With ``mode="rw"`` a hot journal beside the file is first checked
    (:mod:`rmdesk.store.journal_guard`); one that does not belong to it is moved into
    ``set_aside_dir`` (default: the folder's ``backups/``) and a sentence saying so is appended
    to ``notices``.
    """
    precheck(path)
    aside = set_aside_dir or path.parent / BACKUP_DIR_NAME
    said = notices if notices is not None else []
    if mode == "rw":
        _guard_without_key(path, aside, said)
    salt = read_salt(path)
    last_error: VaultError = WrongPassphraseError()
    for params in kdf_candidates(kdf):
        key = derive_key(passphrase, salt, params)
        try:
            if mode == "rw" and not _guard_with_key(path, key, aside, said):
                wipe(key)
                continue  # the passphrase (or this KDF setting) is not the vault's
            conn = first_read(path, key, mode)
        except WrongPassphraseError as exc:
            wipe(key)
            last_error = exc
            continue
        except BaseException:
            wipe(key)
            raise
        return conn, VaultKey(key=key, salt=salt, kdf=params)
    raise last_error


def _guard_without_key(path: Path, aside: Path, notices: list[str]) -> None:
    journal = journal_guard.journal_of(path)
    if not journal_guard.is_hot(journal):
        return
    try:
        why = journal_guard.foreign_without_key(path, journal)
        if why:
            notices.append(
                journal_guard.set_aside_notice(journal_guard.set_aside(journal, aside), why)
            )
    except OSError as exc:
        raise os_error_to_vault_error(exc) from exc


def _guard_with_key(path: Path, key: bytearray, aside: Path, notices: list[str]) -> bool:
    """False when ``key`` opens neither the file with its hot journal nor the file alone."""
    journal = journal_guard.journal_of(path)
    if not journal_guard.is_hot(journal):
        return True
    try:
        verdict, why = journal_guard.judge_with_key(path, key)
        if verdict is journal_guard.Verdict.SET_ASIDE:
            target = journal_guard.set_aside(journal, aside)
            notices.append(journal_guard.set_aside_notice(target, why))
    except OSError as exc:
        raise os_error_to_vault_error(exc) from exc
    return verdict is not journal_guard.Verdict.WRONG_KEY


def write_copy(
    source: sqlcipher.Connection, tmp: Path, key: VaultKey, *, record_kdf: bool = False
) -> None:
    """Copy ``source`` into the empty file ``tmp`` through the backup API, keyed with ``key``."""
    dest = connect(tmp, key.key, key.salt, mode="rwc")
    try:
        with translated_errors():
            # A temp copy needs no journal: on failure it is deleted whole.
            dest.execute("PRAGMA journal_mode = OFF")
            source.backup(dest)
            if record_kdf:
                dest.execute(
                    "UPDATE meta SET value = ? WHERE key = 'kdf_version'",
                    (str(key.kdf.version),),
                )
    finally:
        dest.close()
    verify_file(tmp, key.key)


def place_without_clobber(staged: Path, target: Path) -> None:
    """Give ``staged`` the name ``target`` unless something already has that name."""
    try:
        # link() refuses an existing target: a vault created meanwhile is never clobbered.
        os.link(staged, target)
    except FileExistsError as exc:
        raise VaultExistsError(target.name) from exc
    except OSError:
        # No hard links here (FAT, some network drives): rename, which on Windows refuses
        # an existing target and elsewhere leaves only a tiny window after this check.
        if target.exists():
            raise VaultExistsError(target.name) from None
        os.rename(staged, target)
