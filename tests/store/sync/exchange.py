"""Two real vaults under a temp folder that exchange rows, and the edits the tests make on them.

``Pair`` holds side "a" (the leader's vault, filled by ``tests/cli/sample_data.populate``) and
side "b": a copy of the same vault (mode "copy", merged with ``merge_copy``) or the mentor's
own vault (mode "pack", kept current by packs both ways).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from rmdesk.export import json_format
from rmdesk.store.db import Db
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.sync import pack as packs
from rmdesk.store.sync.conflicts import list_conflicts
from rmdesk.store.sync.copies import merge_copy
from rmdesk.store.sync.merge import MergeSummary
from rmdesk.store.sync.rows import canonical_json, read_scope
from rmdesk.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sample_data import populate

Mode = Literal["copy", "pack"]
PACK_WORDS = "maple river lantern orbit velvet harbor"
PREFIX = "00000000-0000-4000-8000-"


def uid(n: int) -> str:
    return f"{PREFIX}{n:012d}"


# Rows of sample_data.populate the edits aim at.
REL = uid(1)
GOALS = (uid(3), uid(4))
MEETINGS = (uid(8), uid(9))
AGENDA = (uid(11), uid(12))
ACTION = uid(13)


@dataclass
class Pair:
    root: Path
    mode: Mode
    vaults: dict[str, Vault] = field(default_factory=dict)

    def db(self, side: str) -> Db:
        return self.vaults[side].db

    def send(self, source: str, target: str) -> MergeSummary:
        """Carry ``source``'s rows to ``target`` (a pack, or a merge of the other copy)."""
        if self.mode == "copy":
            src = self.vaults[source]
            return merge_copy(
                self.db(target),
                self.vaults[target].path,
                src.path,
                passphrase_bytes(PASSPHRASE),
                kdf=FAST_KDF,
            ).summary
        file = self.root / f"{source}-to-{target}.rmpack"
        packs.export_pack(self.db(source), REL, file, passphrase_bytes(PACK_WORDS), kdf=FAST_KDF)
        pack = packs.read_pack(file, passphrase_bytes(PACK_WORDS), kdf=FAST_KDF)
        return packs.import_pack(self.db(target), pack).summary

    def export(self, side: str) -> bytes:
        """What both sides must agree on: the whole export for copies; the relationship's
        shared rows (as both see them) for packs."""
        if self.mode == "copy":
            return json_format.export_json(self.db(side), include_private=True)
        rows = read_scope(self.db(side), "shared").rows
        return canonical_json(sorted([list(k), v] for k, v in rows.items())).encode()

    def everything(self, side: str) -> str:
        """Every text this side holds, its waiting conflicts' versions included."""
        data = json_format.export_json(self.db(side), include_private=True).decode()
        theirs = [str(r["theirs"]) for r in self.db(side).query("SELECT theirs FROM sync_conflict")]
        return data + "\n".join(theirs)

    def conflicts(self, side: str) -> int:
        return len(list_conflicts(self.db(side)))


@contextmanager
def pair(root: Path, mode: Mode) -> Iterator[Pair]:
    made = Pair(root=root, mode=mode)
    a = Vault.create(root / "a" / "vault.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST_KDF)
    made.vaults["a"] = a
    try:
        populate(a.db)
        if mode == "copy":
            # A copy taken while the vault is closed, as a sync tool or a USB stick would.
            a.close()
            (root / "b").mkdir()
            (root / "b" / "vault.rmdesk").write_bytes((root / "a" / "vault.rmdesk").read_bytes())
            made.vaults["a"] = Vault.open(
                root / "a" / "vault.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST_KDF
            )
            made.vaults["b"] = Vault.open(
                root / "b" / "vault.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST_KDF
            )
        else:
            made.vaults["b"] = Vault.create(
                root / "b" / "vault.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST_KDF
            )
            made.send("a", "b")
        yield made
    finally:
        for vault in made.vaults.values():
            vault.close()


# -- edits ---------------------------------------------------------------------------------
T = "2026-04-01T10:00:00Z"


def edit(db: Db, op: str, target: int, token: str, new_uuid: str) -> None:
    """One edit as the app's repositories would make it (plain SQL on the real file)."""
    with db.transaction():
        if op == "goal-title":
            db.execute("UPDATE goal SET title = ? WHERE uuid = ?", (token, GOALS[target % 2]))
        elif op == "goal-delete":
            db.execute("DELETE FROM goal WHERE uuid = ?", (GOALS[target % 2],))
        elif op == "goal-add":
            rel = db.scalar("SELECT id FROM relationship WHERE uuid = ?", (REL,))
            db.execute(
                "INSERT INTO goal (uuid, relationship_id, title, created_at, updated_at)"
                " VALUES (?,?,?,?,?)",
                (new_uuid, rel, token, T, T),
            )
        elif op == "agenda-add":
            meeting = db.scalar("SELECT id FROM meeting WHERE uuid = ?", (MEETINGS[target % 2],))
            if meeting is not None:
                db.execute(
                    "INSERT INTO agenda_item (uuid, meeting_id, owner, kind, title)"
                    " VALUES (?,?,'mentor','topic',?)",
                    (new_uuid, meeting, token),
                )
        elif op == "agenda-notes":
            db.execute(
                "UPDATE agenda_item SET shared_notes = ? WHERE uuid = ?",
                (token, AGENDA[target % 2]),
            )
        elif op == "meeting-delete":
            db.execute("DELETE FROM meeting WHERE uuid = ?", (MEETINGS[target % 2],))
        elif op == "action-private":
            db.execute("UPDATE action_item SET private_note = ? WHERE uuid = ?", (token, ACTION))
        elif op == "action-what":
            db.execute("UPDATE action_item SET what = ? WHERE uuid = ?", (token, ACTION))
        elif op == "purpose":
            db.execute("UPDATE relationship SET purpose = ? WHERE uuid = ?", (token, REL))
        else:
            raise AssertionError(op)


OPS = (
    "goal-title",
    "goal-delete",
    "goal-add",
    "agenda-add",
    "agenda-notes",
    "meeting-delete",
    "action-private",
    "action-what",
    "purpose",
)


def tokens_in(text: str, tokens: set[str]) -> set[str]:
    return {t for t in tokens if t in text}


def dumps(value: object) -> str:
    return json.dumps(value, sort_keys=True)
