"""Qt's own command-line options are taken out before rmdesk's parser sees them."""

from __future__ import annotations

from rmdesk.commands.qt_options import split_qt_options


def test_qt_options_are_taken_out_before_parsing() -> None:
    assert split_qt_options(["-platform", "xcb", "--demo", "-style=fusion", "--reverse"]) == (
        ["--demo"],
        ["-platform", "xcb", "-style=fusion", "--reverse"],
    )
    assert split_qt_options(["vault", "backup", "--rotate", "dir"]) == (
        ["vault", "backup", "--rotate", "dir"],
        [],
    )
    assert split_qt_options(["export", "--", "-style"]) == (["export", "--", "-style"], [])
