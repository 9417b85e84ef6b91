"""What the HTTP service adds to a decision: `POST /v1/decide` against `Firewall.decide` in-process.

Run: python benchmarks/bench_serve.py [--calls N]

Both sides use the default pack without its intent policies and a fresh audit store each (fully synced;
the service needs a store). The service is a `bastion serve` process on a loopback socket; the client is
httpx in this process with one kept-alive connection. Calls alternate between the two sides, so both
see the same load. Printed: p50/p99 of each and the difference, decisions per second from 8 concurrent
clients, and the cost per decision of the OpenTelemetry span stage when no SDK is configured.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from packs import REPO, policies_without_intent

from bastion.config import Config
from bastion.events import ToolCall
from bastion.firewall import Firewall

TOOLS = REPO / "examples" / "tools.json"
TOKEN = "bench-token"


def _percentiles(samples_ns: list[int]) -> tuple[float, float]:
    ordered = sorted(samples_ns)
    return ordered[len(ordered) // 2] / 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] / 1000


async def _measure(url: str, library: Firewall, calls: int) -> tuple[list[int], list[int], float]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    served: list[int] = []
    direct: list[int] = []
    async with httpx.AsyncClient(base_url=url, headers=headers) as client:
        for i in range(-200, calls):
            body = {"session": f"s{i % 50}", "type": "tool_call", "id": f"c{i}", "tool": "read_file",
                    "arguments": {"path": "/home/user/notes.txt"}}  # fmt: skip
            start = time.perf_counter_ns()
            response = await client.post("/v1/decide", json=body)
            elapsed = time.perf_counter_ns() - start
            assert response.status_code == 200 and response.json()["verdict"] == "allow", response.text
            call = ToolCall.model_validate({**body, "session": f"lib-{body['session']}"})
            start = time.perf_counter_ns()
            decision = await library.decide(call)
            elapsed_direct = time.perf_counter_ns() - start
            assert decision.verdict.value == "allow"
            if i >= 0:
                served.append(elapsed)
                direct.append(elapsed_direct)

    async def client_loop(n: int, worker: int) -> None:
        async with httpx.AsyncClient(base_url=url, headers=headers) as client:
            for i in range(n):
                body = {"session": f"w{worker}", "type": "tool_call", "id": f"w{worker}-{i}", "tool": "read_file",
                        "arguments": {"path": "/home/user/notes.txt"}}  # fmt: skip
                response = await client.post("/v1/decide", json=body)
                assert response.status_code == 200

    each = max(1, calls // 8)
    began = time.perf_counter()
    await asyncio.gather(*(client_loop(each, w) for w in range(8)))
    rate = 8 * each / (time.perf_counter() - began)
    return served, direct, rate


async def _span_stage_cost(calls: int) -> list[int]:
    """The span stage's own cost per decision when no OpenTelemetry SDK is configured."""
    from bastion.events import Decision, Verdict
    from bastion.stage import StageContext
    from bastion.tracing import DecisionSpans

    stage = DecisionSpans()
    call = ToolCall(session="s", id="c", tool="read_file", arguments={})
    decision = Decision(session="s", id="c", tool="read_file", verdict=Verdict.ALLOW, latency_us=150.0)
    ctx = StageContext("s", {}, {}, "tools", None, decision, {})
    samples = []
    for i in range(-500, calls):
        start = time.perf_counter_ns()
        await stage.process(call, ctx)
        if i >= 0:
            samples.append(time.perf_counter_ns() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    policies = policies_without_intent()
    with tempfile.TemporaryDirectory() as scratch:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = subprocess.Popen(
            [sys.executable, "-m", "bastion.cli.main", "serve", "--listen", f"127.0.0.1:{port}",
             "--policies", str(policies), "--tools", str(TOOLS), "--allowed-root", "/home/user",
             "--audit", str(Path(scratch) / "served.db")],
            env={**os.environ, "BASTION_TOKEN": TOKEN},
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{url}/healthz").status_code == 200:
                        break
                except httpx.ConnectError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise SystemExit("bastion serve did not start") from None
                    time.sleep(0.1)
            settings = {"policies": policies, "tools": TOOLS, "allowed_roots": ("/home/user",)}
            library = Firewall.from_config(Config.from_mapping({**settings, "audit": Path(scratch) / "library.db"}))

            async def run() -> tuple[list[int], list[int], float]:
                async with library:
                    return await _measure(url, library, args.calls)

            served, direct, rate = asyncio.run(run())
        finally:
            server.terminate()
            server.wait(timeout=30)
    load = os.getloadavg()[0]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load {load:.1f} ({args.calls} calls each)")  # fmt: skip
    (s50, s99), (d50, d99) = _percentiles(served), _percentiles(direct)
    print(f"{'POST /v1/decide (HTTP round trip, audited)':45} p50 {s50:8.1f} µs   p99 {s99:8.1f} µs")
    print(f"{'Firewall.decide in-process (audited)':45} p50 {d50:8.1f} µs   p99 {d99:8.1f} µs")
    print(f"{'added by the service':45} p50 {s50 - d50:8.1f} µs   p99 {s99 - d99:8.1f} µs")
    print(f"{'8 concurrent clients':45} {rate:8.0f} decisions/s")
    p50, p99 = _percentiles(asyncio.run(_span_stage_cost(args.calls * 10)))
    print(f"{'span stage, no OpenTelemetry SDK configured':45} p50 {p50:8.1f} µs   p99 {p99:8.1f} µs")


if __name__ == "__main__":
    main()
