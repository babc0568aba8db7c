"""The JSON export document (docs/export-format.md): an envelope around the table dump.

``{"format": "rmdesk-export", "version": 1, "schema_version": N, "scope": "shared"|"all",
"tables": {...}}`` — no timestamp, sorted keys, indent 2, UTF-8, trailing newline, so exporting
the same vault twice (or export -> import into an empty vault -> export) gives the same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rmdesk.store import portable
from rmdesk.store.db import Db
from rmdesk.store.errors import BadInputError
from rmdesk.store.migrations import schema_version
from rmdesk.store.portable import ImportRejectedError, Progress
from rmdesk.store.schema import SCHEMA_VERSION

FORMAT_NAME = "rmdesk-export"
FORMAT_VERSION = 1
SCOPES = ("shared", "all")
ENVELOPE_KEYS = frozenset({"format", "version", "schema_version", "scope", "tables"})

Document = dict[str, Any]


def build_document(db: Db, *, include_private: bool) -> Document:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "schema_version": schema_version(db),
        "scope": "all" if include_private else "shared",
        "tables": portable.dump(db, include_private=include_private),
    }


def encode(document: Document) -> bytes:
    """The canonical bytes: the same document always gives the same file."""
    text = json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def export_json(db: Db, *, include_private: bool) -> bytes:
    return encode(build_document(db, include_private=include_private))


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {json.dumps(key, ensure_ascii=False)} in an object")
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def parse_file(path: Path) -> Document:
    """:func:`parse` on a file's contents (read as text, so only one copy sits in memory)."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:  # no newline translation
            text = handle.read()
    except UnicodeDecodeError as exc:
        raise ImportRejectedError([f"$: not UTF-8 text (byte {exc.start})"]) from exc
    except FileNotFoundError as exc:
        raise BadInputError(f"no file at {path}") from exc
    except IsADirectoryError as exc:
        raise BadInputError(f"{path} is a folder") from exc
    except OSError as exc:
        raise BadInputError(f"{path} cannot be read: {exc.strerror}") from exc
    return parse_text(text)


def parse(data: bytes) -> Document:
    """The document in ``data``, or :class:`ImportRejectedError` naming what is wrong with it.

    Checks the syntax and the envelope only; the tables are checked against the vault by
    :func:`import_document`.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportRejectedError([f"$: not UTF-8 text (byte {exc.start})"]) from exc
    return parse_text(text)


def parse_text(text: str) -> Document:
    """The document in ``text`` (see :func:`parse`)."""
    try:
        # NaN and Infinity are not JSON (Python accepts them), and would not export again.
        document = json.loads(
            text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as exc:
        raise ImportRejectedError(
            [f"$: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"]
        ) from exc
    except ValueError as exc:  # from _reject_duplicate_keys
        raise ImportRejectedError([f"$: {exc}"]) from exc
    except RecursionError as exc:
        raise ImportRejectedError(["$: nested too deeply"]) from exc
    problems = envelope_problems(document)
    if problems:
        raise ImportRejectedError(problems)
    return document  # type: ignore[no-any-return]


def envelope_problems(document: object) -> list[str]:
    if not isinstance(document, dict):
        return ["$: expected an object"]
    problems = [f"$.{key}: unknown key" for key in sorted(document.keys() - ENVELOPE_KEYS)]
    problems += [
        f"$.{key}: required key is missing" for key in sorted(ENVELOPE_KEYS - document.keys())
    ]
    if document.get("format", FORMAT_NAME) != FORMAT_NAME:
        problems.append(f'$.format: expected "{FORMAT_NAME}", this is not an rmdesk export')
    version = document.get("version", FORMAT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append("$.version: expected a positive integer")
    elif version > FORMAT_VERSION:
        problems.append(
            f"$.version: written by a newer rmdesk (format version {version}; this one reads "
            f"up to {FORMAT_VERSION}). Update rmdesk to import it."
        )
    schema = document.get("schema_version", SCHEMA_VERSION)
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
        problems.append("$.schema_version: expected a positive integer")
    elif schema > SCHEMA_VERSION:
        problems.append(
            f"$.schema_version: written by a newer rmdesk (vault schema {schema}; this one "
            f"knows up to {SCHEMA_VERSION}). Update rmdesk to import it."
        )
    if document.get("scope", "all") not in SCOPES:
        problems.append('$.scope: expected "shared" or "all"')
    return problems


def import_document(
    db: Db, document: Document, *, progress: Progress | None = None
) -> dict[str, int]:
    """Load a parsed document's tables into the vault, all or nothing."""
    problems = envelope_problems(document)
    if problems:
        raise ImportRejectedError(problems)
    return portable.load(db, document["tables"], base="$.tables", progress=progress)
