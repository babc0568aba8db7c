"""Engine-level work on vault files: keyed connections, settings, self-check and diagnosis.

Everything here works on a path and a raw key; :mod:`rmdesk.store.vault` composes it into the
vault's life cycle. See docs/security.md for the measured facts behind each setting.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Literal

from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.store.db import SQLITE_CORRUPT, SQLITE_NOTADB, error_code, translate
from rmdesk.store.errors import (
    DamagedVaultError,
    EmptyVaultFileError,
    NotAVaultError,
    ReadOnlyError,
    UnreadableVaultError,
    VaultError,
    VaultMissingError,
    WrongPassphraseError,
)
from rmdesk.store.kdf import SALT_BYTES, raw_key_literal, wipe

PAGE_SIZE = 4096
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
ENGINE_MAJOR = "4."

# How a connection may treat the file: "rwc" only for a vault being created, "rw" for the
# vault (a missing file must never silently become a new empty one), "ro" for a backup we
# are restoring from (never modified, not even by replaying a journal).
OpenMode = Literal["rwc", "rw", "ro"]


def connect(
    path: Path, key: bytearray, salt: bytes | None = None, *, mode: OpenMode = "rw"
) -> sqlcipher.Connection:
    """A connection keyed with the raw key (never SQL text), with engine logging silenced."""
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    conn = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher logs failed decryptions to stderr unless told not to.
        conn.execute("PRAGMA cipher_log_level = NONE")
        literal = raw_key_literal(key, salt)
        try:
            conn.set_key(literal)
        finally:
            wipe(literal)
    except BaseException:
        conn.close()
        raise
    return conn


def configure(conn: sqlcipher.Connection) -> None:
    # temp_store MEMORY: a FILE temp store spills plaintext (docs/security.md).
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    # Rollback journal rather than WAL: one self-contained file that copies and syncs safely,
    # and no WAL rekey-on-full-disk trap.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA trusted_schema = OFF")


def engine_problems(conn: sqlcipher.Connection) -> tuple[str, ...]:
    """The start-up self-check: every engine setting docs/security.md relies on."""
    problems: list[str] = []

    def pragma(name: str) -> str:
        row = conn.execute(f"PRAGMA {name}").fetchone()
        return "" if row is None else str(row[0])

    version = pragma("cipher_version")
    if not version.startswith(ENGINE_MAJOR):
        problems.append(f"SQLCipher 4.x expected, found {version or 'none'}")
    if pragma("cipher_use_hmac") != "1":
        problems.append("page HMAC is off")
    if pragma("cipher_hmac_algorithm") != "HMAC_SHA512":
        problems.append("HMAC algorithm is not HMAC_SHA512")
    if pragma("kdf_iter") != "256000":
        problems.append("SQLCipher KDF iterations differ from the 4.x default")
    if pragma("temp_store") == "1":
        problems.append("temp_store is FILE (would spill plaintext)")
    options = {str(row[0]) for row in conn.execute("PRAGMA compile_options").fetchall()}
    if "TEMP_STORE=1" in options or "TEMP_STORE=0" in options:
        problems.append("built with a file temp store")
    if "ENABLE_FTS5" not in options:
        problems.append("FTS5 is missing")
    if pragma("cipher_log_level").upper() != "NONE":
        problems.append("SQLCipher logging is on")
    return tuple(problems)


def precheck(path: Path) -> None:
    """Reject what can be told without a key: missing, folder, empty, plaintext, too short."""
    if not path.exists():
        raise VaultMissingError()
    if path.is_dir():
        raise NotAVaultError("it is a folder")
    if not path.is_file():
        raise NotAVaultError("it is not a regular file")
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(PAGE_SIZE)
    except PermissionError as exc:
        raise UnreadableVaultError() from exc
    if size == 0:
        raise EmptyVaultFileError()
    if head.startswith(SQLITE_PLAIN_HEADER):
        raise NotAVaultError("it is an unencrypted SQLite database")
    if size < PAGE_SIZE:
        raise NotAVaultError("it is too short to be a vault")
    if not any(head):
        # A vault's page 1 starts with a random salt and is ciphertext after it: never all
        # zeros. A file zeroed by a failing disk or a sync tool is damage, not a wrong key.
        raise DamagedVaultError("its first page holds only zero bytes", where="header")


def read_salt(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


def check_writable(path: Path) -> None:
    """Refuse, at open, a vault that could be read but never saved.

    Better a clear message before the user types anything than a failure on the first save.
    (``os.access`` asks with the real user id; on Windows it only sees the read-only flag.)
    """
    if not os.access(path, os.W_OK):
        raise ReadOnlyError("the vault file is read-only")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnlyError("the vault's folder is read-only, so no change could be saved")


def first_read_error(conn: sqlcipher.Connection, path: Path, exc: sqlcipher.Error) -> VaultError:
    """What the failure of the very first read says about the file.

    SQLCipher answers NOTADB when page 1 fails its HMAC (wrong key, damaged header or a
    foreign file) and CORRUPT when page 1 is fine but the rest is not (for instance the file
    is shorter than its header says: its last page was cut off).
    """
    code = error_code(exc)
    if code == SQLITE_NOTADB:
        return diagnose_unreadable(conn, path)
    if code == SQLITE_CORRUPT:
        detail = truncation_detail(path) or _missing_end(conn) or "its structure is damaged"
        return DamagedVaultError(detail)
    return translate(exc) or DamagedVaultError(str(exc))


def _missing_end(conn: sqlcipher.Connection) -> str:
    """A detail when the file holds fewer whole pages than its header counts.

    SQLite refuses such a file as CORRUPT unless ``writable_schema`` is on, in which case it
    trusts the file's size; so a read that succeeds only then means the end was cut off. The
    pragma only relaxes that check on this connection, which is closed right after.
    """
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.Error:
        return ""
    finally:
        with contextlib.suppress(sqlcipher.Error):
            conn.execute("PRAGMA writable_schema = OFF")
    return "the file is shorter than its header says: its last pages are missing"


def diagnose_unreadable(conn: sqlcipher.Connection, path: Path) -> VaultError:
    """Page 1 failed its HMAC: a wrong passphrase, a damaged header, or a foreign file.

    A wrong key fails every page; a damaged header fails page 1 while the rest check out.
    Without the key, random bytes look exactly like a vault opened with the wrong key.
    """
    size = path.stat().st_size
    pages = max(1, size // PAGE_SIZE)
    try:
        failures = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except sqlcipher.Error:
        failures = []
    failed_pages = sum(1 for line in failures if "page" in line)
    if pages > 1 and 0 < failed_pages < pages:
        return DamagedVaultError("the header (page 1) failed its check", where="header")
    if size % PAGE_SIZE != 0:
        return NotAVaultError("its size does not fit the vault format")
    return WrongPassphraseError()


def truncation_detail(path: Path) -> str:
    """A detail naming a cut-short file, or "" when the size looks whole."""
    if path.stat().st_size % PAGE_SIZE != 0:
        return "the file was cut short in the middle of a page"
    return ""


def key_opens(path: Path, key: bytearray) -> bool:
    """Does ``key`` read page 1 of ``path``? (Replays a hot journal as any open would.)"""
    try:
        conn = connect(path, key)
    except sqlcipher.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.Error:
        return False
    finally:
        conn.close()


def integrity_problems(conn: sqlcipher.Connection) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(integrity_check lines unless just "ok", cipher_integrity_check lines): both matter.

    Each catches damage the other misses: a removed last page passes the HMAC check.
    """
    integrity = tuple(str(r[0]) for r in conn.execute("PRAGMA integrity_check"))
    cipher = tuple(str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check"))
    return (() if integrity == ("ok",) else integrity), cipher


def verify_file(path: Path, key: bytearray) -> None:
    """A freshly written copy must open with ``key`` and pass both integrity checks."""
    conn = connect(path, key, mode="ro")
    try:
        try:
            integrity, cipher = integrity_problems(conn)
        except sqlcipher.Error as exc:
            raise translate(exc) or DamagedVaultError(str(exc)) from exc
    finally:
        conn.close()
    if integrity or cipher or truncation_detail(path):
        raise DamagedVaultError("the new copy failed its integrity checks")
