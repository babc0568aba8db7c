"""A line above the workspace that says what opening the vault found: a crash journal set
aside, or records that could not be read and are left out (issue 19).

The records are named by table and id only — never by their content — so the line is safe to
show in shared-screen mode too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from rmdesk.store.vault import Vault


MAX_NAMED = 5


class VaultNotesBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultNotesBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Vault notes"))
        self.hide()

    def show_for(self, vault: Vault) -> None:
        """Show what ``vault`` reported (or hide when there is nothing to say)."""
        lines = list(vault.notices)
        damaged = sorted(vault.db.damaged_records) if vault.is_open else []
        if damaged:
            named = ", ".join(f"{table} {uuid}" for table, uuid in damaged[:MAX_NAMED])
            more = len(damaged) - MAX_NAMED
            if more > 0:
                named += self.tr(" and {0} more").format(more)
            lines.append(
                self.tr(
                    "Some records are damaged and are not shown: {0}. Everything else is here; "
                    "restore a backup to get them back."
                ).format(named)
            )
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def clear_notes(self) -> None:
        self.clear()
        self.hide()
