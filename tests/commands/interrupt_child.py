"""``rmdesk import`` with Ctrl-C landing right after the import's COMMIT returned.

Run as ``python -m tests.commands.interrupt_child --data-dir DIR import FILE``. The real command
runs on real files; the only change is that SIGINT is sent to the process at the moment the
import's transaction has committed — the moment a person's Ctrl-C can hit by chance.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from rmdesk import cli
from rmdesk.store import portable

_load = portable.load


def _load_then_interrupt(*args: Any, **kwargs: Any) -> dict[str, int]:
    counts = _load(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGINT)
    return counts


if __name__ == "__main__":
    portable.load = _load_then_interrupt  # type: ignore[assignment]
    sys.exit(cli.main(sys.argv[1:]))
