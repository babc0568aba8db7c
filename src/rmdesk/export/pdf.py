"""PDF from Markdown with Qt's own text engine (QTextDocument + QPdfWriter): no extra
dependency, and the only Qt use outside ui/ (see the import-linter contract).

Laid out on the writer itself (its resolution, its page rectangle), with an explicit body
font in points: a document laid out in screen pixels and printed at the writer's resolution
comes out at a third of its size. The paper is the one of the user's locale: Letter where it
is the norm (the Americas' Letter countries), A4 everywhere else.

Rendered in memory first, then written atomically with mode 0600 (a temp file beside the
target, renamed into place): QPdfWriter ignores write errors, so writing straight to disk
could leave a truncated PDF that looks saved when the disk is full.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from rmdesk.store.files import write_bytes_atomic

PDF_RESOLUTION = 300
BODY_POINT_SIZE = 11
MARGIN_MM = 20

# Where Letter, not A4, is the paper in the shops (US and Canada, and the Latin-American
# countries that follow them). Everyone else gets A4.
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.PuertoRico,
    }
)


def page_size_for(locale: QLocale) -> QPageSize:
    """The paper a user of ``locale`` has in the printer: Letter or A4."""
    letter = (
        locale.territory() in _LETTER_TERRITORIES
        or locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    )
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


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


def markdown_to_pdf(
    markdown: str, target: Path, *, title: str, page_size: QPageSize | None = None
) -> None:
    """Render ``markdown`` (CommonMark; raw HTML is not interpreted) to a PDF at ``target``,
    on ``page_size`` (default: the paper of the default locale)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("rmdesk")
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            page_size or page_size_for(QLocale()),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = SealedDocument()
    # Fonts measured on the writer (in its dots), pages the size of its printable rectangle:
    # print_ then draws one to one and breaks pages where the layout does.
    document.documentLayout().setPaintDevice(writer)
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)  # the page layout's margins are the margins
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownNoHTML)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.print_(writer)
    del writer  # QPdfWriter finishes the document when it is destroyed
    buffer.close()
    write_bytes_atomic(target, bytes(buffer.data().data()))
