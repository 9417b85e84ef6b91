"""The `bastion` command: parse arguments, call the library, render the result.

Exit codes: 0 allowed or all passed, 1 denied or a failure, 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from bastion.cli import audit, check, demo, evaluate, explain, init, mcp, quarantine, replay, schema, serve, test
from bastion.errors import BastionError

__all__ = ["build_parser", "main"]

# Each command module has `register(subparsers)`; its parser's `func(args) -> int` runs it.
COMMANDS = (init, check, explain, replay, evaluate, schema, demo, test, audit, mcp, serve, quarantine)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(
        prog="bastion",
        description="A firewall for the tool calls of LLM agents: every call is checked against Cedar "
        "policies before it runs, with a reason for every refusal.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log diagnostics to stderr")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments (default: `sys.argv[1:]`).

    Returns:
        The exit code.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        stream=sys.stderr,
        format="bastion: %(levelname)s: %(message)s",
    )
    try:
        code: int = args.func(args)
    except BastionError as exc:
        print(f"bastion: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 1
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
