"""Argument parsing, help text and the GUI fallback, in-process (no vault needed)."""

from __future__ import annotations

import pytest

from rmdesk import __version__, cli


def test_no_subcommand_starts_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str | None, bool]] = []

    def fake_launch(*, data_dir: str | None, demo: bool) -> int:
        calls.append((data_dir, demo))
        return 0

    monkeypatch.setattr("rmdesk.gui_launcher.launch_gui", fake_launch)
    assert cli.main(["--data-dir", "/tmp/x", "--demo"]) == 0
    assert cli.main([]) == 0
    assert calls == [("/tmp/x", True), (None, False)]


def test_help_documents_exit_codes_and_passphrase_order(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["vault", "backup", "--help"], ["import", "--help"]):
        with pytest.raises(SystemExit) as done:
            cli.main(argv)
        assert done.value.code == 0
        text = capsys.readouterr().out
        assert "exit codes:" in text and "24  vault in use" in text and "30  bad input file" in text
        assert "current, new, new again" in text


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert capsys.readouterr().out.strip() == f"rmdesk {__version__}"


@pytest.mark.parametrize(
    "argv",
    [
        ["vault"],
        ["vault", "backup"],
        ["vault", "backup", "f.rmdesk", "--rotate", "dir"],
        ["vault", "backup", "--rotate", "dir", "--keep", "0"],
        ["export", "out.json"],
        ["export", "--format", "pdf", "out.pdf"],
        ["--demo", "vault", "check"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(argv)
    assert done.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_keep_without_rotate_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["vault", "backup", "f.rmdesk", "--keep", "3"]) == 2
    assert "--keep only applies" in capsys.readouterr().err


def test_data_dir_after_the_subcommand_wins() -> None:
    args = cli.build_parser().parse_args(["--data-dir", "a", "vault", "check", "--data-dir", "b"])
    assert args.data_dir == "b"
    args = cli.build_parser().parse_args(["--data-dir", "a", "vault", "check"])
    assert args.data_dir == "a"


def test_every_command_in_the_parser_has_a_handler_and_no_handler_is_unreachable() -> None:
    import argparse

    from rmdesk.cli import build_parser
    from rmdesk.commands import HANDLERS

    named: set[str] = set()

    def walk(parser: argparse.ArgumentParser) -> None:
        handler = parser.get_default("handler")
        if handler is not None:
            named.add(handler)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)

    walk(build_parser())
    assert named == set(HANDLERS)
