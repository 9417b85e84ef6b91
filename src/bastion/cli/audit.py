"""`bastion audit`: verify, show, export, re-decide and summarise the decision log."""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from bastion.catalog import Catalog
from bastion.config import Config
from bastion.errors import ConfigError
from bastion.store.open import open_store
from bastion.store.records import AuditStore, RecordFilter, StoredRecord
from bastion.store.review import compute_stats, redecide

__all__ = ["parse_time", "register", "run"]

T = TypeVar("T")

_RELATIVE = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhdw])$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_time(text: str, *, now: float | None = None) -> float:
    """A time given on the command line: ISO 8601 (UTC unless it says otherwise) or an age like `30m`.

    Args:
        text: `2026-11-25T10:00`, `2026-11-25`, or a number with s, m, h, d or w (that long ago).
        now: The current time (for tests).

    Returns:
        Seconds since the epoch.

    Raises:
        ConfigError: The text is neither.
    """
    match = _RELATIVE.match(text.strip())
    if match:
        return (time.time() if now is None else now) - float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(
            f"{text!r} is not a time: give ISO 8601 (2026-11-25T10:00) or an age such as 30m, 12h, 7d"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _add_store(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "store",
        nargs="?",
        metavar="FILE|URL",
        help="the audit store: an SQLite file or a postgresql:// URL (default: `audit` from --config)",
    )
    parser.add_argument("--config", type=Path, metavar="FILE", help="a bastion TOML configuration naming the store")


def _add_window(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="TIME", help="from this time: ISO 8601 (UTC) or an age such as 1h, 7d")
    parser.add_argument("--until", metavar="TIME", help="before this time: ISO 8601 (UTC) or an age")


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", metavar="ID", help="only this session")
    parser.add_argument("--verdict", choices=("allow", "deny", "ask"), help="only tool calls with this verdict")
    parser.add_argument("--tool", metavar="NAME", help="only calls of this tool")
    _add_window(parser)
    parser.add_argument("--limit", type=int, metavar="N", help="at most N records")


def register(subparsers: Any) -> None:
    """Add the `audit` command and its subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "audit",
        help="verify, show, export, re-decide and summarise the audit log",
        description="Read the audit store written by a firewall run with --audit FILE|URL (or `audit` in the "
        "configuration): an append-only log of every event and every decision, each record chained to "
        "the one before by its hash, and the sessions' checkpoints. The store is an SQLite file or a "
        "postgresql://user@host/database URL (one chain for every replica writing to it).",
    )
    commands = parser.add_subparsers(dest="audit_command", metavar="SUBCOMMAND", required=True)

    verify = commands.add_parser(
        "verify",
        help="check that no record was edited, deleted or reordered",
        description="Check the file's pages (SQLite), then walk the hash chain from the first record to the "
        "last, across every replica that wrote it. Exit 0 when it holds, 1 naming the first broken record, "
        "2 when the store is not a readable bastion store (or was written by a newer bastion).",
    )
    _add_store(verify)
    verify.add_argument("--json", action="store_true", help="print the result as JSON")
    verify.set_defaults(func=run_verify)

    show = commands.add_parser(
        "show",
        help="list records (filter by session, verdict, tool, time)",
        description="List the records of the log, oldest first: a table for people, or with --json one "
        "JSON object per line (the whole record, with its sequence number and hash).",
    )
    _add_store(show)
    _add_filters(show)
    show.add_argument(
        "--calls", action="store_true", help="only tool calls (not messages, tool results or policy sets)"
    )
    show.add_argument("--json", action="store_true", help="print JSON Lines")
    show.set_defaults(func=run_show)

    export = commands.add_parser(
        "export",
        help="write the log as a trace (JSON Lines)",
        description="Write the recorded events in the trace format (JSON Lines), each tool call followed by "
        "its decision (type `decision`). With --events-only the output is a trace `bastion replay` reads. "
        "Arguments and texts appear as recorded (raw, redacted or hashed; secrets never).",
    )
    _add_store(export)
    _add_filters(export)
    export.add_argument("--events-only", action="store_true", help="leave out the decisions")
    export.add_argument("--output", "-o", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    export.set_defaults(func=run_export)

    replay = commands.add_parser(
        "replay",
        help="re-decide every recorded call under another policy set",
        description="Decide every recorded tool call again under the policies in --policies, with the "
        "arguments and signals recorded for it and the tool catalog recorded with its policy set, and "
        "print each call whose verdict would change, then a summary. Only the policies change, so "
        "this shows what a policy edit would have done to real traffic.",
    )
    _add_store(replay)
    replay.add_argument("--policies", type=Path, required=True, metavar="DIR", help="the policy set to try")
    replay.add_argument("--tools", type=Path, metavar="FILE", help="decide against this catalog instead")
    replay.add_argument("--principal", metavar="ID", help="the Cedar principal (default: the recorded one)")
    replay.add_argument("--session", metavar="ID", help="only this session")
    replay.add_argument("--tool", metavar="NAME", help="only calls of this tool")
    replay.add_argument("--verdict", choices=("allow", "deny", "ask"), help="only calls recorded with this verdict")
    _add_window(replay)
    replay.add_argument("--all", action="store_true", help="print unchanged calls too")
    replay.add_argument("--json", action="store_true", help="print JSON: every call and the summary")
    replay.set_defaults(func=run_replay)

    stats = commands.add_parser(
        "stats",
        help="safety indicators over a time window",
        description="Decisions per verdict, deciding policy and tool; the latency the firewall added "
        "(p50, p95, p99); and the share of calls with a complete record (arguments, decision, "
        "latency, policy version, no failed stage), counting calls the firewall could not record.",
    )
    _add_store(stats)
    _add_window(stats)
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(func=run_stats)


def run(args: argparse.Namespace) -> int:
    """Run the chosen `bastion audit` subcommand."""
    code: int = args.func(args)
    return code


def _store(args: argparse.Namespace) -> AuditStore:
    target: str | Path | None = args.store
    if target is None and args.config is not None:
        target = Config.load(args.config).audit
    if target is None:
        raise ConfigError("name the audit store: bastion audit ... FILE|URL, or --config with `audit` set")
    if isinstance(target, str) and "://" in target:
        try:
            target = Config.from_mapping({"audit": target}, source="command line").audit
        except ConfigError as exc:
            raise ConfigError(str(exc)) from None
        assert target is not None
    else:
        target = Path(target)
    return open_store(target, create=False)


def _run(store: AuditStore, work: Coroutine[Any, Any, T]) -> T:
    async def go() -> T:
        try:
            return await work
        finally:
            await store.aclose()

    return asyncio.run(go())


def _filter(args: argparse.Namespace, *, calls_only: bool = False) -> RecordFilter:
    types: tuple[str, ...] | None = None
    if calls_only or args.verdict or args.tool:
        types = ("tool_call",)
    return RecordFilter(
        session=args.session,
        verdict=args.verdict,
        tool=args.tool,
        types=types,
        since=parse_time(args.since) if args.since else None,
        until=parse_time(args.until) if args.until else None,
        limit=args.limit,
    )


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S")


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def run_verify(args: argparse.Namespace) -> int:
    """Run `bastion audit verify`."""
    store = _store(args)
    report = _run(store, store.verify())
    if args.json:
        print(
            json.dumps(
                {
                    "store": report.path,
                    "ok": report.is_ok,
                    "records": report.records,
                    "head_seq": report.head_seq,
                    "head_hash": report.head_hash,
                    "broken_seq": report.problem.seq if report.problem else None,
                    "problem": report.problem.problem if report.problem else None,
                },
                indent=2,
            )
        )
    elif report.is_ok:
        print(f"ok: {report.records} records, chain intact (head {report.head_seq} {report.head_hash[:16]})")
    else:
        print(f"broken: {report.problem} ({report.records} records before it are intact)")
    return 0 if report.is_ok else 1


def _record_row(record: StoredRecord) -> list[str]:
    body = record.body
    event = body.get("event") or {}
    decision = body.get("decision") or {}
    if record.type == "tool_call":
        detail = ", ".join(decision.get("policy_ids", [])) or "; ".join(decision.get("reasons", []))
        latency = decision.get("latency_us")
        return [
            str(record.seq),
            _when(record.ts),
            record.session,
            "call",
            record.call_id or "",
            record.tool or "",
            record.verdict or "-",
            f"{latency:.0f}" if isinstance(latency, int | float) else "",
            _clip(detail, 60),
        ]
    if record.type == "message":
        return [
            str(record.seq),
            _when(record.ts),
            record.session,
            "message",
            "",
            "",
            "",
            "",
            _clip(f"{event.get('role')}: {event.get('content', '')}", 60),
        ]
    if record.type == "tool_result":
        return [
            str(record.seq),
            _when(record.ts),
            record.session,
            "result",
            str(event.get("id", "")),
            "",
            "",
            "",
            _clip(str(event.get("content", "")), 60),
        ]
    if record.type == "policy_set":
        return [
            str(record.seq),
            _when(record.ts),
            "-",
            "policies",
            "",
            "",
            "",
            "",
            f"policy set {record.policy_version} in force",
        ]
    return [
        str(record.seq),
        _when(record.ts),
        "-",
        record.type,
        "",
        "",
        "",
        "",
        _clip(json.dumps({k: v for k, v in body.items() if k not in ("ts", "type", "session")}), 60),
    ]


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(lines)


def run_show(args: argparse.Namespace) -> int:
    """Run `bastion audit show`."""
    store = _store(args)
    where = _filter(args, calls_only=args.calls)

    async def collect() -> list[StoredRecord]:
        return [record async for record in store.records(where)]

    records = _run(store, collect())
    if args.json:
        for record in records:
            print(json.dumps({"seq": record.seq, "hash": record.hash, **record.body}, ensure_ascii=False))
        return 0
    if not records:
        print("no records match", file=sys.stderr)
        return 0
    header = ["seq", "time (UTC)", "session", "type", "call", "tool", "verdict", "µs", "policies / detail"]
    print(_table(header, [_record_row(r) for r in records]))
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Run `bastion audit export`."""
    store = _store(args)
    base = _filter(args)
    types = base.types or ("message", "tool_call", "tool_result")
    where = RecordFilter(base.session, base.verdict, base.tool, types, base.since, base.until, base.limit)

    async def write(stream: Any) -> int:
        count = 0
        async for record in store.records(where):
            event = record.body.get("event")
            if not isinstance(event, dict):
                continue
            stream.write(json.dumps(event, ensure_ascii=False) + "\n")
            decision = record.body.get("decision")
            if record.type == "tool_call" and isinstance(decision, dict) and not args.events_only:
                stream.write(json.dumps(decision, ensure_ascii=False) + "\n")
            count += 1
        return count

    if args.output:
        with args.output.open("w", encoding="utf-8") as handle:
            count = _run(store, write(handle))
        print(f"{count} events written to {args.output}", file=sys.stderr)
    else:
        _run(store, write(sys.stdout))
    return 0


def run_replay(args: argparse.Namespace) -> int:
    """Run `bastion audit replay`."""
    store = _store(args)
    catalog = Catalog.from_file(args.tools) if args.tools else None
    where = RecordFilter(
        session=args.session,
        verdict=args.verdict,
        tool=args.tool,
        since=parse_time(args.since) if args.since else None,
        until=parse_time(args.until) if args.until else None,
    )

    async def collect() -> list[Any]:
        return [
            r async for r in redecide(store, args.policies, catalog=catalog, principal_id=args.principal, where=where)
        ]

    results = _run(store, collect())
    changes: Counter[str] = Counter(f"{r.before.value} -> {r.after.verdict.value}" for r in results if r.is_changed)
    changed = sum(changes.values())
    noted = sum(1 for r in results if r.notes)
    summary = {
        "policies": str(args.policies),
        "calls": len(results),
        "changed": changed,
        "unchanged": len(results) - changed,
        "changes": dict(sorted(changes.items())),
        "with_notes": noted,
    }
    if args.json:
        shown = [r.to_json() for r in results if r.is_changed or args.all]
        print(json.dumps({"calls": shown, "summary": summary}, indent=2))
        return 0
    for r in results:
        if not (r.is_changed or args.all):
            continue
        mark = "CHANGED" if r.is_changed else "same   "
        after = ", ".join(r.after.policy_ids) or "; ".join(r.after.reasons)
        before = ", ".join(r.before_policies) or "-"
        line = (
            f"{mark} #{r.record.seq} {r.record.session}/{r.record.call_id} {r.record.tool}: "
            f"{r.before.value} -> {r.after.verdict.value}  (was: {before}; now: {_clip(after, 80)})"
        )
        print(line)
        for note in r.notes:
            print(f"        note: {note}")
    breakdown = ", ".join(f"{k} {v}" for k, v in sorted(changes.items()))
    print(
        f"{len(results)} recorded calls re-decided under {args.policies}: {changed} would change"
        + (f" ({breakdown})" if breakdown else "")
        + f", {len(results) - changed} unchanged"
        + (f"; {noted} with notes (redacted arguments, failed stages, no recorded catalog)" if noted else "")
    )
    return 0


def run_stats(args: argparse.Namespace) -> int:
    """Run `bastion audit stats`."""
    store = _store(args)
    since = parse_time(args.since) if args.since else None
    until = parse_time(args.until) if args.until else None
    stats = _run(store, compute_stats(store, since, until))
    if args.json:
        print(json.dumps(stats.to_json(), indent=2))
        return 0
    window = f"{_when(since) if since else 'the beginning'} .. {_when(until) if until else 'now'} (UTC)"
    print(f"window: {window}")
    print(f"records: {stats.records}  events: " + ", ".join(f"{k} {v}" for k, v in stats.events.items()))
    print(f"decisions: {stats.decisions}  " + ", ".join(f"{k} {v}" for k, v in stats.by_verdict.items()))
    share = stats.complete_share
    print(
        f"complete records: {stats.complete} of {stats.decisions + stats.lost} calls"
        + (f" ({share:.1%})" if share is not None else "")
        + f"; lost (not recorded): {stats.lost}; fail-open: {stats.fail_open}; shadow: {stats.shadow}"
    )
    lat = stats.latency_us
    if lat.get("p50") is not None:
        print(
            "latency added by the firewall: "
            + ", ".join(f"{k} {float(v) / 1000:.2f} ms" for k, v in lat.items() if v is not None)
        )
    if stats.waited:
        wait_s = (stats.max_wait_us or 0.0) / 1e6
        print(f"waited for a model to load (not in the latency): {stats.waited} decisions, at most {wait_s:.1f} s")
    if stats.by_policy:
        print("\nby policy:")
        rows = [[p, *(str(c.get(v, 0)) for v in ("allow", "ask", "deny"))] for p, c in stats.by_policy.items()]
        print(_table(["policy", "allow", "ask", "deny"], rows))
    if stats.by_tool:
        print("\nby tool:")
        rows = [[t, *(str(c.get(v, 0)) for v in ("allow", "ask", "deny"))] for t, c in stats.by_tool.items()]
        print(_table(["tool", "allow", "ask", "deny"], rows))
    return 0
