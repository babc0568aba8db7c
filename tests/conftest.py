"""Shared fixtures. Qt runs offscreen; no test touches the real home or settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from rmdesk.paths import DataPaths
from rmdesk.store.kdf import KdfParams, passphrase_bytes
from rmdesk.store.vault import Vault

# A cheap scrypt setting for tests that open many vaults; the real setting is exercised by
# the subprocess tests and the vault's own KDF test.
FAST_KDF = KdfParams(version=1, log2_n=10)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.delenv("RMDESK_DATA_DIR", raising=False)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    root = tmp_path / "data"
    root.mkdir(mode=0o700)
    return DataPaths(root)


@pytest.fixture
def vault(data_paths: DataPaths) -> Iterator[Vault]:
    """A fresh encrypted vault file under tmp_path, opened with the test passphrase."""
    opened = Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF)
    try:
        yield opened
    finally:
        opened.close()
