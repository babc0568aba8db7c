"""The style of a document the user takes away: their language (the app's translator) and
their date format (the one date helper), for the Qt-free writers in ``export/``."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from rmdesk.export.document_style import DocumentStyle
from rmdesk.ui.kit.dates import clock_text, document_day_text, document_moment_text
from rmdesk.ui.kit.language import content_language


def _translate(context: str, text: str) -> str:
    # The phrases themselves are marked in export/ as style.translate("Context", "literal").
    return QCoreApplication.translate(context, text)


def _clock(moment: datetime) -> str:
    return clock_text(moment.time())


def _number(value: int) -> str:
    return QLocale().toString(value)


def user_document_style() -> DocumentStyle:
    """Words and formats as the app shows them now (built when the export starts)."""
    return DocumentStyle(
        translate=_translate,
        language=content_language(),
        day=document_day_text,
        day_and_clock=document_moment_text,
        clock=_clock,
        number=_number,
    )
