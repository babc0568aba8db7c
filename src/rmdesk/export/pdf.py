"""PDF from Markdown with Qt's own text engine (QTextDocument + QPdfWriter): no extra
dependency, and the only Qt use outside ui/ (see the import-linter contract).

Rendered in memory first, then written atomically with mode 0600 (a temp file beside the
target, renamed into place): QPdfWriter ignores write errors, so writing straight to disk
could leave a truncated PDF that looks saved when the disk is full.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from rmdesk.store.files import write_bytes_atomic

PDF_RESOLUTION = 300


def blank_resource(kind: int) -> object:
    """What a document gets instead of any resource it names: Markdown from the vault may
    name an image anywhere on disk (``![x](/home/...)``), and nothing of it may be read.
    A non-null value is needed: a null one makes Qt go and load the file itself."""
    if kind == QTextDocument.ResourceType.ImageResource.value:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(0)
        return image
    return QByteArray()


class SealedDocument(QTextDocument):
    """A QTextDocument that never loads an image, style sheet or other resource."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return blank_resource(kind)


def markdown_to_pdf(markdown: str, target: Path, *, title: str) -> None:
    """Render ``markdown`` (CommonMark; raw HTML is not interpreted) to a PDF at ``target``."""
    document = SealedDocument()
    document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownNoHTML)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
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
    del writer  # QPdfWriter finishes the document when it is destroyed
    buffer.close()
    write_bytes_atomic(target, bytes(buffer.data().data()))
