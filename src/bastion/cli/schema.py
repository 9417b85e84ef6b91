"""`bastion schema`: the Cedar schema for a tool catalog."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from bastion.catalog import Catalog
from bastion.cli.mcp import add_upstream_options, upstream_target
from bastion.config import shipped_pack
from bastion.errors import ConfigError
from bastion.policy.schema import build_schema
from bastion.policy.source import load_policy_dir

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the `schema` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "schema",
        help="print the Cedar schema (JSON) generated for a tool catalog",
        description="Generate the Cedar schema for MCP tool descriptions with cedar-policy-mcp-schema-generator, "
        "from the stub in the policy directory: one action per tool with its arguments under context.input, "
        "the annotation groups, and the firewall's signals under context.bastion. Prints Cedar's JSON "
        "schema format. The tools come from a file (--tools) or from a running MCP server's tools/list "
        "(--from-mcp -- COMMAND ARGS..., or --from-mcp --upstream-url URL).",
    )
    parser.add_argument(
        "--tools",
        type=Path,
        metavar="FILE",
        help="a JSON list of MCP tool descriptions (or a tools/list answer)",
    )
    parser.add_argument(
        "--from-mcp",
        action="store_true",
        help="ask an MCP server for its tools: run the command after `--` over stdio, or connect to --upstream-url",
    )
    parser.add_argument(
        "--policies",
        type=Path,
        default=None,
        metavar="DIR",
        help="the policy directory whose .cedarschema stub to use (default: the pack shipped with bastion)",
    )
    parser.add_argument("--output", "-o", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    add_upstream_options(parser)
    parser.set_defaults(func=run)


async def _catalog_from_mcp(args: argparse.Namespace) -> Catalog:
    from bastion.adapters.mcp.upstream import Upstream, catalog_of

    async with Upstream(upstream_target(args), call_timeout=args.call_timeout) as upstream:
        tools = await upstream.list_tools()
        print(f"bastion: {len(tools)} tools from {upstream.description}", file=sys.stderr)
        return catalog_of(tools, source=f"tools/list of {upstream.description}")


def run(args: argparse.Namespace) -> int:
    """Run `bastion schema`."""
    if args.from_mcp == (args.tools is not None):
        raise ConfigError("give the tools either as --tools FILE or as --from-mcp -- COMMAND ARGS...")
    if not args.from_mcp and (args.command or args.upstream_url):
        raise ConfigError("an upstream command or --upstream-url needs --from-mcp")
    source = load_policy_dir(args.policies or shipped_pack())
    catalog = asyncio.run(_catalog_from_mcp(args)) if args.from_mcp else Catalog.from_file(args.tools)
    schema = build_schema(source.stub_text, catalog, stub_file=str(source.stub_file))
    text = json.dumps(schema, indent=2) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0
