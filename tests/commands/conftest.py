"""A populated vault made once by ``rmdesk vault create`` (real KDF), shared by the CLI tests.

Tests that change a vault work on a copy (``Source.copy``), so sharing does not couple them.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from rmdesk.paths import VAULT_FILE_NAME
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from tests.commands.cli_helpers import PASSPHRASE, run
from tests.sample_data import populate


@dataclass(frozen=True)
class Source:
    home: Path
    data_dir: Path
    created: subprocess.CompletedProcess[str]

    @property
    def vault(self) -> Path:
        return self.data_dir / VAULT_FILE_NAME

    def copy(self, target_dir: Path) -> Path:
        """A closed copy of the vault in a fresh data folder; returns the folder."""
        target_dir.mkdir(mode=0o700, parents=True)
        shutil.copy2(self.vault, target_dir / VAULT_FILE_NAME)
        return target_dir


@pytest.fixture(scope="session")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    home = tmp_path_factory.mktemp("cli-home")
    data_dir = tmp_path_factory.mktemp("cli-source") / "data"
    created = run(home, "vault", "create", data_dir=data_dir, lines=[PASSPHRASE, PASSPHRASE])
    assert created.returncode == 0, created.stderr
    with Vault.open(data_dir / VAULT_FILE_NAME, passphrase_bytes(PASSPHRASE)) as vault:
        populate(vault.db)
    return Source(home=home, data_dir=data_dir, created=created)
