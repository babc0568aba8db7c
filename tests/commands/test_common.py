"""Passphrase reading and the progress line, in-process with byte streams."""

from __future__ import annotations

import io

import pytest

from rmdesk.commands.common import Console, ProgressLine, UsageError


def _console(data: bytes) -> Console:
    return Console(
        stdin=io.BytesIO(data), stdout=io.StringIO(), stderr=io.StringIO(), interactive=False
    )


def test_one_passphrase_per_line_keeping_spaces_and_stripping_only_the_ending() -> None:
    console = _console(b" spaced out \r\nsecond\nlast-without-newline")
    assert console.passphrase("Passphrase") == bytearray(b" spaced out ")
    assert console.passphrase("Passphrase") == bytearray(b"second")
    assert console.passphrase("Passphrase") == bytearray(b"last-without-newline")


def test_passphrases_are_nfc_normalised() -> None:
    decomposed = "cafe\u0301\n".encode()
    assert _console(decomposed).passphrase("Passphrase") == bytearray("café".encode())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "found the end of input"),
        (b"\xff\xfe\n", "not UTF-8"),
    ],
)
def test_missing_or_undecodable_lines_are_usage_errors(data: bytes, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        _console(data).passphrase("Passphrase")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"one\ntwo\n", "differ"),
        (b"\n\n", "empty"),
        (b"only one\n", "end of input"),
        (b"same\nsame\n", "too weak"),
    ],
)
def test_new_passphrase_must_be_typed_twice_the_same_and_strong(data: bytes, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        _console(data).new_passphrase()
    strong = "plum orbit candle marsh quietly"
    assert _console(f"{strong}\n{strong}\n".encode()).new_passphrase() == bytearray(strong.encode())


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_only_on_a_terminal() -> None:
    terminal = _Terminal()
    line = ProgressLine(terminal, "Importing", min_interval=0)
    line.update(500, 1000)
    line.update(1000, 1000)
    line.finish()
    assert terminal.getvalue() == (
        "\rImporting: 500 / 1,000 rows (50%)\rImporting: 1,000 / 1,000 rows (100%)\n"
    )
    pipe = io.StringIO()
    quiet = ProgressLine(pipe, "Importing")
    quiet.update(1, 2)
    quiet.finish()
    assert pipe.getvalue() == ""
