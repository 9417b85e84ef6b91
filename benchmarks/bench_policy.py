"""Policy decision speed: bastion's policy-only decision against cedarpy's own authorization.

Run: python benchmarks/bench_policy.py [--calls N]

Prints p50/p99 of (a) cedarpy.is_authorized on a pre-parsed policy set and entities, (b) a
policy-only Firewall.decide for the same call, (c) the default pipeline without the intent policies
(argument scan, tokens, provenance, policy), (d) the blocking SyncFirewall facade, and (e) a
10,000-call `bastion replay` with that pack, checking that it never imported the embedding stack.
The intent stage's own cost is measured by benchmarks/bench_signals.py.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cedarpy
from packs import policies_without_intent

from bastion.catalog import Catalog
from bastion.cli.main import main as cli_main
from bastion.config import Config
from bastion.events import ToolCall
from bastion.firewall import Firewall, SyncFirewall
from bastion.policy.engine import PolicyEngine
from bastion.policy.source import load_policy_dir
from bastion.policy.stage import PolicyStage

REPO = Path(__file__).resolve().parent.parent
POLICIES = REPO / "policies"
TOOLS = REPO / "examples" / "tools.json"


def _percentiles(samples_ns: list[int]) -> tuple[float, float]:
    ordered = sorted(samples_ns)
    p50 = ordered[len(ordered) // 2] / 1000
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] / 1000
    return p50, p99


def _time_sync(fn: Callable[[], object], n: int) -> list[int]:
    for _ in range(min(500, n)):
        fn()
    samples = []
    for _ in range(n):
        start = time.perf_counter_ns()
        fn()
        samples.append(time.perf_counter_ns() - start)
    return samples


async def _time_async(firewall: Firewall, calls: list[ToolCall]) -> list[int]:
    for call in calls[:500]:
        await firewall.decide(call)
    samples = []
    for call in calls:
        start = time.perf_counter_ns()
        await firewall.decide(call)
        samples.append(time.perf_counter_ns() - start)
    return samples


SAMPLES: dict[str, dict[str, Any]] = {
    "read_file": {"path": "/home/user/notes/todo.txt"},
    "send_money": {"iban": "DE89370400440532013000", "amount": 1200, "note": "rent"},
}


async def _interleaved(
    firewall: Firewall, calls: list[ToolCall], request: dict[str, object], engine: PolicyEngine
) -> tuple[list[int], list[int]]:
    """Alternate cedarpy's own authorization and a policy-only decision, so both see the same load."""
    cedar_ns: list[int] = []
    ours_ns: list[int] = []
    for i, call in enumerate(calls):
        start = time.perf_counter_ns()
        cedarpy.is_authorized(request, engine.policy_set, engine.entities)
        middle = time.perf_counter_ns()
        await firewall.decide(call)
        end = time.perf_counter_ns()
        if i >= 500:
            cedar_ns.append(middle - start)
            ours_ns.append(end - middle)
    return cedar_ns, ours_ns


def _calls(n: int, session: str, tool: str = "read_file") -> list[ToolCall]:
    return [ToolCall(session=f"{session}{i % 50}", id=f"c{i}", tool=tool, arguments=SAMPLES[tool]) for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20000)
    args = parser.parse_args()
    n = args.calls
    catalog = Catalog.from_file(TOOLS)
    policies = policies_without_intent()
    engine = PolicyEngine.compile(load_policy_dir(policies), catalog)
    results: dict[str, tuple[float, float]] = {}
    ratios = []
    for tool in SAMPLES:
        call = _calls(1, "x", tool)[0]
        request, errors, _ = engine.build_request(call.tool_name, call.arguments, {"flags": []}, "tools")
        assert request is not None and not errors
        policy_only = Firewall([PolicyStage(engine)], catalog=catalog)
        cedar_ns, ours_ns = asyncio.run(_interleaved(policy_only, _calls(n, "p", tool), request, engine))
        results[f"cedarpy.is_authorized, {tool}"] = _percentiles(cedar_ns)
        results[f"Firewall.decide policy-only, {tool}"] = _percentiles(ours_ns)
        ratios.append((tool, _percentiles(ours_ns)[0] / _percentiles(cedar_ns)[0]))
    full = Firewall.from_config(Config(policies=policies), catalog=catalog)
    full_ns = asyncio.run(_time_async(full, _calls(n, "f")))
    results["Firewall.decide, pipeline without intent"] = _percentiles(full_ns)
    with SyncFirewall(Firewall([PolicyStage(engine)], catalog=catalog)) as sync:
        calls = iter(_calls(n + 500, "s"))
        sync_ns = _time_sync(lambda: sync.decide(next(calls)), n)
        results["SyncFirewall.decide policy-only, read_file"] = _percentiles(sync_ns)

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()} "
          f"({n} calls each)")  # fmt: skip
    for label, (p50, p99) in results.items():
        print(f"{label:45} p50 {p50:7.1f} µs   p99 {p99:7.1f} µs")
    for tool, ratio in ratios:
        print(f"policy-only decision / cedarpy authorization at p50, {tool}: {ratio:.2f}x")

    with tempfile.TemporaryDirectory() as tmp:
        trace = Path(tmp) / "trace.jsonl"
        with trace.open("w") as handle:
            for i in range(10_000):
                event = {"session": f"s{i % 100}", "type": "tool_call", "id": f"c{i}", "tool": "read_file",
                         "arguments": {"path": f"/home/user/notes/{i}.txt"}}  # fmt: skip
                handle.write(json.dumps(event) + "\n")
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()) as out:
            code = cli_main(["replay", str(trace), "--policies", str(policies), "--tools", str(TOOLS)])
        elapsed = time.perf_counter() - start
        lines = out.getvalue().count("\n")
        loaded = [m for m in ("torch", "sentence_transformers") if m in sys.modules]
        print(
            f"bastion replay of 10,000 tool calls: {elapsed:.2f} s ({lines} decisions, exit {code}), "
            f"embedding stack loaded: {'yes: ' + ', '.join(loaded) if loaded else 'no'}"
        )


if __name__ == "__main__":
    main()
