"""A real ``rmdesk`` command that SIGKILLs itself just as a finished file is given its name.

Run as ``python -m tests.commands.kill_child ARGS...`` (the command line of ``rmdesk``). The first
step that makes a written file appear under a name — ``link_fd`` (naming a nameless file) or
``os.replace`` — kills the process instead: the moment a power cut or ``kill -9`` can hit,
pinned. (On code without ``link_fd`` the patch is harmless.)
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from rmdesk import cli
from rmdesk.store import files


def _die(*_args: Any, **_kwargs: Any) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    os.replace = _die
    os.link = _die
    files.link_fd = _die  # type: ignore[assignment]
    sys.exit(cli.main(sys.argv[1:]))
