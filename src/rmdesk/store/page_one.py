"""Read the two header fields of an encrypted page 1 that tell one database state from another.

SQLite's page 1 begins with the database header; the "file change counter" (offset 24) goes up
by one in every write transaction and the "in-header database size" (offset 28) counts pages.
In a SQLCipher 4 file page 1 is laid out as: salt (16 bytes, plain), AES-256-CBC ciphertext of
header bytes 16..4015, IV (16), HMAC-SHA512 (64) over ciphertext + IV + page number. Both
fields sit in the first cipher block, so one AES block decryption reads them: SQL cannot (no
pragma shows the change counter, and this build has no ``sqlite_dbpage``), and the stdlib has
no AES, hence the small AES-256 *decryption* below. It never encrypts anything and is used only
to compare two page images of a file we already hold the key of; the HMAC is checked first, so
a wrong key or a damaged page is told apart from a real reading, and the constant header bytes
16..23 are checked after decryption.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import struct
from dataclasses import dataclass

from rmdesk.store.kdf import SALT_BYTES

PAGE_SIZE = 4096
_IV = 16
_HMAC = 64
_RESERVE = _IV + _HMAC  # SQLCipher 4 defaults: 80 reserved bytes per page
_HMAC_SALT_MASK = 0x3A
_HMAC_KDF_ITER = 2
# Header bytes 16..23 of every vault: page size 4096, format 1/1, 80 reserved bytes, 64/32/32.
_CONSTANT_HEADER = bytes([0x10, 0x00, 0x01, 0x01, _RESERVE, 0x40, 0x20, 0x20])


@dataclass(frozen=True, slots=True)
class PageOneHeader:
    change_counter: int
    page_count: int  # the in-header database size


def read_page_one(image: bytes, key: bytes) -> PageOneHeader | None:
    """The header fields of a page-1 image keyed with the raw ``key``; None when the image does
    not authenticate with that key (wrong key, another vault, or damage)."""
    if len(image) != PAGE_SIZE:
        return None
    salt = image[:SALT_BYTES]
    end = PAGE_SIZE - _RESERVE
    ciphertext, iv, tag = image[SALT_BYTES:end], image[end : end + _IV], image[end + _IV :]
    mac_salt = bytes(b ^ _HMAC_SALT_MASK for b in salt)
    mac_key = hashlib.pbkdf2_hmac("sha512", bytes(key), mac_salt, _HMAC_KDF_ITER, dklen=32)
    expected = hmac.new(mac_key, ciphertext + iv + struct.pack("<I", 1), "sha512").digest()
    if not hmac.compare_digest(expected, tag):
        return None
    block = bytes(
        a ^ b for a, b in zip(decrypt_block(bytes(key), ciphertext[:16]), iv, strict=True)
    )
    if block[:8] != _CONSTANT_HEADER:
        return None
    counter, pages = struct.unpack(">II", block[8:16])
    return PageOneHeader(change_counter=counter, page_count=pages)


# -- AES-256, decryption of one block (FIPS-197) -------------------------------------------
def _xtime(a: int) -> int:
    a <<= 1
    return (a ^ 0x11B) if a & 0x100 else a


def _gmul(a: int, b: int) -> int:
    out = 0
    while b:
        if b & 1:
            out ^= a
        a = _xtime(a)
        b >>= 1
    return out


@functools.cache
def _sboxes() -> tuple[bytes, bytes]:
    """The S-box and its inverse, built on first use (not at import: the lock screen imports
    the store). Inverses come from exp/log tables over the generator 3, one pass of 255."""
    exp = [0] * 255
    log = [0] * 256
    x = 1
    for power in range(255):
        exp[power] = x
        log[x] = power
        x ^= _xtime(x)  # times 3
    sbox = [0] * 256
    for value in range(256):
        inverse = 0 if value == 0 else exp[(255 - log[value]) % 255]
        x = inverse
        for shift in range(1, 5):
            x ^= ((inverse << shift) | (inverse >> (8 - shift))) & 0xFF
        sbox[value] = x ^ 0x63
    inv = [0] * 256
    for value, substituted in enumerate(sbox):
        inv[substituted] = value
    return bytes(sbox), bytes(inv)


def _round_keys(key: bytes) -> list[bytes]:
    if len(key) != 32:
        raise ValueError("AES-256 needs a 32-byte key")
    sbox = _sboxes()[0]
    words = [list(key[i : i + 4]) for i in range(0, 32, 4)]
    rcon = 1
    for i in range(8, 60):
        t = list(words[i - 1])
        if i % 8 == 0:
            t = [sbox[b] for b in t[1:] + t[:1]]
            t[0] ^= rcon
            rcon = _xtime(rcon)
        elif i % 8 == 4:
            t = [sbox[b] for b in t]
        words.append([a ^ b for a, b in zip(words[i - 8], t, strict=True)])
    return [bytes(b for word in words[4 * r : 4 * r + 4] for b in word) for r in range(15)]


def decrypt_block(key: bytes, block: bytes) -> bytes:
    """AES-256 inverse cipher of one 16-byte block."""
    keys = _round_keys(key)
    inv_sbox = _sboxes()[1]
    state = [a ^ b for a, b in zip(block, keys[14], strict=True)]
    for rnd in range(13, -1, -1):
        # InvShiftRows (row r moves right by r), InvSubBytes, AddRoundKey.
        state = [inv_sbox[state[r + 4 * ((c - r) % 4)]] for c in range(4) for r in range(4)]
        state = [a ^ b for a, b in zip(state, keys[rnd], strict=True)]
        if rnd:
            mixed: list[int] = []
            for c in range(4):
                a0, a1, a2, a3 = state[4 * c : 4 * c + 4]
                mixed += [
                    _gmul(a0, 14) ^ _gmul(a1, 11) ^ _gmul(a2, 13) ^ _gmul(a3, 9),
                    _gmul(a0, 9) ^ _gmul(a1, 14) ^ _gmul(a2, 11) ^ _gmul(a3, 13),
                    _gmul(a0, 13) ^ _gmul(a1, 9) ^ _gmul(a2, 14) ^ _gmul(a3, 11),
                    _gmul(a0, 11) ^ _gmul(a1, 13) ^ _gmul(a2, 9) ^ _gmul(a3, 14),
                ]
            state = mixed
    return bytes(state)
