"""Where rmdesk keeps its files. The only module that asks platformdirs.

Precedence for the data folder: an explicit ``--data-dir``, then ``RMDESK_DATA_DIR``, then the
platform's per-user data folder. Every folder we create is mode 0700 so that other local users
cannot even list what is there.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "rmdesk"
ENV_DATA_DIR = "RMDESK_DATA_DIR"
VAULT_FILE_NAME = "vault.rmdesk"
LOCK_FILE_NAME = "vault.lock"
BACKUP_DIR_NAME = "backups"
UI_SETTINGS_FILE_NAME = "ui-state.ini"
LOG_DIR_NAME = "logs"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The files of one data folder."""

    root: Path

    @property
    def vault(self) -> Path:
        return self.root / VAULT_FILE_NAME

    @property
    def lock(self) -> Path:
        return self.root / LOCK_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR_NAME

    @property
    def ui_settings(self) -> Path:
        """Allow-listed UI state only (geometry, last section, timeouts); never content."""
        return self.root / UI_SETTINGS_FILE_NAME


def default_data_dir() -> Path:
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder chosen by argument, environment or platform default (not created)."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(ENV_DATA_DIR, "").strip()
    if from_env:
        return Path(from_env).expanduser().absolute()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents as 0700; tighten ``path`` itself if it exists
    with group or other access (it is our data folder). Raises OSError when impossible."""
    missing: list[Path] = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
        # mkdir's mode is filtered by the umask; set it explicitly.
        os.chmod(folder, PRIVATE_DIR_MODE)
    if not missing and path.is_dir() and path.stat().st_mode & 0o077:
        # Not ours to change (PermissionError): the files inside are still 0600.
        with contextlib.suppress(PermissionError):
            os.chmod(path, PRIVATE_DIR_MODE)
    return path


def log_dir(explicit_data_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where the log goes: ``logs/`` inside a data folder chosen by argument or environment
    (so a portable or test folder keeps its own), else the platform's per-user log folder."""
    if explicit_data_dir or os.environ.get(ENV_DATA_DIR, "").strip():
        return resolve_data_dir(explicit_data_dir) / LOG_DIR_NAME
    return platformdirs.user_log_path(APP_DIR_NAME, appauthor=False)


def data_paths(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    return DataPaths(resolve_data_dir(explicit))
