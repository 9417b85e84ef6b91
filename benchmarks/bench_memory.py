"""Benchmark the firewall's memory over many sessions: resident size stays flat when idle sessions are let go.

    python benchmarks/bench_memory.py [--sessions 100000] [--bound 1000] [--postgres URL] [--stores sqlite,postgresql]

Run from the repository root. Sessions arrive one after another (64 at a time), each with a user
message, a tool call and its result, through a firewall whose audit store records and checkpoints
them; the process's resident memory is printed every tenth of the run. Each store is measured twice:
with `sessions_in_memory = BOUND` (sessions beyond it are let go and would be restored from their
checkpoint) and, for contrast, with a bound above the session count (every session stays in memory).
The SQLite store is a temporary file with `audit_sync = "normal"` (memory, not the disk, is measured).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

from packs import policies_without_intent

from bastion.config import Config
from bastion.events import Message, ToolCall, ToolResult
from bastion.firewall import Firewall

ROOT = Path(__file__).resolve().parent.parent
POLICIES = policies_without_intent()
TOOLS = ROOT / "examples" / "tools.json"
CONCURRENT = 64


def resident_mib() -> float:
    """This process's resident set size (VmRSS), MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


async def one_session(firewall: Firewall, n: int) -> None:
    session = f"m{n}"
    await firewall.observe(Message(session=session, role="user", content=f"Summarise note {n} for me"))
    path = f"/home/user/notes/{n}.md"
    await firewall.decide(ToolCall(session=session, id="c1", tool="read_file", arguments={"path": path}))
    await firewall.observe(ToolResult(session=session, id="c1", content=f"Note {n}: call Ana at ana{n}@example.com"))


async def run(label: str, audit: str | Path, sessions: int, bound: int) -> list[tuple[int, float]]:
    config = Config(
        policies=POLICIES,
        tools=TOOLS,
        allowed_roots=("/home/user",),
        audit=audit,
        audit_sync="normal",
        sessions_in_memory=bound,
    )
    samples: list[tuple[int, float]] = []
    step = max(sessions // 10, CONCURRENT)
    started = time.perf_counter()
    async with Firewall.from_config(config) as firewall:
        await one_session(firewall, -1)
        samples.append((0, resident_mib()))
        for first in range(0, sessions, CONCURRENT):
            await asyncio.gather(*(one_session(firewall, n) for n in range(first, min(first + CONCURRENT, sessions))))
            done = min(first + CONCURRENT, sessions)
            if done % step < CONCURRENT or done == sessions:
                samples.append((done, resident_mib()))
        held = len(firewall._sessions)
    elapsed = time.perf_counter() - started
    growth = samples[-1][1] - samples[1][1]
    print(
        f"{label}: {sessions:,} sessions in {elapsed:.0f} s, {held:,} held in memory at the end; resident MiB "
        + ", ".join(f"{done // 1000}k {mib:.0f}" for done, mib in samples)
        + f"; growth after the first tenth {growth:+.1f} MiB"
    )
    return samples


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000, help="how many sessions")
    parser.add_argument("--bound", type=int, default=1000, help="sessions_in_memory for the bounded runs")
    parser.add_argument("--postgres", metavar="URL", help="also measure a PostgreSQL store (an empty database)")
    parser.add_argument("--stores", default="sqlite,postgresql", help="which of the stores to measure")
    parser.add_argument("--unbounded", action="store_true", help="also run each store with every session kept")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        stores = args.stores.split(",")
        targets: list[tuple[str, str | Path]] = []
        if "sqlite" in stores:
            targets.append(("sqlite", Path(tmp) / "memory.db"))
        if args.postgres and "postgresql" in stores:
            targets.append(("postgresql", args.postgres))
        for name, target in targets:
            await run(f"[{name}, sessions_in_memory={args.bound}]", target, args.sessions, args.bound)
            if args.unbounded:
                fresh = Path(tmp) / "unbounded.db" if name == "sqlite" else target
                await run(f"[{name}, every session kept]", fresh, args.sessions, args.sessions + 1)


if __name__ == "__main__":
    asyncio.run(main())
