"""`bastion demo`: a short real trace through the default policies, decisions shown as a table."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from bastion.catalog import Catalog
from bastion.cli.options import announce_warming
from bastion.config import Config, shipped_pack
from bastion.events import Decision
from bastion.firewall import Firewall
from bastion.trace import read_trace

__all__ = ["register", "run"]


# The demo's trace and catalog ship inside the package, so the demo runs from any directory.
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def register(subparsers: Any) -> None:
    """Add the `demo` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "demo",
        help="run the example trace through the default policies and show each decision",
        description="Replay the example trace shipped with bastion (examples/demo_trace.jsonl) against the "
        "default pack with its catalog (examples/tools.json) and the allowed root /home/user, and print each "
        "decision with its reason.",
    )
    parser.add_argument("--trace", type=Path, default=EXAMPLES / "demo_trace.jsonl", metavar="FILE")
    parser.add_argument("--tools", type=Path, default=EXAMPLES / "tools.json", metavar="FILE")
    parser.add_argument("--policies", type=Path, default=None, metavar="DIR", help="default: the shipped pack")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run `bastion demo`."""
    config = Config(policies=args.policies or shipped_pack(), tools=args.tools, allowed_roots=("/home/user",))
    events = read_trace(args.trace)
    firewall = Firewall.from_config(config, catalog=Catalog.from_file(args.tools))
    decisions = asyncio.run(_run(firewall, events))
    width = max(len(d.tool_name) for d in decisions)
    print(f"{'session':8} {'call':4} {'tool':{width}} verdict  reason")
    for d in decisions:
        reason = "; ".join(d.reasons)
        print(f"{d.session:8} {d.call_id:4} {d.tool_name:{width}} {d.verdict.value:7}  {reason}")
    counts = {v: sum(1 for d in decisions if d.verdict.value == v) for v in ("allow", "ask", "deny")}
    print(
        f"\n{len(decisions)} tool calls: {counts['allow']} allowed, {counts['ask']} sent for approval, "
        f"{counts['deny']} denied"
    )
    return 0


async def _run(firewall: Firewall, events: list[Any]) -> list[Decision]:
    async with firewall:
        await announce_warming(firewall)
        return [decision async for decision in firewall.decide_all(events)]
