"""Issue 19 item 5: the command line says what really happened (real child processes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmdesk.paths import LOCK_FILE_NAME, VAULT_FILE_NAME
from rmdesk.store.engine import PAGE_SIZE
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from tests.commands.cli_helpers import PASSPHRASE, digest, run
from tests.commands.conftest import Source


def test_an_all_zero_vault_is_damaged_not_a_wrong_passphrase(
    source: Source, tmp_path: Path
) -> None:
    data_dir = source.copy(tmp_path / "data")
    vault = data_dir / VAULT_FILE_NAME
    vault.write_bytes(bytes(vault.stat().st_size))
    result = run(source.home, "vault", "check", data_dir=data_dir, lines=[PASSPHRASE])
    assert result.returncode == 21, result.stderr
    assert "damaged" in result.stderr
    assert vault.read_bytes() == bytes(vault.stat().st_size)


@pytest.mark.parametrize(
    "args",
    [
        ("vault", "check"),
        ("vault", "create"),
        ("vault", "passwd"),
        ("export", "--format", "json", "out.json"),
        ("import", "in.json"),
    ],
)
def test_a_data_dir_that_is_a_file_is_a_path_error(
    source: Source, tmp_path: Path, args: tuple[str, ...]
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("not a folder\n")
    for data_dir in (not_a_folder, not_a_folder / "below"):
        result = run(
            source.home,
            *(str(tmp_path / a) if a.endswith(".json") else a for a in args),
            data_dir=data_dir,
            lines=[PASSPHRASE] * 3,
        )
        assert result.returncode == 31, result.stderr
        assert not_a_folder.read_text() == "not a folder\n"


@pytest.mark.parametrize(
    "name",
    [
        f"{VAULT_FILE_NAME}-journal",
        f"{VAULT_FILE_NAME}-wal",
        f"{VAULT_FILE_NAME}-shm",
        LOCK_FILE_NAME,
    ],
)
@pytest.mark.parametrize("command", ["backup", "export"])
def test_backups_and_exports_are_never_written_over_the_data_folders_own_files(
    source: Source, tmp_path: Path, name: str, command: str
) -> None:
    data_dir = source.copy(tmp_path / "data")
    target = data_dir / name
    args = (
        ("vault", "backup", target)
        if command == "backup"
        else ("export", "--format", "json", target)
    )
    vault_digest = digest(data_dir / VAULT_FILE_NAME)

    result = run(source.home, *args, data_dir=data_dir, lines=[PASSPHRASE])

    assert result.returncode == 2, result.stderr
    assert name in result.stderr
    assert not target.exists() or name == LOCK_FILE_NAME
    if target.exists():
        assert b"rmdesk-export" not in target.read_bytes()
    assert digest(data_dir / VAULT_FILE_NAME) == vault_digest


def test_export_of_a_vault_that_fails_its_checks_warns(source: Source, tmp_path: Path) -> None:
    data_dir = source.copy(tmp_path / "data")
    vault_path = data_dir / VAULT_FILE_NAME
    with Vault.open(vault_path, passphrase_bytes(PASSPHRASE)) as vault:
        vault.db.execute("CREATE TABLE scratch(x TEXT)")
        vault.db.execute("INSERT INTO scratch VALUES (hex(randomblob(3000)))")
        page = int(vault.db.scalar("SELECT rootpage FROM sqlite_master WHERE name = 'scratch'"))
        vault.db.execute("DROP TABLE scratch")  # its page is free now: no export reads it
    with open(vault_path, "r+b") as handle:  # one bit of rot in that free page
        handle.seek((page - 1) * PAGE_SIZE + 200)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0x01]))
    checked = run(source.home, "vault", "check", data_dir=data_dir, lines=[PASSPHRASE])
    assert checked.returncode == 21, checked.stdout

    out = tmp_path / "out.json"
    result = run(
        source.home, "export", "--format", "json", out, data_dir=data_dir, lines=[PASSPHRASE]
    )

    assert result.returncode == 0, result.stderr
    assert "failed its integrity checks" in result.stderr
    assert out.exists()
