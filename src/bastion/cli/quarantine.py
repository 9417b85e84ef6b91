"""`bastion quarantine`: list the sessions and principals in quarantine, and release them."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bastion.conduct import SubjectKind
from bastion.config import Config
from bastion.errors import ConfigError
from bastion.store.open import open_store
from bastion.store.postgres import PostgresStore
from bastion.store.sqlite import SqliteStore

__all__ = ["register"]


def register(subparsers: Any) -> None:
    """Add the `quarantine` command and its subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "quarantine",
        help="list quarantined sessions and principals, and release them",
        description="A session or principal that keeps being refused, or keeps coming close to the risk "
        "threshold, is quarantined by the firewall: its calls that are not read-only ask for approval (as the "
        "`ask-quarantined` policy says) until a person releases it here. Releases are recorded in the audit log.",
    )
    commands = parser.add_subparsers(dest="quarantine_command", metavar="SUBCOMMAND", required=True)
    listing = commands.add_parser("list", help="the active quarantines (exit 1 if any)")
    _add_store(listing)
    listing.add_argument("--all", action="store_true", help="include released quarantines")
    listing.add_argument("--json", action="store_true", help="one JSON object per quarantine")
    listing.set_defaults(func=run_list)
    release = commands.add_parser("release", help="release a session or principal")
    release.add_argument("subject", metavar="ID", help="the session or principal id")
    release.add_argument("--principal", action="store_true", help="ID names a principal (default: a session)")
    release.add_argument("--by", default=None, help="who releases it (default: the current user)")
    _add_store(release)
    release.add_argument("--json", action="store_true", help="print the result as JSON")
    release.set_defaults(func=run_release)


def _add_store(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--audit",
        metavar="STORE",
        help="the audit store: a file or a postgresql:// URL (or `audit` from --config)",
    )
    parser.add_argument("--config", type=Path, metavar="FILE", help="a bastion TOML configuration naming the store")


def _store(args: argparse.Namespace) -> SqliteStore | PostgresStore:
    target: str | Path | None = args.audit
    if target is None and args.config is not None:
        target = Config.load(args.config).audit
    if target is None:
        raise ConfigError("name the audit store: bastion quarantine ... --audit FILE|URL, or --config with `audit` set")
    return open_store(target, create=False)


def _when(ts: float | None) -> str:
    return "-" if ts is None else datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S")


def run_list(args: argparse.Namespace) -> int:
    """Run `bastion quarantine list`."""
    store = _store(args)

    async def go() -> list[dict[str, Any]]:
        try:
            return await store.quarantines(include_released=args.all)
        finally:
            await store.aclose()

    rows = asyncio.run(go())
    if args.json:
        for row in rows:
            print(json.dumps(row))
    elif not rows:
        print("no session or principal is quarantined")
    else:
        for row in rows:
            released = f"  released {_when(row['released_at'])} by {row['released_by']}" if row["released_at"] else ""
            print(f"{row['kind']:9} {row['subject']:24} since {_when(row['since'])}  {row['reason']}{released}")
    return 1 if any(row["released_at"] is None for row in rows) else 0


def run_release(args: argparse.Namespace) -> int:
    """Run `bastion quarantine release`."""
    store = _store(args)
    kind: SubjectKind = "principal" if args.principal else "session"
    released_by = args.by or getpass.getuser()

    async def go() -> int:
        try:
            return await store.release_quarantine(kind, args.subject, released_by)
        finally:
            await store.aclose()

    count = asyncio.run(go())
    if args.json:
        print(json.dumps({"kind": kind, "subject": args.subject, "released": count, "released_by": released_by}))
    elif count:
        print(f"released {kind} {args.subject!r} (recorded in the audit log)")
    else:
        print(f"{kind} {args.subject!r} is not quarantined", flush=True)
    return 0 if count else 1
