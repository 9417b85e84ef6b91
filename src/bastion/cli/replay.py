"""`bastion replay`: push a trace through the firewall and print one decision per tool call."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from bastion.catalog import Catalog, ToolDescription
from bastion.cli.options import add_firewall_options, announce_warming, catalog_for, config_from_args
from bastion.events import Message, ToolCall, ToolResult
from bastion.firewall import Firewall
from bastion.trace import read_trace

__all__ = ["infer_catalog", "register", "run"]


def register(subparsers: Any) -> None:
    """Add the `replay` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "replay",
        help="decide every tool call of a trace; print one decision per call as JSON Lines",
        description="Read a trace (JSON Lines: message, tool_call, tool_result events; '-' for stdin), run "
        "every event through the firewall in order, and print one decision per tool call as JSON Lines "
        "with its session, id, tool, verdict, reasons, deciding policies and signals. Every line is "
        "checked before any is decided. Exit 0 when every call was decided, 2 on bad input.",
    )
    parser.add_argument("trace", metavar="TRACE.jsonl", help="the trace file, or - for stdin")
    add_firewall_options(parser)
    parser.set_defaults(func=run)


def infer_catalog(events: list[Message | ToolCall | ToolResult]) -> Catalog:
    """A catalog for a trace that came without one: each tool seen, its argument names untyped.

    Untyped arguments are not given to policies under `context.input`, but the argument stage
    still scans them; the tools carry no annotations, so only the argument and budget policies
    can tell them apart.

    Args:
        events: The trace.

    Returns:
        The inferred catalog.
    """
    seen: dict[str, set[str]] = {}
    for event in events:
        if isinstance(event, ToolCall):
            seen.setdefault(event.tool_name, set()).update(event.arguments)
    return Catalog(
        ToolDescription.model_validate(
            {"name": name, "inputSchema": {"type": "object", "properties": {key: {} for key in sorted(keys)}}}
        )
        for name, keys in seen.items()
    )


def run(args: argparse.Namespace) -> int:
    """Run `bastion replay`."""
    config = config_from_args(args)
    events = read_trace(sys.stdin, name="<stdin>") if args.trace == "-" else read_trace(Path(args.trace))
    catalog = catalog_for(config)
    if catalog is None:
        catalog = infer_catalog(events)
        print(
            f"bastion: note: no --tools given; {len(catalog)} tools inferred from the trace, "
            "without annotations or argument types",
            file=sys.stderr,
        )
    firewall = Firewall.from_config(config, catalog=catalog)
    return asyncio.run(_replay(firewall, events))


async def _replay(firewall: Firewall, events: list[Message | ToolCall | ToolResult]) -> int:
    out = sys.stdout
    async with firewall:
        await announce_warming(firewall)
        async for decision in firewall.decide_all(events):
            out.write(decision.to_json())
            out.write("\n")
    out.flush()
    return 0
