"""`bastion explain`: one tool call in; the decision, and why, out."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from bastion.cli.options import add_firewall_options, announce_warming, catalog_for, config_from_args
from bastion.errors import ConfigError
from bastion.events import Decision, ToolCall, Verdict
from bastion.firewall import Firewall
from bastion.policy.stage import PolicyStage
from bastion.trace import parse_event, read_trace

__all__ = ["register", "render", "run"]


def register(subparsers: Any) -> None:
    """Add the `explain` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "explain",
        help="decide one tool call and show why",
        description="Decide one tool call and show the verdict, the deciding policies (file, line, reason) "
        "and the signals. Give the call as --tool and --args, or as one trace line with --call. "
        "--history replays a trace first, so the call is decided in its session's context. "
        "Exit 0 if allowed, 1 if denied or sent for approval.",
    )
    parser.add_argument("--tool", metavar="NAME", help="the tool name")
    parser.add_argument("--args", metavar="JSON", default="{}", help="the arguments as a JSON object")
    parser.add_argument(
        "--call",
        metavar="JSON",
        help='a whole tool_call event, e.g. \'{"session": ..., '
        '"type": "tool_call", "id": ..., "tool": ..., "arguments": {...}}\'',
    )
    parser.add_argument("--session", default="explain", help="the session id (default: explain)")
    parser.add_argument(
        "--history", type=Path, metavar="TRACE.jsonl", help="events of the session to replay before the call"
    )
    add_firewall_options(parser)
    parser.add_argument("--json", action="store_true", help="print the decision as JSON")
    parser.set_defaults(func=run)


def _call_from_args(args: argparse.Namespace) -> ToolCall:
    if args.call:
        try:
            event = parse_event(json.loads(args.call))
        except (ValueError, json.JSONDecodeError) as exc:
            raise ConfigError(f"--call is not a valid tool_call event: {exc}") from None
        if not isinstance(event, ToolCall):
            raise ConfigError(f"--call must be a tool_call event, not {event.type!r}")
        return event
    if not args.tool:
        raise ConfigError("give the call as --tool NAME [--args JSON] or as --call JSON")
    try:
        arguments = json.loads(args.args)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"--args is not valid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(arguments, dict):
        raise ConfigError("--args must be a JSON object")
    return ToolCall(session=args.session, id="explain", tool=args.tool, arguments=arguments)


def render(decision: Decision, firewall: Firewall) -> str:
    """A person's view of a decision: verdict, deciding policies with their place, signals.

    Args:
        decision: The decision.
        firewall: The firewall that made it (for the policies' files and lines).

    Returns:
        The text.
    """
    policies = {}
    for stage in firewall.stages:
        if isinstance(stage, PolicyStage):
            policies = stage.engine.source.by_id()
    lines = [
        f"{decision.verdict.value.upper()}  {decision.tool_name}  (session {decision.session}, "
        f"call {decision.call_id}, {decision.latency_us:.0f} µs)"
    ]
    if not decision.is_enforced:
        lines.append("  shadow mode: reported, not enforced")
    for policy_id in decision.policy_ids:
        policy = policies.get(policy_id)
        where = f"{policy.file}:{policy.line}" if policy else "?"
        lines.append(f"  policy {policy_id}  ({where})")
    for reason in decision.reasons:
        lines.append(f"  because {reason}")
    for error in decision.errors:
        lines.append(f"  error: {error}")
    if decision.signals:
        lines.append("  signals: " + ", ".join(f"{k}={json.dumps(v)}" for k, v in sorted(decision.signals.items())))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Run `bastion explain`."""
    call = _call_from_args(args)
    config = config_from_args(args)
    history = read_trace(args.history) if args.history else []
    catalog = catalog_for(config)
    if catalog is None:
        from bastion.cli.replay import infer_catalog

        catalog = infer_catalog([*history, call])
        print(
            "bastion: note: no --tools given; the tool is treated as unannotated with untyped arguments",
            file=sys.stderr,
        )
    firewall = Firewall.from_config(config, catalog=catalog)
    decision = asyncio.run(_explain(firewall, history, call))
    print(decision.model_dump_json(by_alias=True, indent=2) if args.json else render(decision, firewall))
    return 0 if decision.verdict is Verdict.ALLOW else 1


async def _explain(firewall: Firewall, history: list[Any], call: ToolCall) -> Decision:
    async with firewall:
        await announce_warming(firewall)
        for event in history:
            if event.session == call.session and not (isinstance(event, ToolCall) and event.call_id == call.call_id):
                await firewall.process(event)
        return await firewall.decide(call)
