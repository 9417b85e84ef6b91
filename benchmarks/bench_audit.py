"""Benchmark the audit store: recording throughput and the latency durable recording adds.

    python benchmarks/bench_audit.py [--seconds 5] [--sessions 32]

Run from the repository root (it uses policies/ and examples/tools.json). It measures:

1. Recording throughput: 32 concurrent sessions record decisions (the recorder writes the call,
   its decision and the session's checkpoint in one transaction, durable before the next call of
   that session, as the firewall does), for a fixed time.
2. Added latency: one session deciding calls one after another through a firewall with `audit`
   set; for each call, the time from the decision being made (its `latency_us`) to `decide`
   returning, i.e. what recording and checkpointing add, synced to disk.
3. For context, the whole firewall's throughput with 32 concurrent sessions, with and without audit.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Literal

from packs import policies_without_intent

from bastion.config import Config
from bastion.events import Decision, ToolCall, Verdict
from bastion.firewall import Firewall, StageContext
from bastion.store import AuditRecorder, SqliteStore

ROOT = Path(__file__).resolve().parent.parent
POLICIES = policies_without_intent()
TOOLS = ROOT / "examples" / "tools.json"


def _call(session: str, n: int) -> ToolCall:
    return ToolCall(
        session=session,
        id=f"c{n}",
        tool="send_money",
        arguments={"iban": "DE89370400440532013000", "amount": 1200 + n, "note": f"rent, month {n}"},
    )


def _decision(call: ToolCall) -> Decision:
    return Decision(
        session=call.session,
        id=call.call_id,
        tool=call.tool_name,
        verdict=Verdict.ASK,
        reasons=["the tool changes things outside this system (openWorldHint, not read-only); approval needed"],
        policy_ids=["ask-open-world-side-effect"],
        signals={"flags": [], "call_tokens": 31, "session_tokens": 400, "session_calls": 3},
        latency_us=180.0,
    )


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


async def recording_throughput(
    directory: Path, sessions: int, seconds: float, sync: Literal["full", "normal"]
) -> tuple[float, int, float]:
    store = SqliteStore(directory / f"throughput-{sync}.db", synchronous=sync)
    recorder = AuditRecorder(store, policy_version="bench")
    recorder.is_checkpointing = True  # as `Firewall.from_config` sets it: record and checkpoint commit together
    done = 0
    deadline = time.perf_counter() + seconds

    async def session(index: int) -> None:
        nonlocal done
        session_id = f"s{index}"
        slots: dict[str, dict[str, object]] = {"tokens": {"session_tokens": 0, "session_calls": 0}, "audit": {}}
        n = 0
        while time.perf_counter() < deadline:
            call = _call(session_id, n)
            slots["tokens"] = {"session_tokens": 31 * (n + 1), "session_calls": n + 1}
            ctx = StageContext(session_id, slots["audit"], {}, "tools", None, _decision(call), slots)
            await recorder.process(call, ctx)
            await store.save_session(session_id, slots)  # what the firewall does next; unchanged, so not rewritten
            n += 1
            done += 1

    async with store:
        started = time.perf_counter()
        await asyncio.gather(*(session(i) for i in range(sessions)))
        elapsed = time.perf_counter() - started
        commits = store.commits
        report = await store.verify()
    assert report.is_ok, report
    return done / elapsed, done, done / max(commits, 1)


async def added_latency(directory: Path, calls: int, sync: Literal["full", "normal"]) -> list[float]:
    config = Config(policies=POLICIES, tools=TOOLS, audit=directory / f"latency-{sync}.db", audit_sync=sync)
    added: list[float] = []
    async with Firewall.from_config(config) as firewall:
        for n in range(calls):
            started = time.perf_counter()
            decision = await firewall.decide(_call("latency", n))
            total_us = (time.perf_counter() - started) * 1e6
            added.append(total_us - decision.latency_us)
    return added


def disk_sync_floor(directory: Path, commits: int = 300) -> list[float]:
    """What one synced SQLite commit costs on this disk right now, with nothing else around it (µs)."""
    conn = sqlite3.connect(directory / "floor.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (x TEXT)")
    took = []
    for _ in range(commits):
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 1500,))
        conn.execute("COMMIT")
        took.append((time.perf_counter() - started) * 1e6)
    conn.close()
    return took


def _ms(values: list[float]) -> str:
    return "p50 {:.2f} ms, p95 {:.2f} ms, p99 {:.2f} ms".format(*(_percentile(values, q) / 1000 for q in (50, 95, 99)))


async def firewall_throughput(directory: Path | None, sessions: int, seconds: float) -> float:
    config = Config(policies=POLICIES, tools=TOOLS, audit=directory / "firewall.db" if directory else None)
    done = 0
    async with Firewall.from_config(config) as firewall:
        deadline = time.perf_counter() + seconds

        async def session(index: int) -> None:
            nonlocal done
            n = 0
            while time.perf_counter() < deadline:
                await firewall.decide(_call(f"f{index}", n))
                n += 1
                done += 1

        started = time.perf_counter()
        await asyncio.gather(*(session(i) for i in range(sessions)))
        elapsed = time.perf_counter() - started
    return done / elapsed


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="duration of each throughput run")
    parser.add_argument("--sessions", type=int, default=32, help="concurrent sessions")
    parser.add_argument("--calls", type=int, default=2000, help="sequential calls for the latency run")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        print(f"the disk's own synced commit (plain sqlite3, one row): {_ms(disk_sync_floor(directory))}")
        syncs: tuple[Literal["full", "normal"], ...] = ("full", "normal")
        for sync in syncs:
            rate, total, per_commit = await recording_throughput(directory, args.sessions, args.seconds, sync)
            print(
                f"[audit_sync={sync}] recording throughput, {args.sessions} concurrent sessions: "
                f"{rate:,.0f} decisions/s ({total:,} decisions, {per_commit:.1f} decisions per commit; "
                "chain verified)"
            )
        for sync in syncs:
            added = await added_latency(directory, args.calls, sync)
            print(
                f"[audit_sync={sync}] latency added by durable recording, one session, {len(added)} calls: "
                f"{_ms(added)}, mean {statistics.fmean(added) / 1000:.2f} ms"
            )
        plain = await firewall_throughput(None, args.sessions, args.seconds / 2)
        audited = await firewall_throughput(directory, args.sessions, args.seconds / 2)
        print(
            f"whole firewall (policies, tokens, arguments), {args.sessions} sessions: {plain:,.0f} decisions/s "
            f"without audit, {audited:,.0f} decisions/s with audit"
        )


if __name__ == "__main__":
    asyncio.run(main())
