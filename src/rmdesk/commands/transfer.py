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
from rmdesk.export import json_format, markdown
from rmdesk.paths import DataPaths
from rmdesk.store.files import write_bytes_atomic
from rmdesk.store.portable_spec import shown
from rmdesk.store.repositories import Repositories

UNENCRYPTED_WARNING = (
    "Warning: {path} is NOT encrypted. Anyone who can read that file can read what it holds; "
    "delete it when you no longer need it."
)


def export(paths: DataPaths, console: Console, args: argparse.Namespace) -> int:
    require_vault(paths)
    target = existing_parent(Path(args.out), "export")
    refuse_data_folder_files(paths, target, "export")
    include_private = bool(args.include_private)
    with vault_lock(paths), opened_vault(paths, console.passphrase("Passphrase"), console) as vault:
        if not vault.verify().ok:
            console.warn(
                "rmdesk: Warning: the vault failed its integrity checks (see rmdesk vault "
                "check), so this export may be incomplete or wrong. Restore a backup soon."
            )
        if args.format == "json":
            data = json_format.export_json(vault.db, include_private=include_private)
        else:
            repos = Repositories.from_db(vault.db)
            text = markdown.render_text(repos, include_private=include_private)
            data = text.encode("utf-8")
    write_bytes_atomic(target, data)
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
            document = json_format.parse_file(source)
        finally:
            progress.finish()
        with (
            opened_vault(paths, console.passphrase("Passphrase"), console) as vault,
            DeferredInterrupt() as interrupt,
        ):
            progress.status("checking")
            try:
                counts = json_format.import_document(
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
