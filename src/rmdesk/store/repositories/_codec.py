"""How domain values become column values and back: one place, so every table agrees.

Times: ISO 8601 UTC text with second precision ("2026-01-02T03:04:05Z"), which also sorts
chronologically as text. Days: "YYYY-MM-DD". Tuples of strings: JSON arrays. Flags: 0/1.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from typing import Any

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_TIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", re.ASCII)


def utc_seconds(value: datetime) -> datetime:
    """The value we store for ``value``: UTC, whole seconds (so reloads compare equal)."""
    return value.astimezone(UTC).replace(microsecond=0)


def time_to_text(value: datetime) -> str:
    return utc_seconds(value).strftime(_TIME_FORMAT)


def text_to_time(text: str) -> datetime:
    # As strict as strptime with _TIME_FORMAT, a tenth of its cost (a list page reads 500).
    if not isinstance(text, str):
        raise TypeError(f"expected time text, got {type(text).__name__}")
    if _TIME_TEXT.fullmatch(text) is None:
        raise ValueError(f"time data {text!r} does not match format {_TIME_FORMAT!r}")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)


def date_to_text(value: date) -> str:
    return value.isoformat()


def text_to_date(text: str) -> date:
    return date.fromisoformat(text)


def optional_date_to_text(value: date | None) -> str | None:
    return None if value is None else date_to_text(value)


def text_to_optional_date(text: str | None) -> date | None:
    return None if text is None else text_to_date(text)


def strings_to_json(values: tuple[str, ...]) -> str:
    # ensure_ascii=False: the file is encrypted anyway, and the text stays the same length.
    return json.dumps(list(values), ensure_ascii=False)


def json_to_strings(text: str) -> tuple[str, ...]:
    loaded = json.loads(text)
    if not isinstance(loaded, list) or not all(isinstance(item, str) for item in loaded):
        raise ValueError("expected a JSON array of strings")
    return tuple(loaded)


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def optional_int(value: Any) -> int | None:
    return None if value is None else int(value)
