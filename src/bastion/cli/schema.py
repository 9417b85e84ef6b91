"""`bastion schema`: the Cedar schema for a tool catalog."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bastion.catalog import Catalog
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
        "schema format.",
    )
    parser.add_argument(
        "--tools",
        type=Path,
        required=True,
        metavar="FILE",
        help="a JSON list of MCP tool descriptions (or a tools/list answer)",
    )
    parser.add_argument(
        "--policies",
        type=Path,
        default=Path("policies"),
        metavar="DIR",
        help="the policy directory whose .cedarschema stub to use (default: ./policies)",
    )
    parser.add_argument("--output", "-o", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run `bastion schema`."""
    source = load_policy_dir(args.policies)
    schema = build_schema(source.stub_text, Catalog.from_file(args.tools), stub_file=str(source.stub_file))
    text = json.dumps(schema, indent=2) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0
