"""``rmdesk share ...`` and ``rmdesk vault merge`` in child processes (real KDF, real files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmdesk.export import json_format
from rmdesk.paths import VAULT_FILE_NAME
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from tests.commands.cli_helpers import PASSPHRASE, digest, flip_byte, kill_while_writing, run
from tests.commands.conftest import Source
from tests.sample_data import PRIVATE_CANARY

WORDS = "maple river lantern orbit velvet harbor"


def _export(vault_path: Path) -> bytes:
    with Vault.open(vault_path, passphrase_bytes(PASSPHRASE)) as vault:
        return json_format.export_json(vault.db, include_private=True)


def test_two_vaults_exchange_packs_both_ways(source: Source, tmp_path: Path) -> None:
    leader = source.copy(tmp_path / "leader")
    mentor = tmp_path / "mentor"
    made = run(source.home, "vault", "create", data_dir=mentor, lines=[PASSPHRASE, PASSPHRASE])
    assert made.returncode == 0, made.stderr
    pack = tmp_path / "for-sam.rmpack"
    out = run(
        source.home,
        "share",
        "export",
        "--relationship",
        "sam",
        pack,
        data_dir=leader,
        lines=[PASSPHRASE, WORDS],
    )
    assert out.returncode == 0, out.stderr
    assert PRIVATE_CANARY.encode() not in pack.read_bytes()
    into = run(source.home, "share", "import", pack, data_dir=mentor, lines=[PASSPHRASE, WORDS])
    assert into.returncode == 0, into.stderr
    assert "Created the relationship with Dana" in into.stdout
    assert "the same in both vaults" in into.stdout
    assert PRIVATE_CANARY.encode() not in _export(mentor / VAULT_FILE_NAME)
    again = run(source.home, "share", "import", pack, data_dir=mentor, lines=[PASSPHRASE, WORDS])
    assert "nothing new" in again.stdout
    back = tmp_path / "for-dana.rmpack"
    out = run(
        source.home,
        "share",
        "export",
        "--relationship",
        "Dana",
        back,
        data_dir=mentor,
        lines=[PASSPHRASE, WORDS],
    )
    assert out.returncode == 0, out.stderr
    home = run(source.home, "share", "import", back, data_dir=leader, lines=[PASSPHRASE, WORDS])
    assert home.returncode == 0 and "nothing new" in home.stdout, home.stderr
    # What rmdesk itself took in is no older copy put in place (the rollback check).
    for data_dir in (leader, mentor):
        check = run(source.home, "vault", "check", data_dir=data_dir, lines=[PASSPHRASE])
        assert check.returncode == 0, check.stdout + check.stderr


def test_bad_packs_have_their_own_exit_codes(source: Source, tmp_path: Path) -> None:
    leader = source.copy(tmp_path / "leader")
    pack = tmp_path / "p.rmpack"
    lines = [PASSPHRASE, WORDS]
    args = ("share", "export", "--relationship", "Sam", pack)
    assert run(source.home, *args, data_dir=leader, lines=lines).returncode == 0
    before = digest(leader / VAULT_FILE_NAME)
    wrong = run(source.home, "share", "import", pack, data_dir=leader, lines=[PASSPHRASE, "no"])
    assert wrong.returncode == 34 and "does not open this pack" in wrong.stderr
    flip_byte(pack, pack.stat().st_size - 200)
    tampered = run(source.home, "share", "import", pack, data_dir=leader, lines=lines)
    assert tampered.returncode == 33 and "refused" in tampered.stderr
    assert "Traceback" not in wrong.stderr + tampered.stderr
    assert digest(leader / VAULT_FILE_NAME) == before
    weak = run(source.home, *args, data_dir=leader, lines=[PASSPHRASE, "abc"])
    assert weak.returncode == 2 and "too weak" in weak.stderr
    missing = run(
        source.home,
        "share",
        "export",
        "--relationship",
        "Nobody",
        pack,
        data_dir=leader,
        lines=lines,
    )
    assert missing.returncode == 2 and "Sam" in missing.stderr


def test_help_documents_the_exit_codes(source: Source) -> None:
    shown = run(source.home, "share", "import", "--help")
    assert "33  pack refused" in shown.stdout and "34  wrong pack passphrase" in shown.stdout
    assert "vault merge" in shown.stdout


@pytest.mark.slow
def test_a_merge_killed_midway_leaves_the_vault_as_it_was(source: Source, tmp_path: Path) -> None:
    data_dir = source.copy(tmp_path / "data")
    vault_path = data_dir / VAULT_FILE_NAME
    other = tmp_path / "other.rmdesk"
    # The other copy: the same vault with many rows added (a desktop used for a long time).
    with Vault.open(vault_path, passphrase_bytes(PASSPHRASE)) as vault:
        vault.backup_to(other)
        before = json_format.export_json(vault.db, include_private=True)
    with Vault.open(other, passphrase_bytes(PASSPHRASE)) as copy:
        rel = copy.db.scalar("SELECT id FROM relationship")
        stamp = "2026-05-01T10:00:00Z"
        with copy.db.transaction():
            copy.db.execute_many(
                "INSERT INTO reflection (uuid, relationship_id, body, created_at, updated_at)"
                " VALUES (?,?,?,?,?)",
                [
                    (f"66666666-6666-4666-8666-{n:012d}", rel, "lorem ipsum " * 30, stamp, stamp)
                    for n in range(8_000)
                ],
            )
    journal = vault_path.with_name(VAULT_FILE_NAME + "-journal")
    kill_while_writing(
        source.home,
        "vault",
        "merge",
        other,
        data_dir=data_dir,
        lines=[PASSPHRASE, PASSPHRASE],
        journal=journal,
    )
    with Vault.open(vault_path, passphrase_bytes(PASSPHRASE)) as vault:
        report = vault.verify()
        after = json_format.export_json(vault.db, include_private=True)
    assert report.ok, report
    assert after == before
    # And the merge, run to its end, takes every row in.
    done = run(source.home, "vault", "merge", other, data_dir=data_dir, lines=[PASSPHRASE] * 2)
    assert done.returncode == 0, done.stderr
    assert "8000 reflections added" in done.stdout


def test_a_conflict_is_listed_with_both_versions_and_settled(
    source: Source, tmp_path: Path
) -> None:
    here = source.copy(tmp_path / "here")
    there = source.copy(tmp_path / "there")
    for folder, title in ((here, "title from here"), (there, "title from there")):
        with Vault.open(folder / VAULT_FILE_NAME, passphrase_bytes(PASSPHRASE)) as vault:
            vault.db.execute(
                "UPDATE goal SET title = ? WHERE uuid = '00000000-0000-4000-8000-000000000003'",
                (title,),
            )
    other = there / VAULT_FILE_NAME
    merged = run(source.home, "vault", "merge", other, data_dir=here, lines=[PASSPHRASE] * 2)
    assert merged.returncode == 0 and "1 conflict" in merged.stdout, merged.stderr
    listed = run(source.home, "vault", "conflicts", data_dir=here, lines=[PASSPHRASE])
    assert "#1  goal: changed on both sides" in listed.stdout
    assert "title from here" in listed.stdout and "title from there" in listed.stdout
    settled = run(
        source.home, "vault", "resolve", "1", "--keep", "theirs", data_dir=here, lines=[PASSPHRASE]
    )
    assert settled.returncode == 0, settled.stderr
    assert "title from there" in _export(here / VAULT_FILE_NAME).decode()
    again = run(source.home, "vault", "conflicts", data_dir=here, lines=[PASSPHRASE])
    assert "No conflicts are waiting." in again.stdout
    check = run(source.home, "vault", "check", data_dir=here, lines=[PASSPHRASE])
    assert check.returncode == 0, check.stdout + check.stderr
