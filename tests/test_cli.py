"""Argument parsing, help text and the GUI fallback, in-process (no vault needed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from rmdesk import __version__, cli


def test_no_subcommand_starts_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str | None, bool, list[str]]] = []

    def fake_launch(*, data_dir: str | None, demo: bool, qt_options: Sequence[str] = ()) -> int:
        calls.append((data_dir, demo, list(qt_options)))
        return 0

    monkeypatch.setattr("rmdesk.gui_launcher.launch_gui", fake_launch)
    assert cli.main(["--data-dir", "/tmp/x", "--demo"]) == 0
    assert cli.main([]) == 0
    # Qt's own options go to Qt, not to rmdesk's parser.
    assert cli.main(["-platform", "xcb", "--demo", "-style=fusion"]) == 0
    assert calls == [
        ("/tmp/x", True, []),
        (None, False, []),
        (None, True, ["-platform", "xcb", "-style=fusion"]),
    ]


def test_qt_options_with_a_command_are_a_usage_error() -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["vault", "check", "-style", "fusion"])
    assert done.value.code == 2


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
    from rmdesk.commands.handlers import HANDLERS

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


def test_help_names_a_guide_that_exists_for_this_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A frozen folder (Linux, Windows): docs/ next to the program.
    folder = tmp_path / "rmdesk"
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "cli.md").write_text("guide")
    assert cli.cli_doc_location(str(folder / "rmdesk")) == str(folder / "docs" / "cli.md")
    # rmdesk.app: Contents/MacOS/rmdesk, the guide in Contents/Resources/docs.
    contents = tmp_path / "rmdesk.app" / "Contents"
    (contents / "MacOS").mkdir(parents=True)
    (contents / "Resources" / "docs").mkdir(parents=True)
    (contents / "Resources" / "docs" / "cli.md").write_text("guide")
    assert cli.cli_doc_location(str(contents / "MacOS" / "rmdesk")) == str(
        contents / "Resources" / "docs" / "cli.md"
    )
    # Anything else here (the venv of a checkout): the checkout's own docs/cli.md.
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    named = capsys.readouterr().out.split("More: ", 1)[1].split()[0]
    assert Path(named).is_file() and named.endswith("cli.md")
