"""`bastion check`: validate policies (and a catalog) and list every problem."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bastion.catalog import Catalog
from bastion.cli.options import add_firewall_options, config_from_args
from bastion.errors import CatalogError, PolicyError, Problem
from bastion.policy.engine import PolicyEngine
from bastion.policy.source import load_policy_dir

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the `check` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "check",
        help="validate policies against the schema and the tool catalog",
        description="Parse every .cedar file, build the schema from the stub and the catalog, and validate "
        "every policy against it. Exit 0 when all is well, 1 with every problem listed otherwise.",
    )
    add_firewall_options(parser, with_audit=False)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run `bastion check`."""
    config = config_from_args(args)
    problems: list[Problem] = []
    summary: dict[str, Any] = {"policies": str(config.policies), "tools": str(config.tools) if config.tools else None}
    try:
        catalog = Catalog.from_file(config.tools) if config.tools else Catalog([])
    except CatalogError as exc:
        problems.append(Problem(str(config.tools), None, str(exc)))
        catalog = None
    try:
        source = load_policy_dir(config.policies, profile=config.profile)
        if catalog is not None:
            engine = PolicyEngine.compile(source, catalog, config.principal.to_principal())
            summary.update(policy_count=len(source.policies), tool_count=len(catalog), version=engine.version)
            summary["omitted"] = [p.policy_id for p in source.omitted]
            if source.omitted and not args.json:
                print(
                    f"note: profile {config.profile} leaves out {len(source.omitted)} model-backed "
                    f"polic{'ies' if len(source.omitted) != 1 else 'y'}: {', '.join(summary['omitted'])}",
                    file=sys.stderr,
                )
            summary["warnings"] = [
                {"file": w.source, "line": w.line, "policy_id": w.policy_id, "message": w.message}
                for w in engine.warnings
            ]
            if not args.json:
                for warning in engine.warnings:
                    print(f"warning: {warning}", file=sys.stderr)
    except PolicyError as exc:
        problems.extend(exc.problems)
    summary["ok"] = not problems
    summary["problems"] = [
        {"file": p.source, "line": p.line, "policy_id": p.policy_id, "message": p.message} for p in problems
    ]
    if args.json:
        print(json.dumps(summary, indent=2))
    elif problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found", file=sys.stderr)
    else:
        print(
            f"ok: {summary['policy_count']} policies valid for {summary['tool_count']} tools "
            f"(policy set {summary['version']})"
        )
    return 0 if not problems else 1
