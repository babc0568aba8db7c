"""The key derivation: scrypt N=2^17 on the NFC passphrase, salted with the file's first bytes."""

from __future__ import annotations

import hashlib
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rmdesk.store.engine import key_opens, read_salt
from rmdesk.store.errors import WrongPassphraseError
from rmdesk.store.kdf import (
    DEFAULT_KDF,
    KNOWN_KDFS,
    SALT_BYTES,
    derive_key,
    passphrase_bytes,
    raw_key_literal,
    wipe,
)
from rmdesk.store.vault import Vault
from tests.store.children import FAST, PASSPHRASE


def test_the_default_is_scrypt_at_owasps_minimum() -> None:
    assert (DEFAULT_KDF.log2_n, DEFAULT_KDF.r, DEFAULT_KDF.p) == (17, 8, 1)
    assert KNOWN_KDFS[DEFAULT_KDF.version] is DEFAULT_KDF


def test_the_key_is_plain_stdlib_scrypt_of_the_nfc_passphrase() -> None:
    salt = bytes(range(SALT_BYTES))
    composed = passphrase_bytes("caf\u00e9")
    decomposed = passphrase_bytes("cafe\u0301")
    assert composed == decomposed == bytearray("café".encode())
    expected = hashlib.scrypt(b"caf\xc3\xa9", salt=salt, n=1 << FAST.log2_n, r=8, p=1, dklen=32)
    assert derive_key(decomposed, salt, FAST) == bytearray(expected)
    assert derive_key(composed, bytes(SALT_BYTES), FAST) != bytearray(expected)


def test_a_salt_of_the_wrong_size_is_a_bug() -> None:
    with pytest.raises(ValueError):
        derive_key(bytearray(b"x"), b"short", FAST)


def test_raw_key_literal_and_wipe() -> None:
    key = bytearray(b"\x01\xab")
    literal = raw_key_literal(key, b"\xff")
    assert literal == bytearray(b"x'01abff'")
    wipe(literal)
    wipe(key)
    wipe(None)
    assert set(literal) == {0} and set(key) == {0}


def test_creating_a_vault_costs_one_kdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real_scrypt = hashlib.scrypt

    def counting_scrypt(password: bytes, **kwargs: Any) -> bytes:
        calls.append(kwargs["n"])
        return real_scrypt(password, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counting_scrypt)
    Vault.create(tmp_path / "vault.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST).close()
    assert calls == [1 << FAST.log2_n]


def test_the_real_kdf_keys_the_file_with_its_own_salt_and_a_wrong_passphrase_costs_the_same(
    tmp_path: Path,
) -> None:
    """The one test on the real setting (seven derivations, about 0.4 s each on CI)."""
    path = tmp_path / "vault.rmdesk"
    passphrase = "Grüße, \u00e9t\u00e9 — real KDF"
    Vault.create(path, passphrase_bytes(passphrase)).close()

    # The key is scrypt(N=2^17, r=8, p=1) of the NFC passphrase, salted with the file's first
    # 16 bytes: that raw key alone opens the file.
    normalized = unicodedata.normalize("NFC", passphrase).encode()
    expected = hashlib.scrypt(
        normalized, salt=read_salt(path), n=1 << 17, r=8, p=1, maxmem=2**28, dklen=32
    )
    assert key_opens(path, bytearray(expected))

    def open_right() -> None:
        with Vault.open(path, passphrase_bytes(passphrase)) as vault:
            assert vault.meta("kdf_version") == str(DEFAULT_KDF.version)

    def open_wrong() -> None:
        with pytest.raises(WrongPassphraseError):
            Vault.open(path, passphrase_bytes("not the passphrase"))

    # Relative, not absolute: both are dominated by one scrypt, so neither is a shortcut. The
    # quicker of two tries each, so a burst of load on a shared machine (CI runs two suites
    # side by side) does not decide the ratio.
    right = min(_seconds(open_right) for _ in range(2))
    wrong = min(_seconds(open_wrong) for _ in range(2))
    assert 0.5 < wrong / right < 2.0, (right, wrong)


def _seconds(call: Callable[[], None]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started
