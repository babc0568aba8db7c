"""Taking the agreement away: warn that the file is not encrypted, ask where, write 0600."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rmdesk.domain.models import AgreementVersion, Relationship
from rmdesk.export.agreement_export import write_agreement_markdown, write_agreement_pdf
from rmdesk.store.errors import VaultError
from rmdesk.ui.kit.error_text import describe


class ExportKind(StrEnum):
    PDF = "pdf"
    MARKDOWN = "md"


def _t(text: str) -> str:
    return QCoreApplication.translate("AgreementExport", text)


def confirm_unencrypted(parent: QWidget) -> bool:
    answer = QMessageBox.warning(
        parent,
        _t("The exported file is not encrypted"),
        _t(
            "The exported file is not encrypted: anyone with access to it can read it, without "
            "your vault's passphrase. It holds the agreement "
            "text, both names, the confirmation times and the fingerprint — nothing private. "
            "Keep it somewhere safe."
        ),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save


def export_version(
    parent: QWidget, version: AgreementVersion, relationship: Relationship, kind: ExportKind
) -> Path | None:
    """Run the whole export; the written path, or None when cancelled or failed (shown)."""
    if not confirm_unencrypted(parent):
        return None
    suffix = f".{kind.value}"
    name_filter = _t("PDF files (*.pdf)") if kind is ExportKind.PDF else _t("Markdown (*.md)")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        _t("Export the agreement"),
        str(Path.home() / f"agreement-version-{version.number}{suffix}"),
        name_filter,
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    # One or two pages: fast enough to write here, with a busy cursor as the only pause.
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if kind is ExportKind.PDF:
            write_agreement_pdf(version, relationship, target)
        else:
            write_agreement_markdown(version, relationship, target)
    except VaultError as error:
        QGuiApplication.restoreOverrideCursor()
        headline, advice = describe(error)
        QMessageBox.critical(parent, _t("Not exported"), f"{headline}\n\n{advice}".strip())
        return None
    QGuiApplication.restoreOverrideCursor()
    return target
