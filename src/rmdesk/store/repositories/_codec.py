"""How domain values become column values and back: one place, so every table agrees.

Times: ISO 8601 UTC text with second precision ("2026-01-02T03:04:05Z"), which also sorts
chronologically as text. Days: "YYYY-MM-DD". Tuples of strings: JSON arrays. Flags: 0/1.

The decoders are strict and are the definition of each format: the app reads with them and
``rmdesk import`` checks every value with them (store/portable_checks.py), so whatever import
accepts, the app can read. Years run from 1000 (``strftime`` writes fewer than four digits
below that on some platforms, which would not read back) to 9998 (so turning a time into any
local time zone, or a year of schedule arithmetic, cannot overflow). JSON text never holds
``NaN`` or ``Infinity`` (not JSON, and they would not survive a round trip).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from typing import Any

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_TIME_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", re.ASCII)
_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
MIN_YEAR, MAX_YEAR = 1000, 9998


def _check_year(year: int, text: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"year outside {MIN_YEAR}-{MAX_YEAR}: {text!r}")


def utc_seconds(value: datetime) -> datetime:
    """The value we store for ``value``: UTC, whole seconds (so reloads compare equal)."""
    return value.astimezone(UTC).replace(microsecond=0)


def time_to_text(value: datetime) -> str:
    return utc_seconds(value).strftime(_TIME_FORMAT)


def text_to_time(text: str) -> datetime:
    """``YYYY-MM-DDTHH:MM:SSZ`` exactly (UTC, whole seconds); anything else is a ValueError."""
    # strptime alone accepts "2026-3-2T9:0:0Z"; fullmatch keeps the text sortable.
    if not isinstance(text, str) or not _TIME_SHAPE.fullmatch(text):
        raise ValueError(f"not a time in the form YYYY-MM-DDTHH:MM:SSZ: {text!r}")
    value = datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=UTC)
    _check_year(value.year, text)
    return value


def date_to_text(value: date) -> str:
    return value.isoformat()


def text_to_date(text: str) -> date:
    """``YYYY-MM-DD`` exactly (``date.fromisoformat`` also takes "20260302" and "2026-W10-1")."""
    if not isinstance(text, str) or not _DATE_SHAPE.fullmatch(text):
        raise ValueError(f"not a day in the form YYYY-MM-DD: {text!r}")
    value = date.fromisoformat(text)
    _check_year(value.year, text)
    return value


def optional_date_to_text(value: date | None) -> str | None:
    return None if value is None else date_to_text(value)


def text_to_optional_date(text: str | None) -> date | None:
    return None if text is None else text_to_date(text)


def strings_to_json(values: tuple[str, ...]) -> str:
    # ensure_ascii=False: the file is encrypted anyway, and the text stays the same length.
    return json.dumps(list(values), ensure_ascii=False)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON text")


def load_json(text: str) -> Any:
    """Strict JSON: ``NaN``, ``Infinity`` and ``-Infinity`` (which Python accepts) refused."""
    if not isinstance(text, str):
        raise ValueError("JSON text must be a string")
    return json.loads(text, parse_constant=_no_constant)


def json_to_strings(text: str) -> tuple[str, ...]:
    loaded = load_json(text)
    if not isinstance(loaded, list) or not all(isinstance(item, str) for item in loaded):
        raise ValueError("expected a JSON array of strings")
    return tuple(loaded)


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def optional_int(value: Any) -> int | None:
    return None if value is None else int(value)
