"""``HANDLERS``: the one table from a command (as ``cli.py`` names it in ``set_defaults``) to
the function that runs it; importing this module imports every command module."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from rmdesk.commands import share, transfer, vault_cmds
from rmdesk.commands.common import Console
from rmdesk.paths import DataPaths

Handler = Callable[[DataPaths, Console, argparse.Namespace], int]

HANDLERS: dict[str, Handler] = {
    "vault create": vault_cmds.create,
    "vault check": vault_cmds.check,
    "vault backup": vault_cmds.backup,
    "vault restore": vault_cmds.restore,
    "vault passwd": vault_cmds.passwd,
    "vault merge": share.merge,
    "vault conflicts": share.conflicts,
    "vault resolve": share.resolve_,
    "share export": share.export,
    "share import": share.import_,
    "share words": share.words,
    "export": transfer.export,
    "import": transfer.import_,
}
