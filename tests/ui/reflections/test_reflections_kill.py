"""A journal killed (SIGKILL) a little over a second after typing stops has saved the text."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from rmdesk.demo import fill_demo
from rmdesk.paths import DataPaths
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
TEXT = "Killed mid thought yet nothing lost aubergine"
PAUSE_SECONDS = 1.2  # "a kill after a pause of a second loses at most that second"


def test_kill_after_a_pause_keeps_the_typed_text(data_paths: DataPaths) -> None:
    with Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        fill_demo(Repositories.from_db(vault.db), date(2026, 11, 24))
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.ui.reflection_child",
            str(data_paths.vault),
            PASSPHRASE,
            TEXT,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "typed", child.stderr.read() if child.stderr else line
        # The one wait this test needs: the real time a person pauses before the kill.
        time.sleep(PAUSE_SECONDS)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL

    with Vault.open(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        reflections = Repositories.from_db(vault.db).reflections
        hits = reflections.search("aubergine")
        assert len(hits) == 1
        saved = reflections.get(hits[0].reflection_id)
        assert saved is not None and saved.body == TEXT
        assert vault.verify().ok
