"""Export to a plain file (JSON streamed row by row, or Markdown) and import a JSON export.

Exports are written through a private temp file beside the target and renamed when complete.
An import first checks that the machine has the memory the standard JSON parser needs
(about :data:`IMPORT_MEMORY_FACTOR` times the file) and refuses early, in plain words, if not.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, TextIO

from rmdesk.export import json_format, markdown
from rmdesk.export.document_style import ENGLISH, DocumentStyle
from rmdesk.services.progress import Progress, ignore, scaled
from rmdesk.store.db import Db
from rmdesk.store.errors import NotEnoughMemoryError
from rmdesk.store.files import write_atomic_with
from rmdesk.store.repositories import Repositories

UNENCRYPTED_WARNING = (
    "Warning: {path} is NOT encrypted. Anyone who can read that file can read what it holds; "
    "delete it when you no longer need it."
)
# Measured peak of an import (bench/RESULTS.md): 1,064 MiB for a 248 MiB export, of which about
# 160 MiB is the interpreter, the KDF and SQLite's cache and the rest (3.65 x the file) the
# parser's text and objects and the row checks. A margin on top.
IMPORT_MEMORY_FACTOR = 4.0
IMPORT_MEMORY_BASE = 160 * 1024 * 1024
WRITE_BUFFER = 1024 * 1024
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
    style: DocumentStyle = ENGLISH,
) -> int:
    """Write the export to ``target`` (atomic, 0600, no named plaintext copy while it is being
    written: :func:`rmdesk.store.files.write_atomic_with`); returns the rows written (JSON).
    ``style`` words and dates the Markdown document (JSON is data, the same in any language)."""
    rows = 0

    def produce(handle: BinaryIO) -> None:
        nonlocal rows
        # Large writes straight to the writer's descriptor (its own handle buffers 8 KiB).
        raw = io.FileIO(handle.fileno(), "wb", closefd=False)
        out = io.TextIOWrapper(
            io.BufferedWriter(raw, buffer_size=WRITE_BUFFER), encoding="utf-8", newline=""
        )
        try:
            if export_format is ExportFormat.JSON:
                rows = json_format.write_json(
                    db, out, include_private=include_private, progress=progress
                )
            else:
                _write_markdown(db, out, include_private, progress, style)
            out.flush()
        except BaseException:
            # A failed write (a full disk): what is still buffered goes with the file. Closing
            # the raw handle (not the descriptor) marks the wrappers closed, so no later flush
            # by the garbage collector writes to a descriptor the writer has closed by then.
            raw.close()
            raise
        out.detach()  # the descriptor belongs to the writer, which syncs and closes it

    write_atomic_with(target, produce)
    return rows


def _write_markdown(
    db: Db, out: TextIO, include_private: bool, progress: Progress, style: DocumentStyle
) -> None:
    """``markdown.render_text`` chunk by chunk: the same text (trailing newlines folded into
    one), never whole in memory."""
    progress(0, 1)
    pending = 0
    repos = Repositories.from_db(db)
    for chunk in markdown.render(repos, include_private=include_private, style=style):
        text = chunk.rstrip("\n")
        if text:
            out.write("\n" * pending)
            out.write(text)
            pending = len(chunk) - len(text)
        else:
            pending += len(chunk)
    out.write("\n")
    progress(1, 1)


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
    """Refuse before reading ``source`` when it would not fit in memory. (A file that cannot
    be read, or is over the import limit, is left to the reader, which says so.)"""
    try:
        size = source.stat().st_size
    except OSError:
        return
    if size > json_format.MAX_IMPORT_BYTES:
        return
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
    db: Db,
    document: json_format.Document,
    *,
    progress: Progress = ignore,
    checkpoint: Callable[[], None] | None = None,
) -> dict[str, int]:
    """Check every row, then insert all of them in one transaction: all or nothing.
    ``checkpoint`` is called between rows (the command line's Ctrl-C)."""
    return json_format.import_document(db, document, progress=progress, checkpoint=checkpoint)


def import_file(db: Db, source: Path, *, progress: Progress = ignore) -> dict[str, int]:
    """Read, check and import ``source`` with one percentage: reading and parsing take the
    first 30 %, the rows the rest."""
    progress(0, 100)
    document = read_import(source)
    progress(30, 100)
    return import_document(db, document, progress=scaled(progress, 30, 70))
