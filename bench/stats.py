"""Median, p95 and worst of a list of seconds, printed in milliseconds (shared by the benches)."""

from __future__ import annotations

import statistics


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def summary(values: list[float]) -> str:
    """``median 12.3 ms, p95 20.1 ms, worst 25.0 ms (n=40)``."""
    return (
        f"median {statistics.median(values) * 1000:.1f} ms, p95 {p95(values) * 1000:.1f} ms,"
        f" worst {max(values) * 1000:.1f} ms (n={len(values)})"
    )


def rss_mib(pid: int | str = "self") -> float:
    """Resident memory now (VmRSS), in MiB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def peak_rss_mib(pid: int | str = "self") -> float:
    """Peak resident memory (VmHWM), in MiB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")
