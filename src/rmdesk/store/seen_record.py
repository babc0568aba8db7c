"""The highest vault generation this computer has seen, kept outside the vault.

A vault file put back from an older copy (a sync conflict, a swapped file, a copy from a
stick) decrypts and passes every check: SQLCipher cannot tell. Its generation counter
(store/generation.py) is lower than the one rmdesk last saw here, and this record is where
that "last seen" lives: a small file beside the vault (``vault.seen``), one line per vault.

The line reveals nothing and cannot be forged without the passphrase: every part is keyed
from subkeys derived (HMAC-SHA256) from the vault's raw key and salt, never the key itself.

- the vault's identifier is a hash of the vault's salt (which its file shows anyway);
- the generation is masked with a keyed pad over a fresh random nonce, so the file does not
  tell how much was written, nor (across copies of the file) by how much it changed;
- a MAC over identifier, nonce and masked number detects any edit.

What it cannot do: tell a first use on this computer from a deleted record, or notice an old
vault put back *together with* the old record (a whole data folder restored from a backup).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rmdesk.store.errors import VaultError
from rmdesk.store.files import write_bytes_atomic
from rmdesk.store.kdf import wipe

RECORD_SUFFIX = ".seen"
_CONTEXT = b"rmdesk seen-record v1"
_NONCE_BYTES = 16
_MAX_LINES = 32  # other vaults once opened from this data folder; the oldest lines go first


def record_path(vault_path: Path) -> Path:
    return vault_path.with_suffix(RECORD_SUFFIX)


class SeenStatus(StrEnum):
    FIRST = "first"  # no line for this vault: first use here (or the record was deleted)
    CURRENT = "current"  # as new as the last one seen, or newer
    OLDER = "older"  # rolled back: older than the last one seen on this computer
    FORGED = "forged"  # a line for this vault that fails its MAC: edited or damaged


@dataclass(frozen=True, slots=True)
class SeenCheck:
    status: SeenStatus
    generation: int
    seen: int | None = None

    @property
    def rolled_back(self) -> bool:
        return self.status in (SeenStatus.OLDER, SeenStatus.FORGED)


def _hmac(key: bytes | bytearray, data: bytes) -> bytearray:
    return bytearray(hmac.new(key, data, hashlib.sha256).digest())


class SeenRecord:
    """The record for one open vault; holds derived subkeys only, wiped by :meth:`wipe`."""

    def __init__(self, path: Path, key: bytearray, salt: bytes) -> None:
        self.path = path
        # The identifier comes from the salt alone, which the vault file shows in its first 16
        # bytes anyway: it stays the same across a passphrase change, so a copy from before
        # the change is still recognised (its line then fails the MAC: reported, not missed).
        self._ident = hashlib.sha256(_CONTEXT + b" identifier" + salt).digest()[:16].hex()
        base = _hmac(key, _CONTEXT + salt)
        try:
            self._mac_key = _hmac(base, b"mac")
            self._pad_key = _hmac(base, b"pad")
        finally:
            wipe(base)

    def wipe(self) -> None:
        wipe(self._mac_key)
        wipe(self._pad_key)

    # -- reading -------------------------------------------------------------------------
    def _lines(self) -> list[str]:
        try:
            text = self.path.read_bytes().decode("ascii", errors="replace")
        except OSError:
            # Missing, or unreadable: either way there is nothing to compare with. (Whoever
            # can replace the vault can also delete this file; see the module's note.)
            return []
        return [line for line in text.splitlines() if line.strip()]

    def _mac(self, nonce: bytes, masked: bytes) -> bytes:
        return bytes(_hmac(self._mac_key, self._ident.encode() + nonce + masked))

    def _pad(self, nonce: bytes) -> bytes:
        return bytes(_hmac(self._pad_key, nonce)[:8])

    def _decode(self, line: str) -> int | None:
        """The generation in our line, or None when the line fails its MAC."""
        parts = line.split()
        if len(parts) != 4:
            return None
        try:
            nonce, masked, mac = (bytes.fromhex(part) for part in parts[1:])
        except ValueError:
            return None
        if len(nonce) != _NONCE_BYTES or len(masked) != 8:
            return None
        if not hmac.compare_digest(mac, self._mac(nonce, masked)):
            return None
        plain = bytes(a ^ b for a, b in zip(masked, self._pad(nonce), strict=True))
        return int.from_bytes(plain, "big")

    def _ours(self, lines: list[str]) -> str | None:
        for line in lines:
            if line.split(maxsplit=1)[0] == self._ident:
                return line
        return None

    def check(self, generation: int) -> SeenCheck:
        """Compare the vault's ``generation`` with the last one seen here."""
        line = self._ours(self._lines())
        if line is None:
            return SeenCheck(SeenStatus.FIRST, generation)
        seen = self._decode(line)
        if seen is None:
            return SeenCheck(SeenStatus.FORGED, generation)
        if generation < seen:
            return SeenCheck(SeenStatus.OLDER, generation, seen)
        return SeenCheck(SeenStatus.CURRENT, generation, seen)

    # -- writing -------------------------------------------------------------------------
    def remember(self, generation: int, *, reset: bool = False) -> None:
        """Record ``generation`` as the last seen (never lowering a valid record unless
        ``reset``: a deliberate restore or the user's "continue with this copy")."""
        lines = self._lines()
        ours = self._ours(lines)
        if ours is not None and not reset:
            seen = self._decode(ours)
            if seen is not None:
                generation = max(generation, seen)
        others = [line for line in lines if line is not ours][-(_MAX_LINES - 1) :]
        nonce = secrets.token_bytes(_NONCE_BYTES)
        plain = generation.to_bytes(8, "big")
        masked = bytes(a ^ b for a, b in zip(plain, self._pad(nonce), strict=True))
        line = " ".join((self._ident, nonce.hex(), masked.hex(), self._mac(nonce, masked).hex()))
        write_bytes_atomic(self.path, ("\n".join([*others, line]) + "\n").encode("ascii"))


def remember_quietly(record: SeenRecord, generation: int, *, reset: bool = False) -> bool:
    """:meth:`SeenRecord.remember` that reports failure instead of raising (used while locking,
    which must never fail because the record could not be written)."""
    with contextlib.suppress(OSError, VaultError):
        record.remember(generation, reset=reset)
        return True
    return False
