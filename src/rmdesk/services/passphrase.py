"""Change the passphrase of an open vault; trusted only after reopening (the vault checks)."""

from __future__ import annotations

from rmdesk.store.kdf import KdfParams
from rmdesk.store.vault import Vault


def change_passphrase(
    vault: Vault, old: bytearray, new: bytearray, *, kdf: KdfParams | None = None
) -> None:
    """Rekey ``vault``: raises ``WrongPassphraseError`` (``old`` is wrong) or
    ``PassphraseNotChangedError`` (the old one still works); returns only once the file opens
    with ``new`` and no longer with ``old``."""
    vault.change_passphrase(old, new, kdf=kdf)
