"""The exchange between two vaults as the window uses it: write a pack, look at what a pack
or another copy would change before anything is written, take it in (optionally into a
relationship the person set up by hand), and the agreement fingerprint both sides compare.

A preview runs the real merge inside a transaction that is then rolled back, so what it
announces is exactly what the import will do, and the vault is left byte for byte as it was.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from rmdesk.services.progress import Progress, ignore
from rmdesk.store.db import Db
from rmdesk.store.errors import BadInputError
from rmdesk.store.kdf import KdfParams, wipe
from rmdesk.store.sync import pack as packs
from rmdesk.store.sync.copies import CopyMergeResult, merge_copy
from rmdesk.store.sync.merge import local_state

PACK_SUFFIX = ".rmpack"
Result = TypeVar("Result")


class _RollBackError(Exception):
    """Raised inside the preview's transaction to roll it back, carrying the outcome."""

    def __init__(self, outcome: object) -> None:
        super().__init__("preview")
        self.outcome = outcome


def _rolled_back(db: Db, work: Callable[[], Result]) -> Result:
    try:
        with db.transaction():
            raise _RollBackError(work())
    except _RollBackError as preview:
        return preview.outcome  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class ShareResult:
    target: Path
    counts: Counter[str]  # rows that went in, per table (tombstones not counted)
    fingerprint: str


@dataclass(frozen=True, slots=True)
class Match:
    """A relationship here that may be the same one the pack describes."""

    uuid: str
    other_name: str
    same_name: bool


def with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == PACK_SUFFIX else path.with_name(path.name + PACK_SUFFIX)


def agreement_fingerprint(db: Db, relationship: str) -> str:
    value = db.scalar(
        "SELECT a.sha256 FROM agreement_version a JOIN relationship r"
        " ON a.relationship_id = r.id WHERE r.uuid = ? ORDER BY a.number DESC LIMIT 1",
        (relationship,),
    )
    return "" if value is None else str(value)


def share(
    db: Db, relationship: str, target: Path, passphrase: bytearray, progress: Progress = ignore
) -> ShareResult:
    """Write the relationship's pack to ``target``; what went in, counted per table."""
    progress(0, 3)
    packs.export_pack(db, relationship, target, passphrase)
    progress(2, 3)
    counts: Counter[str] = Counter(
        e.table
        for e in local_state(db, "shared").values()
        if e.rel == relationship and e.row is not None and e.table != "relationship"
    )
    progress(3, 3)
    return ShareResult(target, counts, agreement_fingerprint(db, relationship))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()


def matches(db: Db, pack: packs.Pack) -> list[Match]:
    """Relationships here the pack could belong to: in the mirrored role, not yet exchanged
    (a different uuid), the same other person's name first."""
    if packs.relationship_role(db, pack.relationship) is not None:
        return []  # exchanged before: the pack's relationship is here already
    mirrored = "mentor" if pack.sender_role == "leader" else "leader"
    rows = db.query(
        "SELECT uuid, other_name FROM relationship WHERE my_role = ? ORDER BY other_name",
        (mirrored,),
    )
    found = [
        Match(
            str(r["uuid"]),
            str(r["other_name"]),
            _fold(str(r["other_name"])) == _fold(pack.sender_name),
        )
        for r in rows
    ]
    return sorted(found, key=lambda m: not m.same_name)


def _import(db: Db, pack: packs.Pack, into: str | None) -> packs.ImportResult:
    with db.transaction():
        if into is not None and into != pack.relationship:
            _adopt(db, pack, into)
        result = packs.import_pack(db, pack)
    return result


def _adopt(db: Db, pack: packs.Pack, into: str) -> None:
    """Give the hand-made relationship ``into`` the pack's identity, so the pack's rows join
    it and later exchanges recognise it; its own rows stay and travel from now on."""
    mirrored = "mentor" if pack.sender_role == "leader" else "leader"
    role = packs.relationship_role(db, into)
    if role != mirrored:
        raise BadInputError("that relationship is not the other side of this pack")
    db.execute("UPDATE relationship SET uuid = ? WHERE uuid = ?", (pack.relationship, into))


def preview_pack(db: Db, pack: packs.Pack, into: str | None = None) -> packs.ImportResult:
    """What taking ``pack`` in would change, without changing anything."""
    return _rolled_back(db, lambda: _import(db, pack, into))


def take_pack(db: Db, pack: packs.Pack, into: str | None = None) -> packs.ImportResult:
    """Take ``pack`` in (all or nothing); into the relationship ``into`` if given."""
    return _import(db, pack, into)


def preview_copy(
    db: Db, vault_path: Path, other: Path, passphrase: bytearray, kdf: KdfParams | None = None
) -> CopyMergeResult:
    """What merging the copy at ``other`` would change, without changing anything."""
    secret = bytearray(passphrase)
    try:
        return _rolled_back(db, lambda: merge_copy(db, vault_path, other, secret, kdf=kdf))
    finally:
        wipe(secret)


def other_name(db: Db, relationship: str) -> str:
    value = db.scalar("SELECT other_name FROM relationship WHERE uuid = ?", (relationship,))
    return "" if value is None else str(value)
