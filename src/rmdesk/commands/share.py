"""``rmdesk share export|import|words`` and ``rmdesk vault merge|conflicts|resolve``.

Passphrases one per line on standard input (or asked on a terminal): the vault's first, then
the pack's (or the other copy's). A pack that is damaged, cut short or changed exits with 32,
a wrong pack passphrase with 33 (docs/cli.md).
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path

from rmdesk.commands.common import (
    Console,
    UsageError,
    existing_parent,
    opened_vault,
    require_vault,
    vault_lock,
)
from rmdesk.domain import pack_words, strength
from rmdesk.paths import DataPaths
from rmdesk.store.db import Db
from rmdesk.store.kdf import wipe
from rmdesk.store.sync import pack as packs
from rmdesk.store.sync.conflicts import list_conflicts, resolve
from rmdesk.store.sync.copies import merge_copy
from rmdesk.store.sync.summary import describe, noun

REASONS = {
    "both-changed": "changed on both sides",
    "deleted-there-in-use-here": "deleted there, still in use here",
    "deleted-here-in-use-there": "deleted here, added to or changed there",
    "clash": "both sides added one in the same place",
}


def _relationship_uuid(db: Db, name: str) -> str:
    wanted = unicodedata.normalize("NFC", name).casefold()
    rows = db.query("SELECT uuid, other_name FROM relationship ORDER BY other_name")
    found = [r for r in rows if unicodedata.normalize("NFC", str(r[1])).casefold() == wanted]
    if len(found) == 1:
        return str(found[0][0])
    names = ", ".join(sorted({str(r[1]) for r in rows})) or "none yet"
    if not found:
        raise UsageError(f"No relationship with {name!r}. Relationships: {names}.")
    raise UsageError(f"More than one relationship is with {name!r}; rename one in the app first.")


def _pack_passphrase(console: Console) -> bytearray:
    if console.interactive:
        console.say(f"Suggested pack passphrase (read it aloud): {pack_words.suggest()}")
    words = console.passphrase("Pack passphrase (the words you agreed on)")
    if not strength.is_acceptable(words.decode("utf-8")):
        wipe(words)
        raise UsageError(
            "That pack passphrase is too weak; use the suggested words "
            "(rmdesk share words) or four or more of your own. Nothing was written."
        )
    return words


def export(paths: DataPaths, console: Console, args: argparse.Namespace) -> int:
    require_vault(paths)
    target = existing_parent(Path(args.file), "pack")
    if target.exists() and target.resolve() == paths.vault.resolve():
        raise UsageError("The pack would replace the vault itself; choose another file.")
    with vault_lock(paths), opened_vault(paths, console.passphrase("Passphrase"), console) as vault:
        relationship = _relationship_uuid(vault.db, args.relationship)
        secret = _pack_passphrase(console)
        try:
            rows = packs.export_pack(vault.db, relationship, target, secret)
        finally:
            wipe(secret)
    console.say(f"Wrote {rows:,} shared rows for {args.relationship} to {target} (encrypted).")
    return 0


def import_(paths: DataPaths, console: Console, args: argparse.Namespace) -> int:
    require_vault(paths)
    source = Path(args.file).expanduser().absolute()
    with vault_lock(paths), opened_vault(paths, console.passphrase("Passphrase"), console) as vault:
        secret = console.passphrase("Pack passphrase")
        try:
            pack = packs.read_pack(source, secret)
        finally:
            wipe(secret)
        result = packs.import_pack(vault.db, pack)
        other = vault.db.scalar(
            "SELECT other_name FROM relationship WHERE uuid = ?", (result.relationship,)
        )
    verb = "Created" if result.created else "Updated"
    console.say(f"{verb} the relationship with {other}: {describe(result.summary)}.")
    if result.fingerprint_there:
        fingerprint = result.fingerprint_here[:16]
        if result.same_agreement:
            console.say(f"Agreement fingerprint {fingerprint}: the same in both vaults.")
        else:
            console.say(f"Agreement fingerprint here {fingerprint} differs from the pack's.")
    if result.summary.conflict_count:
        console.say("See and settle the conflicts with: rmdesk vault conflicts")
    return 0


def words(paths: DataPaths, console: Console, args: argparse.Namespace) -> int:
    console.say(pack_words.suggest(args.count))
    return 0


def merge(paths: DataPaths, console: Console, args: argparse.Namespace) -> int:
    require_vault(paths)
    other = Path(args.file).expanduser().absolute()
    with vault_lock(paths), opened_vault(paths, console.passphrase("Passphrase"), console) as vault:
        secret = console.passphrase("The other copy's passphrase")
        try:
            result = merge_copy(vault.db, vault.path, other, secret)
        finally:
            wipe(secret)
    console.say(f"Merged {other.name}: {describe(result.summary)}.")
    if result.summary.conflict_count:
        console.say("See and settle the conflicts with: rmdesk vault conflicts")
    return 0


def conflicts(paths: DataPaths, console: Console, args: argparse.Namespace) -> int:
    require_vault(paths)
    with vault_lock(paths), opened_vault(paths, console.passphrase("Passphrase"), console) as vault:
        waiting = list_conflicts(vault.db)
    if not waiting:
        console.say("No conflicts are waiting.")
        return 0
    for c in waiting:
        console.say(f"#{c.id}  {noun(c.table, 1)}: {REASONS.get(c.reason, c.reason)}")
        console.say("  yours:  " + _shown(c.mine))
        console.say("  theirs: " + _shown(c.theirs))
        if c.dependents:
            console.say(f"  with {len(c.dependents)} of their rows that depend on it")
    console.say("Settle one with: rmdesk vault resolve ID --keep mine|theirs")
    return 0


def _shown(row: object) -> str:
    return "(deleted)" if row is None else json.dumps(row, ensure_ascii=False, sort_keys=True)


def resolve_(paths: DataPaths, console: Console, args: argparse.Namespace) -> int:
    require_vault(paths)
    with vault_lock(paths), opened_vault(paths, console.passphrase("Passphrase"), console) as vault:
        resolve(vault.db, args.id, args.keep)
    console.say(f"Conflict #{args.id} settled: kept {args.keep}.")
    return 0
