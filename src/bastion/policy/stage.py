"""The policy stage: turns the decision context into a verdict with Cedar."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from bastion.events import Message, Outcome, ToolCall, ToolResult, Verdict
from bastion.policy.engine import PolicyEngine
from bastion.stage import StageContext

__all__ = ["PolicyStage", "fill_reason"]


_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def fill_reason(reason: str, signals: dict[str, Any]) -> str:
    """A policy's `@reason` with each `{signal}` replaced by that signal's value for this call.

    A reason can then name what the stages found (the tool output and the argument behind a
    provenance signal). A list is joined with commas; a signal the call does not carry reads
    "(not measured)", so the reason never claims what was not seen.

    Args:
        reason: The `@reason` text.
        signals: The call's signals.

    Returns:
        The filled reason.
    """

    def value(match: re.Match[str]) -> str:
        found = signals.get(match.group(1))
        if found is None:
            return "(not measured)"
        if isinstance(found, list):
            return ", ".join(str(item) for item in found) or "none"
        return str(found)

    return _PLACEHOLDER.sub(value, reason) if "{" in reason else reason


def _add_flag(signals: dict[str, Any], flag: str) -> None:
    flags = list(signals.get("flags", []))
    if flag not in flags:
        flags.append(flag)
    signals["flags"] = flags


class PolicyStage:
    """Decide each tool call with the compiled Cedar policies.

    Args:
        engine: The compiled policies.
    """

    name = "policy"

    def __init__(self, engine: PolicyEngine) -> None:
        self.engine = engine

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        """Decide a tool call; other events need nothing from this stage."""
        if not isinstance(event, ToolCall) or ctx.decision is not None:
            return
        # Policies read `flags` without an existence check; no stage flagging anything means none.
        ctx.signals.setdefault("flags", [])
        request, errors, noticed = self.engine.build_request(
            event.tool_name, event.arguments, ctx.signals, ctx.resource_id
        )
        if noticed.get("undeclared") or noticed.get("unrepresentable"):
            if noticed.get("undeclared"):
                _add_flag(ctx.signals, "undeclared_argument")
                ctx.signals["undeclared_arguments"] = noticed["undeclared"]
            if noticed.get("unrepresentable"):
                ctx.signals["opaque_arguments"] = noticed["unrepresentable"]
            request, errors, _ = self.engine.build_request(
                event.tool_name, event.arguments, ctx.signals, ctx.resource_id
            )
        if request is None:
            ctx.outcome = Outcome(Verdict.DENY, (), tuple(errors), tuple(errors))
            return
        outcome = self.engine.authorize(request)
        if any("{" in reason for reason in outcome.reasons):
            reasons = tuple(fill_reason(reason, ctx.signals) for reason in outcome.reasons)
            outcome = dataclasses.replace(outcome, reasons=reasons)
        ctx.outcome = outcome
