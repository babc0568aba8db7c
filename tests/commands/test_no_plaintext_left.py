"""Issue 19 item 3: a command killed mid-write leaves no plaintext behind, and the temp
copies killed backups and restores leave are cleared by the next run (real child processes,
real files, SIGKILL at the worst moment)."""

from __future__ import annotations

import signal
from pathlib import Path

from rmdesk.paths import VAULT_FILE_NAME
from tests.commands.cli_helpers import PASSPHRASE, run, run_test_child
from tests.commands.conftest import Source
from tests.sample_data import PRIVATE_CANARY, SHARED_CANARY


def killed(source: Source, data_dir: Path, *args: str | Path) -> None:
    done = run_test_child(source.home, "kill_child", *args, data_dir=data_dir, lines=[PASSPHRASE])
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()


def readable_copies(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if PRIVATE_CANARY.encode() in data or SHARED_CANARY.encode() in data:
                found.append(path.name)
    return sorted(found)


def test_a_killed_export_leaves_no_plaintext(source: Source, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    killed(
        source,
        source.data_dir,
        "export",
        "--format",
        "json",
        "--include-private",
        out_dir / "all.json",
    )
    assert readable_copies(out_dir) == []


def test_a_killed_export_over_an_old_one_is_cleared_by_the_next(
    source: Source, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "all.json"
    target.write_text("an older export\n")
    killed(source, source.data_dir, "export", "--format", "json", "--include-private", target)
    assert target.read_text() == "an older export\n"

    again = run(
        source.home,
        "export",
        "--format",
        "json",
        "--include-private",
        target,
        data_dir=source.data_dir,
        lines=[PASSPHRASE],
    )

    assert again.returncode == 0, again.stderr
    assert readable_copies(out_dir) == ["all.json"]
    assert sorted(p.name for p in out_dir.iterdir()) == ["all.json"]


def test_killed_backups_and_restores_leave_no_temp_copies_after_the_next_run(
    source: Source, tmp_path: Path
) -> None:
    data_dir = source.copy(tmp_path / "data")
    rotated = tmp_path / "rotated"
    killed(source, data_dir, "vault", "backup", "--rotate", rotated)
    assert [p.name for p in rotated.iterdir() if p.name.endswith(".tmp")]  # left by the kill
    backup = tmp_path / "one.rmdesk"
    killed(source, data_dir, "vault", "backup", backup)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".one.rmdesk.")]
    made = run(source.home, "vault", "backup", backup, data_dir=data_dir, lines=[PASSPHRASE])
    assert made.returncode == 0, made.stderr
    killed(source, data_dir, "vault", "restore", backup)
    assert [p.name for p in data_dir.iterdir() if p.name.endswith(".tmp")]

    for args in (("vault", "backup", "--rotate", rotated), ("vault", "check")):
        done = run(source.home, *args, data_dir=data_dir, lines=[PASSPHRASE])
        assert done.returncode == 0, done.stderr

    assert [p.name for p in rotated.iterdir() if p.name.startswith(".")] == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".one.rmdesk.")] == []
    left = {p.name for p in data_dir.iterdir() if p.name != "backups"}
    # The vault, and perhaps the lock file and the record of the newest vault seen.
    assert VAULT_FILE_NAME in left
    assert left <= {VAULT_FILE_NAME, "vault.lock", "vault.seen"}
