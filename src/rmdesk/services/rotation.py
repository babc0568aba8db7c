"""Timestamped backup names and pruning of old ones, touching only files we named.

A rotated backup is ``rmdesk-YYYYMMDDTHHMMSSZ.rmdesk`` (UTC), or ``...Z-2.rmdesk`` when two
runs fall in the same second. Pruning keeps the newest N files matching exactly that pattern
(and, for automatic backups, the newest of each of the last ``weeks`` calendar weeks) and
deletes the rest; anything else in the folder is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from rmdesk.store.files import remove_matching, temp_name_pattern

BACKUP_NAME = re.compile(r"^rmdesk-(\d{8}T\d{6}Z)(?:-(\d{1,4}))?\.rmdesk$")
# The temp file a rotated backup is written to before it is checked and renamed
# (store.files.atomic_path); one is left behind only when the process was killed mid-copy.
TEMP_NAME = re.compile(r"^\.rmdesk-\d{8}T\d{6}Z(?:-\d{1,4})?\.rmdesk\.[^/]+\.tmp$")
STALE_TEMP_AGE = timedelta(days=1)


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
    per-target clean-up of ``backup_to`` never meets them). Only where no other backup can be
    running: the command line, under the data folder's lock."""
    return remove_matching(folder, temp_name_pattern(BACKUP_NAME.pattern[1:-1]))


def backup_time(path: Path) -> datetime:
    """When a rotated backup was made, from its name (UTC)."""
    match = BACKUP_NAME.match(path.name)
    if match is None:
        raise ValueError(f"{path.name} is not a rotated backup name")
    return datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def _week_start(moment: datetime) -> date:
    day = moment.astimezone(UTC).date()
    return day - timedelta(days=day.weekday())  # the Monday (UTC) of its ISO week


def kept_backups(
    made: Sequence[datetime], now: datetime, *, keep: int, weeks: int = 0
) -> set[datetime]:
    """Which backups a rotation keeps: the newest ``keep``, plus the newest backup of each of
    the last ``weeks`` calendar weeks (Monday to Sunday, UTC; the current week counts as one).

    Calendar weeks, not "7 days before now", so a week's representative never changes once
    the week is over: the weekly copies stay put while new backups come and go.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    newest_first = sorted(made, reverse=True)
    kept = set(newest_first[:keep])
    if weeks > 0:
        this_week = _week_start(now)
        oldest_week = this_week - timedelta(weeks=weeks - 1)
        seen_weeks: set[date] = set()
        for moment in newest_first:
            week = _week_start(moment)
            if oldest_week <= week <= this_week and week not in seen_weeks:
                seen_weeks.add(week)
                kept.add(moment)
    return kept


def prune(folder: Path, keep: int, *, weeks: int = 0, now: datetime | None = None) -> list[Path]:
    """Delete our backups beyond the newest ``keep`` (and beyond one a week for ``weeks``
    weeks); returns what was deleted."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    ours = rotated_backups(folder)
    # Two backups in one second differ only by their counter: rank them by (time, counter).
    ranked = [backup_time(path) + timedelta(microseconds=_order(path)[1]) for path in ours]
    kept = kept_backups(ranked, now or datetime.now(UTC), keep=keep, weeks=weeks)
    doomed = [path for path, moment in zip(ours, ranked, strict=True) if moment not in kept]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def sweep_stale_temps(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete temp files of our backups older than a day (a killed backup's leftovers)."""
    cutoff = (now or datetime.now(UTC)) - STALE_TEMP_AGE
    swept: list[Path] = []
    for path in folder.iterdir():
        if not TEMP_NAME.match(path.name) or path.is_symlink() or not path.is_file():
            continue
        if datetime.fromtimestamp(path.stat().st_mtime, tz=UTC) < cutoff:
            path.unlink(missing_ok=True)
            swept.append(path)
    return swept
