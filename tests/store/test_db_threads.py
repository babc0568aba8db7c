"""One connection, two threads: the UI thread's write never nests inside a background job's
transaction (where the job's rollback would take it away); it waits and then stands."""

from __future__ import annotations

import threading

from rmdesk.store.vault import Vault


class AbandonedError(Exception):
    pass


def test_a_write_from_another_thread_waits_for_the_open_transaction(vault: Vault) -> None:
    db = vault.db
    db.execute("CREATE TABLE probe (who TEXT)")
    job_inside = threading.Event()
    ui_started = threading.Event()
    ui_done = threading.Event()

    def ui_write() -> None:
        ui_started.set()
        with db.transaction():
            db.execute("INSERT INTO probe VALUES ('ui')")
        ui_done.set()

    def job() -> None:
        # A preview: writes, then rolls everything back on purpose.
        try:
            with db.transaction():
                db.execute("INSERT INTO probe VALUES ('job')")
                job_inside.set()
                assert ui_started.wait(5)
                # The UI thread is now trying to write: it must still be waiting.
                assert not ui_done.wait(0.3)
                raise AbandonedError
        except AbandonedError:
            pass

    worker = threading.Thread(target=job)
    worker.start()
    assert job_inside.wait(5)
    writer = threading.Thread(target=ui_write)
    writer.start()
    worker.join(10)
    writer.join(10)
    assert ui_done.is_set()
    assert [row[0] for row in db.query("SELECT who FROM probe")] == ["ui"]
