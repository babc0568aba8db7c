"""One rmdesk per data folder: a second holder is refused, a killed holder's lock recovers."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from rmdesk.store.errors import VaultInUseError
from rmdesk.store.instance_lock import InstanceLock
from tests.store.children import kill_and_collect, read_line, spawned


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_lock_held_by_another_process_refuses_us_until_that_process_is_killed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "vault.lock"
    with spawned("hold-lock", str(path)) as holder:
        assert read_line(holder) == "locked"
        lock = InstanceLock(path)
        with pytest.raises(VaultInUseError) as caught:
            lock.acquire()
        assert not lock.held
        assert caught.value.exit_code == VaultInUseError.exit_code
        kill_and_collect(holder)  # no clean-up runs: the kernel alone drops the lock
    with InstanceLock(path) as recovered:
        assert recovered.held


def test_a_second_lock_in_the_same_process_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "vault.lock"
    first = InstanceLock(path)
    first.acquire()
    try:
        with pytest.raises(VaultInUseError):
            InstanceLock(path).acquire()
        first.acquire()  # re-acquiring what we hold is a no-op
        assert first.held
    finally:
        first.release()
    first.release()  # releasing twice is harmless
    with InstanceLock(path):
        pass


def test_the_lock_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "vault.lock"
    with InstanceLock(path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
