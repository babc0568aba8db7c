"""Asks what to do with a vault older than the newest copy seen on this computer.

The vault opened fine (every check passes on an old copy too), which is why it must be said in
plain words, with the choice to go on: a deliberate restore by hand is a good reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from rmdesk.store.vault import Vault

translate = QCoreApplication.translate


def older_copy_text(vault: Vault) -> tuple[str, str]:
    from rmdesk.store.seen_record import SeenStatus  # loaded with the vault that asks

    check = vault.seen_check
    if check is not None and check.status is SeenStatus.FORGED:
        headline = translate(
            "RollbackPrompt",
            "The record of this vault's newest version on this computer was changed or "
            "damaged, so rmdesk cannot tell whether this is an older copy.",
        )
    else:
        headline = translate(
            "RollbackPrompt",
            "This vault is older than the last version rmdesk saw on this computer.",
        )
    advice = translate(
        "RollbackPrompt",
        "Changes saved since then are not in it. A sync conflict, a copied file or someone "
        "else may have put an older copy in its place.\n\n"
        "If you put this copy back on purpose (restored it by hand), continue: from now on it "
        "counts as the newest. Otherwise lock, and look for the newer file (other devices, "
        "your sync service's version history, rmdesk's backups folder).",
    )
    return headline, advice


def confirm_older_copy(parent: QWidget, vault: Vault) -> bool:
    """True when the user chose to continue (the copy is then accepted as the newest)."""
    headline, advice = older_copy_text(vault)
    box = QMessageBox(parent)
    box.setObjectName("olderCopyPrompt")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("RollbackPrompt", "Older copy of the vault"))
    box.setText(headline)
    box.setInformativeText(advice)
    go_on = box.addButton(
        translate("RollbackPrompt", "&Continue with this copy"), QMessageBox.ButtonRole.AcceptRole
    )
    lock = box.addButton(translate("RollbackPrompt", "&Lock"), QMessageBox.ButtonRole.RejectRole)
    go_on.setAccessibleName(translate("RollbackPrompt", "Continue with this copy"))
    lock.setAccessibleName(translate("RollbackPrompt", "Lock"))
    box.setDefaultButton(lock)
    box.setEscapeButton(lock)
    box.exec()
    if box.clickedButton() is not go_on:
        return False
    vault.accept_as_newest()
    return True
