"""Taking the agreement away: the plain-export flow (warning, where), then a 0600 file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from rmdesk.domain.models import AgreementVersion, Relationship
from rmdesk.export.agreement_export import write_agreement_markdown, write_agreement_pdf
from rmdesk.store.errors import VaultError
from rmdesk.ui.kit.error_text import show_not_exported
from rmdesk.ui.kit.export_style import user_document_style
from rmdesk.ui.kit.plain_export import PlainFormat, ask_save_path, confirm_plain_export

translate = QCoreApplication.translate


def export_version(
    parent: QWidget, version: AgreementVersion, relationship: Relationship, kind: PlainFormat
) -> Path | None:
    """Run the whole export; the written path, or None when cancelled or failed (shown)."""
    if not confirm_plain_export(
        parent, translate("AgreementExport", "The agreement (its text, both names, times)")
    ):
        return None
    target = ask_save_path(
        parent,
        translate("AgreementExport", "Export the agreement"),
        f"agreement-version-{version.number}",
        kind,
    )
    if target is None:
        return None
    # One or two pages: fast enough to write here, with a busy cursor as the only pause.
    style = user_document_style()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if kind is PlainFormat.PDF:
            write_agreement_pdf(version, relationship, target, style)
        else:
            write_agreement_markdown(version, relationship, target, style)
    except VaultError as error:
        QGuiApplication.restoreOverrideCursor()
        show_not_exported(parent, error)
        return None
    QGuiApplication.restoreOverrideCursor()
    return target
