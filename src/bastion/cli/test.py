"""`bastion test`: run scenario files against a policy pack and report like a test runner."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bastion.catalog import Catalog
from bastion.config import Config, shipped_pack
from bastion.errors import ConfigError
from bastion.policy.source import load_policy_dir
from bastion.testing.report import render_text, to_json, write_junit
from bastion.testing.runner import collect, run_scenarios

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the `test` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "test",
        help="run scenario files (traces with expected verdicts) against the policies",
        description="Run every scenario file (YAML: a trace whose tool calls carry `expect: allow|deny|ask`, "
        "optionally `expect_policy` and `expect_signals`) found under PATHS against a policy directory. "
        "Prints one line per scenario, a report for every step whose decision differed (expected and actual "
        "verdict, reasons, deciding policies, signals), and the summary `N passed, N failed`. A malformed "
        "scenario is an error with its file and line, never a pass. Exit 0 only when every scenario passed, "
        "1 otherwise, 2 for a missing path or a policy directory that does not parse. See docs/testing.md.",
    )
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="scenario files or directories (default: scenarios/)"
    )
    parser.add_argument(
        "--policies",
        type=Path,
        default=None,
        metavar="DIR",
        help="the policy directory to test (default: the pack shipped with bastion)",
    )
    parser.add_argument(
        "--tools", type=Path, metavar="FILE", help="the tool catalog for scenarios that do not name their own"
    )
    parser.add_argument(
        "-k",
        dest="patterns",
        action="append",
        default=[],
        metavar="PATTERN",
        help="run only scenarios whose name, technique or path contains PATTERN (or matches it as a glob); repeatable",
    )
    parser.add_argument(
        "--coverage",
        action="store_true",
        help="also report which policies no scenario exercised and which never changed a verdict "
        "(each call re-decided with one policy removed)",
    )
    parser.add_argument(
        "--audit",
        metavar="FILE|URL",
        help="record every event and decision to this audit store (an SQLite file or a postgresql:// URL); "
        "each run's sessions are named "
        "'test-<time>/<session>' so that runs never resume one another",
    )
    parser.add_argument("--junit", type=Path, metavar="FILE", help="also write a JUnit XML report to FILE")
    parser.add_argument("--json", action="store_true", help="print the report as JSON instead of text")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run `bastion test`."""
    paths: list[Path] = args.paths or [Path("scenarios")]
    default_tools = Catalog.from_file(args.tools) if args.tools else None
    if args.policies is None:
        args.policies = shipped_pack()
    base = Config.from_mapping({"policies": args.policies, "audit": args.audit}, source="command line")
    prefix = f"test-{datetime.now(UTC):%Y%m%dT%H%M%S.%fZ}/" if args.audit else ""
    if not args.policies.is_dir():
        raise ConfigError(f"{args.policies}: no such policy directory (give one with --policies)")
    # A pack that does not parse would fail every scenario the same way: report it once.
    load_policy_dir(args.policies)
    scenarios, broken = collect(paths, default_tools=default_tools, patterns=args.patterns)
    if not scenarios and not broken:
        where = ", ".join(str(p) for p in paths)
        selected = f" matching -k {' -k '.join(args.patterns)}" if args.patterns else ""
        print(f"bastion: no scenario files{selected} under {where}", file=sys.stderr)
        return 1
    report = asyncio.run(
        run_scenarios(scenarios, base, broken=broken, with_coverage=args.coverage, session_prefix=prefix)
    )
    if args.junit:
        write_junit(report, args.junit)
    if args.json:
        print(json.dumps(to_json(report), indent=2))
    else:
        print(render_text(report))
    return 0 if report.is_ok else 1
