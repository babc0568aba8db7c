"""How an exported document reads: its language and its date and time format.

``export/`` has no Qt, so the words and the formats are passed in. The app builds a
:class:`DocumentStyle` from ``QCoreApplication.translate`` and the one date helper
(``ui/kit/export_style.py``), so a document is written in the user's language and dates; the
command line keeps the default: English, ISO 8601 dates, 24-hour times.

Every fixed phrase is written as ``style.translate("Context", "literal")``, the form
``pyside6-lupdate`` reads, so the phrases land in the same catalogues as the UI's texts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    """The English source text (the default when no translator is passed)."""
    return text


def iso_day(day: date) -> str:
    return day.isoformat()


def iso_day_and_clock(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def iso_clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


@dataclass(frozen=True, slots=True)
class DocumentStyle:
    """The language and formats of one document. Times are formatted as given: the caller
    converts them to the zone it names (UTC for the agreement, local for a meeting)."""

    translate: Translate = untranslated
    language: str = "en"  # which shipped content (check-in question names) to quote
    day: Callable[[date], str] = iso_day
    day_and_clock: Callable[[datetime], str] = iso_day_and_clock
    clock: Callable[[datetime], str] = iso_clock
    number: Callable[[int], str] = str


ENGLISH = DocumentStyle()
