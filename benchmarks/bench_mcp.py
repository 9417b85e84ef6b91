"""The latency `bastion mcp` adds to a tool call, against calling the upstream MCP server directly.

Two set-ups, each timed call by call with the MCP SDK's client, direct and wrapped calls interleaved
(the machine is shared: both see the same load):
  in-process  an SDK upstream server, reached directly or through the proxy (in-memory streams);
  stdio       the reference filesystem server (tests/servers, installed by scripts/install-test-servers),
              run directly or wrapped by `bastion mcp` as a subprocess: the extra process and pipe hop.
The decision's own time (the firewall deciding the same call) is measured on its own, so the wrapper's
overhead beyond deciding is `added - decision` (target: at most 1 ms at p50).

Run: python benchmarks/bench_mcp.py [--calls N]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import mcp_types as types  # noqa: E402
from mcp import Client, StdioServerParameters  # noqa: E402
from mcp.server.mcpserver import MCPServer  # noqa: E402

from bastion.adapters.mcp import BastionProxy, Upstream  # noqa: E402
from bastion.adapters.mcp.upstream import catalog_of  # noqa: E402
from bastion.config import Config  # noqa: E402
from bastion.events import ToolCall  # noqa: E402
from bastion.firewall import Firewall  # noqa: E402

FILESYSTEM_JS = REPO / "tests" / "servers" / "node_modules" / "@modelcontextprotocol" / "server-filesystem"
FILESYSTEM_JS = FILESYSTEM_JS / "dist" / "index.js"


def percentiles(samples_us: list[float]) -> dict[str, float]:
    ordered = sorted(samples_us)
    return {
        "p50": statistics.median(ordered),
        "p90": ordered[int(len(ordered) * 0.9) - 1],
        "p99": ordered[max(int(len(ordered) * 0.99) - 1, 0)],
    }


async def time_interleaved(
    direct: Callable[[], Awaitable[Any]],
    proxied: Callable[[], Awaitable[Any]],
    decide: Callable[[int], Awaitable[Any]],
    calls: int,
    warmup: int = 20,
) -> tuple[list[float], list[float], list[float]]:
    """Time the three one after the other, call by call, so that each sees the same load on the machine."""
    samples: tuple[list[float], list[float], list[float]] = ([], [], [])
    for index in range(warmup + calls):
        for kind in range(3):
            started = time.perf_counter()
            if kind == 0:
                await direct()
            elif kind == 1:
                await proxied()
            else:
                await decide(index)
            if index >= warmup:
                samples[kind].append((time.perf_counter() - started) * 1e6)
    return samples


def decider(config: Config, tools: list[types.Tool], tool: str, args: dict[str, Any]) -> tuple[Firewall, Any]:
    """A firewall deciding the same call as the proxy does, timed on its own."""
    firewall = Firewall.from_config(config, catalog=catalog_of(tools, source="bench"))

    async def decide(index: int) -> None:
        # A new session every 100 calls keeps the session call budget (500) out of the figures.
        await firewall.decide(ToolCall(session=f"bench-{index // 100}", id=f"c{index}", tool=tool, arguments=args))

    return firewall, decide


def report(label: str, direct: list[float], proxied: list[float], decision: list[float]) -> None:
    d, p, c = percentiles(direct), percentiles(proxied), percentiles(decision)
    print(f"\n{label} ({len(direct)} calls each)")
    print(f"  {'':26} {'p50':>9} {'p90':>9} {'p99':>9}   (µs)")
    for name, row in (("upstream directly", d), ("through bastion mcp", p), ("decision alone", c)):
        print(f"  {name:26} {row['p50']:9.0f} {row['p90']:9.0f} {row['p99']:9.0f}")
    added = p["p50"] - d["p50"]
    beyond = added - c["p50"]
    verdict = "within" if beyond <= 1000 else "ABOVE"
    print(f"  added at p50: {added:.0f} µs; beyond the decision: {beyond:.0f} µs ({verdict} the 1 ms target)")


async def in_process(config: Config, calls: int) -> None:
    server = MCPServer("bench")

    @server.tool(annotations=types.ToolAnnotations(read_only_hint=True))
    def lookup(key: str) -> str:
        """Look a key up."""
        return f"value of {key}"

    # MCPServer sets up INFO logging to the console when it is created; printing a line per request
    # would be timed along with the calls.
    logging.getLogger().setLevel(logging.WARNING)
    args = {"key": "alpha"}
    async with Upstream(server, mode="legacy") as upstream:
        proxy = await BastionProxy.start(upstream, config)
        firewall, decide = decider(config, proxy.tools, "lookup", args)
        async with (
            proxy,
            firewall,
            Client(server, mode="legacy") as direct,
            Client(proxy.server, mode="legacy") as client,
        ):
            samples = await time_interleaved(
                lambda: direct.call_tool("lookup", args), lambda: client.call_tool("lookup", args), decide, calls
            )
    report("in-process upstream (in-memory streams)", *samples)


async def stdio(config: Config, calls: int, root: Path) -> None:
    (root / "notes.txt").write_text("benchmark\n")
    args = {"path": str(root / "notes.txt")}
    upstream_command = ["node", str(FILESYSTEM_JS), str(root)]
    direct_params = StdioServerParameters(command=upstream_command[0], args=upstream_command[1:])
    wrapped = StdioServerParameters(
        command=sys.executable,
        args=[
            "-m",
            "bastion.cli.main",
            "mcp",
            "--policies",
            str(config.policies),
            "--allowed-root",
            str(root),
            "--",
            *upstream_command,
        ],
        env={"PYTHONPATH": str(REPO / "src")},
    )
    async with Client(direct_params, mode="legacy") as direct, Client(wrapped, mode="legacy") as client:
        tools = (await direct.list_tools()).tools
        firewall, decide = decider(config, tools, "read_text_file", args)
        async with firewall:
            samples = await time_interleaved(
                lambda: direct.call_tool("read_text_file", args),
                lambda: client.call_tool("read_text_file", args),
                decide,
                calls,
            )
    report("stdio: @modelcontextprotocol/server-filesystem, read_text_file", *samples)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--calls",
        type=int,
        default=400,
        help="timed calls per set-up, at most 480: one session's budget (default: 400)",
    )
    options = parser.parse_args()
    if not 0 < options.calls <= 480:
        parser.error("--calls must be between 1 and 480 (the default pack allows 500 calls per session)")
    config = Config(policies=REPO / "policies")
    print(f"bastion mcp latency, Python {sys.version.split()[0]}, default policy pack")
    await in_process(config, options.calls)
    if FILESYSTEM_JS.is_file():
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp).resolve()
            await stdio(config.model_copy(update={"allowed_roots": (str(root),)}), options.calls, root)
    else:
        print("\nstdio set-up skipped: run scripts/install-test-servers to install the filesystem server")


if __name__ == "__main__":
    asyncio.run(main())
