"""Benchmark audited decisions across replicas: PostgreSQL at 1, 2 and 4 replica processes, SQLite in one.

    python benchmarks/bench_replicas.py --postgres URL [--seconds 10] [--sessions 32] [--replicas 1,2,4]
                                        [--principals 1]

Run from the repository root; URL names an empty database (scripts/postgres start DIR prints one). Each
replica is a process with a firewall on the store (policies, tokens, arguments, provenance, durable
recording and checkpointing; `audit_sync = "full"`), driving SESSIONS concurrent sessions in a closed
loop for SECONDS. With several replicas every session's events go round the replicas as behind a
round-robin load balancer: at its n-th call, a session is handled by replica (r + n) mod R, so each
event finds its session last touched by another replica (a lease, a version check and a reload of
its state). It prints the audited decisions per second over all replicas and the p50 and p99 latency
of `decide` as the caller sees it under that load, and the CPU the replica processes spent per
decision (the rest of the machine's cores went to the server and to other work), then checks the one
chain with `verify`.

Every session acts for one principal unless `--principals K` spreads them over K (each replica then
runs a firewall per principal, all on the replica's one store, as `bastion serve` does per caller). A
principal's state is shared by its sessions on every replica, so its events are one serial stream:
with one principal, replicas take it in turns (SQLite is measured with one principal: one file takes
one writer). A first line decides the same load with no store at all, in one process: the difference
in CPU per decision is what recording and checkpointing cost.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

from packs import policies_without_intent

from bastion.catalog import Catalog
from bastion.config import Config, PrincipalConfig
from bastion.events import ToolCall
from bastion.firewall import FirewallFactory
from bastion.store import open_store

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "examples" / "tools.json"


def _call(session: str, n: int) -> ToolCall:
    if n % 2:
        return ToolCall(session=session, id=f"c{n}", tool="read_file", arguments={"path": f"/home/user/{n}.md"})
    return ToolCall(
        session=session,
        id=f"c{n}",
        tool="send_money",
        arguments={"iban": "DE89370400440532013000", "amount": 100 + n, "note": f"rent, month {n}"},
    )


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


async def replica(
    target: str, policies: str, index: int, replicas: int, sessions: int, seconds: float, principals: int
) -> None:
    """One replica process: wait for `go` on stdin, drive the load, print its count and latencies."""
    config = Config(
        policies=Path(policies),
        tools=TOOLS,
        allowed_roots=("/home/user",),
        audit=None if target == "-" else target,
    )
    latencies: list[float] = []
    async with AsyncExitStack() as stack:
        # The principals' firewalls share the replica's one store, as `bastion serve`'s do.
        factory = await stack.enter_async_context(FirewallFactory(config))
        catalog = Catalog.from_file(TOOLS)
        firewalls = [
            await stack.enter_async_context(factory.build(catalog, PrincipalConfig(id=f"agent-{k}")))
            for k in range(principals)
        ]
        # Warm up this replica's connections on sessions of its own.
        for firewall in firewalls:
            for n in range(4):
                await firewall.decide(_call(f"warm-{index}", n))
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        deadline = time.perf_counter() + seconds

        async def worker(w: int) -> None:
            n = 0
            firewall = firewalls[w % principals]
            while time.perf_counter() < deadline:
                block = (index + n) % replicas
                started = time.perf_counter()
                await firewall.decide(_call(f"b{block}-w{w}", n))
                latencies.append((time.perf_counter() - started) * 1e6)
                n += 1

        started = time.perf_counter()
        cpu = time.process_time()
        await asyncio.gather(*(worker(w) for w in range(sessions)))
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu
    result = {"count": len(latencies), "elapsed": elapsed, "cpu": cpu, "latencies": latencies}
    print(json.dumps(result), flush=True)


def measure(
    target: str, policies: Path, replicas: int, sessions: int, seconds: float, principals: int = 1
) -> dict[str, float]:
    """Start the replicas, release them together, and gather what they measured."""
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--replica",
                str(n),
                "--of",
                str(replicas),
                "--target",
                target,
                "--policies",
                str(policies),
                "--sessions",
                str(sessions),
                "--seconds",
                str(seconds),
                "--principals",
                str(principals),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(replicas)
    ]
    try:
        for process in processes:
            assert process.stdout is not None
            line = process.stdout.readline()
            if line.strip() != "ready":
                raise RuntimeError(f"a replica failed to start: {line!r}")
        for process in processes:
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        results: list[dict[str, Any]] = []
        for process in processes:
            out, _ = process.communicate(timeout=seconds + 120)
            results.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    latencies = [value for result in results for value in result["latencies"]]
    count = sum(int(result["count"]) for result in results)
    elapsed = max(float(result["elapsed"]) for result in results)
    cpu = sum(float(result["cpu"]) for result in results)
    return {
        "rate": count / elapsed,
        "count": count,
        "cpu_us": cpu / max(count, 1) * 1e6,
        "cores": cpu / elapsed,
        "p50_ms": _percentile(latencies, 50) / 1000,
        "p99_ms": _percentile(latencies, 99) / 1000,
    }


async def verified(target: str | Path) -> tuple[bool, int]:
    async with open_store(target, create=False) as store:
        report = await store.verify()
    return report.is_ok, report.records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", metavar="URL", help="an empty PostgreSQL database")
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of each run")
    parser.add_argument("--sessions", type=int, default=32, help="concurrent sessions per replica")
    parser.add_argument("--replicas", default="1,2,4", help="replica counts to measure on PostgreSQL")
    parser.add_argument("--principals", type=int, default=1, help="principals the sessions are spread over")
    parser.add_argument("--replica", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--of", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--target", help=argparse.SUPPRESS)
    parser.add_argument("--policies", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.replica is not None:
        asyncio.run(
            replica(args.target, args.policies, args.replica, args.of, args.sessions, args.seconds, args.principals)
        )
        return
    policies = policies_without_intent()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; {args.principals} principal(s)")
    result = measure("-", policies, 1, args.sessions, args.seconds, args.principals)
    print(
        f"[no store, 1 process, {args.sessions} sessions] {result['rate']:,.0f} decisions/s, "
        f"latency p50 {result['p50_ms']:.2f} ms, p99 {result['p99_ms']:.2f} ms; the process's CPU "
        f"{result['cpu_us']:.0f} µs per decision ({result['cores']:.2f} cores)"
    )
    # An SQLite file takes one writer: firewalls of several principals, each with a store of its own
    # on the one file, would contend for it. SQLite is measured with one principal.
    with tempfile.TemporaryDirectory() as tmp:
        sqlite_target = str(Path(tmp) / "bench.db")
        result = measure(sqlite_target, policies, 1, args.sessions, args.seconds, 1)
        ok, records = asyncio.run(verified(Path(sqlite_target)))
        print(
            f"[sqlite, 1 process, 1 principal, {args.sessions} sessions] {result['rate']:,.0f} audited decisions/s, "
            f"latency p50 {result['p50_ms']:.2f} ms, p99 {result['p99_ms']:.2f} ms; the process's CPU "
            f"{result['cpu_us']:.0f} µs per decision ({result['cores']:.2f} cores); chain ok={ok} ({records:,} records)"
        )
    if not args.postgres:
        return
    for replicas in (int(r) for r in args.replicas.split(",")):
        result = measure(args.postgres, policies, replicas, args.sessions, args.seconds, args.principals)
        ok, records = asyncio.run(verified(args.postgres))
        print(
            f"[postgresql, {replicas} replica(s), {args.sessions} sessions each] {result['rate']:,.0f} audited "
            f"decisions/s, latency p50 {result['p50_ms']:.2f} ms, p99 {result['p99_ms']:.2f} ms; replicas' CPU "
            f"{result['cpu_us']:.0f} µs per decision ({result['cores']:.2f} cores); chain ok={ok} "
            f"({records:,} records so far)"
        )
        print(f"  load average now {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
