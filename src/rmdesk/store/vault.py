"""The encrypted vault: one SQLCipher 4 file keyed by a passphrase that is never stored.

Create is explicit; open tells a wrong passphrase from a damaged or foreign file; a passphrase
change is trusted only after reopening; backups go through SQLite's backup API into an atomic,
0600 file; restore verifies the candidate first and keeps the current file as a rollback copy.
See docs/security.md for the measured facts behind each choice.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.paths import BACKUP_DIR_NAME, create_missing_dirs, ensure_private_dir
from rmdesk.store import migrations as schema_migrations
from rmdesk.store.db import Db, translate, translated_errors
from rmdesk.store.engine import (
    BUSY_TIMEOUT_MS,
    PAGE_SIZE,
    SQLITE_PLAIN_HEADER,
    check_writable,
    configure,
    connect,
    engine_problems,
    key_opens,
    truncation_detail,
)
from rmdesk.store.errors import (
    DamagedVaultError,
    PassphraseNotChangedError,
    VaultError,
    VaultExistsError,
    WrongPassphraseError,
)
from rmdesk.store.files import (
    atomic_path,
    fsync_dir,
    os_error_to_vault_error,
    remove_sqlite_sidecars,
    remove_stale_temps,
    remove_stale_vault_temps,
)
from rmdesk.store.generation import BUMP_SQL, read_generation
from rmdesk.store.kdf import DEFAULT_KDF, SALT_BYTES, KdfParams, derive_key, raw_key_literal, wipe
from rmdesk.store.restore import restore_vault
from rmdesk.store.schema import MIGRATIONS
from rmdesk.store.seen_record import (
    SeenCheck,
    SeenRecord,
    SeenStatus,
    record_path,
    remember_quietly,
)
from rmdesk.store.sync.dirty import refresh_at_open
from rmdesk.store.vault_files import (
    CopyProgress,
    VaultKey,
    first_read,
    place_without_clobber,
    unlock,
    write_copy,
)

# Re-exported: callers (the start-up self-check, tests) know these from here.
__all__ = ["PAGE_SIZE", "SQLITE_PLAIN_HEADER", "Vault", "VerifyReport", "engine_problems"]

Migrations = Sequence[Sequence[str]]
READER_CACHE_KIB = -2000  # negative: KiB (SQLite's convention), not pages


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
    file: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return (
            self.integrity == ("ok",)
            and not self.cipher_integrity
            and not self.engine
            and not self.file
        )


class Vault:
    """An open vault. Use :meth:`create` or :meth:`open`; always :meth:`close` (or ``with``)."""

    def __init__(self, path: Path, db: Db, key: VaultKey) -> None:
        self.path = path
        self._db: Db | None = db
        self._key = key
        # What opening found and did that the user should hear of (a crash journal set aside).
        self.notices: tuple[str, ...] = ()
        self._seen: SeenRecord | None = None
        # How this vault compares with the newest one seen on this computer (set on open).
        self.seen_check: SeenCheck | None = None
        db.allow_readers(self.open_reader)

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: bytearray,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        migrations: Migrations = MIGRATIONS,
    ) -> Vault:
        """A new, empty vault at ``path``; refuses to touch anything already there.

        The key is derived once and reused for the first open (the KDF is the slow part).
        """
        if path.exists() or path.is_symlink():
            raise VaultExistsError(str(path.name))
        journal = path.with_name(path.name + "-journal")
        if journal.exists():
            # SQLite pairs a journal with a database by name: an earlier vault's leftover
            # journal would be "rolled back" into the new file on its first open.
            raise VaultExistsError(
                f"{journal.name} from an earlier vault is still there; move it away first"
            )
        salt = secrets.token_bytes(SALT_BYTES)
        key = VaultKey(key=derive_key(passphrase, salt, kdf), salt=salt, kdf=kdf)
        try:
            try:
                ensure_private_dir(path.parent)
                remove_stale_vault_temps(path)
                fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
                os.close(fd)  # mkstemp's file is 0600 from birth; SQLite keeps its mode
                staged = Path(name)
                try:
                    cls._build(staged, key, migrations)
                    with open(staged, "rb+") as handle:
                        os.fsync(handle.fileno())
                    place_without_clobber(staged, path)
                    fsync_dir(path.parent)
                finally:
                    staged.unlink(missing_ok=True)
                    remove_sqlite_sidecars(staged)
            except OSError as exc:
                raise os_error_to_vault_error(exc) from exc
            conn = first_read(path, key.key, "rw")
        except BaseException:
            key.wipe()
            raise
        return cls._adopt(path, conn, key, None, migrations)

    @staticmethod
    def _build(staged: Path, key: VaultKey, migrations: Migrations) -> None:
        conn = connect(staged, key.key, key.salt, mode="rwc")
        try:
            with translated_errors():
                configure(conn)
            db = Db(conn)
            schema_migrations.migrate(db, migrations)
            with db.transaction():
                db.execute_many(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [
                        ("kdf_version", str(key.kdf.version)),
                        ("created_at", datetime.now(UTC).isoformat()),
                        ("vault_uuid", secrets.token_hex(16)),
                    ],
                )
        finally:
            conn.close()

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: bytearray,
        *,
        kdf: KdfParams | None = None,
        backup_dir: Path | None = None,
        migrations: Migrations = MIGRATIONS,
    ) -> Vault:
        """Open and, if needed, migrate (after a backup copy into ``backup_dir``).

        ``migrations`` is the schema to bring the vault to; only tests pass another one.
        Nothing is written to the file before every check has passed.
        """
        notices: list[str] = []
        remove_stale_vault_temps(path)  # the caller holds the instance lock
        conn, key = unlock(path, passphrase, kdf, set_aside_dir=backup_dir, notices=notices)
        vault = cls._adopt(path, conn, key, backup_dir, migrations)
        vault.notices = tuple(notices)
        return vault

    @classmethod
    def _adopt(
        cls,
        path: Path,
        conn: sqlcipher.Connection,
        key: VaultKey,
        backup_dir: Path | None,
        migrations: Migrations,
    ) -> Vault:
        vault = cls(path, Db(conn), key)
        try:
            vault._prepare(backup_dir, migrations)
            vault._track_generation()
        except BaseException:
            vault.close()
            raise
        return vault

    def _prepare(self, backup_dir: Path | None, migrations: Migrations) -> None:
        db = self.db
        # Read-only checks first: a vault we refuse must not change by a single byte (even
        # setting journal_mode rewrites the header of a WAL-mode file).
        version = schema_migrations.schema_version(db)
        pending = schema_migrations.pending(db, migrations)
        check_writable(self.path)
        with translated_errors():
            configure(db.raw)
        problems = engine_problems(db.raw)
        if problems:
            raise RuntimeError("SQLCipher engine self-check failed: " + "; ".join(problems))
        if pending:
            self._migrate(version, backup_dir, migrations)
        if migrations is MIGRATIONS:
            # Each changed row's version as of this opening, so that a copy of the file taken
            # from now on shares it as the base for a later merge (store/sync/dirty.py says
            # why this cannot wait for the exchange, and why it reads only the changed rows).
            # Never a reason not to open: a damaged page or a full disk is for `check` and
            # the app to report, and every exchange brings all versions up to date first.
            with contextlib.suppress(VaultError):
                refresh_at_open(db)

    def _migrate(self, version: int, backup_dir: Path | None, migrations: Migrations) -> None:
        db = self.db
        if version > 0:
            # docs/security.md rule 4: verify, then keep a copy, then migrate.
            if not self.verify().ok:
                raise DamagedVaultError("it failed its integrity checks, so it was not upgraded")
            target_dir = backup_dir or self.path.parent / BACKUP_DIR_NAME
            try:
                ensure_private_dir(target_dir)
            except OSError as exc:
                raise os_error_to_vault_error(exc) from exc
            self.backup_to(target_dir / f"pre-migration-v{version}-{utc_stamp()}.rmdesk")
        schema_migrations.migrate(db, migrations)

    def _track_generation(self) -> None:
        """Count commits from now on and compare with the record of the newest copy seen here.

        A rolled-back (or forged-record) vault leaves the record as it is until the user
        accepts this copy (:meth:`accept_as_newest`), so the warning comes back until then."""
        generation = read_generation(self.db)
        if generation is None:  # a test schema without the counter
            return
        self.db.count_generations(BUMP_SQL)
        self._seen = SeenRecord(record_path(self.path), self._key.key, self._key.salt)
        self.seen_check = self._seen.check(generation)
        if not self.seen_check.rolled_back:
            remember_quietly(self._seen, generation)

    @property
    def rolled_back(self) -> bool:
        """Older than the newest copy of this vault seen on this computer (or its record was
        tampered with)."""
        return self.seen_check is not None and self.seen_check.rolled_back

    def accept_as_newest(self) -> None:
        """The user keeps this copy (say, after restoring by hand): it becomes the newest."""
        if self._seen is None:
            return
        generation = read_generation(self.db) or 0
        # Quietly: should the record not be writable, the question simply comes back.
        remember_quietly(self._seen, generation, reset=True)
        self.seen_check = SeenCheck(SeenStatus.CURRENT, generation, generation)

    def _rekey_seen_record(self) -> None:
        """The record's MAC follows the new key; an old copy opened with the old passphrase
        then fails it, which is reported like any other rollback."""
        if self._seen is None:
            return
        self._seen.wipe()
        self._seen = SeenRecord(record_path(self.path), self._key.key, self._key.salt)
        if not self.rolled_back:
            remember_quietly(self._seen, read_generation(self.db) or 0, reset=True)

    def _remember_generation(self) -> None:
        if self._seen is None or self._db is None or self.rolled_back:
            return
        with contextlib.suppress(VaultError):
            generation = read_generation(self._db)
            if generation is not None:
                remember_quietly(self._seen, generation)

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
        self._remember_generation()
        self._disconnect()
        self._key.wipe()
        if self._seen is not None:
            self._seen.wipe()

    def _disconnect(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlcipher.Error):
                self._db.close()
            self._db = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def changes(self) -> int:
        """Rows this connection has inserted, updated or deleted since the vault was opened
        (SQLite's ``total_changes``): compared before and after a session, it tells whether
        anything changed without writing anything anywhere."""
        return int(self.db.raw.total_changes)

    def meta(self, key: str) -> str | None:
        value = self.db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    # -- checks --------------------------------------------------------------------------
    def verify(self) -> VerifyReport:
        """Both integrity checks (each catches damage the other misses) and the engine.

        Damage is reported, not raised: a check that trips over a broken page says so in
        its lines.
        """
        conn = self.db.raw

        def lines(pragma: str) -> tuple[str, ...]:
            try:
                return tuple(str(r[0]) for r in conn.execute(f"PRAGMA {pragma}"))
            except sqlcipher.Error as exc:
                mapped = translate(exc)
                if isinstance(mapped, DamagedVaultError):
                    return (f"{pragma} stopped: {exc}",)
                if mapped is None:
                    raise
                raise mapped from exc

        integrity = lines("integrity_check")
        cipher = lines("cipher_integrity_check")
        with translated_errors():
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        try:
            detail = truncation_detail(self.path)
        except OSError as exc:
            raise os_error_to_vault_error(exc) from exc
        return VerifyReport(
            integrity=integrity,
            cipher_integrity=cipher,
            engine=engine_problems(conn),
            schema_version=schema_migrations.schema_version(self.db),
            pages=pages,
            file=(detail,) if detail else (),
        )

    # -- backup --------------------------------------------------------------------------
    def backup_to(
        self,
        target: Path,
        new_passphrase: bytearray | None = None,
        *,
        kdf: KdfParams | None = None,
        progress: CopyProgress | None = None,
    ) -> None:
        """An encrypted copy at ``target`` via the backup API, verified, atomic, mode 0600.

        With ``new_passphrase`` the copy gets its own salt and key (derived with ``kdf``,
        default ``DEFAULT_KDF``); otherwise it opens with the vault's passphrase.
        ``progress`` hears (pages copied, pages in all) as the copy goes.
        """
        if target.resolve() == self.path.resolve():
            raise VaultExistsError("a backup cannot replace the vault itself")
        if new_passphrase is not None:
            params = kdf or DEFAULT_KDF
            salt = secrets.token_bytes(SALT_BYTES)
            key = VaultKey(key=derive_key(new_passphrase, salt, params), salt=salt, kdf=params)
        else:
            key = VaultKey(key=bytearray(self._key.key), salt=self._key.salt, kdf=self._key.kdf)
        try:
            try:
                # The target's folder may be the user's own (home, a USB stick): created if
                # missing, never re-permissioned. The file itself is 0600 (atomic_path).
                create_missing_dirs(target.parent)
            except OSError as exc:
                raise os_error_to_vault_error(exc) from exc
            remove_stale_temps(target.parent, target.name)  # from a killed earlier backup
            with atomic_path(target) as tmp:
                write_copy(
                    self.db.raw,
                    tmp,
                    key,
                    record_kdf=new_passphrase is not None,
                    progress=progress,
                )
        finally:
            key.wipe()

    # -- passphrase ----------------------------------------------------------------------
    def check_passphrase(self, passphrase: bytearray) -> bool:
        """Is ``passphrase`` the open vault's passphrase? (Costs one KDF; leaving shared-screen
        mode asks for it.) Always False once the vault is locked."""
        if not self.is_open:
            return False
        candidate = derive_key(passphrase, self._key.salt, self._key.kdf)
        try:
            return secrets.compare_digest(candidate, self._key.key)
        finally:
            wipe(candidate)

    def change_passphrase(
        self, old: bytearray, new: bytearray, *, kdf: KdfParams | None = None
    ) -> None:
        """Rekey, then trust it only after the new passphrase reopens and the old one fails.

        Raises ``WrongPassphraseError`` if ``old`` is not the current passphrase (nothing is
        changed), and ``PassphraseNotChangedError`` when the rekey did not take (the old one
        still works and the vault stays open). ``kdf`` is the setting for the new passphrase.
        """
        params = kdf or DEFAULT_KDF
        salt = self._key.salt
        if not self.check_passphrase(old):
            raise WrongPassphraseError()
        new_key = derive_key(new, salt, params)
        if secrets.compare_digest(new_key, self._key.key):
            wipe(new_key)  # the same passphrase and setting: the file already has this key
            return
        literal = raw_key_literal(new_key)
        failure: BaseException | None = None
        try:
            self.db.raw.reset_key(literal)
        except sqlcipher.Error as exc:
            failure = exc
        finally:
            wipe(literal)
        self._settle_rekey(VaultKey(key=new_key, salt=salt, kdf=params), failure)

    def _settle_rekey(self, new: VaultKey, failure: BaseException | None) -> None:
        """Decide from the file itself which key it has now, whatever the rekey reported.

        On a full disk in WAL mode a rekey reports success without applying (security.md);
        a rekey that raised may still have committed. Close, then try both keys.
        """
        self._disconnect()
        new_works = key_opens(self.path, new.key)
        old_works = key_opens(self.path, self._key.key)
        if new_works and not old_works:
            self._key.wipe()
            self._key = new
            self._reconnect()
            self._record_kdf_version()
            self._rekey_seen_record()
            return
        new.wipe()
        if old_works:
            self._reconnect()
            mapped = translate(failure) if failure is not None else None
            raise PassphraseNotChangedError(mapped.message if mapped else "") from failure
        raise DamagedVaultError(
            "neither the old nor the new passphrase opens it after the change", where="header"
        ) from failure

    def _reconnect(self) -> None:
        conn = first_read(self.path, self._key.key, "rw")
        try:
            with translated_errors():
                configure(conn)
        except BaseException:
            conn.close()
            raise
        self._db = Db(conn)
        if self._seen is not None:
            self._db.count_generations(BUMP_SQL)
        self._db.allow_readers(self.open_reader)

    def open_reader(self) -> Db:
        """A second connection to this open vault, read-only (``mode=ro``, ``query_only``),
        for reads on another thread. Keyed with a copy of the raw key that is wiped as soon as
        the connection has it. The caller closes it before the vault locks."""
        if self._db is None:
            raise RuntimeError("the vault is locked")
        key = bytearray(self._key.key)
        try:
            conn = first_read(self.path, key, "ro")
        finally:
            wipe(key)
        try:
            with translated_errors():
                conn.execute("PRAGMA temp_store = MEMORY")  # never a plaintext temp file
                conn.execute("PRAGMA trusted_schema = OFF")
                conn.execute("PRAGMA query_only = ON")
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                # A quarter of the main connection's page cache: enough for the newest end
                # of the index, which is all a search as you type reads.
                conn.execute(f"PRAGMA cache_size = {READER_CACHE_KIB}")
        except BaseException:
            conn.close()
            raise
        return Db(conn)

    def _record_kdf_version(self) -> None:
        """Note the KDF setting in the vault. Informational: open tries every known one, so
        a failure here (a full disk) does not undo the successful passphrase change."""
        version = str(self._key.kdf.version)
        with contextlib.suppress(VaultError):
            if self.meta("kdf_version") != version:
                self.db.execute("UPDATE meta SET value = ? WHERE key = 'kdf_version'", (version,))

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

        The candidate is never modified (opened read-only, not migrated; a hot journal beside
        it is replayed into a private scratch copy), must open with ``passphrase``, be no
        newer than this app and pass both integrity checks.
        The current vault (with any journal beside it) is kept as a rollback copy in
        ``rollback_dir``; its path is returned, or the empty path when there was none.
        """
        return restore_vault(vault_path, candidate, passphrase, rollback_dir=rollback_dir, kdf=kdf)
