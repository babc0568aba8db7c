"""The JSON export document (docs/export-format.md): an envelope around the table dump.

``{"format": "rmdesk-export", "version": 1, "schema_version": N, "scope": "shared"|"all",
"tables": {...}}`` — no timestamp, sorted keys, indent 2, UTF-8, trailing newline, so exporting
the same vault twice (or export -> import into an empty vault -> export) gives the same bytes.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rmdesk.store import portable
from rmdesk.store.db import Db
from rmdesk.store.errors import BadInputError
from rmdesk.store.migrations import schema_version
from rmdesk.store.portable import ImportRejectedError, Progress
from rmdesk.store.portable_spec import member, shown
from rmdesk.store.schema import SCHEMA_VERSION

FORMAT_NAME = "rmdesk-export"
# The largest file ``rmdesk import`` reads (docs/cli.md): about four times the JSON export of
# the 100,000-reflection benchmark vault, and small enough to check in memory.
MAX_IMPORT_BYTES = 256 * 2**20
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
            raise ValueError(f"duplicate key {shown(key)} in an object")
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def parse_file(path: Path, *, limit: int = MAX_IMPORT_BYTES) -> Document:
    """:func:`parse` on a file's contents: a regular file of at most ``limit`` bytes.

    A device (``/dev/zero``), a pipe or a folder is refused before anything is read (opened
    non-blocking, so a FIFO without a writer cannot hang us), and so is a file over the limit;
    the limit also bounds what is read if the file grows meanwhile.
    """
    name = shown(str(path), limit=None)  # a file name can hold escape sequences
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise BadInputError(f"no file at {name}") from exc
    except OSError as exc:
        raise BadInputError(f"{name} cannot be read: {exc.strerror}") from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise BadInputError(f"{name} is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise BadInputError(f"{name} is not a regular file (a device, pipe or socket)")
        if info.st_size > limit:
            raise BadInputError(f"{name} is larger than the import limit of {limit // 2**20} MiB")
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise BadInputError(f"{name} cannot be read: {exc.strerror}") from exc
    if len(data) > limit:
        raise BadInputError(f"{name} grew past the import limit of {limit // 2**20} MiB")
    try:
        return parse(data)
    except MemoryError as exc:
        raise BadInputError(f"{name} is too large to check in this computer's memory") from exc


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
    problems = [f"${member(key)}: unknown key" for key in sorted(document.keys() - ENVELOPE_KEYS)]
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
    db: Db,
    document: Document,
    *,
    progress: Progress | None = None,
    checkpoint: Callable[[], None] | None = None,
) -> dict[str, int]:
    """Load a parsed document's tables into the vault, all or nothing (see portable.load)."""
    problems = envelope_problems(document)
    if problems:
        raise ImportRejectedError(problems)
    return portable.load(
        db, document["tables"], base="$.tables", progress=progress, checkpoint=checkpoint
    )
