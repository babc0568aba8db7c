"""``merge_copy``: another copy of one's own vault, private parts included; and packs from the
other person keep working from either device afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmdesk.export import json_format
from rmdesk.store.errors import SameVaultFileError, WrongPassphraseError
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.sync import pack as packs
from rmdesk.store.sync.copies import merge_copy
from rmdesk.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sample_data import populate
from tests.store.sync.exchange import ACTION, PACK_WORDS, REL

WORDS = passphrase_bytes(PACK_WORDS)


def _open(path: Path) -> Vault:
    return Vault.open(path, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF)


def _merge(into: Vault, other: Path, passphrase: str = PASSPHRASE) -> str:
    from rmdesk.store.sync.summary import describe

    result = merge_copy(into.db, into.path, other, passphrase_bytes(passphrase), kdf=FAST_KDF)
    return describe(result.summary)


def _pack(source: Vault, file: Path, into: Vault) -> packs.ImportResult:
    packs.export_pack(source.db, REL, file, passphrase_bytes(PACK_WORDS), kdf=FAST_KDF)
    return packs.import_pack(
        into.db, packs.read_pack(file, passphrase_bytes(PACK_WORDS), kdf=FAST_KDF)
    )


def test_a_laptop_a_desktop_and_the_mentor(tmp_path: Path) -> None:
    laptop_path = tmp_path / "laptop" / "vault.rmdesk"
    with Vault.create(laptop_path, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as v:
        populate(v.db)
    (tmp_path / "desktop").mkdir()
    desktop_path = tmp_path / "desktop" / "vault.rmdesk"
    desktop_path.write_bytes(laptop_path.read_bytes())  # a sync tool's copy
    mentor = Vault.create(
        tmp_path / "mentor" / "v.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST_KDF
    )
    laptop, desktop = _open(laptop_path), _open(desktop_path)
    try:
        _pack(laptop, tmp_path / "1.rmpack", mentor)
        # The mentor edits; the leader opens her pack on the laptop, edits privately there.
        mentor.db.execute("UPDATE action_item SET what = 'her wording' WHERE uuid = ?", (ACTION,))
        _pack(mentor, tmp_path / "2.rmpack", laptop)
        laptop.db.execute(
            "UPDATE action_item SET private_note = 'laptop note' WHERE uuid = ?", (ACTION,)
        )
        # Meanwhile on the desktop: a reflection.
        desktop.db.execute("UPDATE reflection SET body = 'written on the desktop'")
        before = json_format.export_json(laptop.db, include_private=True)
        laptop.close()
        assert _merge(desktop, laptop_path) == "1 action updated"
        assert json_format.export_json(desktop.db, include_private=True) != before
        row = desktop.db.query_one(
            "SELECT what, private_note FROM action_item WHERE uuid = ?", (ACTION,)
        )
        assert tuple(row) == ("her wording", "laptop note")
        # The mentor edits again and sends it to the desktop: it knows her last version.
        mentor.db.execute(
            "UPDATE action_item SET what = 'her second wording' WHERE uuid = ?", (ACTION,)
        )
        result = _pack(mentor, tmp_path / "3.rmpack", desktop)
        assert result.summary.conflict_count == 0 and result.summary.updated["action_item"] == 1
        # And the laptop catches up with the desktop without a conflict.
        desktop.close()
        laptop = _open(laptop_path)
        summary = _merge(laptop, desktop_path)
        assert "conflict" not in summary
        assert json_format.export_json(laptop.db, include_private=True) == json_format.export_json(
            _read_only(desktop_path).db, include_private=True
        )
    finally:
        for v in (laptop, desktop, mentor):
            v.close()


def _read_only(path: Path) -> Vault:
    vault = _open(path)
    vault.close()
    return _open(path)


def _two_copies(tmp_path: Path) -> tuple[Path, Path]:
    """A vault and a copy of it whose goals were then renamed."""
    path = tmp_path / "a" / "vault.rmdesk"
    with Vault.create(path, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as v:
        populate(v.db)
    (tmp_path / "b").mkdir()
    other = tmp_path / "b" / "vault.rmdesk"
    other.write_bytes(path.read_bytes())
    with _open(other) as o:
        o.db.execute("UPDATE goal SET title = 'other'")
    return path, other


def test_the_other_copy_is_not_changed_and_bad_input_changes_nothing(tmp_path: Path) -> None:
    path, other = _two_copies(tmp_path)
    stamp = other.read_bytes()
    with _open(path) as v:
        before = json_format.export_json(v.db, include_private=True)
        with pytest.raises(WrongPassphraseError):
            _merge(v, other, "not the passphrase")
        with pytest.raises(SameVaultFileError):
            _merge(v, path)
        assert json_format.export_json(v.db, include_private=True) == before
        assert _merge(v, other) == "2 goals updated"
        assert _merge(v, other) == "nothing new"
    assert other.read_bytes() == stamp


def test_a_merge_or_a_pack_is_no_rolled_back_vault_at_the_next_opening(tmp_path: Path) -> None:
    path, other = _two_copies(tmp_path)
    mentor = Vault.create(
        tmp_path / "mentor" / "v.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST_KDF
    )
    with _open(path) as v, mentor:
        assert _merge(v, other) == "2 goals updated"
        _pack(v, tmp_path / "1.rmpack", mentor)
        mentor.db.execute("UPDATE action_item SET what = 'her wording' WHERE uuid = ?", (ACTION,))
        _pack(mentor, tmp_path / "2.rmpack", v)
    for again in (path, mentor.path):
        with _open(again) as reopened:
            assert reopened.seen_check is not None and not reopened.rolled_back
