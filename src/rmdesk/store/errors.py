"""Errors the environment causes, each with a message a person can act on.

Anything that is not a ``VaultError`` is a bug and is allowed to raise. The messages are plain
English here; the UI translates by error class (``kind``), the CLI prints ``message`` and exits
with ``exit_code``.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of every expected, environment-caused failure."""

    kind = "vault"
    exit_code = 10
    message = "The vault could not be used."
    advice = ""

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(self.message if not detail else f"{self.message} ({detail})")

    def __str__(self) -> str:
        text = self.message
        if self.detail:
            text = f"{text} ({self.detail})"
        if self.advice:
            text = f"{text} {self.advice}"
        return text


class VaultMissingError(VaultError):
    kind = "missing"
    exit_code = 11
    message = "There is no vault in this data folder yet."
    advice = "Create one first (rmdesk vault create), or point --data-dir at the right folder."


class VaultExistsError(VaultError):
    kind = "exists"
    exit_code = 12
    message = "A vault already exists here; it was left untouched."
    advice = "Choose another data folder, or restore a backup over it explicitly."


class WrongPassphraseError(VaultError):
    kind = "wrong-passphrase"
    exit_code = 20
    message = "That passphrase does not open this vault."
    # An encrypted file is indistinguishable from random bytes without the right key, so a
    # foreign file of whole pages (or a vault whose salt bytes were damaged) lands here too.
    advice = (
        "Check Caps Lock and the keyboard layout, then try again. Nothing was changed. "
        "If you are sure of the passphrase, the file may not be an rmdesk vault."
    )


class DamagedVaultError(VaultError):
    kind = "damaged"
    exit_code = 21
    message = "The vault file is damaged."
    advice = "Nothing was overwritten. Restore your latest backup (rmdesk vault restore FILE)."

    def __init__(self, detail: str = "", *, where: str = "page") -> None:
        # ``where`` is "header" (page 1, which holds the salt and schema) or "page".
        self.where = where
        super().__init__(detail)


class NotAVaultError(VaultError):
    kind = "not-a-vault"
    exit_code = 22
    message = "This file is not an rmdesk vault."
    advice = "Nothing was changed. Check the data folder, or restore a backup."


class EmptyVaultFileError(NotAVaultError):
    kind = "empty"
    message = (
        "The vault file is empty (0 bytes), so it was probably cut short by a crash or a sync tool."
    )
    advice = (
        "It was not replaced. Restore your latest backup, "
        "or move the empty file away to start anew."
    )


class VaultTooNewError(VaultError):
    kind = "too-new"
    exit_code = 23
    message = "This vault was written by a newer version of rmdesk."
    advice = "Install the newer rmdesk to open it; this version left it untouched."


class VaultInUseError(VaultError):
    kind = "in-use"
    exit_code = 24
    message = "The vault is already open in another rmdesk window or command."
    advice = "Close the other one first. (A lock left by a crashed rmdesk clears itself.)"


class DiskFullError(VaultError):
    kind = "disk-full"
    exit_code = 25
    message = "The disk is full, so the last change was not saved."
    advice = "Everything saved before it is intact. Free some space and try again."


class ReadOnlyError(VaultError):
    kind = "read-only"
    exit_code = 26
    message = "The vault or its folder is read-only, so nothing can be saved."
    advice = "Check the file's permissions or the drive's write protection."


class StorageError(VaultError):
    """An input/output error that is neither a full disk nor a permission problem."""

    kind = "io-error"
    exit_code = 28
    message = "The disk reported an error while reading or writing the vault."
    advice = (
        "Everything saved before it is intact. Check that the drive is still connected, "
        "then try again; restore a backup if it keeps happening."
    )


class UnreadableVaultError(VaultError):
    kind = "no-access"
    exit_code = 29
    message = "rmdesk is not allowed to read the vault file."
    advice = "Check the file's owner and permissions. Nothing was changed."


class PathError(VaultError):
    """A data folder or file path that cannot exist (a file where a folder should be...)."""

    kind = "bad-path"
    exit_code = 31
    message = "That file or folder path cannot be used."
    advice = (
        "Check the path (--data-dir, RMDESK_DATA_DIR or the file name given). Nothing was changed."
    )


class PassphraseNotChangedError(VaultError):
    kind = "passphrase-not-changed"
    exit_code = 27
    message = "Passphrase NOT changed; the old one still works."


class BadInputError(VaultError):
    """A file the user gave us (import, restore candidate) is not usable."""

    kind = "bad-input"
    exit_code = 30
    message = "The input file cannot be used."
    advice = "Nothing was changed."


class LowSpaceError(DiskFullError):
    """Less free space than a backup needs plus a safety margin: nothing was written."""

    kind = "low-space"
    message = "There is too little free space for a backup there; nothing was written."


class NotEnoughMemoryError(BadInputError):
    """The file would need more memory to import than the computer has available."""

    kind = "no-memory"
    message = "This computer does not have enough free memory to import that file."


def all_error_classes() -> tuple[type[VaultError], ...]:
    """Every concrete VaultError, for tests that check the messages stay distinct."""
    seen: list[type[VaultError]] = []
    stack: list[type[VaultError]] = [VaultError]
    while stack:
        cls = stack.pop()
        seen.append(cls)
        stack.extend(cls.__subclasses__())
    return tuple(seen)
