"""`bastion eval`: replay a labelled trace set and report what the pack stopped and what it left alone."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from bastion.cli.options import add_firewall_options, catalog_for, config_from_args
from bastion.cli.replay import infer_catalog
from bastion.errors import ConfigError
from bastion.firewall import Firewall
from bastion.testing.evaluation import Labels, evaluate, load_labels, render, select_sessions
from bastion.trace import read_trace

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the `eval` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "eval",
        help="replay a labelled trace set; report attacks stopped and benign work left alone",
        description="Run every event of TRACE through the firewall in order and count, against LABELS: "
        "attacked sessions stopped (an attack call asked or denied), attack calls stopped, benign sessions "
        "untouched (no ask and no deny anywhere), the user's own calls inside attacked sessions allowed, and "
        "which policies stopped attack and benign calls. LABELS is JSON: session -> 'attack'|'benign', or "
        "session -> {call id -> 'injected'|'benign'}. --all-benign measures a set with no attacks. "
        "Exit 0 when every call was decided, 2 on bad input or labels that miss a call.",
    )
    parser.add_argument("trace", type=Path, metavar="TRACE", help="the trace (JSON Lines)")
    labels = parser.add_mutually_exclusive_group(required=True)
    labels.add_argument("--labels", type=Path, metavar="LABELS", help="the label file (JSON)")
    labels.add_argument("--all-benign", action="store_true", help="every session of the trace is benign")
    parser.add_argument(
        "--sessions",
        type=int,
        default=0,
        metavar="N",
        help="evaluate about N sessions, every k-th in trace order (default: all)",
    )
    parser.add_argument(
        "--match", metavar="REGEX", help="evaluate only sessions whose id matches this regular expression"
    )
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object")
    add_firewall_options(parser, with_audit=False)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run `bastion eval`."""
    if args.sessions < 0:
        raise ConfigError(f"--sessions must be 0 (all) or more, not {args.sessions}")
    config = config_from_args(args)
    labels = Labels.all_benign() if args.all_benign else load_labels(args.labels)
    events = select_sessions(read_trace(args.trace), pattern=args.match, limit=args.sessions)
    if not events:
        raise ConfigError(f"{args.trace}: no session to evaluate" + (f" matches {args.match!r}" if args.match else ""))
    catalog = catalog_for(config)
    if catalog is None:
        catalog = infer_catalog(events)
        print(
            f"bastion: note: no --tools given; {len(catalog)} tools inferred from the trace, "
            "without annotations or argument types",
            file=sys.stderr,
        )
    firewall = Firewall.from_config(config, catalog=catalog)
    report = asyncio.run(evaluate(firewall, events, labels))
    if args.json:
        print(json.dumps({"trace": str(args.trace), "policies": str(config.policies), **report.to_dict()}))
    else:
        print(render(report, title=f"{args.trace} with {config.policies}"))
    return 0
