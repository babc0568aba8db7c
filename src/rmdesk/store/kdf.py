"""Passphrase stretching: scrypt from the standard library (see docs/security.md).

SQLCipher's own KDF is PBKDF2, which GPUs crack cheaply; scrypt is memory-hard. We derive a raw
256-bit key and hand SQLCipher the raw key, so its PBKDF2 is skipped. The salt is the vault's
own SQLCipher salt (the file's first 16 bytes), so the vault stays one file with no sidecar.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class KdfParams:
    """One scrypt setting; ``version`` is recorded in the vault so a stronger one can migrate."""

    version: int
    log2_n: int
    r: int = 8
    p: int = 1

    @property
    def maxmem(self) -> int:
        # scrypt needs 128 * r * N bytes; leave headroom for its bookkeeping.
        return 2 * 128 * self.r * (1 << self.log2_n) + 16 * 1024 * 1024


# OWASP's scrypt minimum: N=2^17, r=8, p=1 (about 0.4-0.6 s and 128 MiB on our CI machine).
KDF_V1 = KdfParams(version=1, log2_n=17)
DEFAULT_KDF = KDF_V1
KNOWN_KDFS: dict[int, KdfParams] = {KDF_V1.version: KDF_V1}


def passphrase_bytes(passphrase: str) -> bytearray:
    """NFC-normalised UTF-8 in a bytearray, so the same words typed on any OS give one key."""
    return bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def derive_key(passphrase: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """The 32-byte raw key for ``passphrase`` (already NFC-normalised UTF-8)."""
    if len(salt) != SALT_BYTES:
        raise ValueError("salt must be 16 bytes")
    # Imported here: hashlib maps OpenSSL's libcrypto (3-4 MiB resident), which the lock
    # screen (it imports this module for passphrase_bytes and wipe) does not need.
    import hashlib

    key = hashlib.scrypt(
        passphrase,  # hashlib takes the bytearray as is: no extra copy of the secret
        salt=salt,
        n=1 << params.log2_n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem,
        dklen=KEY_BYTES,
    )
    return bytearray(key)


def raw_key_literal(key: bytes | bytearray, salt: bytes | None = None) -> bytearray:
    """SQLCipher's raw-key form ``x'<hex key>[<hex salt>]'`` as a bytearray we can zero."""
    out = bytearray(b"x'")
    _append_hex(out, key)  # not key.hex(): that str copy of the key could not be wiped
    if salt is not None:
        _append_hex(out, salt)
    out += b"'"
    return out


_HEX_DIGITS = b"0123456789abcdef"


def _append_hex(out: bytearray, data: bytes | bytearray) -> None:
    for byte in data:
        out.append(_HEX_DIGITS[byte >> 4])
        out.append(_HEX_DIGITS[byte & 0x0F])


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a secret in place (best effort: Python may hold other copies)."""
    if buffer is None:
        return
    for i in range(len(buffer)):
        buffer[i] = 0
