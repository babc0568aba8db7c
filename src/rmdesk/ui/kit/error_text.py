"""Every VaultError in the user's language: what happened, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rmdesk.store.errors import DamagedVaultError, VaultError


def _t(text: str) -> str:
    return QCoreApplication.translate("VaultErrors", text)


def describe(error: VaultError) -> tuple[str, str]:
    """(headline, next step) for ``error``; unknown kinds fall back to its own words."""
    kind = error.kind
    if kind == "wrong-passphrase":
        return (
            _t("That passphrase does not open this vault."),
            _t("Check Caps Lock and the keyboard layout, then try again. Nothing was changed."),
        )
    if kind == "damaged":
        where = error.where if isinstance(error, DamagedVaultError) else "page"
        headline = (
            _t("The start of the vault file is damaged.")
            if where == "header"
            else _t("Part of the vault file is damaged.")
        )
        return headline, _t(
            "Nothing was overwritten. Restore your latest backup "
            "(rmdesk vault restore FILE), or keep the file and ask for help."
        )
    if kind == "empty":
        return (
            _t("The vault file is empty (0 bytes)."),
            _t(
                "A crash or a sync tool may have cut it short. It was not replaced: restore "
                "a backup, or move the empty file away to start a new vault."
            ),
        )
    if kind == "not-a-vault":
        return (
            _t("The file in the data folder is not an rmdesk vault."),
            _t("Nothing was changed. Check which data folder rmdesk is using (--data-dir)."),
        )
    if kind == "too-new":
        return (
            _t("This vault was saved by a newer version of rmdesk."),
            _t("Install the newer version to open it; this one left it untouched."),
        )
    if kind == "in-use":
        return (
            _t("The vault is already open in another rmdesk window or command."),
            _t("Close the other one first. A lock left by a crashed rmdesk clears by itself."),
        )
    if kind == "disk-full":
        return (
            _t("The disk is full, so the last change was not saved."),
            _t("Everything saved before it is intact. Free some space, then try again."),
        )
    if kind == "read-only":
        return (
            _t("The vault or its folder is read-only."),
            _t("Check the file permissions or the drive's write protection."),
        )
    if kind == "missing":
        return (
            _t("There is no vault in this data folder."),
            _t("Create one, or start rmdesk with the right --data-dir."),
        )
    if kind == "io-error":
        return (
            _t("The disk reported an error while reading or writing the vault."),
            _t(
                "What was saved before is intact. Check the drive (or its connection), then "
                "try again; keep a backup at hand."
            ),
        )
    if kind == "no-access":
        return (
            _t("rmdesk is not allowed to read the vault file."),
            _t("Check the file's owner and permissions; nothing was changed."),
        )
    if kind == "bad-path":
        return (
            _t("That file or folder path cannot be used."),
            _t("Check the data folder (--data-dir or RMDESK_DATA_DIR). Nothing was changed."),
        )
    if kind == "exists":
        return (
            _t("A vault already exists there; it was left untouched."),
            _t("Choose another data folder, or restore a backup over it explicitly."),
        )
    if kind == "bad-input":
        return (
            _t("That file cannot be used."),
            _t("Nothing was changed. Check that it is the file you meant."),
        )
    if kind == "passphrase-not-changed":
        return (
            _t("Passphrase NOT changed; the old one still works."),
            _t("Free some disk space and try again."),
        )
    if kind == "low-space":
        return (
            _t("There is too little free space for a backup there; nothing was written."),
            _t("Free some space or choose another folder (Vault ▸ Preferences), then try again."),
        )
    if kind == "no-memory":
        return (
            _t("This computer does not have enough free memory to import that file."),
            _t(
                "Nothing was changed. Close other programs, or import on a computer with "
                "more memory."
            ),
        )
    # A kind added later still gets its own words (in English) and a next step.
    return error.message, error.advice or _t("Nothing was changed.")
