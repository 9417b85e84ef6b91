"""`bastion init [DIR]`: write the shipped default pack and a commented configuration, to edit."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import Any

from bastion.config import shipped_pack
from bastion.errors import ConfigError

__all__ = ["CONFIG_TEMPLATE", "register", "run"]

CONFIG_TEMPLATE = """\
# bastion configuration. Give it to any command with --config bastion.toml.
# Relative paths are taken from this file's directory.

# The policy directory: the default pack, written here by `bastion init` for you to edit.
policies = "policies"

# The tool catalog (the `tools` array of an MCP tools/list answer), when the adapter does not
# provide it. The MCP wrapper reads it from the server it wraps.
# tools = "tools.json"

# Directories that path arguments must stay inside.
# allowed_roots = ["/home/me/work"]

# Decide and record, never block (for a first rollout).
shadow = false

# Let a call run when a stage fails internally. Every decision made that way says so.
fail_open = false

# The audit log and session checkpoints (a SQLite file). Read it with `bastion audit`.
# audit = "audit.db"
# What the log keeps of arguments and texts: "raw", "redacted" or "hashed" (secrets are never kept raw).
# audit_privacy = "redacted"

# Who the agent acts for: the Cedar principal.
[principal]
id = "agent"
groups = []
"""


def register(subparsers: Any) -> None:
    """Add the `init` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "init",
        help="write the default policy pack and a commented configuration, to edit",
        description="Write DIR/policies (a copy of the pack shipped with bastion) and DIR/bastion.toml (every "
        "setting, commented). Existing files are left alone unless --force is given.",
    )
    parser.add_argument("directory", nargs="?", type=Path, default=Path("."), metavar="DIR")
    parser.add_argument("--pack", default="default", metavar="NAME", help="the shipped pack to copy (default: default)")
    parser.add_argument("--force", action="store_true", help="overwrite files that exist")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run `bastion init`."""
    source = shipped_pack(args.pack)
    target: Path = args.directory
    policies = target / "policies"
    config = target / "bastion.toml"
    files = sorted(p for p in source.iterdir() if p.suffix in (".cedar", ".cedarschema") and p.is_file())
    # The pack's named profiles (`--profile NAME`) travel with it.
    files += sorted((source / "profiles").glob("*.cedar"))
    clashes = [policies / p.relative_to(source) for p in files if (policies / p.relative_to(source)).exists()]
    if config.exists():
        clashes.append(config)
    if clashes and not args.force:
        raise ConfigError(
            f"{', '.join(str(c) for c in clashes)} already exist; nothing was written (use --force to overwrite)"
        )
    for path in files:
        (policies / path.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, policies / path.relative_to(source))
    config.write_text(CONFIG_TEMPLATE, encoding="utf-8")
    print(f"wrote {len(files)} files to {policies} and {config}")
    print(f"check them with: bastion check --config {config}")
    return 0
