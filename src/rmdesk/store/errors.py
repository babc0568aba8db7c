"""Errors the environment causes, each with a message a person can act on.

Anything that is not a ``VaultError`` is a bug and is allowed to raise. This module holds the
only wording of each error: the command line prints ``message`` and ``advice`` as they are and
exits with ``exit_code``; the UI shows the same two texts translated (``ui/kit/error_text.py``).
The advice therefore names no menu and no command unless both readers can follow it.
"""

from __future__ import annotations

from rmdesk.domain.translation import QT_TRANSLATE_NOOP

#: The translation context of every message and advice below (lupdate needs it literally).
CONTEXT = "VaultErrors"


class VaultError(Exception):
    """Base of every expected, environment-caused failure."""

    kind = "vault"
    exit_code = 10
    message = QT_TRANSLATE_NOOP("VaultErrors", "The vault could not be used.")
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
    message = QT_TRANSLATE_NOOP("VaultErrors", "There is no vault in this data folder yet.")
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Create one, or start rmdesk with the right data folder (--data-dir or RMDESK_DATA_DIR).",
    )


class VaultExistsError(VaultError):
    kind = "exists"
    exit_code = 12
    message = QT_TRANSLATE_NOOP(
        "VaultErrors", "A vault already exists here; it was left untouched."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors", "Choose another data folder, or restore a backup over it explicitly."
    )


class WrongPassphraseError(VaultError):
    kind = "wrong-passphrase"
    exit_code = 20
    message = QT_TRANSLATE_NOOP("VaultErrors", "That passphrase does not open this vault.")
    # An encrypted file is indistinguishable from random bytes without the right key, so a
    # foreign file of whole pages (or a vault whose salt bytes were damaged) lands here too.
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Check Caps Lock and the keyboard layout, then try again. Nothing was changed. "
        "If you are sure of the passphrase, the file may not be an rmdesk vault.",
    )


class DamagedVaultError(VaultError):
    kind = "damaged"
    exit_code = 21
    message = QT_TRANSLATE_NOOP("VaultErrors", "The vault file is damaged.")
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Nothing was overwritten. Restore your latest backup, or keep the file and ask for help.",
    )

    header_message = QT_TRANSLATE_NOOP("VaultErrors", "The start of the vault file is damaged.")

    def __init__(self, detail: str = "", *, where: str = "page") -> None:
        # ``where`` is "header" (page 1, which holds the salt and schema) or "page".
        self.where = where
        if where == "header":
            self.message = self.header_message
        super().__init__(detail)


class NotAVaultError(VaultError):
    kind = "not-a-vault"
    exit_code = 22
    message = QT_TRANSLATE_NOOP("VaultErrors", "This file is not an rmdesk vault.")
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Nothing was changed. Check which data folder rmdesk is using (--data-dir), "
        "or restore a backup.",
    )


class EmptyVaultFileError(NotAVaultError):
    kind = "empty"
    message = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The vault file is empty (0 bytes), so it was probably cut short by a crash or a sync "
        "tool.",
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "It was not replaced. Restore your latest backup, "
        "or move the empty file away to start anew.",
    )


class VaultTooNewError(VaultError):
    kind = "too-new"
    exit_code = 23
    message = QT_TRANSLATE_NOOP(
        "VaultErrors", "This vault was written by a newer version of rmdesk."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors", "Install the newer rmdesk to open it; this version left it untouched."
    )


class VaultInUseError(VaultError):
    kind = "in-use"
    exit_code = 24
    message = QT_TRANSLATE_NOOP(
        "VaultErrors", "The vault is already open in another rmdesk window or command."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Close the other one first. A lock left by a crashed rmdesk clears by itself.",
    )


class DiskFullError(VaultError):
    kind = "disk-full"
    exit_code = 25
    message = QT_TRANSLATE_NOOP(
        "VaultErrors", "The disk is full, so the last change was not saved."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors", "Everything saved before it is intact. Free some space and try again."
    )


class ReadOnlyError(VaultError):
    kind = "read-only"
    exit_code = 26
    message = QT_TRANSLATE_NOOP(
        "VaultErrors", "The vault or its folder is read-only, so nothing can be saved."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors", "Check the file's permissions or the drive's write protection."
    )


class StorageError(VaultError):
    """An input/output error that is neither a full disk nor a permission problem."""

    kind = "io-error"
    exit_code = 28
    message = QT_TRANSLATE_NOOP(
        "VaultErrors", "The disk reported an error while reading or writing the vault."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Everything saved before it is intact. Check that the drive is still connected, "
        "then try again; restore a backup if it keeps happening.",
    )


class UnreadableVaultError(VaultError):
    kind = "no-access"
    exit_code = 29
    message = QT_TRANSLATE_NOOP("VaultErrors", "rmdesk is not allowed to read the vault file.")
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors", "Check the file's owner and permissions. Nothing was changed."
    )


class PathError(VaultError):
    """A data folder or file path that cannot exist (a file where a folder should be...)."""

    kind = "bad-path"
    exit_code = 31
    message = QT_TRANSLATE_NOOP("VaultErrors", "That file or folder path cannot be used.")
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Check the path (--data-dir, RMDESK_DATA_DIR or the file name given). Nothing was changed.",
    )


class PassphraseNotChangedError(VaultError):
    kind = "passphrase-not-changed"
    exit_code = 27
    message = QT_TRANSLATE_NOOP("VaultErrors", "Passphrase NOT changed; the old one still works.")
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors", "Nothing else was changed. Free some disk space, then try again."
    )


class BadInputError(VaultError):
    """A file the user gave us (import, restore candidate) is not usable."""

    kind = "bad-input"
    exit_code = 30
    message = QT_TRANSLATE_NOOP("VaultErrors", "The input file cannot be used.")
    advice = QT_TRANSLATE_NOOP("VaultErrors", "Nothing was changed.")


class RolledBackVaultError(VaultError):
    """The vault is older than the newest copy of it seen on this computer (see
    store/seen_record.py); it opens fine, which is exactly why it has to be said."""

    kind = "rolled-back"
    exit_code = 32
    message = QT_TRANSLATE_NOOP(
        "VaultErrors", "This vault is older than the last version rmdesk saw on this computer."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Someone or something (a sync conflict, a copied file) may have put back an older "
        "copy. If you restored it on purpose, open it in the app and choose to continue.",
    )


class LowSpaceError(DiskFullError):
    """Less free space than a backup needs plus a safety margin: nothing was written."""

    kind = "low-space"
    message = QT_TRANSLATE_NOOP(
        "VaultErrors", "There is too little free space for a backup there; nothing was written."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Free some space or choose another folder (Vault ▸ Preferences), then try again.",
    )


class NotEnoughMemoryError(BadInputError):
    """The file would need more memory to import than the computer has available."""

    kind = "no-memory"
    message = QT_TRANSLATE_NOOP(
        "VaultErrors", "This computer does not have enough free memory to import that file."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Nothing was changed. Close other programs, or import on a computer with more memory.",
    )


class PackRefusedError(BadInputError):
    """A pack (store/sync/pack.py) that is not one, damaged, cut short or changed after it
    was written."""

    kind = "bad-pack"
    exit_code = 33
    message = QT_TRANSLATE_NOOP("VaultErrors", "The pack was refused; nothing was changed.")
    advice = QT_TRANSLATE_NOOP(
        "VaultErrors", "Ask for the pack again: it must arrive exactly as it was written."
    )


class PackPassphraseError(BadInputError):
    kind = "pack-passphrase"
    exit_code = 34
    message = QT_TRANSLATE_NOOP(
        "VaultErrors", "That passphrase does not open this pack; nothing was changed."
    )
    advice = QT_TRANSLATE_NOOP("VaultErrors", "Check the words you agreed on, then try again.")


class OwnPackError(BadInputError):
    kind = "own-pack"
    exit_code = 33
    message = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "This pack was written from this side of the relationship; nothing was changed.",
    )
    advice = QT_TRANSLATE_NOOP("VaultErrors", "Open it in the other person's rmdesk.")


class SameVaultFileError(BadInputError):
    """``vault merge`` given the vault itself as the other copy."""

    kind = "same-file"
    message = QT_TRANSLATE_NOOP("VaultErrors", "That is this vault itself; choose the other copy.")


def all_error_classes() -> tuple[type[VaultError], ...]:
    """Every concrete VaultError, for tests that check the messages stay distinct."""
    seen: list[type[VaultError]] = []
    stack: list[type[VaultError]] = [VaultError]
    while stack:
        cls = stack.pop()
        seen.append(cls)
        stack.extend(cls.__subclasses__())
    return tuple(seen)
