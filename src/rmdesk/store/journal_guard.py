"""Keep a rollback journal that does not belong to the vault file from being replayed into it.

SQLite pairs a journal with a database by *name* only (``vault.rmdesk-journal`` beside
``vault.rmdesk``). When it finds a hot journal (non-empty, first byte not zero, no writer
holding the lock) it copies the journal's page images over the database and truncates the file
to the page count the journal's header recorded — on the first read of *any* connection, before
the key is even checked. It never asks whether the journal was written for this file: the
header's nonce only protects the journal's own checksums. So a crash journal followed by a
different file at the vault's path (a backup copied back by hand, a sync tool, another
machine's copy) is "rolled back" into that file and wrecks it.

Two checks decide before the first keyed read (see docs/security.md):

1. Without the key: the journal's segment headers (magic, record count at 8, original page
   count at 16, sector size at 20, page size at 24 — SQLite's pager.c) are read, and every
   record for page 1 must begin with the vault's first 16 bytes. SQLCipher writes page 1 with
   its salt in plain text there and a vault's salt never changes (a passphrase change keeps
   it), so a different salt means another vault: set aside.
2. With the key (a backup or older copy of this vault has the same salt and key, and every
   page image in a journal is encrypted afresh with a random IV, so no bytes compare): the
   first page-1 record is page 1 as it was when the transaction began, and SQLite writes no
   page into the database before the journal segment holding its old image is synced. So the
   file's page 1, decrypted (:mod:`rmdesk.store.page_one`), must carry the same change
   counter and page count as that record unless it was rewritten by a commit already under
   way; without a page-1 record the file's page count must equal the journal's original one.
   Only when page 1 was rewritten (or does not decrypt) does a trial decide: the pair is
   replayed into a private scratch copy and both integrity checks run; it goes ahead only if
   that gives a sound database while the file alone is not. A journal that does not belong is
   moved into ``backups/`` (never deleted) and reported; when the key opens neither the pair
   nor the file alone, the passphrase is wrong and nothing is touched (SQLite on its own
   replays the journal even for a wrong key).

What stays possible: a foreign copy with the same salt and page count beside a journal that
never touched page 1 is still replayed (nothing in either file tells them apart then).
"""

from __future__ import annotations

import shutil
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.paths import ensure_private_dir
from rmdesk.store.db import SQLITE_NOTADB, error_code
from rmdesk.store.engine import PAGE_SIZE, connect, integrity_problems
from rmdesk.store.errors import DamagedVaultError
from rmdesk.store.files import unused_stamped_name
from rmdesk.store.kdf import SALT_BYTES
from rmdesk.store.page_one import read_page_one

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_HEADER = struct.Struct(">8sIIIII")  # magic, nRec, nonce, dbOrigSize, sectorSize, pageSize
SCRATCH_PREFIX = ".journal-check-"
SET_ASIDE_PREFIX = "journal-set-aside-"


def journal_of(database: Path) -> Path:
    return database.with_name(database.name + "-journal")


def is_hot(journal: Path) -> bool:
    """Would SQLite replay ``journal``? (Non-empty, first byte not zero; our instance lock
    guarantees no live writer holds it.)"""
    try:
        if not journal.is_file():
            return False
        with open(journal, "rb") as handle:
            first = handle.read(1)
    except OSError:
        return False
    return first not in (b"", b"\x00")


@dataclass(frozen=True, slots=True)
class JournalHeader:
    records: int  # page records in the first segment (0xFFFFFFFF: up to the end of the file)
    original_pages: int  # the database's page count when the transaction began
    sector_size: int
    page_size: int


def read_header(journal: Path) -> JournalHeader | None:
    """The first segment's header, or None when the magic is wrong (SQLite ignores such a
    journal: it stops at a bad header before touching the database)."""
    with open(journal, "rb") as handle:
        raw = handle.read(_HEADER.size)
    if len(raw) < _HEADER.size:
        return None
    magic, records, _nonce, original, sector, page = _HEADER.unpack(raw)
    if magic != JOURNAL_MAGIC:
        return None
    return JournalHeader(records, original, sector, page)


def foreign_without_key(database: Path, journal: Path) -> str:
    """Why ``journal`` cannot belong to ``database`` as far as the bytes alone tell, or ""."""
    header = read_header(journal)
    if header is None:
        return ""  # SQLite will not replay it either
    if header.page_size != PAGE_SIZE:
        return f"its page size is {header.page_size}, the vault's is {PAGE_SIZE}"
    with open(database, "rb") as handle:
        own = handle.read(SALT_BYTES)
    if any(r.image[:SALT_BYTES] != own for r in page_one_records(journal)):
        return "it was written for another vault (a different salt)"
    return ""


class Trial(Enum):
    SOUND = "sound"  # opens with the key and passes both integrity checks
    DAMAGED = "damaged"  # opens with the key, but a check fails or a read breaks
    UNREADABLE = "unreadable"  # page 1 does not open with the key


def _probe(database: Path, key: bytearray) -> Trial:
    try:
        conn = connect(database, key, mode="rw")
    except sqlcipher.Error:
        return Trial.DAMAGED
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        integrity, cipher = integrity_problems(conn)
    except sqlcipher.Error as exc:
        return Trial.UNREADABLE if error_code(exc) == SQLITE_NOTADB else Trial.DAMAGED
    finally:
        conn.close()
    if integrity or cipher or database.stat().st_size % PAGE_SIZE:
        return Trial.DAMAGED
    return Trial.SOUND


@contextmanager
def _scratch(folder: Path) -> Iterator[Path]:
    """A private (0700) folder beside the vault, removed afterwards; what goes in is as
    encrypted as the vault itself. A leftover from a kill is removed by the next run
    (:func:`rmdesk.store.files.remove_stale_temps`)."""
    scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=folder))
    try:
        yield scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def trial_replay(database: Path, key: bytearray) -> tuple[Trial, Trial]:
    """(the file with its journal replayed, the file alone), each tried in a scratch copy."""
    journal = journal_of(database)
    with _scratch(database.parent) as scratch:
        alone = scratch / "alone"
        alone.mkdir()
        shutil.copyfile(database, alone / database.name)
        paired = scratch / "paired"
        paired.mkdir()
        shutil.copyfile(database, paired / database.name)
        shutil.copyfile(journal, journal_of(paired / database.name))
        return _probe(paired / database.name, key), _probe(alone / database.name, key)


@dataclass(frozen=True, slots=True)
class PageOneRecord:
    image: bytes
    synced: bool  # in a segment whose header SQLite completed (and would replay)


def page_one_records(journal: Path) -> list[PageOneRecord]:
    """Every page-1 image in the journal, in order, also from a trailing segment whose header
    SQLite had not completed yet (it writes the magic only when it syncs the segment, and
    writes no database page before that sync)."""
    found: list[PageOneRecord] = []
    size = journal.stat().st_size
    with open(journal, "rb") as handle:
        offset = 0
        while offset + _HEADER.size <= size:
            handle.seek(offset)
            magic, records, _nonce, _orig, sector, page = _HEADER.unpack(handle.read(_HEADER.size))
            synced = magic == JOURNAL_MAGIC
            if page != PAGE_SIZE or sector < _HEADER.size or not (synced or records == 0):
                break  # not a segment header: SQLite stops here too
            record = 4 + page + 4
            start = offset + sector
            whole = (size - start) // record
            count = whole if not synced or records == 0xFFFFFFFF else min(records, whole)
            for index in range(count):
                handle.seek(start + index * record)
                raw = handle.read(4 + page)
                if struct.unpack(">I", raw[:4])[0] == 1:
                    found.append(PageOneRecord(raw[4:], synced))
            if not synced:
                break
            offset = -(-(start + count * record) // sector) * sector
    return found


class Verdict(Enum):
    REPLAY = "replay"  # the journal belongs to this file: let SQLite roll it back
    SET_ASIDE = "set-aside"  # it does not: move it away (the reason says why)
    WRONG_KEY = "wrong-key"  # the key opens nothing here: touch nothing


def judge_with_key(database: Path, key: bytearray) -> tuple[Verdict, str]:
    """Does the hot journal beside ``database`` belong to it? (See the module's docstring.)"""
    journal = journal_of(database)
    header = read_header(journal)
    if header is None:
        return Verdict.REPLAY, ""  # SQLite ignores a journal without a valid first header
    with open(database, "rb") as handle:
        mine = read_page_one(handle.read(PAGE_SIZE), bytes(key))
    records = page_one_records(journal)
    if mine is not None:
        if not records:
            # Page 1 untouched by the transaction: the file's page 1 is the one it began
            # with, so its page count must be the journal's original page count.
            if mine.page_count != header.original_pages:
                return Verdict.SET_ASIDE, "it began from a file of another size"
            return Verdict.REPLAY, ""
        # A page is journaled once per transaction, before its first change: the first
        # page-1 record holds page 1 as it was when the transaction began.
        first = records[0]
        theirs = read_page_one(first.image, bytes(key))
        # (theirs is None: the journal began under another key — a passphrase change cut
        # short, or a journal from before one; the trial below tells which.)
        if theirs == mine:
            # The same change counter (in SQLCipher the previous page image's ciphertext
            # plus one, so another copy matches only by a 1-in-2^32 chance) and page count.
            return Verdict.REPLAY, ""
        if theirs is not None and not first.synced:
            # SQLite writes no database page before the journal holding its old image is
            # synced, so this file's page 1 should still be that image: another file.
            return Verdict.SET_ASIDE, "it began from another copy of the file"
    # Page 1 may have been rewritten by a commit cut short, or does not open with the key:
    # let the outcome of a replay into a scratch copy decide.
    paired, alone = trial_replay(database, key)
    if paired is Trial.SOUND and alone is not Trial.SOUND:
        return Verdict.REPLAY, ""
    if alone is Trial.SOUND:
        return Verdict.SET_ASIDE, "the vault is whole without it and it began from another copy"
    if paired is Trial.UNREADABLE:
        # What the journal recovers does not open with this key: the key is wrong, or it is
        # the new key of a passphrase change that the journal is about to undo.
        return Verdict.WRONG_KEY, ""
    raise DamagedVaultError(
        "neither the file nor the file with the crash journal beside it is sound; both were "
        "left as they are"
    )


def set_aside(journal: Path, folder: Path) -> Path:
    """Move ``journal`` into ``folder`` under a name SQLite pairs with no database."""
    ensure_private_dir(folder)
    target = unused_stamped_name(folder, SET_ASIDE_PREFIX)
    shutil.move(journal, target)  # a rename when backups/ is on the same file system
    return target


def set_aside_notice(target: Path, why: str) -> str:
    return (
        f"A crash journal beside the vault did not belong to it ({why}); it was moved to "
        f"{target} instead of being replayed. The vault itself was not changed."
    )
