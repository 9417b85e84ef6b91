"""Options shared by the commands that load a firewall."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bastion.catalog import Catalog
from bastion.config import Config
from bastion.firewall import Firewall

__all__ = ["add_firewall_options", "config_from_args"]


def add_firewall_options(parser: argparse.ArgumentParser, *, with_tools: bool = True, with_audit: bool = True) -> None:
    """Add --config, --policies, --tools, --principal, --allowed-root, --shadow, --audit and --audit-privacy.

    Args:
        parser: The command's parser.
        with_tools: Offer --tools (not for commands whose catalog comes from elsewhere).
        with_audit: Offer --audit and --audit-privacy (not for commands that decide nothing).
    """
    parser.add_argument("--config", type=Path, metavar="FILE", help="a bastion TOML configuration file")
    parser.add_argument(
        "--policies",
        type=Path,
        metavar="DIR",
        help="policy directory: .cedar files and one .cedarschema stub (default: the pack shipped with bastion)",
    )
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="a named profile of the policy directory: profiles/NAME.cedar added to its policies (the default "
        "pack offers ask-side-effects: ask before every open-world side effect and deny destructive tools), or "
        "core: every pack's policies less those that need the embedding model (for an install without the "
        "intent extra)",
    )
    if with_tools:
        parser.add_argument(
            "--tools", type=Path, metavar="FILE", help="the tool catalog: a JSON list of MCP tool descriptions"
        )
    else:
        parser.set_defaults(tools=None)
    parser.add_argument("--principal", metavar="ID", help="the Cedar principal id the agent acts for")
    parser.add_argument(
        "--allowed-root",
        action="append",
        metavar="DIR",
        dest="allowed_roots",
        help="a directory path arguments must stay inside (repeatable)",
    )
    parser.add_argument("--shadow", action="store_true", help="decide and report, never block")
    if not with_audit:
        parser.set_defaults(audit=None, audit_privacy=None)
        return
    parser.add_argument(
        "--audit",
        metavar="FILE|URL",
        help="record every event and decision to this audit store, and checkpoint sessions in it: an SQLite "
        "file, or a postgresql://user@host/database URL shared by every replica (created if missing; read it "
        "with `bastion audit`)",
    )
    parser.add_argument(
        "--audit-privacy",
        choices=("raw", "redacted", "hashed"),
        help="what the audit log keeps of arguments and texts (default raw; secrets are never kept)",
    )


def config_from_args(args: argparse.Namespace, **overrides: Any) -> Config:
    """The configuration: the --config file (if any) with command-line options on top.

    Args:
        args: The parsed arguments.
        **overrides: Further settings the command fixes.

    Returns:
        The configuration.

    Raises:
        ConfigError: The file or an option is invalid.
    """
    base = Config.load(args.config) if args.config else Config()
    raw: dict[str, Any] = base.model_dump()
    if args.policies is not None:
        raw["policies"] = args.policies
    if args.profile is not None:
        raw["profile"] = args.profile
    if args.tools is not None:
        raw["tools"] = args.tools
    if args.principal is not None:
        raw["principal"] = {**raw["principal"], "id": args.principal}
    if args.allowed_roots:
        raw["allowed_roots"] = tuple(args.allowed_roots)
    if args.shadow:
        raw["shadow"] = True
    if args.audit is not None:
        raw["audit"] = args.audit
    if args.audit_privacy is not None:
        raw["audit_privacy"] = args.audit_privacy
    raw.update(overrides)
    return Config.from_mapping(raw, source=str(args.config or "command line"))


def catalog_for(config: Config) -> Catalog | None:
    """The configured catalog, or None when no tools file is configured."""
    return Catalog.from_file(config.tools) if config.tools else None


async def announce_warming(firewall: Firewall) -> None:
    """For a one-shot command: load the model now, saying so on stderr and how long it took.

    Args:
        firewall: An opened firewall (its model, if any, is already loading).
    """
    if not firewall.needs_warming:
        return
    print("bastion: loading the embedding model for the intent policies ...", file=sys.stderr, flush=True)
    seconds = await firewall.warm()
    print(f"bastion: model loaded in {seconds or 0.0:.1f} s", file=sys.stderr, flush=True)
