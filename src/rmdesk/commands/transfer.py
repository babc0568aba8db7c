"""``rmdesk export`` and ``rmdesk import``: plain JSON / Markdown out, JSON in."""

from __future__ import annotations

import argparse
from pathlib import Path

from rmdesk.commands.common import (
    Console,
    ProgressLine,
    UsageError,
    existing_parent,
    opened_vault,
    require_vault,
    vault_lock,
)
from rmdesk.paths import DataPaths
from rmdesk.services.transfer import (
    UNENCRYPTED_WARNING,
    ExportFormat,
    export_to_file,
    import_document,
    read_import,
)


def export(paths: DataPaths, console: Console, args: argparse.Namespace) -> int:
    require_vault(paths)
    target = existing_parent(Path(args.out), "export")
    if target.exists() and target.resolve() == paths.vault.resolve():
        raise UsageError("The export would replace the vault itself; choose another file.")
    include_private = bool(args.include_private)
    progress = ProgressLine(console.stderr, "Exporting")
    with vault_lock(paths), opened_vault(paths, console.passphrase("Passphrase")) as vault:
        try:
            export_to_file(
                vault.db,
                target,
                ExportFormat(args.format),
                include_private=include_private,
                progress=progress.update,
            )
        finally:
            progress.finish()
    scope = (
        "everything, INCLUDING private notes and the journal"
        if include_private
        else ("the shared parts (no private notes, no journal)")
    )
    console.say(f"Exported {scope} to {target}")
    console.warn(UNENCRYPTED_WARNING.format(path=target))
    return 0


def import_(paths: DataPaths, console: Console, args: argparse.Namespace) -> int:
    require_vault(paths)
    source = Path(args.file).expanduser().absolute()
    progress = ProgressLine(console.stderr, "Importing")
    with vault_lock(paths):
        progress.status(f"reading {source.name}")
        try:
            document = read_import(source)
        finally:
            progress.finish()
        with opened_vault(paths, console.passphrase("Passphrase")) as vault:
            progress.status("checking")
            try:
                counts = import_document(vault.db, document, progress=progress.update)
            finally:
                progress.finish()
    relationships = counts.get("relationship", 0)
    console.say(
        f"Imported {sum(counts.values()):,} rows ({relationships} relationship(s)) "
        f"from {source.name}."
    )
    return 0
