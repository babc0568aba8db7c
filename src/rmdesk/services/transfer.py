"""Export to a plain file (JSON streamed row by row, or Markdown) and import a JSON export.

Exports are written through a private temp file beside the target and renamed when complete.
An import first checks that the machine has the memory the standard JSON parser needs
(about :data:`IMPORT_MEMORY_FACTOR` times the file) and refuses early, in plain words, if not.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from rmdesk.export import json_format, markdown
from rmdesk.services.progress import Progress, ignore, scaled
from rmdesk.store import portable
from rmdesk.store.db import Db
from rmdesk.store.errors import BadInputError, NotEnoughMemoryError
from rmdesk.store.files import atomic_path, os_error_to_vault_error

UNENCRYPTED_WARNING = (
    "Warning: {path} is NOT encrypted. Anyone who can read that file can read what it holds; "
    "delete it when you no longer need it."
)
WRITE_BUFFER = 1024 * 1024
# Measured peak of an import (bench/RESULTS.md): 815 MiB for a 248 MiB export, of which about
# 160 MiB is the interpreter, the KDF and SQLite's cache and the rest (2.6 x the file) the
# parser's text and objects. A margin on top.
IMPORT_MEMORY_FACTOR = 3.0
IMPORT_MEMORY_BASE = 160 * 1024 * 1024
MIB = 1024 * 1024


class ExportFormat(StrEnum):
    JSON = "json"
    MARKDOWN = "markdown"


def export_to_file(
    db: Db,
    target: Path,
    export_format: ExportFormat,
    *,
    include_private: bool,
    progress: Progress = ignore,
) -> int:
    """Write the export to ``target`` (atomic, 0600); returns the number of rows written."""
    with atomic_path(target) as tmp:
        try:
            with open(tmp, "w", encoding="utf-8", newline="", buffering=WRITE_BUFFER) as out:
                if export_format is ExportFormat.JSON:
                    rows = json_format.write_json(
                        db, out, include_private=include_private, progress=progress
                    )
                else:
                    rows = _write_markdown(db, out, include_private, progress)
        except OSError as exc:
            raise os_error_to_vault_error(exc) from exc
    return rows


def _write_markdown(db: Db, out: TextIO, include_private: bool, progress: Progress) -> int:
    # Markdown groups every row under its relationship, so it is rendered from the whole dump.
    total = json_format.count_rows(db, include_private=include_private)
    progress(0, total)
    tables = portable.dump(db, include_private=include_private)
    progress(total // 2, total)
    out.write(markdown.render(tables, include_private=include_private))
    progress(total, total)
    return total


def available_memory() -> int | None:
    """Bytes the system can give a process without swapping (``MemAvailable``), if known."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return int(os.sysconf("SC_AVPHYS_PAGES")) * int(os.sysconf("SC_PAGE_SIZE"))
    except (ValueError, OSError, AttributeError):
        return None


def import_memory_need(file_size: int) -> int:
    return int(file_size * IMPORT_MEMORY_FACTOR) + IMPORT_MEMORY_BASE


def check_import_memory(source: Path, available: int | None = None) -> None:
    """Refuse before reading ``source`` when it would not fit in memory."""
    try:
        size = source.stat().st_size
    except FileNotFoundError as exc:
        raise BadInputError(f"no file at {source}") from exc
    except OSError as exc:
        raise BadInputError(f"{source} cannot be read: {exc.strerror}") from exc
    free = available_memory() if available is None else available
    need = import_memory_need(size)
    if free is not None and need > free:
        raise NotEnoughMemoryError(
            f"{source.name} is {size // MIB + 1:,} MiB; importing it needs about "
            f"{need // MIB + 1:,} MiB of memory and {free // MIB:,} MiB are free"
        )


def read_import(source: Path, *, available: int | None = None) -> json_format.Document:
    """Check the memory need, then read and parse the file (envelope checked)."""
    check_import_memory(source, available)
    return json_format.parse_file(source)


def import_document(
    db: Db, document: json_format.Document, *, progress: Progress = ignore
) -> dict[str, int]:
    """Check every row, then insert all of them in one transaction: all or nothing."""
    return json_format.import_document(db, document, progress=progress)


def import_file(db: Db, source: Path, *, progress: Progress = ignore) -> dict[str, int]:
    """Read, check and import ``source`` with one percentage: reading and parsing take the
    first 30 %, the rows the rest."""
    progress(0, 100)
    document = read_import(source)
    progress(30, 100)
    return import_document(db, document, progress=scaled(progress, 30, 70))
