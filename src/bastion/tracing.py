"""OpenTelemetry: one span per decision, when an OpenTelemetry SDK is configured; nothing otherwise.

`DecisionSpans` is a stage after the decision, so every adapter (the API server, the MCP wrapper, the
LangChain handlers, `bastion replay`) emits the same span. It needs only `opentelemetry-api`; without
an SDK's tracer provider the API hands out non-recording spans and the stage sets nothing on them.
The span starts when the decision started (its latency before now) and carries:

    bastion.session, bastion.tool, bastion.call_id, bastion.verdict, bastion.policy_ids,
    bastion.latency_us, bastion.enforced
"""

from __future__ import annotations

import importlib.util
import time
from typing import TYPE_CHECKING, Any

from bastion.events import Message, ToolCall, ToolResult

if TYPE_CHECKING:
    from bastion.stage import StageContext

__all__ = ["SPAN_NAME", "DecisionSpans", "is_available"]

SPAN_NAME = "bastion.decide"


def is_available() -> bool:
    """True when `opentelemetry-api` is installed."""
    return importlib.util.find_spec("opentelemetry") is not None


class DecisionSpans:
    """A stage after the decision that emits one span per tool call decided.

    Args:
        tracer_provider: The provider to take the tracer from (default: the global one, as the
            application configured it).
    """

    name = "tracing"

    def __init__(self, tracer_provider: Any = None) -> None:
        self.tracer_provider = tracer_provider
        self._cached: Any = None

    def _tracer(self) -> Any:
        if self._cached is None:
            from opentelemetry import trace

            # Before an application installs its provider, the API hands out a proxy tracer that
            # follows the provider once installed, so the tracer is taken once.
            self._cached = trace.get_tracer("bastion", tracer_provider=self.tracer_provider)
        return self._cached

    async def process(self, event: Message | ToolCall | ToolResult, ctx: StageContext) -> None:
        """Emit the span of a decided tool call."""
        decision = ctx.decision
        if not isinstance(event, ToolCall) or decision is None:
            return
        end = time.time_ns()
        span = self._tracer().start_span(SPAN_NAME, start_time=end - int(decision.latency_us * 1000))
        try:
            if span.is_recording():
                span.set_attributes(
                    {
                        "bastion.session": decision.session,
                        "bastion.tool": decision.tool_name,
                        "bastion.call_id": decision.call_id,
                        "bastion.verdict": decision.verdict.value,
                        "bastion.policy_ids": list(decision.policy_ids),
                        "bastion.latency_us": decision.latency_us,
                        "bastion.enforced": decision.is_enforced,
                    }
                )
        finally:
            span.end(end_time=end)
