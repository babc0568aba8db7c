"""Qt's own command-line options (``-platform xcb``, ``-style fusion``...) for the app.

rmdesk's parser does not know them; they are taken out of the arguments before parsing and
handed to QApplication, which understands them. No Qt import here: the headless commands
must start without Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

# Options QGuiApplication / QApplication read, with and without a value (Qt's documentation
# of QGuiApplication and QApplication). Qt accepts one or two leading dashes.
WITH_VALUE = frozenset(
    {
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "display",
        "geometry",
        "title",
        "name",
        "style",
        "stylesheet",
        "session",
        "qmljsdebugger",
    }
)
FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync"})


def _name(argument: str) -> str:
    if argument.startswith("--"):
        argument = argument[2:]
    elif argument.startswith("-"):
        argument = argument[1:]
    else:
        return ""
    return argument.split("=", 1)[0]


def split_qt_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(rmdesk's arguments, Qt's options) from the command line after the program name."""
    ours: list[str] = []
    qt: list[str] = []
    items = list(argv)
    index = 0
    while index < len(items):
        argument = items[index]
        name = _name(argument)
        if argument == "--":
            ours += items[index:]
            break
        if (name in FLAGS and "=" not in argument) or (name in WITH_VALUE and "=" in argument):
            qt.append(argument)
        elif name in WITH_VALUE and index + 1 < len(items):
            qt += [argument, items[index + 1]]
            index += 1
        else:
            ours.append(argument)
        index += 1
    return ours, qt
