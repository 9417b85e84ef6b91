"""Assertions on decisions for a project's own tests (no pytest needed to import them)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from bastion.events import Decision, ToolCall, Verdict
from bastion.testing.report import describe_step
from bastion.testing.runner import check_decision
from bastion.testing.scenario import Expectation, SignalBound

__all__ = ["assert_decision", "tool_call"]


def tool_call(
    tool_name: str, arguments: Mapping[str, Any] | None = None, *, session: str = "test", call_id: str = "call"
) -> ToolCall:
    """A tool call event, for deciding in a test.

    Args:
        tool_name: The tool.
        arguments: Its arguments.
        session: The session it belongs to.
        call_id: Its id.

    Returns:
        The event.
    """
    return ToolCall(session=session, id=call_id, tool=tool_name, arguments=dict(arguments or {}))


def assert_decision(
    decision: Decision,
    verdict: Verdict | str | None = None,
    *,
    policy: str | Sequence[str] = (),
    signals: Mapping[str, Any] | None = None,
) -> None:
    """Assert that a decision has a verdict, names deciding policies, and keeps signals within bounds.

    Args:
        decision: The decision.
        verdict: `allow`, `deny` or `ask` (or a Verdict); None checks no verdict.
        policy: A policy `@id` (or several) that must be among the deciding ones.
        signals: Bounds as in scenario files, e.g. `{"risk": {"min": 70}, "flags": {"contains": "x"}}`.

    Raises:
        AssertionError: The decision differs; the message is the same report `bastion test` prints.
    """
    __tracebackhide__ = True
    try:
        expected = Verdict(verdict) if verdict is not None else None
        bounds = tuple(SignalBound.from_spec(name, spec) for name, spec in (signals or {}).items())
    except ValueError as exc:
        raise AssertionError(f"assert_decision was given a malformed expectation: {exc}") from None
    policy_ids = (policy,) if isinstance(policy, str) else tuple(policy)
    judged = check_decision(decision, Expectation(expected, policy_ids, bounds))
    if judged.status != "passed":
        lines = describe_step(judged, Path("<test>"))[1:]
        header = f"decision on call {decision.call_id} ({decision.tool_name}) is not as expected:"
        raise AssertionError("\n".join([header, *lines]))
