"""The encrypted vault: one SQLCipher 4 file keyed by a passphrase that is never stored.

Create is explicit; open tells a wrong passphrase from a damaged or foreign file; a passphrase
change is trusted only after reopening; backups go through SQLite's backup API into an atomic,
0600 file; restore verifies the candidate first and keeps the current file as a rollback copy.
See docs/security.md for the measured facts behind each choice.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.paths import PRIVATE_FILE_MODE, ensure_private_dir
from rmdesk.store import migrations
from rmdesk.store.db import SQLITE_NOTADB, Db, error_code, translate, translated_errors
from rmdesk.store.errors import (
    DamagedVaultError,
    EmptyVaultFileError,
    NotAVaultError,
    PassphraseNotChangedError,
    ReadOnlyError,
    VaultError,
    VaultExistsError,
    VaultMissingError,
    WrongPassphraseError,
)
from rmdesk.store.files import atomic_path, fsync_dir, os_error_to_vault_error
from rmdesk.store.kdf import (
    DEFAULT_KDF,
    KNOWN_KDFS,
    SALT_BYTES,
    KdfParams,
    derive_key,
    raw_key_literal,
    wipe,
)
from rmdesk.store.schema import SCHEMA_VERSION

log = logging.getLogger(__name__)

PAGE_SIZE = 4096
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
ENGINE_MAJOR = "4."


def utc_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """Outcome of :meth:`Vault.verify`; ``ok`` only when every check passed."""

    integrity: tuple[str, ...]
    cipher_integrity: tuple[str, ...]
    engine: tuple[str, ...]
    schema_version: int
    pages: int

    @property
    def ok(self) -> bool:
        return (
            self.integrity == ("ok",) and not self.cipher_integrity and not self.engine
        )


@dataclass(slots=True)
class _Key:
    """The raw key and salt of an open vault, kept in bytearrays we can wipe."""

    key: bytearray
    salt: bytes
    kdf: KdfParams
    extra: list[bytearray] = field(default_factory=list)

    def wipe(self) -> None:
        wipe(self.key)
        for buffer in self.extra:
            wipe(buffer)


def _connect(path: Path, key: bytearray, salt: bytes | None) -> sqlcipher.Connection:
    """A connection keyed with the raw key (never SQL text), with engine logging silenced."""
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    # SQLCipher logs failed decryptions to stderr unless told not to.
    conn.execute("PRAGMA cipher_log_level = NONE")
    literal = raw_key_literal(key, salt)
    try:
        conn.set_key(literal)
    finally:
        wipe(literal)
    return conn


def _configure(conn: sqlcipher.Connection) -> None:
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


def _precheck(path: Path) -> None:
    """Reject what can be told without a key: missing, folder, empty, plaintext, too short."""
    if not path.exists():
        raise VaultMissingError()
    if path.is_dir():
        raise NotAVaultError("it is a folder")
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_PLAIN_HEADER))
    except PermissionError as exc:
        raise ReadOnlyError("the vault file cannot be read") from exc
    if size == 0:
        raise EmptyVaultFileError()
    if head == SQLITE_PLAIN_HEADER:
        raise NotAVaultError("it is an unencrypted SQLite database")
    if size < PAGE_SIZE:
        raise NotAVaultError("it is too short to be a vault")


def _read_salt(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


def _diagnose_unreadable(conn: sqlcipher.Connection, path: Path) -> VaultError:
    """Page 1 failed its HMAC: a wrong passphrase, a damaged header, or a foreign file.

    A wrong key fails every page; a damaged header fails page 1 while the rest check out.
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


class Vault:
    """An open vault. Use :meth:`create` or :meth:`open`; always :meth:`close` (or ``with``)."""

    def __init__(self, path: Path, db: Db, key: _Key) -> None:
        self.path = path
        self._db: Db | None = db
        self._key = key

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path, passphrase: bytearray, *, kdf: KdfParams = DEFAULT_KDF
    ) -> Vault:
        """A new, empty vault at ``path``; refuses to touch anything already there."""
        if path.exists() or path.is_symlink():
            raise VaultExistsError(str(path.name))
        ensure_private_dir(path.parent)
        salt = secrets.token_bytes(SALT_BYTES)
        key = derive_key(passphrase, salt, kdf)
        try:
            with atomic_path(path.with_name(path.name + ".new")) as tmp:
                tmp.unlink()  # SQLite must create the file itself
                conn = _connect(tmp, key, salt)
                try:
                    _configure(conn)
                    db = Db(conn)
                    migrations.migrate(db)
                    with db.transaction():
                        db.execute_many(
                            "INSERT INTO meta(key, value) VALUES (?, ?)",
                            [
                                ("kdf_version", str(kdf.version)),
                                ("created_at", datetime.now(UTC).isoformat()),
                                ("vault_uuid", secrets.token_hex(16)),
                            ],
                        )
                finally:
                    conn.close()
            staged = path.with_name(path.name + ".new")
            # link() refuses an existing target: a vault created meanwhile is never clobbered.
            try:
                os.link(staged, path)
            except FileExistsError as exc:
                raise VaultExistsError(str(path.name)) from exc
            finally:
                staged.unlink(missing_ok=True)
            fsync_dir(path.parent)
        except OSError as exc:
            raise os_error_to_vault_error(exc) from exc
        finally:
            wipe(key)
        return cls.open(path, passphrase, kdf=kdf)

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: bytearray,
        *,
        kdf: KdfParams | None = None,
        backup_dir: Path | None = None,
    ) -> Vault:
        """Open and, if needed, migrate (after a backup copy into ``backup_dir``)."""
        _precheck(path)
        salt = _read_salt(path)
        candidates = [kdf] if kdf is not None else sorted(
            KNOWN_KDFS.values(), key=lambda k: k.version, reverse=True
        )
        last_error: VaultError = WrongPassphraseError()
        for params in candidates:
            key = derive_key(passphrase, salt, params)
            try:
                conn = _connect(path, key, None)
            except sqlcipher.Error as exc:
                wipe(key)
                raise translate(exc) or NotAVaultError(str(exc)) from exc
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher.Error as exc:
                if error_code(exc) != SQLITE_NOTADB:
                    conn.close()
                    wipe(key)
                    raise translate(exc) or DamagedVaultError(str(exc)) from exc
                last_error = _diagnose_unreadable(conn, path)
                conn.close()
                wipe(key)
                if not isinstance(last_error, WrongPassphraseError):
                    raise last_error from exc
                continue
            vault = cls(path, Db(conn), _Key(key=key, salt=salt, kdf=params))
            try:
                vault._prepare(backup_dir)
            except BaseException:
                vault.close()
                raise
            return vault
        raise last_error

    def _prepare(self, backup_dir: Path | None) -> None:
        db = self.db
        with translated_errors():
            _configure(db.raw)
        problems = engine_problems(db.raw)
        if problems:
            raise RuntimeError("SQLCipher engine self-check failed: " + "; ".join(problems))
        if migrations.pending(db) and migrations.schema_version(db) > 0:
            target_dir = ensure_private_dir(backup_dir or self.path.parent / "backups")
            before = migrations.schema_version(db)
            self.backup_to(target_dir / f"pre-migration-v{before}-{utc_stamp()}.rmdesk")
        migrations.migrate(db)

    # -- state ---------------------------------------------------------------------------
    @property
    def db(self) -> Db:
        if self._db is None:
            raise RuntimeError("the vault is locked")
        return self._db

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def close(self) -> None:
        """Lock: close the connection and wipe the key. Safe to call twice."""
        if self._db is not None:
            with contextlib.suppress(sqlcipher.Error):
                self._db.close()
            self._db = None
        self._key.wipe()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def meta(self, key: str) -> str | None:
        value = self.db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    # -- checks --------------------------------------------------------------------------
    def verify(self) -> VerifyReport:
        """Both integrity checks (each catches damage the other misses) and the engine."""
        conn = self.db.raw
        with translated_errors():
            integrity = tuple(str(r[0]) for r in conn.execute("PRAGMA integrity_check"))
            cipher = tuple(str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check"))
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        return VerifyReport(
            integrity=integrity,
            cipher_integrity=cipher,
            engine=engine_problems(conn),
            schema_version=migrations.schema_version(self.db),
            pages=pages,
        )

    # -- backup --------------------------------------------------------------------------
    def backup_to(self, target: Path, new_passphrase: bytearray | None = None) -> None:
        """An encrypted copy at ``target`` via the backup API, verified, atomic, mode 0600.

        With ``new_passphrase`` the copy gets its own salt and key; otherwise it opens with
        the vault's passphrase.
        """
        if target.resolve() == self.path.resolve():
            raise VaultExistsError("a backup cannot replace the vault itself")
        if new_passphrase is not None:
            salt = secrets.token_bytes(SALT_BYTES)
            key = derive_key(new_passphrase, salt, DEFAULT_KDF)
            kdf = DEFAULT_KDF
        else:
            salt = self._key.salt
            key = bytearray(self._key.key)
            kdf = self._key.kdf
        try:
            with atomic_path(target) as tmp:
                tmp.unlink()
                dest = _connect(tmp, key, salt)
                try:
                    with translated_errors():
                        self.db.raw.backup(dest)
                        if new_passphrase is not None:
                            dest.execute(
                                "UPDATE meta SET value = ? WHERE key = 'kdf_version'",
                                (str(kdf.version),),
                            )
                finally:
                    dest.close()
                _verify_file(tmp, key)
        finally:
            wipe(key)

    # -- passphrase ----------------------------------------------------------------------
    def change_passphrase(self, old: bytearray, new: bytearray) -> None:
        """Rekey, then trust it only after the new passphrase reopens and the old one fails.

        Raises ``WrongPassphraseError`` if ``old`` is not the current passphrase, and
        ``PassphraseNotChangedError`` when the rekey did not take (the old one still works).
        """
        salt = self._key.salt
        old_key = derive_key(old, salt, self._key.kdf)
        try:
            if not secrets.compare_digest(bytes(old_key), bytes(self._key.key)):
                raise WrongPassphraseError()
        finally:
            wipe(old_key)
        new_key = derive_key(new, salt, DEFAULT_KDF)
        literal = raw_key_literal(new_key)
        try:
            with translated_errors():
                self.db.raw.reset_key(literal)
                self.db.execute(
                    "UPDATE meta SET value = ? WHERE key = 'kdf_version'",
                    (str(DEFAULT_KDF.version),),
                )
        except VaultError as exc:
            self._reopen(self._key.key, self._key.kdf)
            raise PassphraseNotChangedError(exc.message) from exc
        finally:
            wipe(literal)
        self.db.close()
        self._db = None
        new_works = _key_opens(self.path, new_key)
        old_works = _key_opens(self.path, self._key.key)
        if not new_works or old_works:
            wipe(new_key)
            self._reopen(self._key.key, self._key.kdf)
            raise PassphraseNotChangedError()
        self._key.wipe()
        self._reopen(new_key, DEFAULT_KDF)

    def _reopen(self, key: bytearray, kdf: KdfParams) -> None:
        conn = _connect(self.path, key, None)
        try:
            with translated_errors():
                _configure(conn)
        except BaseException:
            conn.close()
            raise
        if self._db is not None:
            self._db.close()
        self._db = Db(conn)
        self._key = _Key(key=bytearray(key), salt=self._key.salt, kdf=kdf)

    # -- restore -------------------------------------------------------------------------
    @staticmethod
    def restore(
        vault_path: Path,
        candidate: Path,
        passphrase: bytearray,
        *,
        rollback_dir: Path,
        kdf: KdfParams | None = None,
    ) -> Path:
        """Replace the (closed) vault with a verified copy of ``candidate``.

        The candidate must open with ``passphrase`` and pass both integrity checks. The
        current vault is kept as a rollback copy in ``rollback_dir``; its path is returned
        (or the empty path when there was no current vault).
        """
        try:
            with Vault.open(candidate, passphrase, kdf=kdf, backup_dir=rollback_dir) as source:
                report = source.verify()
                if not report.ok:
                    raise DamagedVaultError("the backup failed its integrity checks")
                ensure_private_dir(vault_path.parent)
                ensure_private_dir(rollback_dir)
                rollback = Path()
                if vault_path.exists():
                    rollback = rollback_dir / f"before-restore-{utc_stamp()}.rmdesk"
                    _move_with_journal(vault_path, rollback)
                try:
                    source.backup_to(vault_path)
                except BaseException:
                    if rollback != Path():
                        _move_with_journal(rollback, vault_path)
                    raise
                return rollback
        except VaultMissingError as exc:
            raise VaultMissingError(f"no backup file at {candidate.name}") from exc
        except OSError as exc:
            raise os_error_to_vault_error(exc) from exc


def _move_with_journal(source: Path, target: Path) -> None:
    """Rename a closed vault together with any hot journal SQLite left beside it.

    SQLite pairs a journal with its database by name; left behind, an old journal would be
    "rolled back" into whatever file takes the name next.
    """
    os.replace(source, target)
    os.chmod(target, PRIVATE_FILE_MODE)
    journal = source.with_name(source.name + "-journal")
    if journal.exists():
        os.replace(journal, target.with_name(target.name + "-journal"))


def _key_opens(path: Path, key: bytearray) -> bool:
    conn = _connect(path, key, None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.Error:
        return False
    finally:
        conn.close()


def _verify_file(path: Path, key: bytearray) -> None:
    """A freshly written copy must open with ``key`` and pass both integrity checks."""
    conn = _connect(path, key, None)
    try:
        with translated_errors():
            ok = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            cipher_ok = not conn.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        conn.close()
    if not (ok and cipher_ok):
        raise DamagedVaultError("the new copy failed its integrity checks")
