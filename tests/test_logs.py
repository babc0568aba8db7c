"""The log records what happened, never what anyone wrote; it is private to the user."""

from __future__ import annotations

import logging
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rmdesk import logs
from rmdesk.paths import ENV_DATA_DIR, log_dir

CANARY = "LOGCANARY my private words"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    path = logs.setup_logging(tmp_path / "logs")
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(False)


def test_the_log_is_private_to_the_user(log_file: Path) -> None:
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert "rmdesk" in log_file.read_text("utf-8")


def test_files_after_a_rollover_are_private_too(log_file: Path) -> None:
    for number in range(logs.MAX_BYTES // 60 + 50):
        logging.getLogger("rmdesk.test").info("event number %d with some padding text", number)
    rotated = log_file.with_name(log_file.name + ".1")
    assert rotated.exists()
    for path in (log_file, rotated):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_rollover_keeps_the_newest_lines_in_at_most_backup_count_older_files(
    log_file: Path,
) -> None:
    lines = (logs.MAX_BYTES // 60) * (logs.BACKUP_COUNT + 2)
    for number in range(lines):
        logging.getLogger("rmdesk.test").info("event number %d with some padding text", number)
    files = sorted(log_file.parent.glob(log_file.name + "*"))
    assert [path.name for path in files] == [
        log_file.name,
        *(f"{log_file.name}.{n}" for n in range(1, logs.BACKUP_COUNT + 1)),
    ]
    assert all(path.stat().st_size <= logs.MAX_BYTES for path in files)
    assert f"event number {lines - 1} " in log_file.read_text("utf-8")
    older = log_file.with_name(f"{log_file.name}.1").read_text("utf-8").splitlines()
    newest_before = int(older[-1].split("event number ")[1].split()[0])
    first_now = int(
        log_file.read_text("utf-8").splitlines()[0].split("event number ")[1].split()[0]
    )
    assert first_now == newest_before + 1  # nothing lost between the files


def test_a_logged_exception_keeps_where_and_what_kind_but_not_its_message(
    log_file: Path,
) -> None:
    try:
        raise KeyError(CANARY)
    except KeyError:
        logging.getLogger("rmdesk.test").exception("saving failed")
        logs.log_uncaught(sys.exc_info(), where="the main thread")  # type: ignore[arg-type]
    text = log_file.read_text("utf-8")
    assert "LOGCANARY" not in text
    assert "builtins.KeyError" in text
    assert "test_a_logged_exception_keeps_where" in text  # the function it happened in


def test_the_traceback_names_frames_and_type_only() -> None:
    try:
        raise ValueError(CANARY)
    except ValueError as error:
        text = logs.content_free_traceback(type(error), error.__traceback__)
    assert "LOGCANARY" not in text
    assert text.endswith("builtins.ValueError")


def test_logs_go_beside_an_explicit_data_folder_else_to_the_platform_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    assert log_dir(tmp_path / "data") == tmp_path / "data" / "logs"
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "env"))
    assert log_dir(None) == tmp_path / "env" / "logs"
    monkeypatch.delenv(ENV_DATA_DIR)
    assert "rmdesk" in log_dir(None).parts
