"""Timestamped backup names and pruning of old ones, touching only files we named.

A rotated backup is ``rmdesk-YYYYMMDDTHHMMSSZ.rmdesk`` (UTC), or ``...Z-2.rmdesk`` when two
runs fall in the same second. Pruning keeps the newest N files matching exactly that pattern
and deletes the rest; anything else in the folder is never touched.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from rmdesk.store.files import remove_matching, temp_name_pattern

BACKUP_NAME = re.compile(r"^rmdesk-(\d{8}T\d{6}Z)(?:-(\d{1,4}))?\.rmdesk$")


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def next_backup_path(folder: Path, now: datetime | None = None) -> Path:
    """A fresh name in ``folder`` for a backup made ``now``."""
    stamp = _stamp(now)
    candidate = folder / f"rmdesk-{stamp}.rmdesk"
    counter = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = folder / f"rmdesk-{stamp}-{counter}.rmdesk"
        counter += 1
    return candidate


def _order(path: Path) -> tuple[str, int]:
    match = BACKUP_NAME.match(path.name)
    assert match is not None
    return (match.group(1), int(match.group(2) or 1))


def rotated_backups(folder: Path) -> list[Path]:
    """Our own backup files in ``folder``, newest first (regular files only, no symlinks)."""
    found = [
        path
        for path in folder.iterdir()
        if BACKUP_NAME.match(path.name) and path.is_file() and not path.is_symlink()
    ]
    return sorted(found, key=_order, reverse=True)


def remove_stale_temps(folder: Path) -> list[Path]:
    """The temp copies killed rotated backups left (each run has another name, so the
    per-target clean-up of ``backup_to`` never meets them)."""
    return remove_matching(folder, temp_name_pattern(BACKUP_NAME.pattern[1:-1]))


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete our backups beyond the newest ``keep``; returns what was deleted."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    doomed = rotated_backups(folder)[keep:]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
