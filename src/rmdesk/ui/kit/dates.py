"""Dates and times as the user reads them: one helper for every place that shows one.

The user's locale decides, except under the C/POSIX locale (no language set, as in a bare
container or a cron-started session): Qt's C formats read "29 11 2026", so ISO 8601 is used
instead ("2026-11-29", "2026-11-29 14:30").
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

Format = QLocale.FormatType


def is_c_locale(locale: QLocale | None = None) -> bool:
    return (locale or QLocale()).language() in (QLocale.Language.C, QLocale.Language.AnyLanguage)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date, fmt: Format = Format.ShortFormat) -> str:
    locale = QLocale()
    if is_c_locale(locale):
        return day.isoformat()
    return locale.toString(_qdate(day), fmt)


def clock_text(moment: time) -> str:
    locale = QLocale()
    if is_c_locale(locale):
        return f"{moment.hour:02d}:{moment.minute:02d}"
    return locale.toString(QTime(moment.hour, moment.minute), Format.ShortFormat)


def day_and_clock_text(moment: datetime, fmt: Format = Format.ShortFormat) -> str:
    """A local date and time (the caller converts to the time zone it shows)."""
    locale = QLocale()
    if is_c_locale(locale):
        return f"{moment.date().isoformat()} {clock_text(moment.time())}"
    qt_moment = QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute))
    return locale.toString(qt_moment, fmt)


def document_day_text(day: date) -> str:
    """A date in a document people keep: the locale's short date with a four-digit year
    ("01.12.2026", "01/12/2026"), so a printed copy never leaves the century to guess; ISO
    8601 under the C locale."""
    locale = QLocale()
    if is_c_locale(locale):
        return day.isoformat()
    return locale.toString(_qdate(day), date_edit_format(locale))


def document_moment_text(moment: datetime) -> str:
    """A date and time in a document ("01.12.2026 09:30"), as given (no zone conversion)."""
    return f"{document_day_text(moment.date())} {clock_text(moment.time())}"


def month_text(day: date) -> str:
    """A month on a chart axis: the locale's short month and year ("Nov 26", "nov. 26"), or
    ISO 8601's "2026-11" under the C locale."""
    locale = QLocale()
    if is_c_locale(locale):
        return f"{day.year:04d}-{day.month:02d}"
    return locale.toString(_qdate(day), "MMM yy")


def date_edit_format(locale: QLocale | None = None) -> str:
    """The display format for date fields: the locale's short date with a four-digit year
    (so a typed year is never guessed), or ISO 8601 under the C locale."""
    locale = locale or QLocale()
    if is_c_locale(locale):
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(Format.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern
