"""``rmdesk export`` and ``rmdesk import``: plain JSON / Markdown out, JSON in."""

from __future__ import annotations

import argparse
from pathlib import Path

from rmdesk.commands.common import (
    Console,
    ProgressLine,
    existing_parent,
    opened_vault,
    refuse_data_folder_files,
    require_vault,
    vault_lock,
)
from rmdesk.commands.interrupts import DeferredInterrupt
from rmdesk.paths import DataPaths
from rmdesk.services.transfer import (
    UNENCRYPTED_WARNING,
    ExportFormat,
    export_to_file,
    import_document,
    read_import,
)
from rmdesk.store.portable_spec import shown


def export(paths: DataPaths, console: Console, args: argparse.Namespace) -> int:
    require_vault(paths)
    target = existing_parent(Path(args.out), "export")
    refuse_data_folder_files(paths, target, "export")
    include_private = bool(args.include_private)
    progress = ProgressLine(console.stderr, "Exporting")
    with vault_lock(paths), opened_vault(paths, console.passphrase("Passphrase"), console) as vault:
        if not vault.verify().ok:
            console.warn(
                "rmdesk: Warning: the vault failed its integrity checks (see rmdesk vault "
                "check), so this export may be incomplete or wrong. Restore a backup soon."
            )
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
    name = shown(source.name, limit=None)  # a file name can hold escape sequences too
    progress = ProgressLine(console.stderr, "Importing")
    with vault_lock(paths):
        progress.status("reading the file")
        try:
            document = read_import(source)
        finally:
            progress.finish()
        with (
            opened_vault(paths, console.passphrase("Passphrase"), console) as vault,
            DeferredInterrupt() as interrupt,
        ):
            progress.status("checking")
            try:
                counts = import_document(
                    vault.db, document, progress=progress.update, checkpoint=interrupt.checkpoint
                )
            finally:
                progress.finish()
    relationships = counts.get("relationship", 0)
    console.say(
        f"Imported {sum(counts.values()):,} rows ({relationships} relationship(s)) from {name}."
    )
    if interrupt.arrived:
        console.warn(
            "rmdesk: Ctrl-C arrived while the import was being saved; it was completed, "
            "not undone (importing the file again would collide with these rows)."
        )
    return 0
