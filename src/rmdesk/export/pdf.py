"""PDF from Markdown with Qt's own text engine (QTextDocument + QPdfWriter): no extra
dependency, and the only Qt use outside ui/ (see the import-linter contract).

Written atomically with mode 0600: a temp file beside the target, renamed into place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from rmdesk.store.files import atomic_path

PDF_RESOLUTION = 300


def markdown_to_pdf(markdown: str, target: Path, *, title: str) -> None:
    """Render ``markdown`` (CommonMark; raw HTML is not interpreted) to a PDF at ``target``."""
    document = QTextDocument()
    document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownNoHTML)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    with atomic_path(target) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("rmdesk")
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        # QTextDocument.print_ paginates by the writer's page rectangle.
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.print_(writer)
        del writer  # QPdfWriter finishes the file when it is destroyed
