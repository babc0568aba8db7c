"""``rmdesk export`` / ``rmdesk import`` in child processes against real vault files."""

from __future__ import annotations

import json
import os
import pty
import resource
import signal
import stat
import subprocess
from pathlib import Path

import pytest

from rmdesk.export import json_format
from rmdesk.paths import VAULT_FILE_NAME
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from tests.commands.cli_helpers import (
    PASSPHRASE,
    child_env,
    command,
    digest,
    kill_while_writing,
    run,
)
from tests.commands.conftest import Source
from tests.commands.test_vault_cmds import _assert_plain_failure
from tests.sample_data import PRIVATE_CANARY, SHARED_CANARY


@pytest.fixture(scope="module")
def exports(source: Source, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The source vault exported in all four ways (one child process each)."""
    folder = tmp_path_factory.mktemp("exports")
    out: dict[str, Path] = {}
    for fmt in ("json", "markdown"):
        for scope, extra in (("shared", []), ("all", ["--include-private"])):
            target = folder / f"{scope}.{fmt}"
            result = run(
                source.home,
                "export",
                "--format",
                fmt,
                *extra,
                target,
                data_dir=source.data_dir,
                lines=[PASSPHRASE],
            )
            assert result.returncode == 0, result.stderr
            assert "NOT encrypted" in result.stderr
            out[f"{scope}.{fmt}"] = target
    return out


def test_exports_are_private_files_and_shared_ones_hold_no_private_text(
    exports: dict[str, Path],
) -> None:
    for path in exports.values():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert not list(path.parent.glob(".*.tmp"))
    for name in ("shared.json", "shared.markdown"):
        data = exports[name].read_text(encoding="utf-8")
        assert SHARED_CANARY in data and PRIVATE_CANARY not in data, name
    everything = exports["all.json"].read_text(encoding="utf-8")
    assert everything.count(PRIVATE_CANARY) == 7  # 3 private columns, 4 in private tables
    assert json.loads(everything)["scope"] == "all"
    assert "PRIVATE" in exports["all.markdown"].read_text(encoding="utf-8")


def _import_on_a_terminal(source: Source, data_dir: Path, file: Path) -> tuple[int, str]:
    """Run an import with stderr on a pseudo-terminal, as a person at a terminal would see it."""
    master, slave = pty.openpty()
    try:
        child = subprocess.Popen(
            command("import", file, data_dir=data_dir),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=slave,
            env=child_env(source.home),
        )
        os.close(slave)
        assert child.stdin is not None
        child.stdin.write(f"{PASSPHRASE}\n".encode())
        child.stdin.close()
        seen = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        code = child.wait(timeout=60)
        assert child.stdout is not None
        child.stdout.close()
    finally:
        os.close(master)
    return code, seen.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def imported(
    source: Source, exports: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A fresh vault into which the full JSON export was imported; returns its data folder."""
    data_dir = tmp_path_factory.mktemp("imported") / "data"
    made = run(source.home, "vault", "create", data_dir=data_dir, lines=[PASSPHRASE, PASSPHRASE])
    assert made.returncode == 0, made.stderr
    code, terminal = _import_on_a_terminal(source, data_dir, exports["all.json"])
    assert code == 0, terminal
    assert "\rImporting: " in terminal and "rows (100%)" in terminal
    return data_dir


def test_export_import_export_is_byte_identical(
    source: Source, exports: dict[str, Path], imported: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.json"
    result = run(
        source.home,
        "export",
        "--format",
        "json",
        "--include-private",
        again,
        data_dir=imported,
        lines=[PASSPHRASE],
    )
    assert result.returncode == 0, result.stderr
    assert again.read_bytes() == exports["all.json"].read_bytes()


def _bad_files(exports: dict[str, Path], folder: Path) -> dict[str, tuple[Path, str]]:
    good = exports["all.json"].read_text(encoding="utf-8")
    document = json.loads(good)
    deep = json.loads(good)
    deep["tables"]["goal"][1]["progress"] = "x"
    newer = dict(document, version=2)
    files = {
        "malformed": ("{'format': 'rmdesk-export'}", "$: not valid JSON (line 1, column 2"),
        "truncated": (good[: len(good) // 2], "$: not valid JSON"),
        "newer": (json.dumps(newer), "$.version: written by a newer rmdesk"),
        "deep": (json.dumps(deep), '$.tables.goal[1].progress: expected an integer 0-100, got "x"'),
        "collision": (good, "already exists in this vault (UUID collision)"),
    }
    out = {}
    for name, (text, expected) in files.items():
        path = folder / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        out[name] = (path, expected)
    return out


def test_bad_files_change_nothing_and_name_the_json_path(
    source: Source, exports: dict[str, Path], imported: Path, tmp_path: Path
) -> None:
    vault = imported / VAULT_FILE_NAME
    before = digest(vault)
    for name, (path, expected) in _bad_files(exports, tmp_path).items():
        result = run(source.home, "import", path, data_dir=imported, lines=[PASSPHRASE])
        _assert_plain_failure(result, 30)
        assert expected in result.stderr, (name, result.stderr)
        assert "nothing was changed" in result.stderr
        assert digest(vault) == before, name
    missing = run(source.home, "import", tmp_path / "nope.json", data_dir=imported)
    _assert_plain_failure(missing, 30)


def test_export_on_a_full_disk_leaves_no_partial_file(source: Source, tmp_path: Path) -> None:
    def small_files() -> None:
        # Writing past 2 KiB fails with EFBIG (SIGXFSZ ignored), as a full disk would.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))

    target = tmp_path / "out.json"
    result = run(
        source.home,
        "export",
        "--format",
        "json",
        "--include-private",
        target,
        data_dir=source.data_dir,
        lines=[PASSPHRASE],
        preexec_fn=small_files,
    )
    _assert_plain_failure(result, 25)
    assert "disk is full" in result.stderr
    assert list(tmp_path.iterdir()) == []


def _big_document(count: int) -> bytes:
    stamp = "2026-01-05T10:00:00Z"
    rel = "44444444-4444-4444-8444-000000000001"
    relationship = {
        "uuid": rel,
        "my_role": "leader",
        "other_name": "Kai",
        "cadence": "weekly",
        "meeting_minutes": 30,
        "start_date": "2026-01-05",
        "created_at": stamp,
        "updated_at": stamp,
    }
    body = "lorem ipsum dolor sit amet " * 40
    reflections = [
        {
            "uuid": f"55555555-5555-4555-8555-{n:012d}",
            "relationship_uuid": rel,
            "body": body,
            "created_at": stamp,
            "updated_at": stamp,
        }
        for n in range(count)
    ]
    document = {
        "format": "rmdesk-export",
        "version": 1,
        "schema_version": 1,
        "scope": "all",
        "tables": {"relationship": [relationship], "reflection": reflections},
    }
    return json.dumps(document).encode()


@pytest.mark.slow
def test_an_import_killed_midway_leaves_the_vault_as_it_was(source: Source, tmp_path: Path) -> None:
    data_dir = source.copy(tmp_path / "data")
    vault_path = data_dir / VAULT_FILE_NAME
    with Vault.open(vault_path, passphrase_bytes(PASSPHRASE)) as vault:
        before = json_format.export_json(vault.db, include_private=True)
    big = tmp_path / "big.json"
    big.write_bytes(_big_document(60_000))
    journal = vault_path.with_name(VAULT_FILE_NAME + "-journal")
    kill_while_writing(
        source.home, "import", big, data_dir=data_dir, lines=[PASSPHRASE], journal=journal
    )
    with Vault.open(vault_path, passphrase_bytes(PASSPHRASE)) as vault:
        report = vault.verify()
        after = json_format.export_json(vault.db, include_private=True)
    assert report.ok, report
    assert after == before
