"""Change the passphrase of an open vault; trusted only after reopening (the vault checks)."""

from __future__ import annotations

import secrets

from rmdesk.domain import strength
from rmdesk.store.kdf import KdfParams
from rmdesk.store.vault import Vault


class PassphraseRejectedError(ValueError):
    """The new passphrase is not acceptable; nothing was changed."""


def check_new_passphrase(old: bytearray | None, new: bytearray, again: bytearray) -> None:
    """The rules both the app and ``vault passwd`` apply before touching the vault."""
    if not new:
        raise PassphraseRejectedError("An empty passphrase is not allowed; nothing was changed.")
    if not secrets.compare_digest(new, again):
        raise PassphraseRejectedError("The two passphrases differ; nothing was changed.")
    if not strength.is_acceptable(new.decode("utf-8")):
        raise PassphraseRejectedError(
            "That passphrase is too weak to protect the vault (four or more unrelated "
            "words work well); nothing was changed."
        )
    if old is not None and secrets.compare_digest(old, new):
        raise PassphraseRejectedError(
            "The new passphrase is the same as the current one; nothing was changed."
        )


def change_passphrase(
    vault: Vault, old: bytearray, new: bytearray, *, kdf: KdfParams | None = None
) -> None:
    """Rekey ``vault``: raises ``WrongPassphraseError`` (``old`` is wrong) or
    ``PassphraseNotChangedError`` (the old one still works); returns only once the file opens
    with ``new`` and no longer with ``old``."""
    vault.change_passphrase(old, new, kdf=kdf)
