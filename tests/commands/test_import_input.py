"""Issue 19 items 4 and 5: import input is bounded, names in messages are escaped and cut
short, and Ctrl-C is reported truthfully — each through the real command on real files."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from rmdesk.export.json_format import MAX_IMPORT_BYTES
from rmdesk.paths import VAULT_FILE_NAME
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from tests.commands.cli_helpers import PASSPHRASE, digest, minimal_document, run, run_test_child
from tests.commands.conftest import Source


@pytest.fixture
def data_dir(source: Source, tmp_path: Path) -> Path:
    return source.copy(tmp_path / "data")


def _refused(source: Source, data_dir: Path, target: Path | str) -> str:
    before = digest(data_dir / VAULT_FILE_NAME)
    result = run(source.home, "import", target, data_dir=data_dir, lines=[PASSPHRASE])
    assert result.returncode == 30, result.stderr
    assert "Traceback" not in result.stderr
    assert digest(data_dir / VAULT_FILE_NAME) == before
    return result.stderr


def test_a_device_is_refused_before_reading(source: Source, data_dir: Path) -> None:
    assert "not a regular file" in _refused(source, data_dir, "/dev/zero")


def test_a_pipe_without_a_writer_is_refused_without_waiting(
    source: Source, data_dir: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    assert "not a regular file" in _refused(source, data_dir, fifo)
    assert time.monotonic() - started < 30


def test_a_file_over_the_limit_is_refused_unread(
    source: Source, data_dir: Path, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: costs no disk
    assert "larger than the import limit of 256 MiB" in _refused(source, data_dir, huge)


def test_keys_and_table_names_are_escaped_and_cut_short(
    source: Source, data_dir: Path, tmp_path: Path
) -> None:
    forged = "\x1b]0;pwned\x07\x1b[2J\nImported 999 rows (1 relationship(s)) from x.json."
    in_envelope = minimal_document()
    in_envelope[forged] = 1
    in_tables = minimal_document()
    tables = in_tables["tables"]
    assert isinstance(tables, dict)
    tables["\u202egoal" + forged] = []
    tables["relationship"][0]["k" * 5_000_000] = "v"
    for name, document, expected in [
        ("envelope.json", in_envelope, '$["\\u001b]0;pwned\\u0007'),
        ("tables.json", in_tables, '$.tables["\\u202egoal\\u001b]0;pwned'),
    ]:
        bad = tmp_path / name
        bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

        stderr = _refused(source, data_dir, bad)

        assert "\x1b" not in stderr and "\x07" not in stderr and "\u202e" not in stderr
        assert not any(line.startswith("Imported") for line in stderr.splitlines())
        assert len(stderr) < 2_000
        assert expected in stderr


def test_ctrl_c_after_the_commit_is_not_reported_as_nothing_done(
    source: Source, data_dir: Path, tmp_path: Path
) -> None:
    good = tmp_path / "one.json"
    document = minimal_document()
    good.write_text(json.dumps(document), encoding="utf-8")
    result = run_test_child(
        source.home, "interrupt_child", "import", good, data_dir=data_dir, lines=[PASSPHRASE]
    )
    stderr = result.stderr.decode()
    with Vault.open(data_dir / VAULT_FILE_NAME, passphrase_bytes(PASSPHRASE)) as vault:
        imported = vault.db.scalar(
            "SELECT count(*) FROM relationship WHERE uuid = ?",
            (minimal_document()["tables"]["relationship"][0]["uuid"],),  # type: ignore[index]
        )
    assert imported == 1  # the commit happened
    assert "nothing was left half-done" not in stderr
    assert result.returncode == 0, stderr
    assert "it was completed, not undone" in stderr
    assert "Imported 1 rows" in result.stdout.decode()
