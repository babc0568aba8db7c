"""Every way a vault file can be wrong gives its own error, and a failed open changes nothing.

Each case is made from a real vault file under tmp_path; after the failed open the file's bytes
are the same (SHA-256 before/after) and no file appeared in the data folder.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from rmdesk.store import errors
from rmdesk.store.engine import PAGE_SIZE
from rmdesk.store.errors import (
    DamagedVaultError,
    EmptyVaultFileError,
    NotAVaultError,
    VaultError,
    VaultMissingError,
    VaultTooNewError,
    WrongPassphraseError,
)
from rmdesk.store.schema import SCHEMA_VERSION
from tests.store.children import (
    PASSPHRASE,
    file_digest,
    make_vault,
    open_fast,
    tree_listing,
)

Mutation = Callable[[Path], None]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vault of a few hundred pages, copied by each test (creating it is the slow part)."""
    path = tmp_path_factory.mktemp("pristine") / "vault.rmdesk"
    make_vault(path, rows=150, row_bytes=1500)
    return path


@pytest.fixture
def vault_copy(pristine: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    target = folder / "vault.rmdesk"
    shutil.copyfile(pristine, target)
    return target


def flip_byte(offset: int) -> Mutation:
    def mutate(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[offset] ^= 0x5A
        path.write_bytes(bytes(data))

    return mutate


def cut_by(count: int) -> Mutation:
    def mutate(path: Path) -> None:
        os.truncate(path, path.stat().st_size - count)

    return mutate


def replace_with(data: bytes) -> Mutation:
    def mutate(path: Path) -> None:
        path.write_bytes(data)

    return mutate


def plaintext_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes(body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.commit()
    conn.close()


def folder_instead(path: Path) -> None:
    path.unlink()
    path.mkdir()


def newer_schema(path: Path) -> None:
    with open_fast(path) as vault:
        vault.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


# (case id, mutation, passphrase, expected class, where (damaged only), words in the detail)
CASES: list[tuple[str, Mutation, str, type[VaultError], str | None, str]] = [
    ("wrong passphrase", lambda p: None, "not the passphrase", WrongPassphraseError, None, ""),
    ("damaged page 1", flip_byte(200), PASSPHRASE, DamagedVaultError, "header", "page 1"),
    ("damaged page 1 HMAC", flip_byte(PAGE_SIZE - 8), PASSPHRASE, DamagedVaultError, "header", ""),
    ("cut mid-page", cut_by(1000), PASSPHRASE, DamagedVaultError, "page", "middle of a page"),
    ("last page removed", cut_by(PAGE_SIZE), PASSPHRASE, DamagedVaultError, "page", "missing"),
    ("0-byte file", replace_with(b""), PASSPHRASE, EmptyVaultFileError, None, ""),
    ("plaintext SQLite", plaintext_sqlite, PASSPHRASE, NotAVaultError, None, "unencrypted"),
    ("short random", replace_with(os.urandom(900)), PASSPHRASE, NotAVaultError, None, "short"),
    (
        "random, ragged length",
        replace_with(os.urandom(3 * PAGE_SIZE + 77)),
        PASSPHRASE,
        NotAVaultError,
        None,
        "size",
    ),
    ("a folder", folder_instead, PASSPHRASE, NotAVaultError, None, "folder"),
    ("missing", lambda p: p.unlink(), PASSPHRASE, VaultMissingError, None, ""),
    ("newer schema", newer_schema, PASSPHRASE, VaultTooNewError, None, str(SCHEMA_VERSION + 1)),
]


def expect_refused(path: Path, passphrase: str) -> VaultError:
    """Open must fail with a VaultError and leave the file and its folder exactly as they were."""
    digest = file_digest(path) if path.is_file() else None
    listing = tree_listing(path.parent)
    with pytest.raises(VaultError) as caught:
        open_fast(path, passphrase).close()
    assert (file_digest(path) if path.is_file() else None) == digest
    assert tree_listing(path.parent) == listing
    return caught.value


@pytest.mark.parametrize(
    ("mutate", "passphrase", "expected", "where", "words"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_each_bad_file_gets_its_own_error_and_is_left_untouched(
    vault_copy: Path,
    mutate: Mutation,
    passphrase: str,
    expected: type[VaultError],
    where: str | None,
    words: str,
) -> None:
    mutate(vault_copy)
    error = expect_refused(vault_copy, passphrase)
    assert type(error) is expected
    if where is not None:
        assert isinstance(error, DamagedVaultError)
        assert error.where == where
    assert words in error.detail


def test_the_cases_read_differently(pristine: Path, tmp_path: Path) -> None:
    """One message per case: a person can tell which of these happened from the words alone."""
    seen: dict[str, str] = {}
    for index, (name, mutate, passphrase, _expected, _where, _words) in enumerate(CASES):
        if name == "damaged page 1 HMAC":
            continue  # the same situation as "damaged page 1", rightly worded the same
        folder = tmp_path / str(index)
        folder.mkdir()
        path = folder / "vault.rmdesk"
        shutil.copyfile(pristine, path)
        mutate(path)
        text = str(expect_refused(path, passphrase))
        assert text not in seen, f"{name!r} reads like {seen.get(text)!r}"
        seen[text] = name


def test_random_whole_pages_cannot_be_told_from_a_wrong_passphrase(vault_copy: Path) -> None:
    """Without the key, random bytes look exactly like ciphertext: the honest answer is "wrong
    passphrase", and its advice says the file may not be a vault."""
    replace_with(os.urandom(8 * PAGE_SIZE))(vault_copy)
    error = expect_refused(vault_copy, PASSPHRASE)
    assert type(error) is WrongPassphraseError
    assert "may not be an rmdesk vault" in str(error)


def test_a_damaged_salt_reads_as_a_wrong_passphrase(vault_copy: Path) -> None:
    """The salt (first 16 bytes) feeds the KDF, so damage there changes every page's key."""
    flip_byte(3)(vault_copy)
    assert type(expect_refused(vault_copy, PASSPHRASE)) is WrongPassphraseError


@pytest.mark.parametrize("position", ["second", "middle", "last"])
def test_a_damaged_later_page_is_reported_on_open_read_or_verify(
    vault_copy: Path, position: str
) -> None:
    pages = vault_copy.stat().st_size // PAGE_SIZE
    page = {"second": 2, "middle": pages // 2, "last": pages}[position]
    flip_byte((page - 1) * PAGE_SIZE + 300)(vault_copy)
    try:
        vault = open_fast(vault_copy)
    except DamagedVaultError as exc:  # the page is one the open itself reads (the schema)
        assert exc.where == "page"
        return
    with vault:
        report = vault.verify()
        assert not report.ok
        assert f"HMAC verification failed for page {page}" in report.cipher_integrity
        if position == "last":  # the newest rows live there
            with pytest.raises(DamagedVaultError) as caught:
                vault.db.query("SELECT * FROM acked")
            assert caught.value.where == "page"


def test_a_removed_last_page_passes_the_hmac_check_but_not_integrity_check(
    vault_copy: Path,
) -> None:
    """Why verify runs both checks (docs/security.md): measured here on the engine itself."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from rmdesk.store.engine import connect, read_salt
    from rmdesk.store.kdf import derive_key, passphrase_bytes
    from tests.store.children import FAST

    cut_by(PAGE_SIZE)(vault_copy)
    conn = connect(
        vault_copy, derive_key(passphrase_bytes(PASSPHRASE), read_salt(vault_copy), FAST)
    )
    try:
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        with pytest.raises(sqlcipher.DatabaseError):
            conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def test_error_classes_have_distinct_kinds_and_messages() -> None:
    classes = errors.all_error_classes()
    kinds = [cls.kind for cls in classes]
    messages = [cls.message for cls in classes]
    assert len(set(kinds)) == len(kinds)
    assert len(set(messages)) == len(messages)
    for cls in classes:
        assert cls.message.endswith("."), cls
        assert cls.exit_code >= 10


def test_a_missing_vault_is_never_created_by_open(tmp_path: Path) -> None:
    path = tmp_path / "vault.rmdesk"
    with pytest.raises(VaultMissingError):
        open_fast(path)
    assert list(tmp_path.iterdir()) == []
