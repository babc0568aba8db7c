"""``vault check``: both integrity checks and the engine self-check, and their report lines."""

from __future__ import annotations

from rmdesk.services.progress import Progress, ignore
from rmdesk.store.vault import Vault, VerifyReport

MAX_REPORT_LINES = 10


def check_vault(vault: Vault, *, progress: Progress = ignore) -> VerifyReport:
    progress(0, 1)
    report = vault.verify()
    progress(1, 1)
    return report


def report_lines(report: VerifyReport) -> list[str]:
    """One line per check (problems indented below a failed one), then the schema."""

    def describe(name: str, problems: tuple[str, ...]) -> list[str]:
        if not problems:
            return [f"{name}: ok"]
        shown = [f"  {line}" for line in problems[:MAX_REPORT_LINES]]
        more = len(problems) - MAX_REPORT_LINES
        return [f"{name}: FAILED", *shown, *([f"  ... and {more} more"] if more > 0 else [])]

    integrity = () if report.integrity == ("ok",) else report.integrity
    return [
        *describe("Database integrity (integrity_check)", integrity),
        *describe("Encryption integrity (cipher_integrity_check)", report.cipher_integrity),
        *describe("Engine self-check", report.engine),
        f"Schema version: {report.schema_version}; pages: {report.pages}",
    ]
