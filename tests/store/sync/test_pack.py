"""Packs between two real vaults (the leader's and the mentor's), both ways."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from rmdesk.export import json_format
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.sync import pack as packs
from rmdesk.store.sync.conflicts import list_conflicts, resolve
from rmdesk.store.sync.summary import describe
from rmdesk.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sample_data import PRIVATE_CANARY, SHARED_CANARY, populate
from tests.store.sync.exchange import ACTION, MEETINGS, PACK_WORDS, REL

MENTOR_CANARY = "MENTORPRIVATE5d1e"


@pytest.fixture
def leader(tmp_path: Path) -> Iterator[Vault]:
    vault = Vault.create(
        tmp_path / "leader" / "v.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST_KDF
    )
    populate(vault.db)
    try:
        yield vault
    finally:
        vault.close()


@pytest.fixture
def mentor(tmp_path: Path) -> Iterator[Vault]:
    vault = Vault.create(
        tmp_path / "mentor" / "v.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST_KDF
    )
    try:
        yield vault
    finally:
        vault.close()


def _write(vault: Vault, file: Path) -> None:
    packs.export_pack(vault.db, REL, file, passphrase_bytes(PACK_WORDS), kdf=FAST_KDF)


def _read(file: Path, words: str = PACK_WORDS) -> packs.Pack:
    return packs.read_pack(file, passphrase_bytes(words), kdf=FAST_KDF)


def _everything(vault: Vault) -> bytes:
    data = json_format.export_json(vault.db, include_private=True)
    sync = json.dumps(
        [
            list(r)
            for t in ("sync_row", "sync_seen", "sync_conflict")
            for r in vault.db.query(f"SELECT * FROM {t}")  # noqa: S608 - our table names
        ]
    )
    return data + sync.encode()


def _assert_no_private(pack_file: Path, canaries: tuple[str, ...]) -> None:
    raw = pack_file.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert SHARED_CANARY.encode() not in raw, "the pack is not encrypted"
    plain = json.dumps(packs.pack_entries_json(_read(pack_file)), ensure_ascii=False)
    assert SHARED_CANARY in plain  # the decrypted pack is what we think it is
    for canary in canaries:
        assert canary.encode() not in raw
        assert canary not in plain, f"{canary} is in the pack"


def test_packs_both_ways_carry_shared_parts_only(
    leader: Vault, mentor: Vault, tmp_path: Path
) -> None:
    to_mentor = tmp_path / "to-mentor.rmpack"
    _write(leader, to_mentor)
    _assert_no_private(to_mentor, (PRIVATE_CANARY,))
    result = packs.import_pack(mentor.db, _read(to_mentor))
    assert result.created and result.same_agreement and result.fingerprint_here == "ab" * 32
    assert "2 agenda items added" in describe(result.summary)
    role = mentor.db.query_one("SELECT my_role, my_name, other_name FROM relationship")
    assert tuple(role) == ("mentor", "Sam", "Dana")  # the leader's "you learn" mirrored
    assert PRIVATE_CANARY not in json_format.export_json(mentor.db, include_private=True).decode()
    assert mentor.db.scalar("SELECT count(*) FROM mentor_candidate") == 0
    assert mentor.db.scalar("SELECT count(*) FROM reflection") == 0
    assert mentor.db.scalar("SELECT count(*) FROM meeting_private_note") == 0

    # The mentor prepares: an agenda item, her own goal, a rating; and writes private notes.
    with mentor.db.transaction():
        meeting = mentor.db.scalar("SELECT id FROM meeting WHERE uuid = ?", (MEETINGS[1],))
        rel = mentor.db.scalar("SELECT id FROM relationship")
        mentor.db.execute(
            "INSERT INTO agenda_item (uuid, meeting_id, owner, kind, title) VALUES"
            " ('aaaaaaaa-0000-4000-8000-000000000001', ?, 'mentor', 'assumption',"
            " 'Gen Z and email')",
            (meeting,),
        )
        mentor.db.execute(
            "INSERT INTO goal (uuid, relationship_id, owner, title, created_at, updated_at)"
            " VALUES ('aaaaaaaa-0000-4000-8000-000000000002', ?, 'mentor', 'Present to execs',"
            " '2026-04-01T10:00:00Z', '2026-04-01T10:00:00Z')",
            (rel,),
        )
        mentor.db.execute(
            "UPDATE action_item SET private_note = ? WHERE uuid = ?", (MENTOR_CANARY, ACTION)
        )
        mentor.db.execute(
            "INSERT INTO reflection (uuid, relationship_id, body, created_at, updated_at) VALUES"
            " ('aaaaaaaa-0000-4000-8000-000000000003', ?, ?, '2026-04-01T10:00:00Z',"
            " '2026-04-01T10:00:00Z')",
            (rel, MENTOR_CANARY),
        )
    to_leader = tmp_path / "to-leader.rmpack"
    _write(mentor, to_leader)
    _assert_no_private(to_leader, (PRIVATE_CANARY, MENTOR_CANARY))
    back = packs.import_pack(leader.db, _read(to_leader))
    assert not back.created and back.same_agreement
    assert describe(back.summary) == "1 agenda item added, 1 goal added"
    exported = json_format.export_json(leader.db, include_private=True).decode()
    assert "Gen Z and email" in exported and MENTOR_CANARY not in exported
    # The leader's own private parts are untouched by the mentor's version of the action.
    assert leader.db.scalar("SELECT private_note FROM action_item WHERE uuid = ?", (ACTION,)) == (
        f"{PRIVATE_CANARY} action"
    )
    assert leader.db.scalar("SELECT my_role FROM relationship") == "leader"


def test_the_same_pack_twice_changes_nothing(leader: Vault, mentor: Vault, tmp_path: Path) -> None:
    file = tmp_path / "p.rmpack"
    _write(leader, file)
    packs.import_pack(mentor.db, _read(file))
    before = _everything(mentor)
    again = packs.import_pack(mentor.db, _read(file))
    assert describe(again.summary) == "nothing new"
    assert _everything(mentor) == before


def test_a_change_on_both_sides_is_a_conflict_with_both_versions(
    leader: Vault, mentor: Vault, tmp_path: Path
) -> None:
    file = tmp_path / "p.rmpack"
    _write(leader, file)
    packs.import_pack(mentor.db, _read(file))
    leader.db.execute("UPDATE relationship SET purpose = 'leader says'")
    mentor.db.execute("UPDATE relationship SET purpose = 'mentor says'")
    _write(mentor, file)
    result = packs.import_pack(leader.db, _read(file))
    assert describe(result.summary) == "1 conflict"
    [conflict] = list_conflicts(leader.db)
    assert conflict.mine is not None and conflict.theirs is not None
    assert (conflict.mine["purpose"], conflict.theirs["purpose"]) == ("leader says", "mentor says")
    assert leader.db.scalar("SELECT purpose FROM relationship") == "leader says"
    resolve(leader.db, conflict.id, "theirs")
    assert leader.db.scalar("SELECT purpose FROM relationship") == "mentor says"
    assert list_conflicts(leader.db) == []
    # The choice travels: the mentor takes the settled version without a conflict of her own.
    _write(leader, file)
    settled = packs.import_pack(mentor.db, _read(file))
    assert settled.summary.conflict_count == 0
    assert mentor.db.scalar("SELECT purpose FROM relationship") == "mentor says"


def test_a_deletion_travels_as_a_tombstone(leader: Vault, mentor: Vault, tmp_path: Path) -> None:
    file = tmp_path / "p.rmpack"
    _write(leader, file)
    packs.import_pack(mentor.db, _read(file))
    mentor.db.execute("DELETE FROM goal WHERE uuid = '00000000-0000-4000-8000-000000000004'")
    _write(mentor, file)
    result = packs.import_pack(leader.db, _read(file))
    assert describe(result.summary) == "1 goal deleted"
    assert leader.db.scalar("SELECT count(*) FROM goal") == 1


def _tampered(source: Path, target: Path, offset: int) -> Path:
    data = bytearray(source.read_bytes())
    data[offset] ^= 0x01
    target.write_bytes(bytes(data))
    return target


def test_bad_packs_are_refused_and_change_nothing(
    leader: Vault, mentor: Vault, tmp_path: Path
) -> None:
    good = tmp_path / "p.rmpack"
    _write(leader, good)
    size = good.stat().st_size
    before = _everything(mentor)
    bad = {
        "page 1 changed": (_tampered(good, tmp_path / "a", 40), packs.PackRefusedError),
        "a later page changed": (
            _tampered(good, tmp_path / "b", size - 100),
            packs.PackRefusedError,
        ),
        "cut at a page": (tmp_path / "c", packs.PackRefusedError),
        "cut mid-page": (tmp_path / "d", packs.PackRefusedError),
        "empty": (tmp_path / "e", packs.PackRefusedError),
        "plain sqlite": (tmp_path / "f", packs.PackRefusedError),
    }
    (tmp_path / "c").write_bytes(good.read_bytes()[: size - 4096])
    (tmp_path / "d").write_bytes(good.read_bytes()[: size - 10])
    (tmp_path / "e").write_bytes(b"")
    (tmp_path / "f").write_bytes(b"SQLite format 3\x00" + b"\x00" * 8176)
    for label, (file, error) in bad.items():
        with pytest.raises(error):
            packs.import_pack(mentor.db, _read(file))
        assert _everything(mentor) == before, label
    with pytest.raises(packs.PackPassphraseError):
        _read(good, "maple river lantern orbit velvet harbour")
    assert error.exit_code == 33 and packs.PackPassphraseError.exit_code == 34


def test_a_pack_from_the_same_side_is_refused(leader: Vault, tmp_path: Path) -> None:
    file = tmp_path / "p.rmpack"
    _write(leader, file)
    with pytest.raises(packs.OwnPackError):
        packs.import_pack(leader.db, _read(file))
